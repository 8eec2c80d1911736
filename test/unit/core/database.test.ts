import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpoint, DATABASE_FILE, JOURNAL_SIZE_LIMIT, openDatabase, schemaVersion } from '../../../electron/core/db/open';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { pns, tempDir, thrown } from '../../helpers/core';
import { makeCore } from '../../helpers/core';

/** Everything a refusal must leave as it was: the bytes, the modification time, and nothing beside the file. */
function snapshot(file: string) {
  return {
    sha256: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
    mtimeNs: fs.statSync(file, { bigint: true }).mtimeNs,
    size: fs.statSync(file).size,
    beside: fs.readdirSync(path.dirname(file)).filter((n) => n !== path.basename(file)).sort(),
  };
}

/** A data folder holding a real Netra database with some staff, closed as Netra leaves it (WAL mode, no -wal/-shm). */
function filledDir(): { dir: string; file: string } {
  const dir = tempDir();
  const core = makeCore(dir);
  core.demo.load({ pegawai: 60, seed: 3 });
  core.close();
  // start with only the database: the refusal tests compare the whole folder
  for (const name of fs.readdirSync(dir)) if (name !== DATABASE_FILE) fs.rmSync(path.join(dir, name), { recursive: true });
  return { dir, file: path.join(dir, DATABASE_FILE) };
}

function expectRefusedUntouched(dir: string, pattern: RegExp): string {
  const file = path.join(dir, DATABASE_FILE);
  const before = snapshot(file);
  const e = thrown(() => openDatabase(dir));
  expect(e.message).toMatch(pattern);
  // names the file, says nothing changed, and points to the backups and how to restore one
  expect(e.message).toContain(file);
  expect(e.message).toContain('tidak diubah');
  expect(e.message).toContain(path.join(dir, 'cadangan'));
  expect(e.message).toContain('netra cadangan pulihkan');
  expect(e.message).toContain('Pengaturan → Cadangan');
  expect(snapshot(file)).toEqual(before);
  return e.message;
}

describe('database', () => {
  it('creates the schema with WAL, foreign keys and a WAL size limit, and reopens without re-running migrations', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(JOURNAL_SIZE_LIMIT);
    db.close();
    const again = openDatabase(dir);
    expect(again.prepare('SELECT COUNT(*) FROM schema_version').pluck().get()).toBe(MIGRATIONS.length);
    again.close();
    // a new database is built under a temporary name: nothing else is left in the folder
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
  });

  it('refuses a database made by a newer version and leaves it untouched (rollback-journal file: the header used to be switched to WAL)', () => {
    const { dir, file } = filledDir();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (99, ?, ?)').run('masa depan', 'x');
    raw.close();
    const message = expectRefusedUntouched(dir, /versi Netra yang lebih baru \(skema 99; aplikasi ini mengenal sampai skema \d+\)/);
    expect(message).toMatch(/Perbarui aplikasi Netra/);
    const check = new Database(file, { readonly: true });
    expect(check.prepare('SELECT MAX(version) FROM schema_version').pluck().get()).toBe(99);
    check.close();
  });

  it('refuses a newer database in WAL mode without creating -wal or -shm beside it', () => {
    const { dir, file } = filledDir();
    const raw = new Database(file);
    raw.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (99, ?, ?)').run('masa depan', 'x');
    raw.close();
    expect(fs.readFileSync(file).subarray(18, 20)).toEqual(Buffer.from([2, 2]));
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
    expectRefusedUntouched(dir, /versi Netra yang lebih baru/);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
  });

  it('refuses a 0-byte netra.sqlite (a failed copy) instead of starting an empty registry', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), '');
    expectRefusedUntouched(dir, /kosong \(0 bita\)/);
    expect(fs.statSync(path.join(dir, DATABASE_FILE)).size).toBe(0);
  });

  it('refuses a truncated database, saying how big it should be', () => {
    const { dir, file } = filledDir();
    const full = fs.statSync(file).size;
    fs.truncateSync(file, Math.floor(full / 2));
    expectRefusedUntouched(dir, new RegExp(`terpotong: ukurannya [\\d.]+ bita, seharusnya ${full.toLocaleString('id-ID').replace(/\./g, '\\.')} bita`));
  });

  it('refuses a file that is not SQLite, and one that is damaged inside', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), 'ini bukan basis data '.repeat(100));
    expectRefusedUntouched(dir, /bukan basis data Netra: isinya bukan berkas SQLite/);

    const { dir: d2, file } = filledDir();
    // overwrite a page in the middle: size and header stay consistent, the b-tree does not
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, crypto.randomBytes(4096 * 8), 0, 4096 * 8, 4096 * 2);
    fs.closeSync(fd);
    expectRefusedUntouched(d2, /rusak \(/);
  });

  it('refuses a SQLite file of another program', () => {
    const dir = tempDir();
    const other = new Database(path.join(dir, DATABASE_FILE));
    other.exec('CREATE TABLE resep (nama TEXT); INSERT INTO resep VALUES (\'rendang\')');
    other.close();
    expectRefusedUntouched(dir, /bukan basis data Netra: berkas SQLite ini tidak memiliki tabel schema_version/);
  });

  it('refuses a missing database whose -wal is still there (a half-copied data folder)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, `${DATABASE_FILE}-wal`), crypto.randomBytes(8192));
    const e = thrown(() => openDatabase(dir));
    expect(e.message).toMatch(/netra\.sqlite-wal \(8\.192 bita/);
    expect(fs.readdirSync(dir)).toEqual([`${DATABASE_FILE}-wal`]);
  });

  it('never uses a database a killed process was still building; removes it after a day', () => {
    const dir = tempDir();
    const old = path.join(dir, `.${DATABASE_FILE}.0a1b2c.baru`);
    const recent = path.join(dir, `.${DATABASE_FILE}.3d4e5f.baru`);
    fs.writeFileSync(old, 'setengah');
    fs.utimesSync(old, new Date(Date.now() - 2 * 86400_000), new Date(Date.now() - 2 * 86400_000));
    fs.writeFileSync(recent, 'setengah');
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(recent), DATABASE_FILE]);
  });

  it('runs each migration in a transaction: a failing one leaves no trace', () => {
    const dir = tempDir();
    const broken = [...MIGRATIONS, { version: LATEST_VERSION + 1, name: 'rusak', sql: 'CREATE TABLE setengah (x); SELECT * FROM tidak_ada;' }];
    expect(() => openDatabase(dir, broken)).toThrow();
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'setengah'").pluck().get()).toBe(0);
    db.close();
  });

  it('backs an older database up before migrating it, and refuses to migrate when that backup fails', () => {
    const dir = tempDir();
    const old = openDatabase(dir, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO unit_kerja (nama, jenis, created_at, updated_at) VALUES ('BKPSDM', 'badan', 'x', 'x')").run();
    old.close();
    // the backups folder cannot be made: the migration must not run
    fs.writeFileSync(path.join(dir, 'cadangan'), 'bukan folder');
    const e = thrown(() => openDatabase(dir));
    expect(e.message).toMatch(/cadangan sebelum pembaruan tidak dapat dibuat.*Basis data belum diubah/);
    const still = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(still.prepare('SELECT MAX(version) FROM schema_version').pluck().get()).toBe(1);
    still.close();

    fs.rmSync(path.join(dir, 'cadangan'));
    const db = openDatabase(dir, MIGRATIONS, { now: () => new Date(2026, 0, 5, 8, 30, 12) });
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'cadangan', 'netra-20260105-083012-migrasi.json'), 'utf8'));
    expect(manifest).toMatchObject({ alasan: 'migrasi', schemaVersion: 1, jumlahPegawai: 0, keterangan: `skema 1 ke ${LATEST_VERSION}` });
    const backup = new Database(path.join(dir, 'cadangan', manifest.fileName), { readonly: true });
    expect(backup.prepare('SELECT nama FROM unit_kerja').pluck().all()).toEqual(['BKPSDM']);
    expect(backup.prepare('SELECT MAX(version) FROM schema_version').pluck().get()).toBe(1);
    backup.close();
  });

  it('checkpoint() moves the WAL into the database and truncates it', () => {
    const dir = tempDir();
    const core = makeCore(dir);
    const insert = core.db.transaction(() => {
      for (let i = 0; i < 300; i++) core.pegawai.create(pns({ nip: null, jenisIdentitas: 'LAINNYA', status: 'NON_ASN', golongan: null, nama: `Pegawai ${i}` }));
    });
    insert();
    const wal = path.join(dir, `${DATABASE_FILE}-wal`);
    expect(fs.statSync(wal).size).toBeGreaterThan(0);
    const r = checkpoint(core.db);
    expect(r.busy).toBe(0);
    expect(fs.statSync(wal).size).toBe(0);
    expect(core.db.prepare('SELECT COUNT(*) FROM pegawai').pluck().get()).toBe(300);
    core.close();
  });
});
