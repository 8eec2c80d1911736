import type { dokumenChannels } from '../../../shared/contract/dokumen';
import type { AreaHandlers } from './types';

export const dokumenHandlers: AreaHandlers<typeof dokumenChannels> = {
  'dokumen.pratinjau': (core, input) => core.dokumen.pratinjau(input),
  'dokumen.buat': (core, input) => core.dokumen.buat(input),
  'dokumen.periksa': (core, input) => core.dokumen.periksa(input),
  'dokumen.arsip': (core, q) => core.arsip.list(q),
  'dokumen.file': (core, { id }) => core.dokumen.berkas(id),
  'dokumen.buatUlang': (core, { id }) => core.dokumen.simpanUlang(id),
};
