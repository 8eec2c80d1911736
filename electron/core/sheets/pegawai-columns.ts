/** Finding the header row of a staff sheet and mapping its columns to import fields. */

import {
  HEADER_SYNONYMS,
  IMPORT_FIELDS,
  isNamaKin,
  IMPORT_FIELD_LABEL,
  normalizeHeader,
  type ColumnMapping,
  type ImportField,
} from '../../../shared/domain/import-fields';
import { SheetError } from './errors';
import { cellText, isBlank, type CellValue, type Grid } from './grid';

/** How many rows from the top may hold the header (title blocks above it are common). */
export const HEADER_SCAN_ROWS = 30;

export interface HeaderInfo {
  /** Index into `grid.rows` of the header row (the upper one when the header spans two rows). */
  headerRowIndex: number;
  /** Index into `grid.rows` of the first data row (after the header and a sub-header row, if any). */
  dataStartIndex: number;
  /** Header text per column (0-based), '' for a column without a header. */
  headers: string[];
  mapping: ColumnMapping;
  /** Non-empty header texts that no field uses (ignored on import). */
  unmatched: string[];
}

interface Match {
  field: ImportField;
  /** Position of the synonym in its field's list: lower is preferred when two columns compete. */
  priority: number;
  /** 0 when the whole header text matched, 1 when it matched after dropping a note in brackets. */
  looseness: number;
}

const SYNONYMS = new Map<string, { field: ImportField; priority: number }>();
for (const field of IMPORT_FIELDS)
  HEADER_SYNONYMS[field].forEach((syn, priority) => {
    const key = normalizeHeader(syn);
    if (!SYNONYMS.has(key)) SYNONYMS.set(key, { field, priority });
  });

/** Header key as compared with the synonyms: `normalizeHeader`, also with '*' required-markers dropped. */
export function headerKey(text: string): string {
  return normalizeHeader(text.replace(/\*/g, ' '));
}

/** The field a header text names, if any (exact match; then ignoring notes like "(18 digit)" or "[dd-mm-yyyy]"). */
export function matchHeader(text: string): Match | null {
  if (!text.trim()) return null;
  const key = headerKey(text);
  const exact = SYNONYMS.get(key);
  if (exact) return { ...exact, looseness: 0 };
  const stripped = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  const strippedKey = stripped !== text ? headerKey(stripped) : key;
  if (stripped !== text) {
    const loose = SYNONYMS.get(strippedKey);
    if (loose) return { ...loose, looseness: 1 };
  }
  // "NAMA LENGKAP PEGAWAI BESERTA GELAR" and its kin: after every listed synonym of every field
  if (isNamaKin(key) || isNamaKin(strippedKey)) return { field: 'nama', priority: HEADER_SYNONYMS.nama.length, looseness: 1 };
  return null;
}

function headerTexts(cells: readonly CellValue[]): string[] {
  const out = cells.map((c) => cellText(c).replace(/\s+/g, ' ').trim());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** Each field gets the column whose header names it best (exact before loose, then synonym order, then leftmost). */
function mapHeaders(headers: readonly string[]): ColumnMapping {
  const best = new Map<ImportField, { col: number; m: Match }>();
  headers.forEach((h, col) => {
    const m = matchHeader(h);
    if (!m) return;
    const cur = best.get(m.field);
    if (!cur || m.looseness < cur.m.looseness || (m.looseness === cur.m.looseness && m.priority < cur.m.priority)) best.set(m.field, { col, m });
  });
  const mapping: ColumnMapping = {};
  for (const f of IMPORT_FIELDS) {
    const b = best.get(f);
    if (b) mapping[f] = b.col;
  }
  return mapping;
}

const count = (m: ColumnMapping) => Object.keys(m).length;

/**
 * A second header row under the first (merged group headers such as "PANGKAT" over "GOL. RUANG | TMT",
 * or "TEMPAT, TANGGAL LAHIR" over "TEMPAT | TANGGAL"): the effective header of each column.
 */
function withSubHeader(top: readonly string[], sub: readonly string[]): string[] {
  const width = Math.max(top.length, sub.length);
  const out: string[] = [];
  let parent = '';
  for (let c = 0; c < width; c++) {
    const t = top[c] ?? '';
    if (t) parent = t;
    const s = sub[c] ?? '';
    if (!s) {
      out.push(t);
      continue;
    }
    const lastWord = parent.split(/[\s,/]+/).filter(Boolean).pop() ?? '';
    const candidates = [`${parent} ${s}`, s, `${s} ${lastWord}`];
    out.push(candidates.find((x) => matchHeader(x)) ?? (parent && parent !== s ? `${parent} ${s}` : s));
  }
  return out;
}

function unmatchedOf(headers: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping));
  return headers.filter((h, i) => h !== '' && !used.has(i));
}

function sanitizeMapping(m: ColumnMapping): ColumnMapping {
  const out: ColumnMapping = {};
  for (const f of IMPORT_FIELDS) {
    const v = m[f];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 16_384) out[f] = v;
  }
  return out;
}

function notFound(grid: Grid): SheetError {
  const where = grid.sheet ? ` (lembar "${grid.sheet}")` : '';
  const expected = IMPORT_FIELDS.filter((f) => f !== 'nipLama')
    .map((f) => IMPORT_FIELD_LABEL[f])
    .join(', ');
  return new SheetError(
    'JUDUL_KOLOM',
    `Baris judul kolom tidak ditemukan di ${HEADER_SCAN_ROWS} baris pertama berkas "${grid.fileName}"${where}. ` +
      `Netra mencari satu baris berisi judul kolom Nama dan paling sedikit satu judul kolom lain, misalnya: ${expected}. ` +
      'Pastikan judul kolom ada di satu baris di atas data (seperti NIP, NAMA, TGL LAHIR, GOL. RUANG, JABATAN, UNIT KERJA), atau pilih sendiri kolomnya pada pemetaan kolom.',
  );
}

/**
 * Finds the header row among the first rows (title blocks, blank and merged rows above it are
 * skipped) by counting cells that name an import field; the best row names `nama` and one more
 * field. Failing that, a row naming two other fields is returned without `nama`, so the clerk can
 * pick that column. A `mapping` given by the user replaces the detected one.
 */
export function detectHeader(grid: Grid, override?: ColumnMapping | null): HeaderInfo {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  let bestIndex = -1;
  let bestHeaders: string[] = [];
  let bestMapping: ColumnMapping = {};
  // A header naming other fields but no recognisable Nama column: the clerk picks that column.
  let withoutNama: { index: number; headers: string[]; mapping: ColumnMapping } | null = null;
  for (let i = 0; i < limit; i++) {
    const headers = headerTexts(grid.rows[i]!.cells);
    const mapping = mapHeaders(headers);
    if (count(mapping) < 2) continue;
    if (mapping.nama === undefined) {
      if (!withoutNama || count(mapping) > count(withoutNama.mapping)) withoutNama = { index: i, headers, mapping };
      continue;
    }
    if (count(mapping) > count(bestMapping)) {
      bestIndex = i;
      bestHeaders = headers;
      bestMapping = mapping;
    }
  }
  if (bestIndex < 0 && withoutNama && grid.rows.length > withoutNama.index + 1) {
    const mapping = override ? sanitizeMapping(override) : withoutNama.mapping;
    const { index, headers } = withoutNama;
    return { headerRowIndex: index, dataStartIndex: index + 1, headers, mapping, unmatched: unmatchedOf(headers, mapping) };
  }

  let dataStartIndex = bestIndex + 1;
  if (bestIndex >= 0) {
    const next = grid.rows[bestIndex + 1];
    const namaCol = bestMapping.nama!;
    if (next && isBlank(next.cells[namaCol])) {
      const sub = headerTexts(next.cells);
      if (sub.some((s) => matchHeader(s))) {
        const merged = withSubHeader(bestHeaders, sub);
        const mergedMapping = mapHeaders(merged);
        if (mergedMapping.nama !== undefined && count(mergedMapping) >= count(bestMapping)) {
          bestHeaders = merged;
          bestMapping = mergedMapping;
          dataStartIndex = bestIndex + 2;
        }
      }
    }
  } else if (override) {
    // The user maps the columns: take the row with the most text cells as the header.
    let most = 0;
    for (let i = 0; i < limit; i++) {
      const n = grid.rows[i]!.cells.filter((c) => typeof c === 'string' && c.trim() !== '').length;
      if (n > most) {
        most = n;
        bestIndex = i;
      }
    }
    if (bestIndex < 0) throw notFound(grid);
    bestHeaders = headerTexts(grid.rows[bestIndex]!.cells);
    dataStartIndex = bestIndex + 1;
  } else throw notFound(grid);

  const mapping = override ? sanitizeMapping(override) : bestMapping;
  if (dataStartIndex >= grid.rows.length) {
    const rowNo = grid.rows[bestIndex]!.row;
    throw new SheetError(
      'KOSONG',
      `Berkas "${grid.fileName}" hanya berisi judul kolom (baris ${rowNo}); tidak ada baris data pegawai di bawahnya.`,
    );
  }
  return { headerRowIndex: bestIndex, dataStartIndex, headers: bestHeaders, mapping, unmatched: unmatchedOf(bestHeaders, mapping) };
}
