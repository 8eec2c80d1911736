import type { Migration } from './index';

/**
 * Every version of a rule set, as it was saved: `aturan_kasus` holds the current one, this table all
 * of them (the current included), so the clerk can read what version 1 said after editing it and
 * take its content back. Append-only: a version once saved is never changed or removed.
 */
export const m012: Migration = {
  version: 12,
  name: 'riwayat versi aturan kasus',
  sql: /* sql */ `
CREATE TABLE aturan_kasus_versi (
  aturan_id INTEGER NOT NULL REFERENCES aturan_kasus(id) ON DELETE RESTRICT,
  versi INTEGER NOT NULL,
  kode TEXT NOT NULL,
  nama TEXT NOT NULL,
  berlaku_mulai TEXT NOT NULL,
  berlaku_sampai TEXT,
  sumber TEXT NOT NULL DEFAULT '',
  isi TEXT NOT NULL,
  disimpan_at TEXT NOT NULL,
  PRIMARY KEY (aturan_id, versi)
);
INSERT INTO aturan_kasus_versi (aturan_id, versi, kode, nama, berlaku_mulai, berlaku_sampai, sumber, isi, disimpan_at)
  SELECT id, versi, kode, nama, berlaku_mulai, berlaku_sampai, sumber, isi, updated_at FROM aturan_kasus;
CREATE TRIGGER aturan_kasus_versi_no_update BEFORE UPDATE ON aturan_kasus_versi BEGIN
  SELECT RAISE(ABORT, 'Versi aturan kasus yang tersimpan tidak dapat diubah.');
END;
CREATE TRIGGER aturan_kasus_versi_no_delete BEFORE DELETE ON aturan_kasus_versi BEGIN
  SELECT RAISE(ABORT, 'Versi aturan kasus yang tersimpan tidak dapat dihapus.');
END;
`,
};
