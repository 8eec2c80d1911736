import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index';

export type Db = Database.Database;

export const DATABASE_FILE = 'netra.sqlite';

/** Opens (creating if needed) the database in `dataDir` and brings its schema up to date. */
export function openDatabase(dataDir: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  let db: Db;
  try {
    db = new Database(file);
  } catch (e) {
    throw new AppError('DATABASE', `Basis data ${file} tidak dapat dibuka: ${(e as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // Statement journals and sort/lookup tables in memory: with triggers on pegawai every insert
    // opens a statement journal, which as a temp file cost ~10 µs a row.
    db.pragma('temp_store = MEMORY');
    migrate(db, migrations);
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    const message = (e as Error).message;
    if (/not a database|file is encrypted|malformed/i.test(message)) {
      throw new AppError('DATABASE', `Berkas ${file} bukan basis data Netra yang valid atau rusak (${message}). Pulihkan dari cadangan.`);
    }
    throw e;
  }
  return db;
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const current = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  if (current > latest) {
    throw new AppError(
      'DATABASE',
      `Basis data ini dibuat oleh versi Netra yang lebih baru (skema ${current}, aplikasi ini mengenal sampai ${latest}). ` +
        'Perbarui aplikasi Netra; basis data tidak diubah.',
    );
  }
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
  }
}

export { LATEST_VERSION };
