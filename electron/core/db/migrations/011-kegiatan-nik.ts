import type { Migration } from './index';

/**
 * The desk looks a scanned number up as a NIP, then as a NIK (guests, non-ASN): both must be index
 * searches. Without this one, a number that is no participant's NIP walked every row of the event
 * (24 ms per scan with 50,000 participants).
 */
export const m011: Migration = {
  version: 11,
  name: 'kegiatan-peserta-nik',
  sql: `CREATE INDEX kegiatan_peserta_nik ON kegiatan_peserta (kegiatan_id, nik) WHERE nik IS NOT NULL;`,
};
