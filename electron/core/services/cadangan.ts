import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Cadangan, DaftarCadangan, HasilPemulihan } from '../../../shared/contract/cadangan';
import { AppError } from '../../../shared/contract/result';
import {
  arsipPath,
  CadanganStore,
  discardDatabaseFile,
  isoWeek,
  linkOrCopy,
  localDay,
  referencedFiles,
  sha256File,
  stamp,
  type BerkasRef,
} from '../db/cadangan-store';
import { describePenolakan, inspectDatabaseFile, type Penolakan } from '../db/inspect';
import { checkpoint, DATABASE_FILE, LATEST_VERSION, migrate, schemaVersion, type Db } from '../db/open';
import { PegawaiRepository } from '../db/repositories/pegawai';
import { foreignKeyViolations, isEmptyDatabase, missingSchema, pageSize, prepareRestoreCopy } from '../db/schema-check';
import { found } from './found';

/** sqlite3_backup_step with this many pages copies everything at once: the live file is locked for one step only. */
const ALL_PAGES = 0x7fffffff;

/** A file to restore from: a listed backup (with its manifest) or one the clerk picked. */
export interface Sumber {
  path: string;
  /** How messages name it: the backup's id or the picked file's name. */
  label: string;
  manifest?: Cadangan;
}

/** A restore source copied into the backups folder, checked and brought up to the current schema. */
interface Siap {
  stage: string;
  schemaVersionAsal: number;
  jumlahPegawai: number;
  refs: BerkasRef[];
}

const message = (e: unknown) => (e as Error).message;

function refuseSource(label: string, p: Penolakan): AppError {
  const update = p.reason === 'lebih-baru' ? ' Perbarui aplikasi Netra lebih dulu, lalu pulihkan lagi.' : '';
  return new AppError('DATABASE', `${label} tidak dipulihkan: berkas ${describePenolakan(p)}. Tidak ada yang diubah.${update}`);
}

/**
 * Copies the source into the backups folder (the check and the restore then read the same bytes,
 * and the source is only ever read), checks it fully, and migrates the copy if it is older.
 * Refuses, changing nothing, a file that is damaged, foreign, or from a newer schema.
 */
export async function siapkanPemulihan(store: CadanganStore, sumber: Sumber, livePageSize: number | null): Promise<Siap> {
  const head = inspectDatabaseFile(sumber.path, { check: 'none', latest: LATEST_VERSION });
  if (head.kind === 'tidak-ada') throw new AppError('TIDAK_DITEMUKAN', `${sumber.label} tidak ditemukan (${sumber.path}).`);
  if (head.kind === 'ditolak') throw refuseSource(sumber.label, head.penolakan);
  const stage = store.tempPath('pulihkan');
  try {
    let walBytes = 0;
    try {
      walBytes = fs.statSync(`${sumber.path}-wal`).size;
    } catch {
      /* no WAL beside it */
    }
    if (walBytes > 0) {
      // committed changes still in the WAL: let SQLite read them, into a consistent copy
      const src = new Database(sumber.path, { readonly: true, fileMustExist: true });
      try {
        await src.backup(stage);
      } finally {
        src.close();
      }
    } else fs.copyFileSync(sumber.path, stage);
    if (sumber.manifest && sha256File(stage) !== sumber.manifest.sha256)
      throw refuseSource(sumber.label, { reason: 'rusak', detail: 'isinya tidak sama dengan sha256 yang dicatat saat cadangan dibuat' });

    const checked = inspectDatabaseFile(stage, { check: 'full', latest: LATEST_VERSION });
    if (checked.kind === 'ditolak') throw refuseSource(sumber.label, checked.penolakan);
    if (checked.kind !== 'ok' || !checked.schemaVersion || checked.jumlahPegawai === null) throw refuseSource(sumber.label, { reason: 'bukan-netra' });

    const db = new Database(stage, { fileMustExist: true });
    try {
      prepareRestoreCopy(db, livePageSize);
      if (checked.schemaVersion < LATEST_VERSION) {
        try {
          migrate(db);
        } catch (e) {
          // an older Netra database always migrates; one that does not lacks Netra's own tables
          if (e instanceof AppError) throw e;
          throw refuseSource(sumber.label, { reason: 'rusak', detail: `bukan basis data Netra yang lengkap: pembaruan skemanya gagal (${message(e)})` });
        }
      }
      const missing = missingSchema(db);
      if (missing.length)
        throw refuseSource(sumber.label, {
          reason: 'rusak',
          detail: `bukan basis data Netra yang lengkap: tidak ada ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` dan ${missing.length - 5} lainnya` : ''}`,
        });
      const broken = foreignKeyViolations(db);
      if (broken) throw refuseSource(sumber.label, { reason: 'rusak', detail: `${broken} baris merujuk data yang tidak ada` });
      return {
        stage,
        schemaVersionAsal: checked.schemaVersion,
        jumlahPegawai: new PegawaiRepository(db).count(),
        refs: referencedFiles(db),
      };
    } finally {
      db.close();
    }
  } catch (e) {
    discardDatabaseFile(stage);
    if (e instanceof AppError) throw e;
    throw new AppError('DATABASE', `${sumber.label} tidak dipulihkan: ${message(e)}. Tidak ada yang diubah.`);
  }
}

/** Moves a file that is in the way to arsip/tanpa-catatan/ under a free name, as the archive's own sweep does. */
function setAside(dataDir: string, relPath: string, file: string): void {
  const parts = relPath.split('/');
  const base = `${parts.slice(1, -1).join('-')}-${parts[parts.length - 1]}`.replace(/^-/, '');
  const dir = path.join(dataDir, 'arsip', 'tanpa-catatan');
  fs.mkdirSync(dir, { recursive: true });
  const ext = path.extname(base);
  for (let n = 1; ; n++) {
    const target = path.join(dir, n === 1 ? base : `${base.slice(0, base.length - ext.length)} (${n})${ext}`);
    if (!fs.existsSync(target)) {
      fs.renameSync(file, target);
      return;
    }
  }
}

/**
 * Every archive file the restored database refers to is put back from the store when it is
 * missing or different; a different file in the way is moved aside, never deleted.
 */
export function pulihkanBerkasArsip(store: CadanganStore, refs: readonly BerkasRef[]): Pick<HasilPemulihan, 'berkasDipulihkan' | 'berkasHilang' | 'berkasDisisihkan'> {
  const out = { berkasDipulihkan: 0, berkasHilang: [] as string[], berkasDisisihkan: [] as string[] };
  for (const ref of refs) {
    const target = arsipPath(store.dataDir, ref.relPath);
    if (!target) {
      out.berkasHilang.push(ref.relPath);
      continue;
    }
    const present = fs.existsSync(target);
    if (present && sha256File(target) === ref.sha256) continue;
    const stored = store.storedFile(ref.sha256);
    if (!stored) {
      out.berkasHilang.push(ref.relPath);
      continue;
    }
    if (present) {
      setAside(store.dataDir, ref.relPath, target);
      out.berkasDisisihkan.push(ref.relPath);
    }
    linkOrCopy(stored, target);
    out.berkasDipulihkan++;
  }
  return out;
}

/** Another connection (the job worker's import, another Netra process) is writing: nothing was copied. */
class BasisDataSibuk extends Error {}

/**
 * Replaces the content of the live database with `file`'s, through the live file's own locking.
 * better-sqlite3 retries a step that met SQLITE_BUSY, and resolves one that met it before the
 * page count was known as finished with nothing copied ({ totalPages: 0 }). Both mean another
 * connection holds the write lock; either way the step copied nothing, so it is refused here
 * rather than silently doing nothing or overwriting what that writer is about to commit.
 */
async function copyInto(file: string, db: Db): Promise<void> {
  const src = new Database(file, { readonly: true, fileMustExist: true });
  try {
    let steps = 0;
    const r = await src.backup(db.name, {
      progress: () => {
        // called after a step that left pages to copy: with ALL_PAGES only the first (0-page) step does
        if (++steps > 1) throw new BasisDataSibuk();
        return ALL_PAGES;
      },
    });
    if (r.totalPages === 0) throw new BasisDataSibuk();
  } finally {
    src.close();
  }
}

export interface CadanganDeps {
  db: Db;
  store: CadanganStore;
  now?: () => Date;
  /** After a restore: what start-up would do with the restored data (numbers left reserved, stray files). */
  afterRestore?: () => void;
  /** Test hook: runs after the restored content is in place, to prove a failure then rolls back. */
  afterSwap?: () => void;
}

/** Backups (automatic, before imports, manual) and restores, with the rotation of CadanganStore. */
export class CadanganService {
  private readonly db: Db;
  private readonly store: CadanganStore;
  private readonly now: () => Date;
  private peringatan: string | null = null;
  /** Backups and restores run one at a time. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: CadanganDeps) {
    this.db = deps.db;
    this.store = deps.store;
    this.now = deps.now ?? (() => new Date());
    this.store.sweep();
  }

  private exclusive<T>(f: () => Promise<T>): Promise<T> {
    const run = this.queue.then(f, f);
    this.queue = run.catch(() => undefined);
    return run;
  }

  list(): DaftarCadangan {
    return { folder: this.store.dir, rows: this.store.list(), peringatan: this.peringatan };
  }

  /**
   * The first open of a day backs the database up (the first of an ISO week as the weekly one).
   * Skipped for an empty database. Never stops the app: a failure becomes a warning in the list.
   */
  awalHari(): Cadangan | null {
    try {
      if (isEmptyDatabase(this.db)) return null;
      const now = this.now();
      const auto = this.store.list().filter((c) => c.alasan === 'harian' || c.alasan === 'mingguan');
      if (auto.some((c) => localDay(new Date(c.dibuat)) === localDay(now))) return null;
      const week = isoWeek(now);
      const weekly = auto.some((c) => c.alasan === 'mingguan' && isoWeek(new Date(c.dibuat)) === week);
      const made = this.store.writeSync(this.db, weekly ? 'harian' : 'mingguan');
      this.store.rotate();
      this.peringatan = null;
      return made;
    } catch (e) {
      this.peringatan = `Cadangan otomatis hari ini gagal dibuat: ${message(e)} Buat cadangan secara manual setelah masalahnya diatasi.`;
      console.warn(this.peringatan);
      return null;
    }
  }

  async buat(catatan = ''): Promise<Cadangan> {
    return this.exclusive(async () => {
      const made = await this.store.write(this.db, 'manual', catatan);
      this.store.rotate();
      return made;
    });
  }

  /**
   * Before an import writes: a backup, or the import is refused (a clerk must be able to undo an
   * import). Null when the database is still empty: there is nothing to keep.
   */
  async sebelumImpor(keterangan = ''): Promise<Cadangan | null> {
    if (isEmptyDatabase(this.db)) return null;
    try {
      return await this.exclusive(async () => {
        const made = await this.store.write(this.db, 'impor', keterangan);
        this.store.rotate();
        return made;
      });
    } catch (e) {
      throw new AppError('IMPOR_DITOLAK', `Impor dibatalkan karena cadangan sebelum impor tidak dapat dibuat: ${message(e)} Tidak ada data yang diubah.`);
    }
  }

  /** Restores a listed backup (by id, never by a path from the UI). */
  async pulihkan(id: string): Promise<HasilPemulihan> {
    const c = found(this.store.get(id), () => `Cadangan "${id}" tidak ada di ${this.store.dir}. Muat ulang daftar cadangan.`);
    return this.restore({ path: this.store.fileOf(c), label: `Cadangan ${c.id}`, manifest: c });
  }

  /** Restores a backup file from elsewhere (picked by the clerk, or given to the CLI). */
  async pulihkanBerkas(file: { path: string; label: string }): Promise<HasilPemulihan> {
    return this.restore({ path: file.path, label: `Berkas ${file.label}` });
  }

  /**
   * Check and prepare the source (nothing changed if refused), make the safety backup, copy the
   * prepared content into the live database with the online backup API (the Core's connection
   * and statements stay valid), put archive files back, checkpoint. A failure after the copy puts
   * the safety backup back: the previous state, whole.
   */
  private restore(sumber: Sumber): Promise<HasilPemulihan> {
    return this.exclusive(async () => {
      const siap = await siapkanPemulihan(this.store, sumber, pageSize(this.db));
      try {
        let pengaman: Cadangan;
        try {
          pengaman = await this.store.write(this.db, 'pengaman', `sebelum pemulihan dari ${sumber.label.charAt(0).toLowerCase()}${sumber.label.slice(1)}`);
        } catch (e) {
          throw new AppError('DATABASE', `Pemulihan dibatalkan karena cadangan pengaman keadaan sekarang tidak dapat dibuat: ${message(e)} Tidak ada yang diubah.`);
        }
        let berkas: ReturnType<typeof pulihkanBerkasArsip>;
        try {
          await copyInto(siap.stage, this.db);
          this.deps.afterSwap?.();
          const v = schemaVersion(this.db);
          if (v !== LATEST_VERSION) throw new Error(`skema setelah pemulihan ${v}, seharusnya ${LATEST_VERSION}`);
          berkas = pulihkanBerkasArsip(this.store, siap.refs);
          // inside the rollback's reach: it reads the restored tables
          this.deps.afterRestore?.();
          checkpoint(this.db);
        } catch (e) {
          if (e instanceof BasisDataSibuk)
            throw new AppError(
              'DATABASE',
              `${sumber.label} belum dipulihkan: basis data sedang ditulis (misalnya impor yang sedang berjalan). ` +
                'Tunggu sampai selesai, lalu pulihkan lagi. Tidak ada yang diubah.',
            );
          try {
            await copyInto(this.store.fileOf(pengaman), this.db);
            checkpoint(this.db);
          } catch (e2) {
            throw new AppError(
              'DATABASE',
              `Pemulihan dari ${sumber.label} gagal (${message(e)}), dan keadaan sebelumnya tidak dapat dikembalikan otomatis (${message(e2)}). ` +
                `Pulihkan cadangan pengaman ${pengaman.id} di Pengaturan → Cadangan.`,
            );
          }
          throw new AppError('DATABASE', `Pemulihan dari ${sumber.label} gagal: ${message(e)}. Keadaan sebelum pemulihan sudah dikembalikan; tidak ada data yang hilang.`);
        }
        this.store.rotate();
        return {
          dari: sumber.manifest?.id ?? sumber.label,
          pengaman,
          disisihkan: null,
          schemaVersionAsal: siap.schemaVersionAsal,
          schemaVersion: LATEST_VERSION,
          jumlahPegawai: siap.jumlahPegawai,
          ...berkas,
        };
      } finally {
        discardDatabaseFile(siap.stage);
      }
    });
  }
}

/**
 * Restore when the app's own database was refused (0 bytes, damaged, newer): there is no
 * connection to copy into, so the refused file is moved to cadangan/disisihkan/ (never deleted)
 * and the prepared copy takes its place.
 */
export async function pulihkanTanpaBasisData(dataDir: string, sumber: Sumber, now: () => Date = () => new Date()): Promise<HasilPemulihan> {
  const store = new CadanganStore(dataDir, now);
  const siap = await siapkanPemulihan(store, sumber, null);
  const live = path.join(dataDir, DATABASE_FILE);
  try {
    const asideDir = path.join(store.dir, 'disisihkan');
    fs.mkdirSync(asideDir, { recursive: true });
    let aside = path.join(asideDir, `${stamp(now())}-${DATABASE_FILE}`);
    for (let n = 2; fs.existsSync(aside); n++) aside = path.join(asideDir, `${stamp(now())}-${n}-${DATABASE_FILE}`);
    const moved: string[] = [];
    try {
      for (const suffix of ['', '-wal', '-shm']) {
        if (!fs.existsSync(live + suffix)) continue;
        fs.renameSync(live + suffix, aside + suffix);
        moved.push(suffix);
      }
      fs.renameSync(siap.stage, live);
    } catch (e) {
      for (const suffix of moved) fs.renameSync(aside + suffix, live + suffix);
      throw new AppError('DATABASE', `Pemulihan dari ${sumber.label} gagal: ${message(e)}. Tidak ada yang diubah.`);
    }
    return {
      dari: sumber.manifest?.id ?? sumber.label,
      pengaman: null,
      disisihkan: moved.includes('') ? aside : null,
      schemaVersionAsal: siap.schemaVersionAsal,
      schemaVersion: LATEST_VERSION,
      jumlahPegawai: siap.jumlahPegawai,
      ...pulihkanBerkasArsip(store, siap.refs),
    };
  } finally {
    discardDatabaseFile(siap.stage);
  }
}
