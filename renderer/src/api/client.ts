import type { AppErrorData, ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { transport } from './transport';

/** An error from the core, carrying its Indonesian message and per-field messages. */
export class ApiError extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message);
  }
  fieldMessage(field: string): string | undefined {
    return this.data.fields?.find((f) => f.field === field)?.message;
  }
}

/** Calls a contract channel; resolves with its value or throws ApiError. */
export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await transport.invoke(channel, input);
  if (!r.ok) throw new ApiError(r.error);
  return r.value;
}

export { transport };
