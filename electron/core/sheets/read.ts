/** `readGrid`: any supported staff file (xlsx or CSV, decided by content) as a grid of values. */

import path from 'node:path';
import { csvToRowsAsync, decodeText } from './csv';
import { SheetError } from './errors';
import type { Grid, ReadOptions } from './grid';
import { sniffFile } from './sniff';
import { readXlsxSheet } from './xlsx-read';

export type { CellValue, Grid, GridRow, ReadOptions, ReadProgress } from './grid';
export { UncachedFormula } from './grid';

const noData = (name: string) =>
  new SheetError('KOSONG', `Berkas "${name}" tidak berisi data: semua lembar kerjanya (sheet) kosong. Periksa apakah berkas yang dipilih sudah benar.`);

/** True for the error a read rejects with when its `signal` was aborted. */
export function isAbortError(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

/**
 * Reads the first worksheet with data (xlsx) or the whole table (CSV). Throws `SheetError` for
 * unusable files, and `signal.reason` (an `AbortError` unless the caller gave another reason) when aborted.
 */
export async function readGrid(filePath: string, opts: ReadOptions = {}): Promise<Grid> {
  const fileName = path.basename(filePath);
  opts.signal?.throwIfAborted();
  const sniffed = await sniffFile(filePath);
  if (sniffed.kind === 'xlsx') {
    const sheet = await readXlsxSheet(filePath, sniffed, opts);
    if (!sheet) throw noData(fileName);
    return { fileName, sheet: sheet.sheet, rows: sheet.rows };
  }
  const text = decodeText(sniffed.bytes);
  if (text.includes('\u0000'))
    throw new SheetError('BUKAN_SPREADSHEET', `Berkas "${fileName}" bukan file Excel (.xlsx) atau CSV. Pilih berkas daftar pegawai berformat .xlsx atau .csv.`);
  const rows = await csvToRowsAsync(text, { ...opts, fileName, totalBytes: sniffed.bytes.length });
  if (rows.length === 0) throw new SheetError('KOSONG', `Berkas "${fileName}" tidak berisi data (hanya baris kosong).`);
  return { fileName, sheet: null, rows };
}
