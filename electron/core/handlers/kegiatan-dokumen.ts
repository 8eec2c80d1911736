import type { kegiatanDokumenChannels } from '../../../shared/contract/kegiatan-dokumen';
import type { AreaHandlers } from './types';

export const kegiatanDokumenHandlers: AreaHandlers<typeof kegiatanDokumenChannels> = {
  'kegiatan.daftarHadir': (core, q) => core.kegiatanDokumen.daftarHadir(q),
  'kegiatan.laporan': (core, { id }) => core.kegiatanDokumen.laporan(id),
  'kegiatan.rekap.export': (core, { id }) => core.kegiatanDokumen.rekapExport(id),
};
