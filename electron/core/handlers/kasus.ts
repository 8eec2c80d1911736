import type { kasusChannels } from '../../../shared/contract/kasus';
import type { AreaHandlers } from './types';

export const kasusHandlers: AreaHandlers<typeof kasusChannels> = {
  'kasus.list': (core, q) => core.kasus.list(q),
  'kasus.get': (core, { id }) => core.kasus.get(id),
  'kasus.buat': (core, input) => core.kasus.buat(input),
  'kasus.ubah': (core, { id, data }) => core.kasus.ubah(id, data),
  'kasus.arsipkan': (core, { id, alasan }) => core.kasus.arsipkan(id, alasan),
  'kasus.pulihkan': (core, { id }) => core.kasus.pulihkan(id),
  'kasus.terlapor.tambah': (core, { kasusId, terlapor }) => core.kasus.terlaporTambah(kasusId, terlapor),
  'kasus.terlapor.tautkan': (core, { terlaporId, pegawaiId }) => core.kasus.tautkan(terlaporId, pegawaiId),
  'kasus.terlapor.arsipkan': (core, { terlaporId, alasan }) => core.kasus.terlaporArsipkan(terlaporId, alasan),
  'kasus.terlapor.atasan': (core, { terlaporId, atasan }) => core.kasus.atasan(terlaporId, atasan),
  'kasus.terlapor.tim': (core, { terlaporId, tim }) => core.kasus.tim(terlaporId, tim),
  'kasus.terlapor.bebaskan': (core, { terlaporId, sejak }) => core.kasus.bebaskan(terlaporId, sejak),
  'kasus.tahap.maju': (core, { terlaporId, tanggal, data }) => core.kasus.maju(terlaporId, tanggal, data),
  'kasus.tahap.ubah': (core, { tahapId, tanggal, data, alasan }) => core.kasus.ubahTahap(tahapId, tanggal, data, alasan),
  'kasus.pejabat': (core, { terlaporId, hukuman }) => core.kasus.pejabat(terlaporId, hukuman),
  'kasus.pemeriksaan.get': (core, { terlaporId }) => core.kasus.pemeriksaan(terlaporId),
  'kasus.pemeriksaan.simpan': (core, { terlaporId, pasangan }) => core.kasus.simpanPemeriksaan(terlaporId, pasangan),
  'kasus.bukti.tambah': (core, { kasusId, file, namaBerkas, keterangan }) => core.kasus.buktiTambah(kasusId, file, namaBerkas, keterangan),
  'kasus.bukti.arsipkan': (core, { buktiId, alasan }) => core.kasus.buktiArsipkan(buktiId, alasan),
  'kasus.audit': (core, { kasusId, offset, limit }) => core.kasus.audit(kasusId, offset, limit),
  'kasus.tenggat': (core, { limit }) => core.kasus.tenggat(limit),
  'kasus.pengaturan.get': (core) => core.kasus.pengaturan(),
  'kasus.pengaturan.simpan': (core, p) => core.kasus.simpanPengaturan(p),
};
