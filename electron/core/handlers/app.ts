import type { appChannels } from '../../../shared/contract/app';
import type { AreaHandlers } from './types';

export const APP_VERSION = '0.1.0';

export const appHandlers: AreaHandlers<typeof appChannels> = {
  'app.info': (core) => ({
    version: APP_VERSION,
    dataDir: core.dataDir,
    databasePath: core.db.name,
    schemaVersion: core.schemaVersion(),
    jumlahPegawai: core.pegawai.count(),
    jumlahUnit: core.units.count(),
    mode: core.mode === 'desktop' ? 'desktop' : 'web',
  }),
  'file.forget': (core, { file }) => {
    core.files.forget(file);
    return { file };
  },
  'job.progress': (core, { jobId }) => ({ progress: core.jobs.progress(jobId) }),
  'job.cancel': (core, { jobId }) => ({ cancelled: core.jobs.cancel(jobId) }),
};
