import type { cadanganChannels } from '../../../shared/contract/cadangan';
import { AppError } from '../../../shared/contract/index';
import type { Core } from '../core';
import type { AreaHandlers } from './types';

/** A restore replaces the data an import or export is reading or writing: it waits for them to finish. */
function noJobRunning(core: Core): void {
  if (core.jobs.active > 0)
    throw new AppError('VALIDASI', 'Impor atau ekspor sedang berjalan. Tunggu sampai selesai (atau batalkan), lalu pulihkan cadangan; tidak ada yang diubah.');
}

export const cadanganHandlers: AreaHandlers<typeof cadanganChannels> = {
  'cadangan.list': (core) => core.cadangan.list(),
  'cadangan.buat': (core, { catatan }) => core.cadangan.buat(catatan),
  'cadangan.pulihkan': (core, { id }) => {
    noJobRunning(core);
    return core.cadangan.pulihkan(id);
  },
  'cadangan.pulihkanBerkas': (core, { file }) => {
    noJobRunning(core);
    const f = core.files.resolve(file);
    return core.cadangan.pulihkanBerkas({ path: f.path, label: f.name });
  },
};
