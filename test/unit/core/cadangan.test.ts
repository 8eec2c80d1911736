import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { CadanganStore, isoWeek, sha256File } from '../../../electron/core/db/cadangan-store';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { DATABASE_FILE, openDatabase, type Db } from '../../../electron/core/db/open';
import { dispatch } from '../../../electron/core/handlers';
import { CadanganService } from '../../../electron/core/services/cadangan';
import type { DokumenBuat } from '../../../shared/contract/dokumen';
import { PegawaiQuerySchema } from '../../../shared/contract/schemas';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { makeCore, pns, tempDir } from '../../helpers/core';
import { call, kepalaBadan, profil } from '../../helpers/dokumen';

const semua = PegawaiQuerySchema.parse({ aktif: 'semua', limit: 500 });

const undangan = (core: Core, tanggal = '2026-11-23'): DokumenBuat => ({
  jenis: 'surat-undangan',
  data: JENIS.get('surat-undangan').contoh,
  profilId: core.instansi.list().find((p) => p.jenisKop === 'dinas')!.id,
  tandaTangan: { penandatanganId: core.penandatangan.list().find((p) => p.jenis === 'pejabat')!.id, mode: 'langsung', atasNama: '', untukBeliau: '' },
  tanggal,
  nomor: { cara: 'otomatis' },
});

/** Every table SQLite lists, each as its rows in a stable order: what "the content equals" means. */
function dump(db: Db): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const t of tables) {
    const rows = db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][];
    out[t] = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort();
  }
  return out;
}

function dumpFile(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return dump(db);
  } finally {
    db.close();
  }
}

/** The folder's files (what a refused restore must leave alone), with their hashes. */
function folderState(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d)) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (!/netra\.sqlite-(wal|shm)$/.test(name)) out[path.relative(dir, p)] = sha256File(p);
    }
  };
  walk(dir);
  return out;
}

async function coreWithDocuments(dir = tempDir()): Promise<Core> {
  const core = makeCore(dir);
  core.demo.load({ pegawai: 40, seed: 3 });
  await core.dokumen.buat(undangan(core));
  return core;
}

/** A clock that starts at a local date and can be moved on. */
function clock(start: Date) {
  let now = start;
  return { now: () => now, set: (d: Date) => (now = d) };
}

describe('cadangan: backups', () => {
  it('makes a verified backup with its manifest, in rollback-journal mode, storing the archive files it refers to', async () => {
    const core = await coreWithDocuments();
    const made = await core.cadangan.buat('sebelum rapat');
    const file = path.join(core.dataDir, 'cadangan', made.fileName);
    expect(made).toMatchObject({
      alasan: 'manual',
      keterangan: 'sebelum rapat',
      schemaVersion: LATEST_VERSION,
      jumlahPegawai: 40,
      jumlahBerkas: 1,
      berkasHilang: 0,
      bytes: fs.statSync(file).size,
      sha256: sha256File(file),
    });
    expect(JSON.parse(fs.readFileSync(path.join(core.dataDir, 'cadangan', `${made.id}.json`), 'utf8'))).toEqual({ format: 1, ...made });
    // opens read-only without anything appearing beside it, and is whole
    expect(fs.readFileSync(file).subarray(18, 20)).toEqual(Buffer.from([1, 1]));
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const sha = (core.db.prepare('SELECT sha256 FROM dokumen').pluck().get() as string)!;
    expect(sha256File(path.join(core.dataDir, 'cadangan', 'berkas', sha))).toBe(sha);
    expect(core.cadangan.list().rows.map((c) => c.id)).toContain(made.id);
    expect(fs.readdirSync(path.join(core.dataDir, 'cadangan')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('never leaves a half backup that looks valid: a failed copy or one that fails the check is removed', async () => {
    const dir = tempDir();
    const store = new CadanganStore(dir);
    const real = openDatabase(dir);
    // the copy stops half-way (disk full)
    const failing = { backup: async (p: string) => {
      fs.writeFileSync(p, fs.readFileSync(real.name).subarray(0, 8192));
      throw new Error('SQLITE_FULL: database or disk is full');
    } } as unknown as Db;
    await expect(store.write(failing, 'manual')).rejects.toThrow(/Cadangan tidak dapat dibuat .*ruang disk penuh/);
    // the copy completes but is damaged: integrity_check refuses it
    const damaging = { backup: async (p: string) => {
      const bytes = fs.readFileSync(real.name);
      crypto.randomBytes(4096 * 8).copy(bytes, 4096 * 2);
      fs.writeFileSync(p, bytes);
    } } as unknown as Db;
    await expect(store.write(damaging, 'manual')).rejects.toThrow(/tidak lolos pemeriksaan: rusak/);
    expect(fs.readdirSync(store.dir)).toEqual([]);
    expect(store.list()).toEqual([]);
    real.close();
  });

  it('backs up at the start of each day (the first of an ISO week as the weekly one), not twice a day, not when empty', () => {
    const dir = tempDir();
    const c = clock(new Date(2026, 0, 5, 7, 30)); // Monday
    const empty = createCore({ dataDir: dir, mode: 'cli', now: c.now });
    expect(empty.cadangan.list().rows).toEqual([]);
    empty.pegawai.create(pns());
    empty.close();

    const open = () => createCore({ dataDir: dir, mode: 'cli', now: c.now }).close();
    open();
    c.set(new Date(2026, 0, 5, 16, 0));
    open();
    c.set(new Date(2026, 0, 6, 8, 0));
    open();
    c.set(new Date(2026, 0, 12, 8, 0)); // next Monday
    open();
    const rows = new CadanganStore(dir).list();
    expect(rows.map((r) => [r.id, r.alasan])).toEqual([
      ['netra-20260112-080000-mingguan', 'mingguan'],
      ['netra-20260106-080000-harian', 'harian'],
      ['netra-20260105-073000-mingguan', 'mingguan'],
    ]);
    expect(rows.every((r) => r.jumlahPegawai === 1)).toBe(true);
  });

  it('rotates: 7 daily, 4 weekly, the last 10 before imports and migrations, every manual and safety backup; unreferenced stored files go', async () => {
    const dir = tempDir();
    const c = clock(new Date(2026, 0, 1, 8, 0));
    const core = createCore({ dataDir: dir, mode: 'cli', now: c.now });
    core.pegawai.create(pns());
    const store = new CadanganStore(dir, c.now);
    const service = new CadanganService({ db: core.db, store, now: c.now });
    const day = (n: number, h = 8) => new Date(2026, 0, 1 + n, h, 0);
    for (let n = 0; n < 45; n++) {
      c.set(day(n));
      service.awalHari();
    }
    for (let n = 0; n < 12; n++) {
      c.set(new Date(2026, 1, 15, 9, 0, n));
      await service.sebelumImpor(`impor-${n}.xlsx`);
      store.writeSync(core.db, 'migrasi');
      store.rotate();
      await service.buat(`manual ${n}`);
    }
    const kept = store.list();
    const of = (a: string) => kept.filter((k) => k.alasan === a);
    expect(of('harian')).toHaveLength(7);
    expect(of('harian').map((k) => k.id.slice(6, 14))).toEqual(['20260214', '20260213', '20260212', '20260211', '20260210', '20260208', '20260207']);
    expect(of('mingguan').map((k) => isoWeek(new Date(k.dibuat)))).toEqual(['2026-W07', '2026-W06', '2026-W05', '2026-W04']);
    expect(of('impor')).toHaveLength(10);
    expect(of('impor')[9]!.keterangan).toBe('impor-2.xlsx');
    expect(of('migrasi')).toHaveLength(10);
    expect(of('manual')).toHaveLength(12);
    // every listed backup still has its file, every removed one has neither file nor manifest
    const names = fs.readdirSync(store.dir).filter((n) => n.endsWith('.sqlite') || n.endsWith('.json'));
    expect(names.sort()).toEqual(kept.flatMap((k) => [`${k.id}.json`, k.fileName]).sort());
    core.close();
  });

  it('removes stored archive files that no remaining backup refers to, after an hour of grace', async () => {
    const dir = tempDir();
    const core = await coreWithDocuments(dir);
    const store = new CadanganStore(dir);
    const first = await store.write(core.db, 'impor');
    const relPath = core.db.prepare('SELECT rel_path FROM dokumen').pluck().get() as string;
    const stored = path.join(store.berkasDir, core.db.prepare('SELECT sha256 FROM dokumen').pluck().get() as string);
    expect(fs.existsSync(stored)).toBe(true);
    // the document's row goes, and the only backup referring to it is rotated out
    core.db.exec('DELETE FROM nomor_surat; DELETE FROM dokumen_pegawai; DELETE FROM dokumen');
    for (let i = 0; i < 10; i++) await store.write(core.db, 'impor');
    expect(store.rotate()).toEqual([first.id]);
    // linked moments ago: another process may still be writing the backup that refers to it
    expect(fs.existsSync(stored)).toBe(true);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 2 * 3600_000);
      await store.write(core.db, 'impor');
      expect(store.rotate()).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
    expect(fs.existsSync(stored)).toBe(false);
    // only the stored link went: the archive's own file is still there
    expect(fs.existsSync(path.join(dir, ...relPath.split('/')))).toBe(true);
    core.close();
  });
});

describe('cadangan: restore', () => {
  it('round trip: back up, change every table and delete an archive file, restore: every table equals the backup, the file is back, the app keeps answering', async () => {
    const core = await coreWithDocuments();
    const backup = await core.cadangan.buat();
    const backupFile = path.join(core.dataDir, 'cadangan', backup.fileName);
    const expected = dumpFile(backupFile);
    const doc = core.db.prepare('SELECT id, rel_path AS relPath, sha256 FROM dokumen').get() as { id: number; relPath: string; sha256: string };

    // change data in every kind of table
    const budi = core.pegawai.create(pns({ nama: 'Budi' }));
    core.pegawai.update(budi.id, pns({ nama: 'Budi Setelah Cadangan' }));
    core.pegawai.setAktif(core.pegawai.list(semua).rows[0]!.id, false);
    const unit = core.units.list()[0]!;
    core.units.update(unit.id, { nama: 'Unit Diubah', singkatan: null, jenis: unit.jenis, parentId: unit.parentId });
    await call(core, 'halaman.save', { kategori: 'korespondensi', setup: { ...core.halaman.get(), fontSizePt: 11 } });
    await call(core, 'klasifikasi.save', { daftar: [{ kode: '800', nama: 'Kepegawaian' }] });
    await call(core, 'instansi.save', { id: null, data: profil({ nama: 'Kesbangpol', kodeUnit: 'KESBANG' }) });
    await call(core, 'penandatangan.save', { id: null, data: kepalaBadan({ nama: 'Penandatangan Baru', nip: '197001012000031001' }) });
    await call(core, 'nomor.pesan', { jenis: 'surat-edaran', hal: 'Nomor setelah cadangan', tanggal: '2026-11-24' });
    const teks = core.teks.latest('surat-undangan').teks;
    const key = Object.keys(teks)[0]!;
    await call(core, 'teks.simpan', { jenis: 'surat-undangan', teks: { ...teks, [key]: `${teks[key]} Terima kasih.` }, catatan: 'versi baru' });
    await core.dokumen.buat(undangan(core, '2026-11-25'));
    fs.rmSync(path.join(core.dataDir, ...doc.relPath.split('/')));
    const changed = dump(core.db);
    for (const t of ['pegawai', 'unit_kerja', 'pengaturan', 'nomor_surat', 'dokumen', 'instansi_profil', 'penandatangan', 'teks_dokumen'])
      expect(changed[t], t).not.toEqual(expected[t]);

    const r = { value: await call(core, 'cadangan.pulihkan', { id: backup.id }) };
    expect(r.value).toMatchObject({ dari: backup.id, schemaVersionAsal: LATEST_VERSION, jumlahPegawai: 40, berkasDipulihkan: 1, berkasHilang: [], berkasDisisihkan: [] });
    expect(dump(core.db)).toEqual(expected);
    expect(sha256File(path.join(core.dataDir, ...doc.relPath.split('/')))).toBe(doc.sha256);

    // the same Core keeps answering: reads, the restored document's file, and writes
    expect((await call(core, 'app.info', {})).jumlahPegawai).toBe(40);
    const file = await dispatch(core, 'dokumen.file', { id: doc.id });
    expect(file.ok).toBe(true);
    expect((await call(core, 'pegawai.list', { text: 'Setelah Cadangan', aktif: 'semua' })).total).toBe(0);
    const added = await dispatch(core, 'pegawai.create', { data: pns({ nama: 'Sesudah Pemulihan', nip: '199101012020121001', tanggalLahir: '1991-01-01' }) });
    expect(added.ok).toBe(true);

    // the safety backup holds the changed state: restoring it undoes the restore
    const pengaman = r.value.pengaman!;
    expect(pengaman).toMatchObject({ alasan: 'pengaman', jumlahPegawai: 41 });
    const undo = await dispatch(core, 'cadangan.pulihkan', { id: pengaman.id });
    expect(undo.ok).toBe(true);
    expect(core.pegawai.list({ ...semua, text: 'Setelah Cadangan' }).total).toBe(1);
    expect(core.db.prepare('SELECT COUNT(*) FROM dokumen').pluck().get()).toBe(2);
    core.close();
  });

  it('refuses a damaged, newer, foreign, empty or garbage file and changes nothing (no safety backup either)', async () => {
    const core = await coreWithDocuments();
    const backup = await core.cadangan.buat();
    const src = path.join(core.dataDir, 'cadangan', backup.fileName);
    const elsewhere = tempDir();
    const damaged = path.join(elsewhere, 'rusak.sqlite');
    const bytes = fs.readFileSync(src);
    crypto.randomBytes(4096 * 8).copy(bytes, 4096 * 2);
    fs.writeFileSync(damaged, bytes);
    const newer = path.join(elsewhere, 'baru.sqlite');
    fs.copyFileSync(src, newer);
    const n = new Database(newer);
    n.prepare("INSERT INTO schema_version VALUES (99, 'masa depan', 'x')").run();
    n.close();
    const foreign = path.join(elsewhere, 'lain.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE resep (nama TEXT)');
    f.close();
    const empty = path.join(elsewhere, 'kosong.sqlite');
    fs.writeFileSync(empty, '');
    const garbage = path.join(elsewhere, 'foto.sqlite');
    fs.writeFileSync(garbage, crypto.randomBytes(50_000));
    const truncated = path.join(elsewhere, 'potong.sqlite');
    fs.writeFileSync(truncated, fs.readFileSync(src).subarray(0, 16384));

    const before = dump(core.db);
    const folder = folderState(core.dataDir);
    const sources = folderState(elsewhere);
    const cases: [string, RegExp][] = [
      [damaged, /rusak \(/],
      [newer, /versi Netra yang lebih baru \(skema 99.*Perbarui aplikasi Netra/],
      [foreign, /bukan basis data Netra/],
      [empty, /kosong \(0 bita\)/],
      [garbage, /bukan basis data Netra: isinya bukan berkas SQLite/],
      [truncated, /terpotong/],
    ];
    for (const [file, pattern] of cases) {
      const token = core.files.register(file);
      const r = await dispatch(core, 'cadangan.pulihkanBerkas', { file: token });
      expect(r.ok, file).toBe(false);
      if (!r.ok) {
        expect(r.error.message).toMatch(pattern);
        expect(r.error.message).toContain(`Berkas ${path.basename(file)} tidak dipulihkan`);
        expect(r.error.message).toContain('Tidak ada yang diubah');
      }
    }
    // a listed backup whose file changed after it was made is refused by its sha256
    fs.appendFileSync(src, Buffer.alloc(4096));
    const listed = await dispatch(core, 'cadangan.pulihkan', { id: backup.id });
    expect(!listed.ok && listed.error.message).toMatch(/sha256/);
    const unknown = await dispatch(core, 'cadangan.pulihkan', { id: 'netra-20200101-000000-manual' });
    expect(!unknown.ok && unknown.error.code).toBe('TIDAK_DITEMUKAN');
    const path_ = await dispatch(core, 'cadangan.pulihkan', { id: '../netra' });
    expect(!path_.ok && path_.error.code).toBe('VALIDASI');

    expect(dump(core.db)).toEqual(before);
    expect({ ...folderState(core.dataDir), [path.join('cadangan', backup.fileName)]: folder[path.join('cadangan', backup.fileName)] }).toEqual(folder);
    expect(folderState(elsewhere)).toEqual(sources);
    expect(core.cadangan.list().rows).toHaveLength(1);
    core.close();
  });

  it('a failure after the content was copied in puts the previous state back, whole', async () => {
    const core = await coreWithDocuments();
    const backup = await core.cadangan.buat();
    core.pegawai.create(pns({ nama: 'Tetap Ada' }));
    const before = dump(core.db);
    const service = new CadanganService({
      db: core.db,
      store: new CadanganStore(core.dataDir),
      afterSwap: () => {
        throw new Error('listrik padam');
      },
    });
    await expect(service.pulihkan(backup.id)).rejects.toThrow(/gagal: listrik padam\. Keadaan sebelum pemulihan sudah dikembalikan/);
    expect(dump(core.db)).toEqual(before);
    expect((await call(core, 'pegawai.list', { text: 'Tetap Ada', aktif: 'semua' })).total).toBe(1);
    core.close();
  });

  it('brings a backup of an older schema up to date while restoring it', async () => {
    const core = await coreWithDocuments();
    const oldDir = tempDir();
    const old = openDatabase(oldDir, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO unit_kerja (nama, jenis, created_at, updated_at) VALUES ('Unit Lama', 'badan', 'x', 'x')").run();
    old.close();
    const token = core.files.register(path.join(oldDir, DATABASE_FILE), 'lama.sqlite');
    const r = await call(core, 'cadangan.pulihkanBerkas', { file: token });
    expect(r).toMatchObject({ schemaVersionAsal: 1, schemaVersion: LATEST_VERSION, jumlahPegawai: 0 });
    expect(core.units.list().map((u) => u.nama)).toEqual(['Unit Lama']);
    expect(core.schemaVersion()).toBe(LATEST_VERSION);
    expect(core.instansi.list()).toEqual([]);
    core.close();
  });

  it('restores what the restored database refers to: a different file in the way is moved aside, not deleted', async () => {
    const core = await coreWithDocuments();
    const backup = await core.cadangan.buat();
    const relPath = core.db.prepare('SELECT rel_path FROM dokumen').pluck().get() as string;
    const target = path.join(core.dataDir, ...relPath.split('/'));
    const original = sha256File(target);
    // the clerk edited the archived file in place (which also changes the hard-linked stored copy)…
    fs.rmSync(target);
    fs.writeFileSync(target, 'diubah di Word');
    const r = await call(core, 'cadangan.pulihkan', { id: backup.id });
    expect(r.berkasDisisihkan).toEqual([relPath]);
    expect(sha256File(target)).toBe(original);
    const aside = fs.readdirSync(path.join(core.dataDir, 'arsip', 'tanpa-catatan'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(core.dataDir, 'arsip', 'tanpa-catatan', aside[0]!), 'utf8')).toBe('diubah di Word');
    core.close();
  });
});

describe('cadangan: before an import', () => {
  const csv = (dir: string, rows: string[]) => {
    const file = path.join(dir, 'pegawai.csv');
    fs.writeFileSync(file, ['NIP;NAMA;L/P;TANGGAL LAHIR', ...rows].join('\n'));
    return file;
  };

  it('backs up before an import that writes (not a dry run, not an empty registry), and refuses the import when it cannot', async () => {
    const dir = tempDir();
    const core = makeCore(dir);
    const file = csv(dir, ['198503122010011004;Budi Santoso;L;12-03-1985']);
    const imp = (over: object = {}) => core.impor.commit({ path: file, label: 'pegawai.csv' }, { mapping: null, update: false, skipInvalid: false, ...over });
    expect((await imp()).inserted).toBe(1);
    expect(core.cadangan.list().rows).toEqual([]); // nothing to keep yet

    const second = csv(dir, ['199002022015032001;Siti Aminah;P;02-02-1990']);
    await core.impor.commit({ path: second, label: 'kedua.csv' }, { mapping: null, update: false, skipInvalid: false, dryRun: true });
    expect(core.cadangan.list().rows).toEqual([]);
    const r = await core.impor.commit({ path: second, label: 'kedua.csv' }, { mapping: null, update: false, skipInvalid: false });
    expect(r.inserted).toBe(1);
    const [made] = core.cadangan.list().rows;
    expect(made).toMatchObject({ alasan: 'impor', keterangan: 'kedua.csv', jumlahPegawai: 1 });

    // the backups folder cannot be written: the import is refused and writes nothing
    fs.rmSync(path.join(dir, 'cadangan'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'cadangan'), '');
    const third = csv(dir, ['198706152011011002;Agus Salim;L;15-06-1987']);
    await expect(core.impor.commit({ path: third, label: 'ketiga.csv' }, { mapping: null, update: false, skipInvalid: false })).rejects.toThrow(
      /Impor dibatalkan karena cadangan sebelum impor tidak dapat dibuat.*Tidak ada data yang diubah/,
    );
    expect(core.pegawai.list(semua).total).toBe(2);
    core.close();
  });
});
