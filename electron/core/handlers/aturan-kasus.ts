import type { aturanKasusChannels } from '../../../shared/contract/aturan-kasus';
import type { AreaHandlers } from './types';

export const aturanKasusHandlers: AreaHandlers<typeof aturanKasusChannels> = {
  'aturan.list': (core) => core.aturanKasus.list(),
  'aturan.get': (core, { id }) => core.aturanKasus.get(id),
  'aturan.berlaku': (core, { tanggal }) => core.aturanKasus.berlaku(tanggal),
  'aturan.simpan': (core, { id, data, izinkanTumpangTindih }) => core.aturanKasus.simpan(id, data, izinkanTumpangTindih),
  'aturan.impor': (core, { file, izinkanTumpangTindih }) => {
    const f = core.files.resolve(file);
    return core.aturanKasus.impor({ path: f.path, label: f.name }, izinkanTumpangTindih);
  },
  'aturan.ekspor': (core, { id }) => core.aturanKasus.ekspor(id),
  'aturan.riwayat': (core, { id }) => core.aturanKasus.riwayat(id),
  'aturan.versi': (core, { id, versi }) => core.aturanKasus.versi(id, versi),
};
