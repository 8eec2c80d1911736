import type { Migration } from './index';

export const m002: Migration = {
  version: 2,
  name: 'naskah dinas: profil instansi, penandatangan, buku agenda nomor, teks, arsip',
  sql: /* sql */ `
CREATE TABLE instansi_profil (
  id INTEGER PRIMARY KEY,
  nama TEXT NOT NULL,
  jenis_kop TEXT NOT NULL CHECK (jenis_kop IN ('dinas', 'kepala-daerah')),
  pemerintah TEXT NOT NULL,
  kepala_daerah TEXT NOT NULL DEFAULT '',
  perangkat_daerah TEXT NOT NULL DEFAULT '',
  alamat TEXT NOT NULL DEFAULT '',
  telepon TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  laman TEXT NOT NULL DEFAULT '',
  kode_pos TEXT NOT NULL DEFAULT '',
  kota TEXT NOT NULL,
  kode_unit TEXT NOT NULL DEFAULT '',
  -- {base64, type, widthPx, heightPx}, validated image bytes; NULL without a logo
  logo TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX instansi_profil_nama ON instansi_profil (nama COLLATE NOCASE);

CREATE TABLE penandatangan (
  id INTEGER PRIMARY KEY,
  jabatan TEXT NOT NULL,
  nama TEXT NOT NULL,
  gelar_depan TEXT NOT NULL DEFAULT '',
  gelar_belakang TEXT NOT NULL DEFAULT '',
  golongan TEXT NOT NULL DEFAULT '',
  nip TEXT NOT NULL DEFAULT '',
  kepala_daerah INTEGER NOT NULL DEFAULT 0,
  aktif INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE skema_nomor (
  jenis TEXT PRIMARY KEY,
  pola TEXT NOT NULL,
  kode TEXT NOT NULL,
  unit TEXT NOT NULL,
  padding INTEGER NOT NULL,
  seri TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Immutable text versions: an archived document names the version it was built from.
CREATE TABLE teks_dokumen (
  id INTEGER PRIMARY KEY,
  jenis TEXT NOT NULL,
  versi INTEGER NOT NULL,
  teks TEXT NOT NULL,
  catatan TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (jenis, versi)
);

-- The archive: every generated document with what is needed to regenerate it exactly.
CREATE TABLE dokumen (
  id INTEGER PRIMARY KEY,
  jenis TEXT NOT NULL,
  nomor TEXT NOT NULL,
  tanggal TEXT NOT NULL,
  hal TEXT NOT NULL,
  file_name TEXT NOT NULL,
  -- relative to the data folder, with forward slashes: arsip/2026/...
  rel_path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  teks_versi INTEGER NOT NULL,
  profil_id INTEGER NOT NULL REFERENCES instansi_profil(id) ON DELETE RESTRICT,
  penandatangan_id INTEGER NOT NULL REFERENCES penandatangan(id) ON DELETE RESTRICT,
  data TEXT NOT NULL,
  tanda_tangan TEXT NOT NULL,
  setup TEXT NOT NULL,
  -- the profile and signatory as they were, so a regenerated document is the same document;
  -- the profile's logo is kept once in logo_arsip (by sha256), not once per document
  konteks TEXT NOT NULL,
  created_at TEXT NOT NULL,
  FOREIGN KEY (jenis, teks_versi) REFERENCES teks_dokumen (jenis, versi) ON DELETE RESTRICT
);
CREATE INDEX dokumen_tanggal ON dokumen (tanggal);
CREATE INDEX dokumen_nomor ON dokumen (nomor);
CREATE INDEX dokumen_profil ON dokumen (profil_id);
CREATE INDEX dokumen_penandatangan ON dokumen (penandatangan_id);

CREATE TABLE logo_arsip (
  sha256 TEXT PRIMARY KEY,
  logo TEXT NOT NULL
);

CREATE TABLE dokumen_pegawai (
  dokumen_id INTEGER NOT NULL REFERENCES dokumen(id) ON DELETE CASCADE,
  pegawai_id INTEGER NOT NULL REFERENCES pegawai(id) ON DELETE RESTRICT,
  PRIMARY KEY (dokumen_id, pegawai_id)
);
CREATE INDEX dokumen_pegawai_pegawai ON dokumen_pegawai (pegawai_id);

-- The register (buku agenda surat keluar). Counter rows are never deleted: a voided number stays
-- with its reason, so the counter never reuses it and the register shows no silent gaps. Only a
-- manual number that was reserved and never used may be released (deleted) again.
CREATE TABLE nomor_surat (
  id INTEGER PRIMARY KEY,
  seri TEXT NOT NULL,
  -- the office whose counter gave the number (each keeps its own agenda book); '' when the
  -- scheme's pattern prints no unit (one shared counter) or for a manual number without a unit
  unit TEXT NOT NULL DEFAULT '',
  tahun INTEGER NOT NULL,
  -- NULL for a number typed by the clerk (not from the counter)
  urut INTEGER,
  nomor TEXT NOT NULL,
  jenis TEXT,
  status TEXT NOT NULL CHECK (status IN ('dipesan', 'dipakai', 'batal')),
  tanggal TEXT NOT NULL,
  hal TEXT NOT NULL,
  alasan_batal TEXT,
  manual INTEGER NOT NULL DEFAULT 0,
  -- 1 while a document is being built on this number (reserved by the app, not by the clerk)
  sementara INTEGER NOT NULL DEFAULT 0,
  dokumen_id INTEGER REFERENCES dokumen(id) ON DELETE RESTRICT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((manual = 1) = (urut IS NULL)),
  CHECK ((status = 'batal') = (alasan_batal IS NOT NULL))
);
CREATE UNIQUE INDEX nomor_surat_urut ON nomor_surat (seri, unit, tahun, urut);
-- a number is given once, whatever its status and however it is capitalised
CREATE UNIQUE INDEX nomor_surat_nomor ON nomor_surat (nomor COLLATE NOCASE);
CREATE INDEX nomor_surat_tahun ON nomor_surat (tahun, status);
CREATE INDEX nomor_surat_dokumen ON nomor_surat (dokumen_id);
`,
};
