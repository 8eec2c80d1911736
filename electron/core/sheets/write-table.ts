/**
 * Generic streaming xlsx table writer for list exports: title lines, one styled header row,
 * typed columns, print setup for F4/Folio paper, and an atomic replace of the destination.
 */

import ExcelJS from 'exceljs';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SheetError } from './errors';
import { columnLetter } from './grid';

export type ColumnKind = 'text' | 'date' | 'number' | 'integer';
export type TableValue = string | number | Date | boolean | null;

export interface TableColumn {
  header: string;
  /** Width in Excel character units. */
  width: number;
  kind: ColumnKind;
}

export interface TableSpec {
  sheetName: string;
  /** Lines above the header (bold, merged across the table). */
  title?: string[];
  columns: TableColumn[];
  /** One array per row, in column order. Dates: `Date` (UTC midnight) or ISO `YYYY-MM-DD` text. */
  rows: Iterable<TableValue[]> | AsyncIterable<TableValue[]>;
  landscape?: boolean;
  /** Columns kept visible when scrolling sideways (e.g. No, NIP, Nama). */
  freezeColumns?: number;
}

/** Excel `paperSize` 14: Folio 8.5 × 13 in (216 × 330 mm), the F4 paper of Indonesian offices. */
export const PAPER_F4 = 14;
export const DATE_FORMAT = 'dd-mm-yyyy';
const MAX_CELL_TEXT = 32_767;

const thin = { style: 'thin' as const };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

// One shared style object per kind: exceljs caches style ids by object identity, so this keeps
// the per-cell cost to a WeakMap lookup.
const STYLE: Record<ColumnKind, Partial<ExcelJS.Style>> = {
  text: { numFmt: '@', border: BORDER, alignment: { vertical: 'top', wrapText: true } },
  date: { numFmt: DATE_FORMAT, border: BORDER, alignment: { vertical: 'top', horizontal: 'center' } },
  number: { numFmt: 'General', border: BORDER, alignment: { vertical: 'top' } },
  integer: { numFmt: '0', border: BORDER, alignment: { vertical: 'top', horizontal: 'center' } },
};
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  numFmt: '@',
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  border: BORDER,
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
};
const TITLE_STYLE: Partial<ExcelJS.Style> = { font: { bold: true, size: 12 }, alignment: { horizontal: 'center', vertical: 'middle' } };
const COLUMN_STYLE: Record<ColumnKind, Partial<ExcelJS.Style>> = {
  text: { numFmt: '@' },
  date: { numFmt: DATE_FORMAT },
  number: {},
  integer: {},
};

/** Characters XML 1.0 cannot carry (control characters, unpaired surrogates, U+FFFE/FFFF). */
const XML_ILLEGAL_SRC = String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;
const XML_ILLEGAL_ONE = new RegExp(XML_ILLEGAL_SRC);
const XML_ILLEGAL_ALL = new RegExp(XML_ILLEGAL_SRC, 'g');

function safeText(s: string): string {
  const t = XML_ILLEGAL_ONE.test(s) ? s.replace(XML_ILLEGAL_ALL, '') : s;
  return t.length > MAX_CELL_TEXT ? t.slice(0, MAX_CELL_TEXT) : t;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoToUtcDate(iso: string): Date | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]) && d.getUTCFullYear() === Number(m[1]) ? d : null;
}

/**
 * The value written for a column kind. Text columns always get a string (never a formula: exceljs
 * writes formulas only for `{ formula }` objects, and a string is written as a string cell).
 */
export function cellFor(kind: ColumnKind, v: TableValue | undefined): string | number | Date | null {
  if (v === null || v === undefined) return null;
  switch (kind) {
    case 'text':
      if (typeof v === 'string') return safeText(v);
      if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
      if (typeof v === 'boolean') return v ? 'Ya' : 'Tidak';
      return Number.isFinite(v.getTime()) ? `${pad2(v.getUTCDate())}-${pad2(v.getUTCMonth() + 1)}-${v.getUTCFullYear()}` : null;
    case 'date':
      if (v instanceof Date) return Number.isFinite(v.getTime()) ? v : null;
      if (typeof v === 'string') return isoToUtcDate(v.trim()) ?? safeText(v);
      return typeof v === 'number' ? v : null;
    case 'number':
    case 'integer':
      if (typeof v === 'number') return Number.isFinite(v) ? v : null;
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (typeof v === 'string') return safeText(v);
      return v;
  }
}

async function* asAsync<T>(rows: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  if (Symbol.asyncIterator in rows) yield* rows as AsyncIterable<T>;
  else yield* rows as Iterable<T>;
}

function writeError(filePath: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const name = path.basename(filePath);
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES')
    return new SheetError('GAGAL_TULIS', `Berkas "${name}" tidak dapat ditulis: mungkin sedang dibuka di Excel atau foldernya tidak boleh ditulisi. Tutup berkas itu atau pilih folder lain, lalu coba lagi.`, { cause: e });
  if (code === 'ENOSPC') return new SheetError('GAGAL_TULIS', `Ruang penyimpanan penuh; berkas "${name}" tidak dapat ditulis.`, { cause: e });
  if (code === 'ENOENT') return new SheetError('GAGAL_TULIS', `Folder tujuan untuk berkas "${name}" tidak ditemukan.`, { cause: e });
  // any other file-system error (EISDIR, EROFS, EIO …); errors of the row source pass unchanged
  if (code && typeof (e as NodeJS.ErrnoException).syscall === 'string')
    return new SheetError('GAGAL_TULIS', `Berkas "${name}" tidak dapat ditulis (${code}). Pilih folder atau nama berkas lain, lalu coba lagi.`, { cause: e });
  return e;
}

/**
 * Writes the table to `filePath` atomically: into a temporary file in the same folder, renamed over
 * the destination only when complete. On any error the temporary file is removed and the error
 * rethrown (file-system errors as `SheetError`); the destination is never left half-written.
 */
export async function writeTableXlsx(filePath: string, spec: TableSpec): Promise<number> {
  return writeXlsxAtomic(filePath, (out, streamError) => writeWorkbook(out, spec, streamError));
}

/**
 * The atomic write of writeTableXlsx for any streamed workbook: `write` fills `out` (an exceljs
 * WorkbookWriter's stream) and checks `streamError` between batches of rows.
 */
export async function writeXlsxAtomic<T>(filePath: string, write: (out: fs.WriteStream, streamError: () => unknown) => Promise<T>): Promise<T> {
  const dir = path.dirname(path.resolve(filePath));
  const tmp = path.join(dir, `.${path.basename(filePath)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  let out: fs.WriteStream;
  try {
    out = fs.createWriteStream(tmp, { flags: 'wx' });
    await new Promise<void>((resolve, reject) => {
      out.once('open', () => resolve());
      out.once('error', reject);
    });
  } catch (e) {
    throw writeError(filePath, e);
  }
  let streamError: unknown = null;
  const failed = new Promise<never>((_, reject) =>
    out.on('error', (e) => {
      streamError ??= e;
      reject(e);
    }),
  );
  failed.catch(() => undefined);
  const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));

  try {
    const count = await Promise.race([write(out, () => streamError), failed]);
    await Promise.race([closed, failed]);
    await fs.promises.rename(tmp, filePath);
    return count;
  } catch (e) {
    out.destroy();
    await closed.catch(() => undefined);
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    throw writeError(filePath, e);
  }
}

async function writeWorkbook(out: fs.WriteStream, spec: TableSpec, streamError: () => unknown): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Netra';
  const ncol = spec.columns.length;
  const title = spec.title?.filter((t) => t.trim() !== '') ?? [];
  const headerRow = title.length > 0 ? title.length + 2 : 1;
  const last = columnLetter(Math.max(ncol, 1) - 1);
  const ws = wb.addWorksheet(safeSheetName(spec.sheetName), {
    views: [{ state: 'frozen', xSplit: spec.freezeColumns ?? 0, ySplit: headerRow, topLeftCell: `${columnLetter(spec.freezeColumns ?? 0)}${headerRow + 1}` }],
    pageSetup: {
      paperSize: PAPER_F4 as ExcelJS.PaperSize,
      orientation: spec.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
      horizontalCentered: true,
    },
    headerFooter: { oddFooter: '&CHalaman &P dari &N', evenFooter: '&CHalaman &P dari &N' },
  });
  ws.autoFilter = `A${headerRow}:${last}${headerRow}`;
  ws.columns = spec.columns.map((c) => ({ width: c.width, style: COLUMN_STYLE[c.kind] }));

  title.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = safeText(line);
    cell.style = TITLE_STYLE;
    if (ncol > 1) ws.mergeCells(i + 1, 1, i + 1, ncol);
    row.commit();
  });

  const head = ws.getRow(headerRow);
  spec.columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = safeText(c.header);
    cell.style = HEADER_STYLE;
  });
  head.commit();

  const kinds = spec.columns.map((c) => c.kind);
  const styles = kinds.map((k) => STYLE[k]);
  let r = headerRow;
  let n = 0;
  for await (const values of asAsync(spec.rows)) {
    const row = ws.getRow(++r);
    for (let c = 0; c < ncol; c++) {
      const cell = row.getCell(c + 1);
      const v = cellFor(kinds[c]!, values[c]);
      if (v !== null) cell.value = v;
      cell.style = styles[c]!;
    }
    row.commit();
    // Let the zip stream drain: exceljs does not apply backpressure, so without this the whole
    // sheet would sit in memory until the end.
    if (++n % 500 === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const e = streamError();
      if (e) throw e;
    }
  }
  ws.commit();
  await wb.commit();
  return n;
}

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`. */
function safeSheetName(name: string): string {
  const s = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return s || 'Data';
}
