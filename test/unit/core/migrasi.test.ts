import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion, type Db } from '../../../electron/core/db/open';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../../electron/core/db/migrations/index';
import { missingSchema } from '../../../electron/core/db/schema-check';
import { ArsipQuerySchema } from '../../../shared/contract/dokumen';
import { PegawaiQuerySchema } from '../../../shared/contract/schemas';
import { makeCore, tempDir } from '../../helpers/core';

const T = '2025-03-01T08:00:00.000Z';

/** Every row of every ordinary table (virtual tables and their shadow tables are rebuilt by design). */
function rowsOf(db: Db): Map<string, Record<string, unknown>[]> {
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
  const virtual = tables.filter((t) => /^CREATE\s+VIRTUAL/i.test(t.sql)).map((t) => t.name);
  const out = new Map<string, Record<string, unknown>[]>();
  for (const { name } of tables) {
    if (name === 'schema_version' || virtual.some((v) => name === v || name.startsWith(`${v}_`))) continue;
    out.set(name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[]);
  }
  return out;
}

/** Version 1: units (a tree, one with an abbreviation), staff of every kind, a setting. */
function fillV1(db: Db): void {
  const unit = db.prepare('INSERT INTO unit_kerja (id, nama, singkatan, jenis, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  unit.run(1, 'Dinas Pendidikan', 'Disdik', 'PERANGKAT_DAERAH', null, T, T);
  unit.run(2, 'SD Negeri 1 Kajen', null, 'SEKOLAH', 1, T, T);
  unit.run(3, 'Badan Kepegawaian Daerah', 'BKD', 'PERANGKAT_DAERAH', null, T, T);
  const p = db.prepare(
    `INSERT INTO pegawai (id, nip, jenis_identitas, nama, gelar_depan, gelar_belakang, jenis_kelamin, tempat_lahir, tanggal_lahir,
       status, golongan, golongan_urutan, jabatan, jenis_jabatan, eselon, unit_kerja_id, telepon, email, aktif, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  p.run(1, '198503122010011004', 'NIP', 'Siti Rahmawati', 'Dra.', 'M.Pd.', 'P', 'Kajen', '1985-03-12', 'PNS', 'III/c', 7, 'Guru Ahli Muda', 'FUNGSIONAL', null, 2, '0812', 'siti@contoh.id', 1, T, T);
  p.run(2, '199001012019031002', 'NIP', 'Budi Santoso', null, null, 'L', null, '1990-01-01', 'PNS', 'III/a', 5, 'Kepala Bidang', 'STRUKTURAL', 'III.b', 3, null, null, 1, T, T);
  p.run(3, null, 'TANPA', 'Dedi Kurniawan', null, null, 'L', null, null, 'NON_ASN', null, 0, 'Pengemudi', null, null, null, null, null, 0, T, T);
  db.prepare('INSERT INTO pengaturan (kunci, nilai, updated_at) VALUES (?, ?, ?)').run('halaman', '{"ukuran":"F4"}', T);
}

/** Version 2: an office profile, a signatory, a text version, an archived letter with its number and its staff. */
function fillV2(db: Db): void {
  db.prepare(
    `INSERT INTO instansi_profil (id, nama, jenis_kop, pemerintah, perangkat_daerah, alamat, kota, kode_unit, created_at, updated_at)
     VALUES (1, 'BKD Sukamaju', 'dinas', 'PEMERINTAH KABUPATEN SUKAMAJU', 'BADAN KEPEGAWAIAN DAERAH', 'Jl. Merdeka 1', 'Sukamaju', 'BKD', ?, ?)`,
  ).run(T, T);
  db.prepare(`INSERT INTO penandatangan (id, jabatan, nama, golongan, nip, created_at, updated_at) VALUES (1, 'Kepala BKD', 'Budi Santoso', 'IV/b', '199001012019031002', ?, ?)`).run(T, T);
  db.prepare(`INSERT INTO skema_nomor (jenis, pola, kode, unit, padding, seri, updated_at) VALUES ('surat-undangan', '{kode}/{urut}/{unit}/{tahun}', '800', 'BKD', 4, 'umum', ?)`).run(T);
  db.prepare(`INSERT INTO teks_dokumen (id, jenis, versi, teks, created_at) VALUES (1, 'surat-undangan', 1, '{}', ?)`).run(T);
  db.prepare(
    `INSERT INTO dokumen (id, jenis, nomor, tanggal, hal, file_name, rel_path, sha256, bytes, teks_versi, profil_id, penandatangan_id, data, tanda_tangan, setup, konteks, created_at)
     VALUES (1, 'surat-undangan', '800/0001/BKD/2025', '2025-03-01', 'Undangan Sosialisasi Netralitas', 'undangan.docx', 'arsip/2025/03/undangan.docx',
             'ab', 10, 1, 1, 1, '{}', '{}', '{}', '{}', ?)`,
  ).run(T);
  db.prepare('INSERT INTO dokumen_pegawai (dokumen_id, pegawai_id) VALUES (1, 1)').run();
  db.prepare(
    `INSERT INTO nomor_surat (id, seri, unit, tahun, urut, nomor, jenis, status, tanggal, hal, dokumen_id, created_at, updated_at)
     VALUES (1, 'umum', 'BKD', 2025, 1, '800/0001/BKD/2025', 'surat-undangan', 'dipakai', '2025-03-01', 'Undangan Sosialisasi Netralitas', 1, ?, ?)`,
  ).run(T, T);
  db.prepare(
    `INSERT INTO nomor_surat (id, seri, unit, tahun, urut, nomor, jenis, status, tanggal, hal, alasan_batal, created_at, updated_at)
     VALUES (2, 'umum', 'BKD', 2025, 2, '800/0002/BKD/2025', 'surat-undangan', 'batal', '2025-03-02', 'Salah ketik', 'dobel', ?, ?)`,
  ).run(T, T);
}

describe('migrations', () => {
  it('runs a migration’s JS step after its SQL, inside the same transaction', () => {
    const db = new Database(':memory:');
    const seen: { inTransaction: boolean; rows: number }[] = [];
    const step: Migration = {
      version: LATEST_VERSION + 1,
      name: 'uji langkah JS',
      sql: "CREATE TABLE uji (teks TEXT); INSERT INTO uji VALUES ('a'), ('b');",
      run: (d) => {
        seen.push({ inTransaction: d.inTransaction, rows: d.prepare('SELECT COUNT(*) FROM uji').pluck().get() as number });
        d.prepare("UPDATE uji SET teks = upper(teks) || '!'").run();
      },
    };
    migrate(db, [...MIGRATIONS, step]);
    expect(seen).toEqual([{ inTransaction: true, rows: 2 }]);
    expect(db.prepare('SELECT teks FROM uji ORDER BY teks').pluck().all()).toEqual(['A!', 'B!']);
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 1);
    // a JS-only migration needs no SQL
    migrate(db, [...MIGRATIONS, step, { version: LATEST_VERSION + 2, name: 'hanya JS', run: (d) => d.prepare("INSERT INTO uji VALUES ('c')").run() }]);
    expect(db.prepare('SELECT COUNT(*) FROM uji').pluck().get()).toBe(3);
    db.close();
  });

  it('rolls the upgrade back whole when a JS step throws: no table, no version row', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'langkah JS gagal',
      sql: 'CREATE TABLE setengah (x);',
      run: () => {
        throw new Error('gagal di tengah');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('gagal di tengah');
    // the pending steps run as one: none of them stays (see adversarial/migrasi.test.ts)
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'setengah'").pluck().get()).toBe(0);
    db.close();
  });

  it('upgrades a filled version-1 database to the latest schema: every row survives, with every new column', () => {
    const dir = tempDir();
    const v1 = openDatabase(dir, MIGRATIONS.slice(0, 1));
    fillV1(v1);
    const before1 = rowsOf(v1);
    v1.close();
    const v2 = openDatabase(dir, MIGRATIONS.slice(0, 2));
    fillV2(v2);
    const before = rowsOf(v2);
    v2.close();
    expect([...before1.keys()].every((t) => before.has(t))).toBe(true);

    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(missingSchema(db)).toEqual([]);
    const after = rowsOf(db);
    for (const table of ['unit_kerja', 'pegawai', 'pengaturan', 'instansi_profil', 'penandatangan', 'skema_nomor', 'teks_dokumen', 'dokumen', 'dokumen_pegawai', 'nomor_surat'])
      expect(before.get(table)?.length, table).toBeGreaterThan(0);
    for (const [table, rows] of before) {
      const now = after.get(table);
      expect(now, `tabel ${table} hilang`).toBeDefined();
      // every row keeps the values of its old columns (new columns: missingSchema above; a migration
      // that backfills a new column from old data adds its expectation here)
      const cols = Object.keys(rows[0] ?? {});
      expect(now!.map((r) => Object.fromEntries(cols.map((c) => [c, r[c]]))), table).toEqual(rows);
    }
    db.close();

    // and the app works on the upgraded rows: the rebuilt search index holds the v1 staff, unit filters reach sub-units
    const core = makeCore(dir);
    try {
      const q = (over: object) => core.pegawai.list(PegawaiQuerySchema.parse(over)).rows.map((p) => p.nama);
      expect(q({ text: 'rahmawati' })).toEqual(['Siti Rahmawati']);
      expect(q({ text: 'disdik' })).toEqual(['Siti Rahmawati']);
      expect(q({ unitKerjaId: 1 })).toEqual(['Siti Rahmawati']);
      expect(q({ aktif: 'nonaktif' })).toEqual(['Dedi Kurniawan']);
      expect(core.arsip.list(ArsipQuerySchema.parse({})).rows.map((d) => d.nomor)).toEqual(['800/0001/BKD/2025']);
      expect(core.pegawai.count()).toBe(3);
      expect(core.units.count()).toBe(3);
    } finally {
      core.close();
    }
  });
});
