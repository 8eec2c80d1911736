import type { ChannelName, OutputOf, ParsedInputOf } from '../../../shared/contract/index';
import type { Core } from '../core';

export type Handler<C extends ChannelName> = (core: Core, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;

/** The handlers of one area's channel map (shared/contract/<area>.ts): every channel, and only those. */
export type AreaHandlers<M> = { [C in keyof M & ChannelName]: Handler<C> };
