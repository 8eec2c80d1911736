/** The rows an import rejected, written back with their original columns and a column of problems. */

import { cellText, columnLetter, type GridRow } from './grid';
import { writeTableXlsx, type TableValue } from './write-table';

export const KOLOM_MASALAH = 'Keterangan Masalah (hapus kolom ini sebelum impor ulang)';

/**
 * Header row first (so the file imports again as it is), every cell written as text (never as a
 * formula, dates as dd-mm-yyyy), the problems of each row in the last column. Atomic, as every export.
 */
export async function writeRejectedRows(
  outPath: string,
  headers: readonly string[],
  rows: readonly GridRow[],
  messages: ReadonlyMap<number, string[]>,
): Promise<number> {
  let width = headers.length;
  for (const r of rows) width = Math.max(width, r.cells.length);
  const columns = Array.from({ length: width }, (_, i) => ({
    header: headers[i] || `Kolom ${columnLetter(i)}`,
    width: Math.min(40, Math.max(10, (headers[i] ?? '').length + 2)),
    kind: 'text' as const,
  }));
  columns.push({ header: KOLOM_MASALAH, width: 80, kind: 'text' });
  return writeTableXlsx(outPath, {
    sheetName: 'Baris Ditolak',
    columns,
    rows: (function* () {
      for (const r of rows) {
        const values: TableValue[] = new Array(width + 1).fill(null);
        for (let c = 0; c < r.cells.length; c++) {
          const v = r.cells[c];
          values[c] = v === null || v === undefined ? null : typeof v === 'object' && !(v instanceof Date) ? cellText(v) : v;
        }
        values[width] = (messages.get(r.row) ?? []).join('\n');
        yield values;
      }
    })(),
  });
}
