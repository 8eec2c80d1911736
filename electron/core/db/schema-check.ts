import Database from 'better-sqlite3';
import { migrate, type Db } from './open';

// What the backup service asks of a database file as a whole: emptiness, schema completeness,
// referential integrity, page layout. The SQL lives here so services stay free of it.

/** Rows a migration ships (reference data): a database holding only these has nothing of the clerk's yet. */
const SEEDED_ROWS: Record<string, string> = {
  unit_singkatan: 'bawaan = 1',
  dasar_hukum: 'bawaan = 1',
  // a shipped rule set the clerk saved again has a higher version; a checked holiday loses its mark
  aturan_kasus: 'bawaan = 1 AND versi = 1',
  aturan_kasus_versi: 'versi = 1 AND aturan_id IN (SELECT id FROM aturan_kasus WHERE bawaan = 1)',
  hari_libur: 'periksa = 1',
};

/** True when a database holds no row a clerk made (schema bookkeeping and full-text index internals aside). */
export function isEmptyDatabase(db: Db): boolean {
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string | null }[];
  const virtual = tables.filter((t) => /^CREATE\s+VIRTUAL\s+TABLE/i.test(t.sql ?? '')).map((t) => t.name);
  for (const { name } of tables) {
    if (name === 'schema_version' || virtual.some((v) => name === v || name.startsWith(`${v}_`))) continue;
    const where = SEEDED_ROWS[name] ? ` WHERE NOT (${SEEDED_ROWS[name]})` : '';
    if (db.prepare(`SELECT 1 FROM "${name.replace(/"/g, '""')}"${where} LIMIT 1`).get() !== undefined) return false;
  }
  return true;
}

type Columns = Map<string, string[]>;
let currentSchema: Columns | null = null;

function tableColumns(db: Db): Columns {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return new Map(names.map((t) => [t, (db.pragma(`table_info("${t.replace(/"/g, '""')}")`) as { name: string }[]).map((c) => c.name)]));
}

/**
 * The tables and columns of the current schema that `db` lacks. A schema_version and a pegawai table
 * are not enough to call a file a Netra database (another app's file may have both); restoring one
 * without the rest left an app whose every call failed with "no such table".
 */
export function missingSchema(db: Db): string[] {
  if (!currentSchema) {
    const fresh = new Database(':memory:');
    try {
      migrate(fresh);
      currentSchema = tableColumns(fresh);
    } finally {
      fresh.close();
    }
  }
  const have = tableColumns(db);
  const out: string[] = [];
  for (const [table, cols] of currentSchema) {
    const got = have.get(table);
    if (!got) out.push(`tabel ${table}`);
    else for (const c of cols) if (!got.includes(c)) out.push(`kolom ${table}.${c}`);
  }
  return out;
}

/** Makes a restore copy self-contained (no WAL) and gives it the live database's page size: the online backup into a WAL-mode database needs equal page sizes. */
export function prepareRestoreCopy(db: Db, livePageSize: number | null): void {
  db.pragma('journal_mode = DELETE');
  db.pragma('foreign_keys = ON');
  if (livePageSize && pageSize(db) !== livePageSize) {
    db.pragma(`page_size = ${livePageSize}`);
    db.exec('VACUUM');
  }
}

export function pageSize(db: Db): number {
  return db.pragma('page_size', { simple: true }) as number;
}

/** How many rows point at rows that do not exist. */
export function foreignKeyViolations(db: Db): number {
  return (db.pragma('foreign_key_check') as unknown[]).length;
}
