import type { nomorChannels } from '../../../shared/contract/nomor';
import { PenomoranService } from '../services/penomoran';
import type { AreaHandlers } from './types';

export const nomorHandlers: AreaHandlers<typeof nomorChannels> = {
  'nomor.skema.list': (core) => core.penomoran.skemaList(),
  'nomor.skema.save': (core, { jenis, data }) => core.penomoran.saveSkema(jenis, data),
  'nomor.pesan': (core, { jenis, hal, tanggal, profilId }) =>
    core.penomoran.reserve(jenis, { tanggal, hal, unitKode: core.instansi.kodeUnitFor(profilId) }),
  'nomor.batal': (core, { id, alasan }) => core.penomoran.void(id, alasan),
  'nomor.list': (core, filter) => core.penomoran.list(filter),
  'nomor.export': async (core, { tahun }) => {
    const out = core.files.outputPath(PenomoranService.exportFileName(tahun));
    const rows = await core.penomoran.exportXlsx(out.path, tahun);
    return { file: out.token, fileName: out.name, rows };
  },
  'klasifikasi.list': (core) => core.klasifikasi.list(),
  'klasifikasi.save': (core, { daftar }) => core.klasifikasi.save(daftar),
  'klasifikasi.import': (core, { file }) => {
    const f = core.files.resolve(file);
    return core.klasifikasi.import({ path: f.path, label: f.name });
  },
};
