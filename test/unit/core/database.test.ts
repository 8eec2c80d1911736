import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase, schemaVersion } from '../../../electron/core/db/open';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { tempDir } from '../../helpers/core';

describe('database', () => {
  it('creates the schema with WAL and foreign keys, and reopens without re-running migrations', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    const again = openDatabase(dir);
    expect(again.prepare('SELECT COUNT(*) FROM schema_version').pluck().get()).toBe(MIGRATIONS.length);
    again.close();
  });

  it('refuses a database made by a newer version and leaves it untouched', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const raw = new Database(path.join(dir, DATABASE_FILE));
    raw.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (99, ?, ?)').run('masa depan', 'x');
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/versi Netra yang lebih baru/);
    const check = new Database(path.join(dir, DATABASE_FILE));
    expect(check.prepare('SELECT MAX(version) FROM schema_version').pluck().get()).toBe(99);
    check.close();
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

  it('reports a file that is not a database clearly', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), 'ini bukan basis data '.repeat(100));
    expect(() => openDatabase(dir)).toThrow(/bukan basis data Netra/);
  });
});
