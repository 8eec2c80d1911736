import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { makeCore, pns } from '../../helpers/core';

describe('cadangan: manifest yang diubah tangan', () => {
  it('a manifest whose fileName points outside its own backup is not listed, restored or rotated (the live database stays)', async () => {
    const core = makeCore();
    core.pegawai.create(pns());
    const real = await core.cadangan.buat('asli');
    const dir = path.join(core.dataDir, 'cadangan');
    // A hand-edited (or foreign) manifest: an old "impor" backup whose file is the live database.
    const id = 'netra-20200101-000000-impor';
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, `${real.id}.json`), 'utf8'));
    fs.writeFileSync(path.join(dir, `${id}.json`), JSON.stringify({ ...manifest, id, alasan: 'impor', dibuat: '2020-01-01T00:00:00.000Z', fileName: '../netra.sqlite' }));

    expect(core.cadangan.list().rows.map((c) => c.id)).not.toContain(id);
    await expect(core.cadangan.pulihkan(id)).rejects.toMatchObject({ code: 'TIDAK_DITEMUKAN' });
    // ten newer pre-import backups push the oldest "impor" one out of the rotation
    for (let i = 0; i < 10; i++) await core.cadangan.sebelumImpor(`impor ${i}`);
    expect(fs.existsSync(path.join(core.dataDir, 'netra.sqlite'))).toBe(true);
    expect(core.db.prepare('SELECT COUNT(*) FROM pegawai').pluck().get()).toBe(1);
    core.close();
  });
});

describe('cadangan: pemulihan saat ada yang menulis', () => {
  it('a restore while another connection writes (an import in the worker) is refused, not reported done with nothing restored', async () => {
    const core = makeCore();
    core.pegawai.create(pns());
    const b = await core.cadangan.buat('satu pegawai');
    core.pegawai.create(pns({ nip: '199001012015031002', nama: 'Siti Aminah', jenisKelamin: 'L', tanggalLahir: '1990-01-01' }));
    // the job worker's own connection, in the middle of an import's transaction
    const worker = new Database(core.db.name);
    worker.pragma('busy_timeout = 0');
    worker.exec('BEGIN IMMEDIATE');
    worker.prepare("UPDATE pegawai SET tempat_lahir = 'Kota Baru' WHERE nama = 'Siti Aminah'").run();

    await expect(core.cadangan.pulihkan(b.id)).rejects.toMatchObject({ code: 'DATABASE', message: expect.stringMatching(/sedang ditulis.*Tidak ada yang diubah/) });
    worker.exec('COMMIT');
    expect(core.db.prepare('SELECT COUNT(*) FROM pegawai').pluck().get()).toBe(2);

    // once the writer is done, the same restore goes through
    const r = await core.cadangan.pulihkan(b.id);
    expect(r.jumlahPegawai).toBe(1);
    expect(core.db.prepare('SELECT COUNT(*) FROM pegawai').pluck().get()).toBe(1);
    worker.close();
    core.close();
  });
});

describe('cadangan: berkas SQLite yang bukan Netra', () => {
  it('a file with schema_version and pegawai tables but nothing else of Netra is refused and the registry stays usable', async () => {
    const core = makeCore();
    core.pegawai.create(pns());
    // another app's database that happens to use both table names
    const file = path.join(path.dirname(core.dataDir), `simpeg-${process.pid}-${Date.now()}.sqlite`);
    const other = new Database(file);
    other.exec(`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);
      INSERT INTO schema_version VALUES (3, 'lain', '2026-01-01');
      CREATE TABLE pegawai (id INTEGER PRIMARY KEY, nip TEXT, nama TEXT);
      INSERT INTO pegawai VALUES (1, '1', 'Orang Lain');`);
    other.close();

    await expect(core.cadangan.pulihkanBerkas({ path: file, label: 'simpeg.sqlite' })).rejects.toMatchObject({
      code: 'DATABASE',
      message: expect.stringMatching(/tidak dipulihkan.*bukan basis data Netra yang lengkap.*Tidak ada yang diubah/),
    });
    expect(await dispatch(core, 'pegawai.list', { q: '' })).toMatchObject({ ok: true, value: { rows: [{ nama: 'Budi Santoso' }] } });
    expect(await dispatch(core, 'unit.list', {})).toEqual({ ok: true, value: [] });
    fs.rmSync(file, { force: true });
    core.close();
  });
});
