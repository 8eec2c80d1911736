/** A spreadsheet reduced to values: what the importers work on, whatever the file format was. */

/**
 * An xlsx cell holding a formula whose result was never saved (files written by programs that do
 * not calculate, or saved with calculation off): its value is unknown, not empty. `formula` is the
 * text of the formula without `=` ('' for the followers of a shared formula, which carry none).
 */
export class UncachedFormula {
  constructor(readonly formula: string) {}
}

/** What a clerk is told about a formula cell whose value the file does not hold. */
export function formulaMessage(f: UncachedFormula): string {
  const shown = f.formula.length > 60 ? `${f.formula.slice(0, 60)}…` : f.formula;
  return (
    `Isi sel berupa rumus (=${shown}) tanpa nilai tersimpan, sehingga nilainya tidak dapat dibaca; salin sebagai nilai ` +
    '(salin kolomnya, lalu Paste Special > Values) dan simpan ulang berkasnya.'
  );
}

/**
 * One cell. `number` only comes from xlsx cells stored as numbers (CSV gives strings), so a NIP
 * that Excel turned into a number stays detectable. `Date` comes from date-formatted xlsx cells and
 * is the calendar date at UTC midnight (plus the time of day when the cell has one; read it with the
 * `getUTC*` methods). `UncachedFormula`: see there; it is never blank.
 */
export type CellValue = string | number | boolean | Date | UncachedFormula | null;

export interface GridRow {
  /** Row number as Excel shows it (1-based). */
  row: number;
  /** Values by 0-based column index; may be shorter than other rows (missing cells are null). */
  cells: CellValue[];
}

export interface Grid {
  /** Name used in messages; callers may replace it with the original file name. */
  fileName: string;
  /** Worksheet name (xlsx) or null (CSV). */
  sheet: string | null;
  /** Rows that hold at least one value, in sheet order. */
  rows: GridRow[];
}

export interface ReadProgress {
  /** Bytes of the file consumed so far (compressed bytes for an xlsx). */
  bytesRead: number;
  totalBytes: number;
  /** Rows with data read so far. */
  rowsRead: number;
}

/** Options of the readers: progress for the import job's bar, and cancelling. */
export interface ReadOptions {
  onProgress?: (p: ReadProgress) => void;
  /** Aborting makes the read reject with `signal.reason` (an `AbortError` by default). */
  signal?: AbortSignal;
}

export { columnLetter } from '../../../shared/domain/kolom';

/** ISO `YYYY-MM-DD` of a date cell (UTC calendar date, the way the readers produce it). */
export function dateCellToIso(d: Date): string | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const y = d.getUTCFullYear();
  if (y < 1 || y > 9999) return null;
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * Text of a cell as a clerk would recognise it (dates as ISO); '' for empty. An uncached formula
 * gives '' too: its formula text is not its value and must never be stored as if it were one, so
 * callers that accept it must check `instanceof UncachedFormula` (it is not `isBlank`).
 */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof UncachedFormula) return '';
  return dateCellToIso(v) ?? '';
}

/** True when the value is null, empty, or only whitespace (an uncached formula is not blank). */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
