/** Test helpers for the sheets module: temp files, workbooks built with exceljs, zip entry reading. */

import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'netra-sheets-'));
}

export type Cell = string | number | boolean | Date | null | ExcelJS.CellValue;

/**
 * Writes a one-sheet workbook with the in-memory exceljs API (shared strings, like Excel).
 * `dateFormat` columns (0-based) get a date number format so their numbers are dates.
 */
export async function writeWorkbook(
  file: string,
  rows: Cell[][],
  opts: { sheet?: string; dateColumns?: number[]; textColumns?: number[]; extraSheets?: { name: string; rows: Cell[][]; state?: 'hidden' | 'visible'; first?: boolean }[] } = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const before = (opts.extraSheets ?? []).filter((s) => s.first);
  const after = (opts.extraSheets ?? []).filter((s) => !s.first);
  const add = (name: string, data: Cell[][], state?: 'hidden' | 'visible') => {
    const ws = wb.addWorksheet(name, state ? { state } : {});
    data.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = row.getCell(c + 1);
        cell.value = v as ExcelJS.CellValue;
        if (opts.dateColumns?.includes(c) && v instanceof Date) cell.numFmt = 'dd-mm-yyyy';
        if (opts.textColumns?.includes(c)) cell.numFmt = '@';
      });
    });
  };
  for (const s of before) add(s.name, s.rows, s.state);
  add(opts.sheet ?? 'Sheet1', rows);
  for (const s of after) add(s.name, s.rows, s.state);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Text of one entry of a zip file (stored or deflated), found through the central directory. */
export function readZipEntry(file: string, name: string): string {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a zip');
  let p = buf.readUInt32LE(eocd + 16);
  const entries = buf.readUInt16LE(eocd + 10);
  for (let e = 0; e < entries; e++) {
    const method = buf.readUInt16LE(p + 10);
    const compSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const entryName = buf.toString('utf8', p + 46, p + 46 + nameLen).replace(/^\//, '');
    if (entryName === name) {
      const lNameLen = buf.readUInt16LE(local + 26);
      const lExtraLen = buf.readUInt16LE(local + 28);
      const start = local + 30 + lNameLen + lExtraLen;
      // exceljs's streaming writer sets the data-descriptor flag: sizes are in the central directory
      const data = buf.subarray(start, start + compSize);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} not in ${file}`);
}

/** The `<c>` element of one cell in a sheet XML. */
export function cellXml(sheetXml: string, ref: string): string {
  const m = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(sheetXml);
  if (!m) throw new Error(`cell ${ref} not found`);
  return m[0];
}
