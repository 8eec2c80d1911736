import type { Migration } from './index';

/**
 * Search index, rebuilt for speed on 50,000 staff and for bulk writes:
 * - contentless (content='', contentless_delete=1): the index keeps no second copy of the text,
 *   and detail=column keeps no word positions (queries are single-word prefixes, never phrases);
 * - one view, pegawai_fts_sumber, defines a staff member's index row; the per-row triggers, the
 *   bulk flush (PegawaiRepository.bulkWrite) and a unit rename all take their rows from it;
 * - the unit column holds the unit, every unit above it and their abbreviations, so "Dinas
 *   Pendidikan" or "Disdik" finds the staff of its schools and of their sub-units at any depth;
 * - the tanda column holds markers for the list's filters (inactive, status, jenis jabatan, unit
 *   and the units above), so the list as filtered is counted and paged from the index alone
 *   instead of looking up every match in the table.
 * While a bulk write runs, its transaction holds the row in fts_tunda and the triggers only queue
 * ids in fts_antre; the flush indexes them in one statement at the end of that transaction.
 */
export const m004: Migration = {
  version: 4,
  name: 'pencarian: indeks teks tanpa salinan isi, tulis massal',
  sql: /* sql */ `
-- IF EXISTS: a migration before this one may have rebuilt pegawai, which drops its triggers.
DROP TRIGGER IF EXISTS pegawai_fts_insert;
DROP TRIGGER IF EXISTS pegawai_fts_update;
DROP TRIGGER IF EXISTS pegawai_fts_delete;
DROP TRIGGER IF EXISTS unit_fts_rename;
DROP TABLE IF EXISTS pegawai_fts;
DROP VIEW IF EXISTS unit_label;

-- A staff member's index row. The unit text is the unit's name and abbreviation, then those of
-- each unit above it, walked up from the one unit (at most 32 levels, so a cycle cannot loop).
-- tanda holds markers for the list's filters, which the clerk's words never reach: "nonaktif"
-- for inactive staff, st<status>, jj<jenis jabatan> and u<id> for the unit and every unit above.
CREATE VIEW pegawai_fts_sumber AS
  SELECT p.id,
    TRIM(COALESCE(p.gelar_depan, '') || ' ' || p.nama || ' ' || COALESCE(p.gelar_belakang, '')) AS nama,
    p.nip, p.jabatan,
    (WITH RECURSIVE naik (induk, teks, tingkat) AS (
       SELECT parent_id, nama || COALESCE(' ' || singkatan, ''), 1 FROM unit_kerja WHERE id = p.unit_kerja_id
       UNION ALL
       SELECT u.parent_id, naik.teks || ' ' || u.nama || COALESCE(' ' || u.singkatan, ''), naik.tingkat + 1
       FROM naik JOIN unit_kerja u ON u.id = naik.induk
       WHERE naik.tingkat < 32)
     SELECT teks FROM naik ORDER BY tingkat DESC LIMIT 1) AS unit,
    CASE WHEN p.aktif = 0 THEN 'nonaktif ' ELSE '' END
      || 'st' || lower(replace(p.status, '_', ''))
      || COALESCE(' jj' || lower(p.jenis_jabatan), '')
      || COALESCE((WITH RECURSIVE naik (id, induk, tingkat) AS (
           SELECT id, parent_id, 1 FROM unit_kerja WHERE id = p.unit_kerja_id
           UNION ALL
           SELECT u.id, u.parent_id, naik.tingkat + 1 FROM naik JOIN unit_kerja u ON u.id = naik.induk WHERE naik.tingkat < 32)
         SELECT ' ' || group_concat('u' || id, ' ') FROM naik), '') AS tanda
  FROM pegawai p;

CREATE VIRTUAL TABLE pegawai_fts USING fts5(
  nama, nip, jabatan, unit, tanda,
  content = '', contentless_delete = 1, detail = column,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
INSERT INTO pegawai_fts (rowid, nama, nip, jabatan, unit, tanda)
  SELECT id, nama, nip, jabatan, unit, tanda FROM pegawai_fts_sumber ORDER BY id;

-- A row here exists only inside a bulk write's transaction. It references a row of fts_kunci,
-- which is never written, through a deferred foreign key: a transaction that still holds it
-- cannot commit, so the triggers can never be left switched off.
CREATE TABLE fts_kunci (id INTEGER PRIMARY KEY);
CREATE TABLE fts_tunda (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  kunci INTEGER NOT NULL DEFAULT 0 REFERENCES fts_kunci (id) DEFERRABLE INITIALLY DEFERRED
);
-- Staff whose index row is rebuilt by the flush; baru = 1 when the row has none yet.
CREATE TABLE fts_antre (id INTEGER PRIMARY KEY, baru INTEGER NOT NULL);

CREATE TRIGGER pegawai_fts_insert AFTER INSERT ON pegawai WHEN NOT EXISTS (SELECT 1 FROM fts_tunda) BEGIN
  INSERT INTO pegawai_fts (rowid, nama, nip, jabatan, unit, tanda)
    SELECT id, nama, nip, jabatan, unit, tanda FROM pegawai_fts_sumber WHERE id = new.id;
END;
CREATE TRIGGER pegawai_fts_insert_tunda AFTER INSERT ON pegawai WHEN EXISTS (SELECT 1 FROM fts_tunda) BEGIN
  INSERT OR IGNORE INTO fts_antre (id, baru) VALUES (new.id, 1);
END;
CREATE TRIGGER pegawai_fts_update AFTER UPDATE OF nip, nama, gelar_depan, gelar_belakang, jabatan, unit_kerja_id, aktif, status, jenis_jabatan ON pegawai
WHEN NOT EXISTS (SELECT 1 FROM fts_tunda) BEGIN
  DELETE FROM pegawai_fts WHERE rowid = old.id;
  INSERT INTO pegawai_fts (rowid, nama, nip, jabatan, unit, tanda)
    SELECT id, nama, nip, jabatan, unit, tanda FROM pegawai_fts_sumber WHERE id = new.id;
END;
CREATE TRIGGER pegawai_fts_update_tunda AFTER UPDATE OF nip, nama, gelar_depan, gelar_belakang, jabatan, unit_kerja_id, aktif, status, jenis_jabatan ON pegawai
WHEN EXISTS (SELECT 1 FROM fts_tunda) BEGIN
  INSERT OR IGNORE INTO fts_antre (id, baru) VALUES (new.id, 0);
END;
CREATE TRIGGER pegawai_fts_delete AFTER DELETE ON pegawai BEGIN
  DELETE FROM pegawai_fts WHERE rowid = old.id;
  DELETE FROM fts_antre WHERE id = old.id;
END;
-- A renamed or moved unit changes the unit text of everyone in it and below it.
CREATE TRIGGER unit_fts_rename AFTER UPDATE OF nama, singkatan, parent_id ON unit_kerja
WHEN NOT EXISTS (SELECT 1 FROM fts_tunda) BEGIN
  REPLACE INTO pegawai_fts (rowid, nama, nip, jabatan, unit, tanda)
    SELECT id, nama, nip, jabatan, unit, tanda FROM pegawai_fts_sumber WHERE id IN (SELECT id FROM pegawai WHERE unit_kerja_id IN (
      WITH RECURSIVE turun (id, tingkat) AS (
        SELECT new.id, 1
        UNION SELECT u.id, turun.tingkat + 1 FROM unit_kerja u JOIN turun ON u.parent_id = turun.id WHERE turun.tingkat < 32)
      SELECT id FROM turun));
END;
CREATE TRIGGER unit_fts_rename_tunda AFTER UPDATE OF nama, singkatan, parent_id ON unit_kerja
WHEN EXISTS (SELECT 1 FROM fts_tunda) BEGIN
  INSERT OR IGNORE INTO fts_antre (id, baru) SELECT id, 0 FROM (SELECT id FROM pegawai WHERE unit_kerja_id IN (
      WITH RECURSIVE turun (id, tingkat) AS (
        SELECT new.id, 1
        UNION SELECT u.id, turun.tingkat + 1 FROM unit_kerja u JOIN turun ON u.parent_id = turun.id WHERE turun.tingkat < 32)
      SELECT id FROM turun));
END;

-- Sorting by jabatan walks an index like the other sort columns; sorting by unit walks the units
-- in name order and each unit's staff through pegawai_unit.
CREATE INDEX pegawai_jabatan ON pegawai (jabatan COLLATE NOCASE);
CREATE INDEX unit_kerja_urut ON unit_kerja (nama COLLATE NOCASE);
`,
};
