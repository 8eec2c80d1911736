import type { kasusImporChannels } from '../../../shared/contract/kasus-impor';
import type { kasusRekapChannels } from '../../../shared/contract/kasus-rekap';
import { rejectedFileName } from './pegawai';
import type { AreaHandlers } from './types';

export const kasusImporHandlers: AreaHandlers<typeof kasusImporChannels> = {
  'kasus.impor.pratinjau': (core, { file, ...opsi }) => {
    const f = core.files.resolve(file);
    return core.kasusImpor.pratinjau({ path: f.path, label: f.name }, opsi);
  },
  'kasus.impor.terapkan': (core, { file, ...opsi }) => {
    const f = core.files.resolve(file);
    return core.kasusImpor.terapkan({ path: f.path, label: f.name }, opsi);
  },
  'kasus.impor.ditolak': async (core, { file, ...opsi }) => {
    const f = core.files.resolve(file);
    const out = core.files.outputPath(rejectedFileName(f.name));
    const rows = await core.kasusImpor.ditolak({ path: f.path, label: f.name }, opsi, out.path);
    return { file: out.token, fileName: out.name, rows };
  },
};

export const kasusRekapHandlers: AreaHandlers<typeof kasusRekapChannels> = {
  'kasus.rekap': (core, q) => core.kasusRekap.rekap(q),
  'kasus.rekap.ekspor': (core, q) => core.kasusRekap.ekspor(q),
};
