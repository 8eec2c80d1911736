import type { Migration } from './index';

/**
 * The signer decides the look (Permendagri 1/2023 Pasal 44): a signatory gets a kind, a profile
 * may be the kop of the Pemerintah Daerah, and the kop jabatan gets its own emblem image.
 *
 * instansi_profil is rebuilt because SQLite cannot widen a CHECK in place. Documents reference it
 * with ON DELETE RESTRICT, so the drop runs with deferred foreign keys: the same ids are inserted
 * again before the commit, when the constraint is checked (a missing one rolls the whole step back).
 */
export const m006: Migration = {
  version: 6,
  name: 'jenis penandatangan, kop pemerintah daerah, lambang kop jabatan',
  sql: /* sql */ `
PRAGMA defer_foreign_keys = ON;

ALTER TABLE penandatangan ADD COLUMN jenis TEXT NOT NULL DEFAULT 'pejabat'
  CHECK (jenis IN ('kepala-daerah', 'wakil-kepala-daerah', 'sekretaris-daerah', 'pejabat'));
-- the old flag marked the regional head (and any deputy recorded as one); the Sekda is known by the post
UPDATE penandatangan SET jenis = CASE
  WHEN kepala_daerah = 1 AND upper(trim(jabatan)) LIKE 'WAKIL %' THEN 'wakil-kepala-daerah'
  WHEN kepala_daerah = 1 THEN 'kepala-daerah'
  WHEN upper(trim(jabatan)) LIKE 'SEKRETARIS DAERAH%' THEN 'sekretaris-daerah'
  ELSE 'pejabat' END;

CREATE TEMP TABLE instansi_profil_lama AS SELECT * FROM instansi_profil;
DROP TABLE instansi_profil;
CREATE TABLE instansi_profil (
  id INTEGER PRIMARY KEY,
  nama TEXT NOT NULL,
  jenis_kop TEXT NOT NULL CHECK (jenis_kop IN ('dinas', 'pemerintah-daerah', 'kepala-daerah')),
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
  -- the regional logo: {base64, type, widthPx, heightPx}, validated image bytes; NULL without one
  logo TEXT,
  -- the state emblem of the kop jabatan, same shape; NULL without one
  lambang TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- a kop jabatan printed its logo as the emblem until now: it keeps looking the same
INSERT INTO instansi_profil (id, nama, jenis_kop, pemerintah, kepala_daerah, perangkat_daerah, alamat, telepon, email, laman,
    kode_pos, kota, kode_unit, logo, lambang, created_at, updated_at)
  SELECT id, nama, jenis_kop, pemerintah, kepala_daerah, perangkat_daerah, alamat, telepon, email, laman,
    kode_pos, kota, kode_unit, logo, CASE WHEN jenis_kop = 'kepala-daerah' THEN logo END, created_at, updated_at
  FROM instansi_profil_lama;
DROP TABLE instansi_profil_lama;
CREATE UNIQUE INDEX instansi_profil_nama ON instansi_profil (nama COLLATE NOCASE);
`,
};
