import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { CADANGAN_DIR, CadanganStore } from './cadangan-store';
import { describePenolakan, inspectDatabaseFile, type Penolakan } from './inspect';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index';

export type Db = Database.Database;

export const DATABASE_FILE = 'netra.sqlite';
/** The WAL is trimmed back to this after a checkpoint; without it one big import left 3.5 GB beside the database. */
export const JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024;

type Refusal = Penolakan | { reason: 'wal-tanpa-berkas'; walBytes: number };

/** The app's own database was refused before anything was written to it. */
export class DatabaseRefusedError extends AppError {
  constructor(
    readonly file: string,
    readonly refusal: Refusal,
    message: string,
  ) {
    super('DATABASE', message);
  }
}

/** Where the backups are and how to restore one, for messages about a database that cannot be used. */
export function backupHint(dataDir: string): string {
  const dir = path.join(dataDir, CADANGAN_DIR);
  return (
    `Cadangan ada di folder ${dir}. Untuk memulihkan: jalankan "netra cadangan daftar --data-dir ${dataDir}" lalu ` +
    `"netra cadangan pulihkan NAMA --data-dir ${dataDir}" (berkas yang ditolak disisihkan ke ${path.join(dir, 'disisihkan')}, tidak dihapus), ` +
    `atau pindahkan berkas ${DATABASE_FILE} ke folder lain, buka Netra, lalu pilih Pengaturan → Cadangan → Pulihkan.`
  );
}

function refused(file: string, dataDir: string, r: Refusal): DatabaseRefusedError {
  const what =
    r.reason === 'wal-tanpa-berkas'
      ? `berkasnya tidak ada, padahal ${path.basename(file)}-wal (${r.walBytes.toLocaleString('id-ID')} bita, berisi perubahan terakhir) masih ada: folder data mungkin tidak lengkap tersalin`
      : describePenolakan(r);
  const update = r.reason === 'lebih-baru' ? ' Perbarui aplikasi Netra ke versi terbaru, atau pulihkan cadangan yang dibuat versi ini.' : '';
  const untouched = r.reason === 'wal-tanpa-berkas' ? 'Tidak ada yang diubah.' : 'Berkas itu tidak diubah sedikit pun.';
  return new DatabaseRefusedError(file, r, `Basis data ${file} tidak dibuka karena ${what}. ${untouched}${update} ${backupHint(dataDir)}`);
}

export interface OpenOptions {
  /**
   * Runs on the trusted, still unchanged connection of an existing database just before its
   * migrations; throwing refuses the open. Default: a 'migrasi' backup in cadangan/.
   */
  beforeMigrate?: (db: Db, from: number, to: number) => void;
  /** Clock for the backup's time (tests). */
  now?: () => Date;
}

const latestOf = (migrations: readonly Migration[]) => (migrations.length ? migrations[migrations.length - 1]!.version : 0);

/**
 * Opens the database in `dataDir` and brings its schema up to date. An existing file is first
 * inspected read-only (see inspectDatabaseFile): a 0-byte, truncated, damaged, foreign or newer
 * file is refused without a byte of it changed. Only a missing file makes a new database, built
 * under a temporary name so that a crash never leaves a half-made netra.sqlite.
 */
/**
 * Another connection to the database this process already opened, inspected and migrated (the job
 * worker's): no second inspection, but it must be at the schema this build knows.
 */
export function openSecondConnection(dataDir: string): Db {
  const file = path.join(dataDir, DATABASE_FILE);
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (e) {
    throw new AppError('DATABASE', `Basis data ${file} tidak dapat dibuka: ${(e as Error).message}`);
  }
  configure(db, file);
  const version = schemaVersion(db);
  if (version !== LATEST_VERSION) {
    db.close();
    throw new AppError('DATABASE', `Basis data ${file} berskema ${version}, aplikasi ini ${LATEST_VERSION}; tutup Netra lalu buka lagi.`);
  }
  return db;
}

export function openDatabase(dataDir: string, migrations: readonly Migration[] = MIGRATIONS, opts: OpenOptions = {}): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const latest = latestOf(migrations);
  // the first open of a day (before its automatic backup) also checks a large file's structure
  const check = new CadanganStore(dataDir, opts.now).automaticToday() ? 'auto' : 'quick';
  let found = inspectDatabaseFile(file, { latest, check });
  if (found.kind === 'tidak-ada') {
    const walBytes = fileSize(`${file}-wal`);
    if (walBytes > 0) throw refused(file, dataDir, { reason: 'wal-tanpa-berkas', walBytes });
    if (createFresh(file, migrations)) return configure(new Database(file, { fileMustExist: true }), file);
    // another process made it meanwhile: treat it as any existing file
    found = inspectDatabaseFile(file, { latest, check });
  }
  if (found.kind === 'ditolak') throw refused(file, dataDir, found.penolakan);
  if (found.kind !== 'ok') throw new AppError('DATABASE', `Basis data ${file} hilang saat dibuka.`);
  // A valid SQLite file without any table holds nothing to lose: it becomes the new database.
  if (found.tables.length > 0 && found.schemaVersion === null) throw refused(file, dataDir, { reason: 'bukan-netra' });

  let db: Db;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (e) {
    throw new AppError('DATABASE', `Basis data ${file} tidak dapat dibuka: ${(e as Error).message}`);
  }
  try {
    const current = found.schemaVersion ?? 0;
    if (current > 0 && current < latest) {
      const before = opts.beforeMigrate ?? ((d: Db, from: number, to: number) => backupBeforeMigration(d, dataDir, from, to, opts.now));
      before(db, current, latest);
    }
    configure(db, file);
    migrate(db, migrations);
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    const message = (e as Error).message;
    if (/not a database|file is encrypted|malformed/i.test(message)) {
      throw new AppError('DATABASE', `Berkas ${file} bukan basis data Netra yang valid atau rusak (${message}). ${backupHint(dataDir)}`);
    }
    throw e;
  }
  return db;
}

function configure(db: Db, file: string): Db {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // Statement journals and sort/lookup tables in memory: with triggers on pegawai every insert
    // opens a statement journal, which as a temp file cost ~10 µs a row.
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (e) {
    db.close();
    throw new AppError('DATABASE', `Basis data ${file} tidak dapat disiapkan: ${(e as Error).message}`);
  }
}

function backupBeforeMigration(db: Db, dataDir: string, from: number, to: number, now?: () => Date): void {
  const store = new CadanganStore(dataDir, now);
  try {
    store.writeSync(db, 'migrasi', `skema ${from} ke ${to}`);
  } catch (e) {
    throw new AppError(
      'DATABASE',
      `Basis data ${db.name} perlu diperbarui (skema ${from} ke ${to}), tetapi cadangan sebelum pembaruan tidak dapat dibuat: ${(e as Error).message} ` +
        'Basis data belum diubah. Pastikan ruang disk di folder data cukup, lalu buka Netra lagi.',
    );
  }
  store.rotate();
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Builds the schema in a temporary file and links it into place only when complete; false when
 * `file` appeared meanwhile (another process was quicker), which is then left as it is.
 */
function createFresh(file: string, migrations: readonly Migration[]): boolean {
  sweepUnfinished(file);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}.baru`);
  try {
    const db = new Database(tmp);
    try {
      migrate(db, migrations);
    } finally {
      db.close();
    }
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    try {
      fs.linkSync(tmp, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      // no hard links on this file system: an existence check before the rename has to do
      if (fs.existsSync(file)) return false;
      fs.renameSync(tmp, file);
    }
    return true;
  } finally {
    for (const f of [tmp, `${tmp}-journal`]) fs.rmSync(f, { force: true });
  }
}

/** A database a killed process was still building (never linked into place), older than a day. */
function sweepUnfinished(file: string): void {
  const dir = path.dirname(file);
  const pattern = new RegExp(`^\\.${path.basename(file).replace(/\./g, '\\.')}\\.[0-9a-f]+\\.baru(-journal)?$`);
  const cutoff = Date.now() - 24 * 3600 * 1000;
  for (const name of fs.readdirSync(dir)) {
    if (!pattern.test(name)) continue;
    try {
      if (fs.statSync(path.join(dir, name)).mtimeMs < cutoff) fs.rmSync(path.join(dir, name), { force: true });
    } catch {
      /* removed meanwhile */
    }
  }
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const current = schemaVersion(db);
  const latest = latestOf(migrations);
  if (current > latest) {
    throw new AppError(
      'DATABASE',
      `Basis data ini dibuat oleh versi Netra yang lebih baru (skema ${current}, aplikasi ini mengenal sampai ${latest}). ` +
        'Perbarui aplikasi Netra; basis data tidak diubah.',
    );
  }
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  // All pending steps in one transaction: a failure in a later one leaves the version the file had,
  // which the release that wrote it still opens, instead of one in between that no release opens whole.
  db.transaction(() => {
    for (const m of migrations) {
      if (m.version <= current) continue;
      if (m.sql) db.exec(m.sql);
      m.run?.(db);
      record.run(m.version, m.name, new Date().toISOString());
    }
  })();
}

/**
 * Moves the WAL's pages into the database and truncates the WAL. Call after a large write (an
 * import, a restore): otherwise the WAL keeps its peak size until the last connection closes.
 * Readers still in an old snapshot make it partial (`busy` = 1); the next one catches up.
 */
export function checkpoint(db: Db): { busy: number; log: number; checkpointed: number } {
  const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  return row ?? { busy: 0, log: 0, checkpointed: 0 };
}

/** After a large write: fold the WAL back (see checkpoint) and let SQLite refresh its planner statistics. */
export function afterLargeWrite(db: Db): void {
  checkpoint(db);
  db.pragma('optimize');
}

/** Changes when another connection (the app's, a restore, another process) commits to the database. */
export function dataVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}

/** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
export function setBusyTimeout(db: Db, ms: number): void {
  db.pragma(`busy_timeout = ${Math.trunc(ms)}`);
}

export { LATEST_VERSION };
