import type { Migration } from './index';

/**
 * Pledge campaigns: when the forms were first printed, and for each form the participant row it
 * came from (an event's guests have no pegawai id to match on) and when it was added after that
 * first print, so a form printed later is marked as added.
 */
export const m010: Migration = {
  version: 10,
  name: 'kampanye ikrar: cetak pertama, formulir tambahan',
  sql: /* sql */ `
ALTER TABLE kampanye_ikrar ADD COLUMN dicetak_at TEXT;
ALTER TABLE formulir_ikrar ADD COLUMN peserta_id INTEGER REFERENCES kegiatan_peserta(id) ON DELETE RESTRICT;
ALTER TABLE formulir_ikrar ADD COLUMN ditambah_at TEXT;
CREATE UNIQUE INDEX formulir_ikrar_peserta ON formulir_ikrar (kampanye_id, peserta_id) WHERE peserta_id IS NOT NULL;
CREATE INDEX ikrar_terima_log_kampanye ON ikrar_terima_log (kampanye_id, id);
`,
};
