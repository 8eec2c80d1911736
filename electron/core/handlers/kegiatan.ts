import type { kegiatanChannels } from '../../../shared/contract/kegiatan';
import type { AreaHandlers } from './types';

export const kegiatanHandlers: AreaHandlers<typeof kegiatanChannels> = {
  'kegiatan.jenis.list': (core) => core.kegiatan.jenisList(),
  'kegiatan.jenis.save': (core, { daftar }) => core.kegiatan.jenisSave(daftar),
  'kegiatan.list': (core, { teks }) => core.kegiatan.list(teks),
  'kegiatan.get': (core, { id }) => core.kegiatan.get(id),
  'kegiatan.create': (core, { data }) => core.kegiatan.create(data),
  'kegiatan.update': (core, { id, data }) => core.kegiatan.update(id, data),
  'kegiatan.selesai': (core, { id }) => {
    const k = core.kegiatan.selesai(id);
    // Desk sessions end now, not at their next request (which would refuse them anyway).
    core.meja.kegiatanSelesai(id);
    return k;
  },
  'kegiatan.peserta.pratinjau': (core, { aturan }) => core.kegiatan.pratinjau(aturan),
  'kegiatan.peserta.list': (core, query) => core.kegiatan.peserta(query),
  'kegiatan.peserta.tambah': (core, { kegiatanId, pegawaiIds }) => core.kegiatan.tambah(kegiatanId, pegawaiIds),
  'kegiatan.peserta.tamu': (core, { kegiatanId, tamu }) => core.kegiatan.tamu(kegiatanId, tamu),
  'kegiatan.peserta.hapus': (core, { kegiatanId, pesertaId, alasan }) => core.kegiatan.hapus(kegiatanId, pesertaId, alasan),
  'kegiatan.peserta.tetapkan': (core, { kegiatanId }) => core.kegiatan.tetapkan(kegiatanId),
  'kegiatan.hadir.pindai': (core, input) => core.kehadiran.pindai(input),
  'kegiatan.hadir.batal': (core, input) => core.kehadiran.batal(input),
  'kegiatan.hadir.tandai': (core, input) => core.kehadiran.tandai(input),
  'kegiatan.hadir.log': (core, { kegiatanId, offset, limit }) => core.kehadiran.log(kegiatanId, offset, limit),
  'kegiatan.rekap': (core, { id }) => core.kehadiran.rekap(id),
  'kegiatan.undangan': (core, { id, tujuan }) => core.kegiatan.undangan(id, tujuan),
  'kegiatan.foto.tambah': (core, { kegiatanId, file, keterangan }) => core.kegiatan.tambahFoto(kegiatanId, file, keterangan),
  'kegiatan.foto.hapus': (core, { kegiatanId, fotoId }) => core.kegiatan.hapusFoto(kegiatanId, fotoId),
};
