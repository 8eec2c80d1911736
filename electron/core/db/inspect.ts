/**
 * Looking at a database file without changing it. Used before the app opens its own database
 * (a file it does not trust yet must keep every byte, and get no -wal/-shm beside it) and before
 * a backup file is restored.
 */

import Database from 'better-sqlite3';
import fs from 'node:fs';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
const MiB = 1024 * 1024;
/**
 * Files up to this size get a quick_check on every open (about 35 ms); larger ones only when their
 * header looks inconsistent or the caller asks ('quick': the first open of a day). quick_check
 * takes about 60 ms for 20,000 staff (14 MB) and 150 ms for 50,000 (35 MB).
 */
export const QUICK_CHECK_MAX_BYTES = 8 * MiB;
/**
 * A WAL-mode file is read from an in-memory copy up to this size (about 1 ms and 1 MB of memory
 * per MB of file; 20,000 staff are 14 MB): SQLite opening it, even read-only, would create -wal
 * and -shm beside it and leave them there. A larger file is opened read-only; those two (empty)
 * files then stay beside it only if it is refused.
 */
const IN_MEMORY_MAX_BYTES = 64 * MiB;

export interface SqliteHeader {
  pageSize: number;
  /** From the header; null when the header's count is not valid (written by an old SQLite, or damaged). */
  pageCount: number | null;
  /** Header bytes 18/19 = 2: the file was last used in WAL mode. */
  walMode: boolean;
}

/** The SQLite header in the first 100 bytes of a file, or what is wrong with it. */
export function parseHeader(head: Buffer): SqliteHeader | 'bukan-sqlite' | 'rusak' {
  if (head.length < HEADER_BYTES || !head.subarray(0, MAGIC.length).equals(MAGIC)) return 'bukan-sqlite';
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return 'rusak';
  const count = head.readUInt32BE(28);
  const valid = count > 0 && head.readUInt32BE(24) === head.readUInt32BE(92);
  return { pageSize, pageCount: valid ? count : null, walMode: head[18] === 2 && head[19] === 2 };
}

export type Penolakan =
  | { reason: 'kosong' }
  | { reason: 'bukan-sqlite'; detail: string }
  | { reason: 'terpotong'; bytes: number; expected: number }
  | { reason: 'rusak'; detail: string }
  | { reason: 'bukan-netra' }
  | { reason: 'lebih-baru'; version: number; latest: number };

export type Inspection =
  | { kind: 'tidak-ada' }
  | { kind: 'ditolak'; penolakan: Penolakan }
  | {
      kind: 'ok';
      bytes: number;
      header: SqliteHeader;
      /** Names of the tables in sqlite_master. */
      tables: string[];
      /** MAX(version) of schema_version; null when there is no such table. */
      schemaVersion: number | null;
      /** Rows in pegawai; null without that table. */
      jumlahPegawai: number | null;
      /** Which check ran ('ok'), if any. */
      checked: 'quick_check' | 'integrity_check' | null;
    };

/** What is wrong, as the end of a sentence "Berkas X …". */
export function describePenolakan(p: Penolakan): string {
  switch (p.reason) {
    case 'kosong':
      return 'kosong (0 bita), biasanya sisa salinan atau pemindahan yang gagal';
    case 'bukan-sqlite':
      return `bukan basis data Netra: ${p.detail}`;
    case 'terpotong':
      return `terpotong: ukurannya ${p.bytes.toLocaleString('id-ID')} bita, seharusnya ${p.expected.toLocaleString('id-ID')} bita (salinan yang tidak selesai)`;
    case 'rusak':
      return `rusak (${p.detail})`;
    case 'bukan-netra':
      return 'bukan basis data Netra: berkas SQLite ini tidak memiliki tabel schema_version';
    case 'lebih-baru':
      return `dibuat oleh versi Netra yang lebih baru (skema ${p.version}; aplikasi ini mengenal sampai skema ${p.latest})`;
  }
}

function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}

function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(HEADER_BYTES);
    const n = fs.readSync(fd, head, 0, HEADER_BYTES, 0);
    return head.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

export interface InspectOptions {
  /** 'auto': quick_check when the file is small or its header looks inconsistent; 'quick': always; 'full': integrity_check; 'none': header only. */
  check?: 'auto' | 'quick' | 'full' | 'none';
  /** The newest schema this app knows: a higher version is refused. */
  latest: number;
}

/**
 * Reads `file` without writing to it or beside it: the header and size first (a 0-byte, truncated
 * or foreign file is refused before SQLite sees it), then, read-only, its tables, schema version
 * and a consistency check.
 */
export function inspectDatabaseFile(file: string, opts: InspectOptions): Inspection {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'tidak-ada' };
    throw e;
  }
  const refuse = (penolakan: Penolakan): Inspection => ({ kind: 'ditolak', penolakan });
  if (!stat.isFile()) return refuse({ reason: 'bukan-sqlite', detail: 'ini sebuah folder, bukan berkas' });
  if (stat.size === 0) return refuse({ reason: 'kosong' });
  const header = parseHeader(readHead(file));
  if (header === 'bukan-sqlite') return refuse({ reason: 'bukan-sqlite', detail: 'isinya bukan berkas SQLite' });
  if (header === 'rusak') return refuse({ reason: 'rusak', detail: 'ukuran halaman di kepala berkas tidak sah' });

  // A -wal with content holds committed pages the main file does not have yet: its size says nothing then.
  const walSize = sizeOf(`${file}-wal`);
  const walBytes = walSize ?? 0;
  const sideFiles = walSize !== null || sizeOf(`${file}-shm`) !== null;
  let suspicious = walBytes > 0 || header.pageCount === null;
  if (walBytes === 0 && header.pageCount !== null) {
    const expected = header.pageSize * header.pageCount;
    if (stat.size < expected) return refuse({ reason: 'terpotong', bytes: stat.size, expected });
    if (stat.size !== expected) suspicious = true;
  }
  if (stat.size % header.pageSize !== 0) suspicious = true;

  const mode = opts.check ?? 'auto';
  const base = { kind: 'ok' as const, bytes: stat.size, header };
  if (mode === 'none') return { ...base, tables: [], schemaVersion: null, jumlahPegawai: null, checked: null };
  const check = mode === 'full' ? 'integrity_check' : mode === 'quick' || suspicious || stat.size <= QUICK_CHECK_MAX_BYTES ? 'quick_check' : null;

  let db: Database.Database;
  try {
    if (header.walMode && !sideFiles && stat.size <= IN_MEMORY_MAX_BYTES) {
      // The same pages, marked as a rollback-journal database: SQLite then needs nothing beside it.
      const bytes = fs.readFileSync(file);
      bytes[18] = 1;
      bytes[19] = 1;
      db = new Database(bytes, { readonly: true });
    } else {
      db = new Database(file, { readonly: true, fileMustExist: true });
    }
  } catch (e) {
    return refuse({ reason: 'rusak', detail: (e as Error).message });
  }
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (check) {
      const rows = db.pragma(`${check}(5)`, { simple: false }) as Record<string, string>[];
      const messages = rows.map((r) => Object.values(r)[0]!);
      if (messages.length !== 1 || messages[0] !== 'ok') return refuse({ reason: 'rusak', detail: messages.join('; ') });
    }
    const schemaVersion = tables.includes('schema_version') ? ((db.prepare('SELECT MAX(version) FROM schema_version').pluck().get() as number | null) ?? 0) : null;
    if (schemaVersion !== null && schemaVersion > opts.latest) return refuse({ reason: 'lebih-baru', version: schemaVersion, latest: opts.latest });
    const jumlahPegawai = tables.includes('pegawai') ? (db.prepare('SELECT COUNT(*) FROM pegawai').pluck().get() as number) : null;
    return { ...base, tables, schemaVersion, jumlahPegawai, checked: check };
  } catch (e) {
    return refuse({ reason: 'rusak', detail: (e as Error).message });
  } finally {
    db.close();
  }
}
