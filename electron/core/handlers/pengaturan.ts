import type { pengaturanChannels } from '../../../shared/contract/pengaturan';
import type { AreaHandlers } from './types';

export const pengaturanHandlers: AreaHandlers<typeof pengaturanChannels> = {
  'instansi.list': (core) => core.instansi.list(),
  'instansi.save': (core, { id, data }) => core.instansi.save(id, data),
  'instansi.setLogo': (core, { id, file }) => {
    const f = core.files.resolve(file);
    return core.instansi.setLogo(id, f.path, f.name);
  },
  'instansi.clearLogo': (core, { id }) => core.instansi.clearLogo(id),
  'instansi.setLambang': (core, { id, file }) => {
    const f = core.files.resolve(file);
    return core.instansi.setLambang(id, f.path, f.name);
  },
  'instansi.clearLambang': (core, { id }) => core.instansi.clearLambang(id),
  'instansi.delete': (core, { id }) => {
    core.instansi.delete(id);
    return { id };
  },
  'penandatangan.list': (core) => core.penandatangan.list(),
  'penandatangan.save': (core, { id, data }) => core.penandatangan.save(id, data),
  'penandatangan.delete': (core, { id }) => {
    core.penandatangan.delete(id);
    return { id };
  },
  'halaman.get': (core, { kategori }) => core.halaman.get(kategori),
  'halaman.save': (core, { kategori, setup }) => core.halaman.save(kategori, setup),
  'halaman.kategori': (core) => core.jenis.daftar.map((j) => ({ jenis: j.jenis, label: j.label, kategori: core.halaman.kategori(j), bawaan: j.kategori })),
  'halaman.setKategori': (core, { jenis, kategori }) => {
    const j = core.jenis.get(jenis);
    return { jenis: j.jenis, label: j.label, kategori: core.halaman.setKategori(j, kategori), bawaan: j.kategori };
  },
  'teks.jenis': (core) => core.teks.jenisInfo(),
  'teks.versi': (core, { jenis }) => core.teks.versions(jenis),
  'teks.simpan': (core, { jenis, teks, catatan }) => core.teks.simpan(jenis, teks, catatan),
};
