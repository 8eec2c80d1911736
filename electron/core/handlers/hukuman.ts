import type { hukumanChannels } from '../../../shared/contract/hukuman';
import type { AreaHandlers } from './types';

export const hukumanHandlers: AreaHandlers<typeof hukumanChannels> = {
  'pegawai.hukuman': (core, { pegawaiId, tanggal }) => core.hukuman.daftar(pegawaiId, tanggal),
  'pegawai.hukuman.suratKeterangan': (core, { pegawaiId, tanggal, keperluan }) => core.hukuman.suratKeterangan(pegawaiId, tanggal, keperluan),
};
