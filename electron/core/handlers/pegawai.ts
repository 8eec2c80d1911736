import type { pegawaiChannels } from '../../../shared/contract/pegawai';
import { EksporPegawaiService } from '../services/ekspor-pegawai';
import type { AreaHandlers } from './types';

/** "pegawai.xlsx" → "pegawai - baris ditolak.xlsx". */
export const rejectedFileName = (name: string) => `${name.replace(/\.(xlsx|csv|xls)$/i, '')} - baris ditolak.xlsx`;

export const pegawaiHandlers: AreaHandlers<typeof pegawaiChannels> = {
  'pegawai.list': (core, q) => core.pegawai.list(q),
  'pegawai.get': (core, { id }) => core.pegawai.get(id),
  'pegawai.create': (core, { data }) => core.pegawai.create(data),
  'pegawai.update': (core, { id, data }) => core.pegawai.update(id, data),
  'pegawai.setAktif': (core, { id, aktif }) => core.pegawai.setAktif(id, aktif),
  'pegawai.export': async (core, { jobId, ...q }) => {
    const out = core.files.outputPath(EksporPegawaiService.defaultFileName());
    const title = EksporPegawaiService.judul(core.units, q.unitKerjaId);
    const rows = await core.jobs.run('ekspor.pegawai', { outPath: out.path, query: q, title }, jobId);
    return { file: out.token, fileName: out.name, rows };
  },
  'pegawai.importPreview': (core, { file, mapping, update, fieldsOff, units, jobId }) => {
    const f = core.files.resolve(file);
    return core.jobs.run('impor.pratinjau', { file: { path: f.path, label: f.name }, mapping, decisions: { update, fieldsOff, units } }, jobId);
  },
  'pegawai.importRejected': async (core, { file, mapping, update, fieldsOff, units, jobId }) => {
    const f = core.files.resolve(file);
    const out = core.files.outputPath(rejectedFileName(f.name));
    const rows = await core.jobs.run('impor.ditolak', { file: { path: f.path, label: f.name }, mapping, outPath: out.path, decisions: { update, fieldsOff, units } }, jobId);
    return { file: out.token, fileName: out.name, rows };
  },
  'pegawai.importCommit': (core, { file, jobId, ...options }) => {
    const f = core.files.resolve(file);
    return core.jobs.run('impor.simpan', { file: { path: f.path, label: f.name }, options }, jobId);
  },
};
