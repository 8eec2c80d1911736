import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion, type Db } from '../../../electron/core/db/open';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { DASAR_HUKUM_BAWAAN } from '../../../electron/core/db/migrations/007-dasar-hukum';
import { missingSchema } from '../../../electron/core/db/schema-check';
import { makeCore, tempDir } from '../../helpers/core';

const T = '2025-03-01T08:00:00.000Z';
const LOGO = JSON.stringify({ base64: 'iVBORw0KGgo=', type: 'png', widthPx: 40, heightPx: 40 });
const SETUP = { paper: 'A4', margin: { top: 25, bottom: 20, left: 35, right: 15 }, font: 'Times New Roman', fontSizePt: 11, lineSpacing: 1.15 };
const EDITED_SE = JSON.stringify({ dasar: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara', penutup: 'Teks yang diubah petugas.' });

/** Version 2 rows that the migrations 005–007 reshape: signer flags, a kop jabatan with a logo, texts, the page setup. */
function fillV2(db: Db): void {
  const profil = db.prepare(
    `INSERT INTO instansi_profil (id, nama, jenis_kop, pemerintah, kepala_daerah, perangkat_daerah, kota, kode_unit, logo, created_at, updated_at)
     VALUES (?, ?, ?, 'PEMERINTAH KABUPATEN SUKAMAJU', 'BUPATI SUKAMAJU', ?, 'Sukamaju', ?, ?, ?, ?)`,
  );
  profil.run(1, 'BKD Sukamaju', 'dinas', 'BADAN KEPEGAWAIAN DAERAH', 'BKD', LOGO, T, T);
  profil.run(2, 'Bupati Sukamaju', 'kepala-daerah', '', '', LOGO, T, T);
  const ttd = db.prepare(`INSERT INTO penandatangan (id, jabatan, nama, golongan, nip, kepala_daerah, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  ttd.run(1, 'Bupati Sukamaju', 'H. Ahmad Fauzi', '', '', 1, T, T);
  ttd.run(2, '  wakil bupati sukamaju', 'Budi', '', '', 1, T, T);
  ttd.run(3, 'Sekretaris Daerah Kabupaten Sukamaju', 'Citra', 'IV/d', '196805121994031007', 0, T, T);
  ttd.run(4, 'Kepala BKD', 'Dewi', 'IV/c', '197303141998032004', 0, T, T);
  const teks = db.prepare(`INSERT INTO teks_dokumen (jenis, versi, teks, catatan, created_at) VALUES (?, ?, ?, ?, ?)`);
  // never edited: only the shipped version 1
  teks.run('sk-satgas', 1, '{"mengingat":"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"}', 'Teks bawaan Netra', T);
  // edited by the clerk: version 2 is hers
  teks.run('surat-edaran', 1, '{"dasar":"x"}', 'Teks bawaan Netra', T);
  teks.run('surat-edaran', 2, EDITED_SE, 'diubah', T);
  db.prepare(`INSERT INTO pengaturan (kunci, nilai, updated_at) VALUES ('dokumen.halaman', ?, ?)`).run(JSON.stringify(SETUP), T);
  db.prepare(
    `INSERT INTO dokumen (id, jenis, nomor, tanggal, hal, file_name, rel_path, sha256, bytes, teks_versi, profil_id, penandatangan_id, data, tanda_tangan, setup, konteks, created_at)
     VALUES (1, 'sk-satgas', '800/Kep.0001/BKD/2025', '2025-03-01', 'Satgas', 'sk.docx', 'arsip/2025/sk.docx', 'ab', 10, 1, 2, 1, '{}', '{}', '{}', '{}', ?)`,
  ).run(T);
  db.prepare(
    `INSERT INTO nomor_surat (id, seri, unit, tahun, urut, nomor, jenis, status, tanggal, hal, dokumen_id, created_at, updated_at)
     VALUES (1, 'keputusan', 'BKD', 2025, 1, '800/Kep.0001/BKD/2025', 'sk-satgas', 'dipakai', '2025-03-01', 'Satgas', 1, ?, ?)`,
  ).run(T, T);
}

describe('adversarial: a filled database at every older version upgrades to the latest', () => {
  it.each(MIGRATIONS.slice(1, -1).map((m) => m.version))('from version %i: signer kinds, emblem, legal bases, texts and page setup', (from) => {
    const dir = tempDir();
    const v2 = openDatabase(dir, MIGRATIONS.slice(0, 2));
    fillV2(v2);
    v2.close();
    const old = openDatabase(dir, MIGRATIONS.filter((m) => m.version <= from));
    expect(schemaVersion(old)).toBe(from);
    if (from >= 5) old.prepare(`INSERT INTO dokumen_kunci (kunci, sidik, dokumen_id, created_at) VALUES ('kunci-lama-1', 'sidik', 1, ?)`).run(T);
    old.close();

    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(missingSchema(db)).toEqual([]);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    if (from >= 5) expect(db.prepare('SELECT dokumen_id FROM dokumen_kunci').pluck().all()).toEqual([1]);
    db.close();

    const core = makeCore(dir);
    try {
      expect(core.penandatangan.list().map((p) => [p.id, p.jenis]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
        [1, 'kepala-daerah'],
        [2, 'wakil-kepala-daerah'],
        [3, 'sekretaris-daerah'],
        [4, 'pejabat'],
      ]);
      const profil = new Map(core.instansi.list().map((p) => [p.id, p]));
      expect(profil.get(2)!.lambang).toEqual(JSON.parse(LOGO));
      expect(profil.get(1)!.lambang).toBeNull();
      expect(profil.get(1)!.logo).toEqual(JSON.parse(LOGO));
      expect(core.dasarHukum.list().map((d) => d.kode).sort()).toEqual(DASAR_HUKUM_BAWAAN.map((d) => d.kode).sort());
      // the never-edited decree text moves to this release's version 2; the clerk's circular stays hers
      const sk = core.teks.latest('sk-satgas');
      expect(sk.versi).toBe(2);
      expect(sk.teks.mengingat).toContain('UU-23-2014');
      const se = core.teks.latest('surat-edaran');
      expect(se.versi).toBe(2);
      expect(JSON.stringify(se.teks)).toContain('Teks yang diubah petugas.');
      // letters keep the saved setup; decrees get it in Bookman Old Style 12
      expect(core.halaman.get('korespondensi')).toEqual(SETUP);
      expect(core.halaman.get('penetapan')).toEqual({ ...SETUP, font: 'Bookman Old Style', fontSizePt: 12 });
      expect(core.arsip.list({ text: '', jenis: null, tahun: null, offset: 0, limit: 10 }).rows.map((d) => d.nomor)).toEqual(['800/Kep.0001/BKD/2025']);
    } finally {
      core.close();
    }
  });
});

describe('adversarial: an upgrade that fails on its last step', () => {
  it('leaves the database at the version it had, so the previous release still opens it, with a backup made first', () => {
    const dir = tempDir();
    const v2 = openDatabase(dir, MIGRATIONS.slice(0, 2));
    fillV2(v2);
    v2.close();
    const v5 = openDatabase(dir, MIGRATIONS.slice(0, 5));
    v5.close();
    const broken = { version: 7, name: 'rusak', sql: 'CREATE TABLE setengah (id INTEGER);', run: () => { throw new Error('langkah JS gagal'); } };
    expect(() => openDatabase(dir, [...MIGRATIONS.slice(0, 6), broken])).toThrow('langkah JS gagal');
    // not left at 6 between releases: the release that made it (5) opens it as before, rows intact
    const again = openDatabase(dir, MIGRATIONS.slice(0, 5));
    try {
      expect(schemaVersion(again)).toBe(5);
      expect(again.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'setengah'").pluck().get()).toBe(0);
      expect(again.prepare('SELECT COUNT(*) FROM penandatangan').pluck().get()).toBe(4);
      expect(again.prepare("SELECT COUNT(*) FROM pragma_table_info('penandatangan') WHERE name = 'jenis'").pluck().get()).toBe(0);
    } finally {
      again.close();
    }
    const backups = fs.readdirSync(path.join(dir, 'cadangan'), { recursive: true }).map(String);
    expect(backups.some((f) => /migrasi/.test(f))).toBe(true);
  });
});
