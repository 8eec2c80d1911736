import type { kasusDokumenChannels } from '../../../shared/contract/kasus-dokumen';
import type { AreaHandlers } from './types';

export const kasusDokumenHandlers: AreaHandlers<typeof kasusDokumenChannels> = {
  'kasus.dokumen.data': (core, q) => core.kasusDokumen.data(q),
};
