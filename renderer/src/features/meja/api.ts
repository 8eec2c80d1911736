import type { ChannelName, InputOf, OutputOf, Result } from '../../../../shared/contract/index';
import { call, transport } from '../../api/client';

/** A call answered as a Result (the offline queue needs the error code, not a throw). */
export function kirimKegiatan<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
  return transport.invoke(channel, input);
}

/** A call: its value, or ApiError. */
export const panggil = call;
