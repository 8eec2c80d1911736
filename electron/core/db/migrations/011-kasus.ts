import { AturanInputSchema } from '../../../../shared/contract/aturan-kasus';
import type { Migration } from './index';
import { ATURAN_BAWAAN, LIBUR_2026, LIBUR_TETAP } from './seed/aturan-kasus';

/** Years the fixed-date holidays are seeded for (the clerk adds later years, or imports them). */
const TAHUN_LIBUR = [2024, 2025, 2026, 2027, 2028, 2029, 2030];

/**
 * Violation cases and the disciplinary procedure. Rule sets (catalogue, sanctions, deadlines,
 * deciding officials) are rows with a validity period; a case freezes a copy of the set in force on
 * its incident date. The procedure is per reported person (one decree per employee). The audit trail
 * is append-only (triggers refuse UPDATE and DELETE); nothing else is ever hard-deleted: cases,
 * people and evidence are archived with a reason.
 */
export const m011: Migration = {
  version: 11,
  name: 'kasus, aturan kasus, hari libur',
  sql: /* sql */ `
CREATE TABLE hari_libur (
  tanggal TEXT PRIMARY KEY,
  nama TEXT NOT NULL,
  jenis TEXT NOT NULL CHECK (jenis IN ('nasional', 'cuti-bersama', 'daerah')),
  -- seeded from Netra's list, not yet checked by the clerk against the year's SKB
  periksa INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE aturan_kasus (
  id INTEGER PRIMARY KEY,
  kode TEXT NOT NULL UNIQUE,
  nama TEXT NOT NULL,
  berlaku_mulai TEXT NOT NULL,
  berlaku_sampai TEXT,
  sumber TEXT NOT NULL DEFAULT '',
  isi TEXT NOT NULL,
  versi INTEGER NOT NULL DEFAULT 1,
  bawaan INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

-- rule sets as cases froze them, stored once by content: a recommendation list of 2,000 cases
-- shares one row instead of 2,000 copies of the same 25 KB (which also slowed every list page)
CREATE TABLE aturan_beku (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  -- {kode,nama,versi,berlakuMulai,berlakuSampai,isi}
  isi TEXT NOT NULL
);
CREATE TRIGGER aturan_beku_no_update BEFORE UPDATE ON aturan_beku BEGIN
  SELECT RAISE(ABORT, 'Salinan aturan yang dibekukan pada kasus tidak dapat diubah.');
END;
CREATE TRIGGER aturan_beku_no_delete BEFORE DELETE ON aturan_beku BEGIN
  SELECT RAISE(ABORT, 'Salinan aturan yang dibekukan pada kasus tidak dapat dihapus.');
END;

CREATE TABLE kasus (
  id INTEGER PRIMARY KEY,
  nomor_register TEXT NOT NULL UNIQUE,
  sumber TEXT NOT NULL,
  pelapor TEXT NOT NULL DEFAULT '',
  nomor_surat TEXT NOT NULL DEFAULT '',
  tanggal_surat TEXT,
  tanggal_diterima TEXT NOT NULL,
  tanggal_kejadian TEXT NOT NULL,
  lokasi TEXT NOT NULL DEFAULT '',
  kronologi TEXT NOT NULL DEFAULT '',
  pemilihan TEXT NOT NULL DEFAULT '',
  kategori_pelapor TEXT NOT NULL DEFAULT '',
  rekomendasi TEXT NOT NULL DEFAULT '',
  aturan_id INTEGER REFERENCES aturan_kasus(id) ON DELETE SET NULL,
  -- the rule set as it was when the case was registered
  aturan_beku_id INTEGER NOT NULL REFERENCES aturan_beku(id) ON DELETE RESTRICT,
  diarsipkan_at TEXT,
  diarsipkan_alasan TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX kasus_diterima ON kasus(tanggal_diterima);

CREATE TABLE kasus_pelanggaran (
  kasus_id INTEGER NOT NULL REFERENCES kasus(id) ON DELETE RESTRICT,
  kode TEXT NOT NULL,
  urutan INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (kasus_id, kode)
);
CREATE INDEX kasus_pelanggaran_kode ON kasus_pelanggaran(kode);

CREATE TABLE kasus_terlapor (
  id INTEGER PRIMARY KEY,
  kasus_id INTEGER NOT NULL REFERENCES kasus(id) ON DELETE RESTRICT,
  jenis TEXT NOT NULL CHECK (jenis IN ('pegawai', 'belum-dikenal', 'luar')),
  luar_jenis TEXT,
  pegawai_id INTEGER REFERENCES pegawai(id) ON DELETE RESTRICT,
  nama TEXT NOT NULL,
  nip TEXT,
  status_kepegawaian TEXT,
  golongan TEXT,
  pangkat TEXT,
  jabatan TEXT NOT NULL DEFAULT '',
  jenis_jabatan TEXT,
  eselon TEXT,
  unit_kerja TEXT NOT NULL DEFAULT '',
  unit_induk TEXT NOT NULL DEFAULT '',
  unit_induk_id INTEGER,
  instansi TEXT NOT NULL DEFAULT '',
  keterangan TEXT NOT NULL DEFAULT '',
  urutan INTEGER NOT NULL DEFAULT 0,
  tahap TEXT NOT NULL DEFAULT 'diterima',
  hasil TEXT,
  hukuman TEXT,
  sanksi_moral TEXT,
  atasan TEXT,
  tim TEXT NOT NULL DEFAULT '[]',
  dibebaskan_sejak TEXT,
  hukuman_mulai TEXT,
  hukuman_selesai TEXT,
  diarsipkan_at TEXT,
  diarsipkan_alasan TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX kasus_terlapor_kasus ON kasus_terlapor(kasus_id);
CREATE INDEX kasus_terlapor_pegawai ON kasus_terlapor(pegawai_id) WHERE pegawai_id IS NOT NULL;
CREATE INDEX kasus_terlapor_tahap ON kasus_terlapor(tahap);

CREATE TABLE kasus_tahap (
  id INTEGER PRIMARY KEY,
  kasus_id INTEGER NOT NULL REFERENCES kasus(id) ON DELETE RESTRICT,
  terlapor_id INTEGER NOT NULL REFERENCES kasus_terlapor(id) ON DELETE RESTRICT,
  tahap TEXT NOT NULL,
  tanggal TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX kasus_tahap_terlapor ON kasus_tahap(terlapor_id, id);

-- the examination as typed during the hearing: numbered question/answer pairs (the BAP)
CREATE TABLE kasus_pemeriksaan (
  terlapor_id INTEGER NOT NULL REFERENCES kasus_terlapor(id) ON DELETE RESTRICT,
  urutan INTEGER NOT NULL,
  pertanyaan TEXT NOT NULL DEFAULT '',
  jawaban TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (terlapor_id, urutan)
);

CREATE TABLE kasus_bukti (
  id INTEGER PRIMARY KEY,
  kasus_id INTEGER NOT NULL REFERENCES kasus(id) ON DELETE RESTRICT,
  nama_berkas TEXT NOT NULL,
  mime TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  -- relative to the data folder: bukti/<sha256>.<ext>
  path TEXT NOT NULL,
  keterangan TEXT NOT NULL DEFAULT '',
  diarsipkan_at TEXT,
  diarsipkan_alasan TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX kasus_bukti_kasus ON kasus_bukti(kasus_id);

CREATE TABLE kasus_audit (
  id INTEGER PRIMARY KEY,
  kasus_id INTEGER NOT NULL REFERENCES kasus(id) ON DELETE RESTRICT,
  terlapor_id INTEGER REFERENCES kasus_terlapor(id) ON DELETE RESTRICT,
  waktu TEXT NOT NULL,
  oleh TEXT NOT NULL,
  aksi TEXT NOT NULL,
  bidang TEXT NOT NULL DEFAULT '',
  lama TEXT,
  baru TEXT
);
CREATE INDEX kasus_audit_kasus ON kasus_audit(kasus_id, id);
CREATE TRIGGER kasus_audit_no_update BEFORE UPDATE ON kasus_audit BEGIN
  SELECT RAISE(ABORT, 'Jejak audit kasus tidak dapat diubah.');
END;
CREATE TRIGGER kasus_audit_no_delete BEFORE DELETE ON kasus_audit BEGIN
  SELECT RAISE(ABORT, 'Jejak audit kasus tidak dapat dihapus.');
END;
-- nothing of a case is ever deleted: archived with a reason instead
CREATE TRIGGER kasus_no_delete BEFORE DELETE ON kasus BEGIN
  SELECT RAISE(ABORT, 'Kasus tidak dapat dihapus: arsipkan dengan alasan.');
END;
CREATE TRIGGER kasus_terlapor_no_delete BEFORE DELETE ON kasus_terlapor BEGIN
  SELECT RAISE(ABORT, 'Terlapor tidak dapat dihapus: arsipkan dengan alasan.');
END;
CREATE TRIGGER kasus_tahap_no_delete BEFORE DELETE ON kasus_tahap BEGIN
  SELECT RAISE(ABORT, 'Tahap kasus tidak dapat dihapus.');
END;
CREATE TRIGGER kasus_bukti_no_delete BEFORE DELETE ON kasus_bukti BEGIN
  SELECT RAISE(ABORT, 'Bukti tidak dapat dihapus: arsipkan dengan alasan.');
END;

-- case documents carry their case in their data: find them without scanning every archive row
CREATE INDEX dokumen_kasus ON dokumen(json_extract(data, '$.kasusId')) WHERE json_extract(data, '$.kasusId') IS NOT NULL;
`,
  run(db) {
    const now = new Date().toISOString();
    const aturan = db.prepare('INSERT INTO aturan_kasus (kode, nama, berlaku_mulai, berlaku_sampai, sumber, isi, versi, bawaan, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?)');
    for (const raw of ATURAN_BAWAAN) {
      // parsed like any import: a shipped set the schema refuses fails the migration (and its test)
      const a = AturanInputSchema.parse(raw);
      aturan.run(a.kode, a.nama, a.berlakuMulai, a.berlakuSampai, a.sumber, JSON.stringify(a.isi), now);
    }
    const libur = db.prepare('INSERT OR IGNORE INTO hari_libur (tanggal, nama, jenis, periksa, created_at) VALUES (?, ?, ?, 1, ?)');
    for (const t of TAHUN_LIBUR) for (const l of LIBUR_TETAP) libur.run(`${t}-${l.bulanHari}`, l.nama, 'nasional', now);
    for (const l of LIBUR_2026) libur.run(l.tanggal, l.nama, l.jenis, now);
  },
};
