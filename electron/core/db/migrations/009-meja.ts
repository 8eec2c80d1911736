import type { Migration } from './index';

/**
 * Desk sessions of "Meja hadir" (check-in desks over the office network). Only the sha256 of a
 * session token is stored: a copied database opens no desk. A row is never deleted: an ended
 * session keeps when and why it ended, for the organiser's list.
 */
export const m009: Migration = {
  version: 9,
  name: 'sesi meja hadir',
  sql: /* sql */ `
CREATE TABLE meja_sesi (
  id INTEGER PRIMARY KEY,
  kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE RESTRICT,
  token_hash TEXT NOT NULL UNIQUE,
  nama TEXT NOT NULL,
  operator TEXT NOT NULL DEFAULT '',
  alamat_klien TEXT NOT NULL DEFAULT '',
  dipasang_at TEXT NOT NULL,
  terakhir_at TEXT NOT NULL,
  jumlah_pindai INTEGER NOT NULL DEFAULT 0,
  -- this computer's clock minus the desk's, measured when it paired: added to every time the desk sends
  selisih_jam_ms INTEGER NOT NULL DEFAULT 0,
  berakhir_at TEXT,
  alasan_berakhir TEXT CHECK (alasan_berakhir IN ('dicabut', 'dimatikan', 'kegiatan-selesai', 'diganti', 'keluar')),
  CHECK ((berakhir_at IS NULL) = (alasan_berakhir IS NULL))
);
CREATE INDEX meja_sesi_kegiatan ON meja_sesi (kegiatan_id, id);
CREATE INDEX meja_sesi_aktif ON meja_sesi (kegiatan_id) WHERE berakhir_at IS NULL;
`,
};
