import type { Migration } from './index';

export const m001: Migration = {
  version: 1,
  name: 'unit kerja, pegawai, pencarian, pengaturan',
  sql: /* sql */ `
CREATE TABLE unit_kerja (
  id INTEGER PRIMARY KEY,
  nama TEXT NOT NULL,
  singkatan TEXT,
  jenis TEXT NOT NULL,
  parent_id INTEGER REFERENCES unit_kerja(id) ON DELETE RESTRICT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- one name per parent; NULL parents compare equal through COALESCE
CREATE UNIQUE INDEX unit_kerja_nama ON unit_kerja (COALESCE(parent_id, 0), nama COLLATE NOCASE);
CREATE INDEX unit_kerja_parent ON unit_kerja (parent_id);

CREATE TABLE pegawai (
  id INTEGER PRIMARY KEY,
  nip TEXT UNIQUE,
  jenis_identitas TEXT NOT NULL,
  nama TEXT NOT NULL,
  gelar_depan TEXT,
  gelar_belakang TEXT,
  jenis_kelamin TEXT CHECK (jenis_kelamin IN ('L', 'P')),
  tempat_lahir TEXT,
  tanggal_lahir TEXT,
  status TEXT NOT NULL,
  golongan TEXT,
  golongan_urutan INTEGER NOT NULL DEFAULT 0,
  jabatan TEXT,
  jenis_jabatan TEXT,
  eselon TEXT,
  unit_kerja_id INTEGER REFERENCES unit_kerja(id) ON DELETE RESTRICT,
  telepon TEXT,
  email TEXT,
  aktif INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX pegawai_nama ON pegawai (nama COLLATE NOCASE);
CREATE INDEX pegawai_unit ON pegawai (unit_kerja_id);
CREATE INDEX pegawai_golongan ON pegawai (golongan_urutan);
CREATE INDEX pegawai_status ON pegawai (status);
CREATE INDEX pegawai_updated ON pegawai (updated_at);

-- Search index: rowid = pegawai.id. The unit column holds the unit's name and its parent's,
-- so typing a perangkat daerah finds the staff of its schools and UPTs too.
CREATE VIRTUAL TABLE pegawai_fts USING fts5(
  nama, nip, jabatan, unit,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE VIEW unit_label AS
  SELECT u.id, u.nama || COALESCE(' ' || p.nama, '') AS teks
  FROM unit_kerja u LEFT JOIN unit_kerja p ON p.id = u.parent_id;

CREATE TRIGGER pegawai_fts_insert AFTER INSERT ON pegawai BEGIN
  INSERT INTO pegawai_fts (rowid, nama, nip, jabatan, unit) VALUES (
    new.id,
    TRIM(COALESCE(new.gelar_depan, '') || ' ' || new.nama || ' ' || COALESCE(new.gelar_belakang, '')),
    new.nip, new.jabatan,
    (SELECT teks FROM unit_label WHERE id = new.unit_kerja_id));
END;
CREATE TRIGGER pegawai_fts_update AFTER UPDATE OF nip, nama, gelar_depan, gelar_belakang, jabatan, unit_kerja_id ON pegawai BEGIN
  DELETE FROM pegawai_fts WHERE rowid = old.id;
  INSERT INTO pegawai_fts (rowid, nama, nip, jabatan, unit) VALUES (
    new.id,
    TRIM(COALESCE(new.gelar_depan, '') || ' ' || new.nama || ' ' || COALESCE(new.gelar_belakang, '')),
    new.nip, new.jabatan,
    (SELECT teks FROM unit_label WHERE id = new.unit_kerja_id));
END;
CREATE TRIGGER pegawai_fts_delete AFTER DELETE ON pegawai BEGIN
  DELETE FROM pegawai_fts WHERE rowid = old.id;
END;
CREATE TRIGGER unit_fts_rename AFTER UPDATE OF nama, parent_id ON unit_kerja BEGIN
  UPDATE pegawai_fts SET unit = (SELECT l.teks FROM unit_label l JOIN pegawai p ON p.unit_kerja_id = l.id WHERE p.id = pegawai_fts.rowid)
  WHERE rowid IN (
    SELECT id FROM pegawai WHERE unit_kerja_id = new.id
       OR unit_kerja_id IN (SELECT id FROM unit_kerja WHERE parent_id = new.id));
END;

CREATE TABLE pengaturan (
  kunci TEXT PRIMARY KEY,
  nilai TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
};
