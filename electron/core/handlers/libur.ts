import type { liburChannels } from '../../../shared/contract/libur';
import type { AreaHandlers } from './types';

export const liburHandlers: AreaHandlers<typeof liburChannels> = {
  'libur.list': (core, { tahun }) => core.libur.list(tahun),
  'libur.simpan': (core, input) => core.libur.simpan(input),
  'libur.hapus': (core, { tanggal }) => core.libur.hapus(tanggal),
  'libur.hariKerja': (core, { tanggal, n }) => core.libur.hariKerja(tanggal, n),
  'libur.impor.pratinjau': (core, { file }) => {
    const f = core.files.resolve(file);
    return core.libur.pratinjau({ path: f.path, label: f.name });
  },
  'libur.impor.terapkan': (core, { file, terapkanUbah }) => {
    const f = core.files.resolve(file);
    return core.libur.terapkan({ path: f.path, label: f.name }, terapkanUbah);
  },
};
