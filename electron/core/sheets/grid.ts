/** A spreadsheet reduced to values: what the importers work on, whatever the file format was. */

/**
 * One cell. `number` only comes from xlsx cells stored as numbers (CSV gives strings), so a NIP
 * that Excel turned into a number stays detectable. `Date` comes from date-formatted xlsx cells and
 * is the calendar date at UTC midnight (read it with the `getUTC*` methods).
 */
export type CellValue = string | number | boolean | Date | null;

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

export { columnLetter } from '../../../shared/domain/kolom';

/** ISO `YYYY-MM-DD` of a date cell (UTC calendar date, the way the readers produce it). */
export function dateCellToIso(d: Date): string | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const y = d.getUTCFullYear();
  if (y < 1 || y > 9999) return null;
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Text of a cell as a clerk would recognise it (dates as ISO); '' for empty. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return dateCellToIso(v) ?? '';
}

/** True when the value is null, empty, or only whitespace. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
