import type { Migration } from './index';

/**
 * Events (kegiatan), their participant snapshots and the attendance log; pledge campaigns, their
 * forms and the return log. Participant rows copy the person's data when they are made, so later
 * registry changes never rewrite who was invited to a past event. Both logs are append-only: a
 * trigger refuses UPDATE and DELETE, an undo is a reversal row.
 */
const snapshotColumns = /* sql */ `
  pegawai_id INTEGER REFERENCES pegawai(id) ON DELETE RESTRICT,
  nama TEXT NOT NULL,
  nip TEXT,
  nik TEXT,
  status_kepegawaian TEXT,
  golongan TEXT,
  golongan_urutan INTEGER NOT NULL DEFAULT 0,
  pangkat TEXT,
  jabatan TEXT,
  jenis_jabatan TEXT,
  eselon TEXT,
  unit_kerja TEXT,
  unit_induk TEXT NOT NULL,
  unit_induk_id INTEGER,
  -- print order inside the unit (head first, eselon, jabatan, rank, name): computed once in TypeScript
  urutan INTEGER NOT NULL DEFAULT 0,
  tamu INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL`;

const appendOnly = (table: string) => /* sql */ `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN
  SELECT RAISE(ABORT, '${table} hanya bisa ditambah: pembatalan dicatat sebagai baris baru.');
END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN
  SELECT RAISE(ABORT, '${table} hanya bisa ditambah: pembatalan dicatat sebagai baris baru.');
END;`;

export const m008: Migration = {
  version: 8,
  name: 'kegiatan, kehadiran, kampanye ikrar',
  sql: /* sql */ `
CREATE TABLE kegiatan (
  id INTEGER PRIMARY KEY,
  judul TEXT NOT NULL,
  jenis TEXT NOT NULL,
  tanggal TEXT NOT NULL,
  jam TEXT NOT NULL,
  batas_terlambat TEXT,
  jam_selesai TEXT,
  zona_waktu TEXT NOT NULL DEFAULT 'WIB',
  tempat TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('luring', 'daring', 'hybrid')),
  tautan TEXT,
  penyelenggara_id INTEGER REFERENCES instansi_profil(id) ON DELETE RESTRICT,
  penandatangan_id INTEGER REFERENCES penandatangan(id) ON DELETE SET NULL,
  pemilihan TEXT NOT NULL DEFAULT '',
  narasumber TEXT NOT NULL DEFAULT '[]',
  catatan TEXT NOT NULL DEFAULT '',
  aturan_peserta TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draf' CHECK (status IN ('draf', 'ditetapkan', 'selesai')),
  peserta_ditetapkan_at TEXT,
  meja_aktif INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX kegiatan_tanggal ON kegiatan (tanggal);

CREATE TABLE kegiatan_peserta (
  id INTEGER PRIMARY KEY,
  kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE RESTRICT,
  ${snapshotColumns},
  sumber TEXT NOT NULL CHECK (sumber IN ('aturan', 'manual', 'tamu')),
  -- the log entry that holds the current attendance (derived from kehadiran_log, kept in the same transaction)
  hadir_log_id INTEGER,
  -- added after the list was closed
  ditambah_at TEXT,
  -- removed after the list was closed: kept, with the reason
  dihapus_at TEXT,
  dihapus_alasan TEXT
);
CREATE UNIQUE INDEX kegiatan_peserta_pegawai ON kegiatan_peserta (kegiatan_id, pegawai_id) WHERE pegawai_id IS NOT NULL;
CREATE INDEX kegiatan_peserta_nip ON kegiatan_peserta (kegiatan_id, nip);
-- the desk looks a scanned number up as a NIP, then as a NIK (guests, non-ASN): both on an index
CREATE INDEX kegiatan_peserta_nik ON kegiatan_peserta (kegiatan_id, nik) WHERE nik IS NOT NULL;
CREATE INDEX kegiatan_peserta_unit ON kegiatan_peserta (kegiatan_id, unit_induk, urutan);

CREATE TABLE kehadiran_log (
  id INTEGER PRIMARY KEY,
  kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE RESTRICT,
  peserta_id INTEGER REFERENCES kegiatan_peserta(id) ON DELETE RESTRICT,
  -- tercatat / duplikat / bukan-peserta / kegiatan-lain / tidak-dikenal / ditutup, or batal for a reversal
  hasil TEXT NOT NULL,
  status TEXT,
  masukan TEXT NOT NULL DEFAULT '',
  cara TEXT NOT NULL,
  waktu TEXT NOT NULL,
  meja TEXT NOT NULL,
  operator TEXT NOT NULL DEFAULT '',
  nonce TEXT NOT NULL UNIQUE,
  membatalkan_id INTEGER REFERENCES kehadiran_log(id),
  alasan TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX kehadiran_log_peserta ON kehadiran_log (peserta_id, id);
CREATE INDEX kehadiran_log_kegiatan ON kehadiran_log (kegiatan_id, id);
CREATE UNIQUE INDEX kehadiran_log_batal ON kehadiran_log (membatalkan_id) WHERE membatalkan_id IS NOT NULL;
${appendOnly('kehadiran_log')}

-- Photos for the report: bytes stored once by sha256 under foto/ in the data folder.
CREATE TABLE kegiatan_foto (
  id INTEGER PRIMARY KEY,
  kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE RESTRICT,
  sha256 TEXT NOT NULL,
  ekstensi TEXT NOT NULL,
  lebar INTEGER NOT NULL,
  tinggi INTEGER NOT NULL,
  keterangan TEXT NOT NULL DEFAULT '',
  urutan INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX kegiatan_foto_sha ON kegiatan_foto (kegiatan_id, sha256);

-- The key behind pledge-form check values: in the database, so every backup and restore carries the
-- key its forms were printed with (a new key would make every printed form unreadable).
CREATE TABLE kunci_formulir (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  kunci BLOB NOT NULL CHECK (length(kunci) = 32),
  created_at TEXT NOT NULL
);

-- The editable pledge text, one row per version (the newest is in force).
CREATE TABLE teks_ikrar (
  versi INTEGER PRIMARY KEY,
  isi TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE kampanye_ikrar (
  id INTEGER PRIMARY KEY,
  judul TEXT NOT NULL,
  pemilihan TEXT NOT NULL,
  kegiatan_id INTEGER REFERENCES kegiatan(id) ON DELETE RESTRICT,
  aturan_peserta TEXT,
  tempat TEXT NOT NULL DEFAULT '',
  tanggal TEXT NOT NULL,
  meterai INTEGER NOT NULL DEFAULT 0,
  penyelenggara_id INTEGER REFERENCES instansi_profil(id) ON DELETE RESTRICT,
  teks_versi INTEGER REFERENCES teks_ikrar(versi),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- id is the form number in its code (IK1-CCCC-FFFFF-KKKKKKKK)
CREATE TABLE formulir_ikrar (
  id INTEGER PRIMARY KEY,
  kampanye_id INTEGER NOT NULL REFERENCES kampanye_ikrar(id) ON DELETE RESTRICT,
  ${snapshotColumns},
  kode TEXT NOT NULL UNIQUE,
  -- the log entry that marked it returned (derived from ikrar_terima_log, kept in the same transaction)
  kembali_log_id INTEGER,
  dihapus_at TEXT,
  dihapus_alasan TEXT
);
CREATE UNIQUE INDEX formulir_ikrar_pegawai ON formulir_ikrar (kampanye_id, pegawai_id) WHERE pegawai_id IS NOT NULL;
CREATE INDEX formulir_ikrar_nip ON formulir_ikrar (kampanye_id, nip);
CREATE INDEX formulir_ikrar_unit ON formulir_ikrar (kampanye_id, unit_induk, urutan);

CREATE TABLE ikrar_terima_log (
  id INTEGER PRIMARY KEY,
  kampanye_id INTEGER NOT NULL REFERENCES kampanye_ikrar(id) ON DELETE RESTRICT,
  formulir_id INTEGER REFERENCES formulir_ikrar(id) ON DELETE RESTRICT,
  hasil TEXT NOT NULL,
  masukan TEXT NOT NULL DEFAULT '',
  cara TEXT NOT NULL,
  waktu TEXT NOT NULL,
  meja TEXT NOT NULL,
  operator TEXT NOT NULL DEFAULT '',
  nonce TEXT NOT NULL UNIQUE,
  membatalkan_id INTEGER REFERENCES ikrar_terima_log(id),
  alasan TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX ikrar_terima_log_formulir ON ikrar_terima_log (formulir_id, id);
CREATE UNIQUE INDEX ikrar_terima_log_batal ON ikrar_terima_log (membatalkan_id) WHERE membatalkan_id IS NOT NULL;
${appendOnly('ikrar_terima_log')}
`,
};
