import type { Migration } from './index';

/**
 * - dokumen_kunci: the idempotency key of each "create document" request. The form makes one key per
 *   letter; a repeat of the request (a double Enter, a double click, a retry after a lost answer)
 *   finds the key and gets the first document back instead of taking a second number. The row is
 *   claimed before the number is taken and linked to the document in the transaction that archives
 *   it; `sidik` is the sha256 of the request, so the same key with other data is refused.
 * - nomor_surat.tujuan: the addressee written in the agenda book beside the subject.
 */
export const m005: Migration = {
  version: 5,
  name: 'dokumen: kunci idempotensi, tujuan di buku agenda',
  sql: /* sql */ `
CREATE TABLE dokumen_kunci (
  kunci TEXT PRIMARY KEY,
  sidik TEXT NOT NULL,
  -- NULL while the document is being built
  dokumen_id INTEGER UNIQUE REFERENCES dokumen(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);

ALTER TABLE nomor_surat ADD COLUMN tujuan TEXT NOT NULL DEFAULT '';
`,
};
