import { SheetError } from '../../../electron/core/sheets/errors';
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

export interface ZipPart {
  name: string;
  /** The bytes of the part (deflated unless `store`), or `raw` deflate data already made. */
  data?: string | Buffer;
  raw?: { deflated: Buffer; size: number };
  store?: boolean;
  /** Uncompressed size written into the headers instead of the real one (a lying zip). */
  declaredSize?: number;
}

/** A zip written by hand, so that tests control compression, sizes and chunk boundaries. */
export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const plain = p.data === undefined ? null : Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data, 'utf8');
    const body = p.raw ? p.raw.deflated : p.store ? plain! : zlib.deflateRawSync(plain!);
    const size = p.declaredSize ?? (p.raw ? p.raw.size : plain!.length);
    const crc = plain ? zlib.crc32(plain) : 0;
    const method = p.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(size, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(Math.min(size, 0xfffffffe), 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(cd, name);
    offset += 30 + name.length + body.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBytes, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A worksheet part around `<sheetData>` content. */
export const sheetXml = (rows: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;

/** The parts of a minimal workbook: sheets in order (with optional state), shared strings, styles. */
export function xlsxParts(opts: {
  sheets: { name: string; xml: string | Buffer; state?: 'hidden' | 'veryHidden'; store?: boolean }[];
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
}): ZipPart[] {
  const sheets = opts.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const rels = opts.sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${opts.workbookPr ?? ''}<sheets>${sheets}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}` +
        '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
        '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    },
  ];
  if (opts.sharedStrings !== undefined) parts.push({ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${opts.sharedStrings}</sst>` });
  if (opts.styles !== undefined) parts.push({ name: 'xl/styles.xml', data: `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${opts.styles}</styleSheet>` });
  opts.sheets.forEach((s, i) => parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml, store: s.store }));
  return parts;
}

/** Writes a hand-made workbook (see `xlsxParts`) and returns its path. */
export function writeXlsx(file: string, opts: Parameters<typeof xlsxParts>[0]): string {
  fs.writeFileSync(file, buildZip(xlsxParts(opts)));
  return file;
}

/** The SheetError a read rejects with (fails the test on any other outcome). */
export async function sheetError(p: Promise<unknown>): Promise<SheetError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SheetError) return e;
    throw e;
  }
  throw new Error('expected a SheetError');
}
