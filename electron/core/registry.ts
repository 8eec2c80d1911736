import type { Db } from './db/open';
import { PegawaiRepository } from './db/repositories/pegawai';
import { PengaturanRepository } from './db/repositories/pengaturan';
import { UnitAliasRepository } from './db/repositories/unit-alias';
import { UnitKerjaRepository } from './db/repositories/unit-kerja';
import { EksporPegawaiService } from './services/ekspor-pegawai';
import { ImporPegawaiService } from './services/impor-pegawai';
import { PegawaiService } from './services/pegawai';
import { UnitKerjaService } from './services/unit-kerja';

export interface RegistryHooks {
  /** Called when an import is about to write (the backup before import); a failure refuses the import. */
  beforeWrite?: (label: string) => Promise<unknown>;
}

/** The staff registry's repositories and services over one connection: the app's, or a job worker's own. */
export function createRegistry(db: Db, hooks: RegistryHooks = {}) {
  const pegawaiRepo = new PegawaiRepository(db);
  const unitRepo = new UnitKerjaRepository(db);
  const unitAliases = new UnitAliasRepository(db);
  const settings = new PengaturanRepository(db);
  const pegawai = new PegawaiService(db, pegawaiRepo, unitRepo);
  const units = new UnitKerjaService(db, unitRepo, pegawaiRepo, unitAliases);
  return {
    pegawaiRepo,
    unitRepo,
    unitAliases,
    settings,
    pegawai,
    units,
    impor: new ImporPegawaiService(db, pegawaiRepo, unitRepo, unitAliases, settings, hooks.beforeWrite),
    ekspor: new EksporPegawaiService(pegawai, units),
  };
}

export type Registry = ReturnType<typeof createRegistry>;
