import ExcelJS from 'exceljs';
import path from 'node:path';
import { tempDir } from './core';

export type SheetCell = string | number | Date | null;

/** A one-sheet workbook with a header row on row 1, in a fresh temp folder. */
export async function writeSheet(name: string, headers: string[], rows: SheetCell[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  const file = path.join(tempDir('netra-sheet-'), name);
  await wb.xlsx.writeFile(file);
  return file;
}
