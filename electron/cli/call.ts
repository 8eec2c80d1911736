import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/index';
import { AppError } from '../../shared/contract/result';
import type { Core } from '../core/core';
import { dispatch } from '../core/handlers';

/**
 * A command's work, through the same dispatch (schema check, handler, error mapping) as the
 * desktop app and the web host; a refusal comes back as the AppError the hosts would show.
 */
export async function call<C extends ChannelName>(core: Core, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, channel, input);
  if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.fields);
  return r.value as OutputOf<C>;
}
