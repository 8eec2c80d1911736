import type { Migration } from './index';

/**
 * Opening a case reads its stage records by case (`kasus_tahap WHERE kasus_id = ?`, and the list page
 * `kasus_id IN …`): without this index each was a scan of every stage record of every case (11 ms at
 * 20,000 cases, growing with them; see `npm run bench -- --only kasus`).
 */
export const m013: Migration = {
  version: 13,
  name: 'indeks tahap kasus per kasus',
  sql: /* sql */ `
CREATE INDEX kasus_tahap_kasus ON kasus_tahap(kasus_id, id);
`,
};
