/**
 * xlsx reader over the zip directory and node:zlib, with a byte-level scanner for the sheet and
 * shared-string XML (see xml.ts). Reads the first visible worksheet, in workbook order, that holds
 * any value. Bounded: every part has a cap on the bytes it inflates to (counted while inflating),
 * every cell a cap of 32,767 characters (Excel's own limit), and the grid kept in memory a budget.
 *
 * Not exceljs: its stream reader lost zip entries at random (exceljs #3064) and garbled characters
 * on chunk boundaries (#2063), and working around both meant overriding its private methods. This
 * reader is also several times faster and keeps less in memory (figures in the commit message).
 */

import fs from 'node:fs';
import path from 'node:path';
import { SheetError } from './errors';
import { columnLetter, UncachedFormula, type CellValue, type GridRow, type ReadOptions } from './grid';
import { CLOSE, decodeEscapes, NEED_MORE, OPEN, TEXT, XmlError, XmlTokenizer, XmlTokenTooLong } from './xml';
import { entryChunks, EntryTooLarge, ZipDamaged, type ZipEntry } from './zip';

const MB = 1 << 20;

/**
 * Caps. The staff export of 50,000 people has a 44 MB sheet part, so 256 MB leaves room for about
 * 290,000 such rows while refusing a zip bomb long before memory is at risk (the part is streamed,
 * never held whole). Shared strings are held in memory, hence half that. The other parts we read
 * (workbook, relationships, styles) are a few KB in real files. What a sheet can put in memory
 * within those caps is bounded by `gridBytes`.
 */
export const XLSX_LIMITS = {
  sheetBytes: 256 * MB,
  sharedStringsBytes: 128 * MB,
  otherPartBytes: 8 * MB,
  /** Excel's limit for the text of one cell. */
  cellChars: 32_767,
  /**
   * Estimated bytes of the rows and strings kept in memory (UTF-8 length of the text plus object
   * overheads). The 50,000-row export comes to 19 MB, so 96 MB admits about 250,000 such rows,
   * while a hostile sheet is stopped with the process under 250 MB.
   */
  gridBytes: 96 * MB,
};
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** One text run or tag in bytes: a 32,767-character cell written as character references is at most ~330 KB. */
const MAX_TOKEN = 1 * MB;

export interface XlsxSheet {
  sheet: string;
  rows: GridRow[];
}

export interface XlsxZip {
  entries: ZipEntry[];
  size: number;
}

const mb = (n: number) => Math.max(1, Math.round(n / MB)).toLocaleString('id-ID');

const damaged = (name: string, e: unknown) =>
  new SheetError(
    'RUSAK',
    `Berkas "${name}" tidak dapat dibaca sebagai workbook Excel (.xlsx): berkasnya rusak atau bukan .xlsx yang sah. ` +
      'Buka di Excel; bila masih bisa dibuka, simpan ulang sebagai Excel Workbook (*.xlsx) lalu impor lagi.',
    { cause: e },
  );

const tooLarge = (name: string, what: string, cap: number, fileSize: number, cause?: unknown) =>
  new SheetError(
    'TERLALU_BESAR',
    `Berkas "${name}" terlalu besar setelah dibuka: ${what} berisi lebih dari ${mb(cap)} MB data, padahal berkasnya sendiri ${mb(fileSize)} MB. ` +
      'Berkas seperti ini biasanya rusak atau sengaja dibuat untuk membebani komputer, sehingga tidak dibaca. ' +
      'Bila berkas itu memang berisi data sebanyak itu, bagi datanya menjadi beberapa berkas yang lebih kecil lalu impor satu per satu.',
    { cause },
  );

const cellTooLong = (name: string, sheet: string, ref: string) =>
  new SheetError(
    'TERLALU_BESAR',
    `Sel ${ref} pada lembar "${sheet}" di berkas "${name}" berisi lebih dari ${XLSX_LIMITS.cellChars.toLocaleString('id-ID')} karakter, ` +
      'batas Excel untuk satu sel. Berkas itu kemungkinan rusak atau tidak dibuat dengan Excel; buka di Excel, perbaiki isi sel itu, simpan ulang, lalu impor lagi.',
  );

const gridTooLarge = (name: string, sheet: string, rows: number) =>
  new SheetError(
    'TERLALU_BESAR',
    `Berkas "${name}" terlalu besar setelah dibuka: lembar "${sheet}" masih berlanjut setelah ${rows.toLocaleString('id-ID')} baris berisi data, ` +
      'lebih dari yang dapat dibaca sekaligus. Bagi datanya menjadi beberapa berkas yang lebih kecil lalu impor satu per satu.',
  );

const tooManyRows = (name: string, sheet: string) =>
  new SheetError(
    'TERLALU_BESAR',
    `Berkas "${name}" terlalu besar setelah dibuka: lembar "${sheet}" berisi lebih dari ${MAX_ROW.toLocaleString('id-ID')} baris, batas Excel. ` +
      'Berkas itu rusak atau tidak dibuat dengan Excel.',
  );

/** A shared string over the cell limit: an error only if a cell uses it (then with that cell's address). */
class OverlongText {}
const OVERLONG = new OverlongText();
type SharedString = string | OverlongText;

// ---------------------------------------------------------------------------------------------
// dates and number formats

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30; 27–36 and 50–58 in East Asian locales, as exceljs reads them). */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A format code that shows a date or time: d, m, y, h, s (or b, Buddhist year) outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  let s = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"') {
      const q = code.indexOf('"', i + 1);
      i = q < 0 ? code.length : q;
    } else if (c === '[') {
      const q = code.indexOf(']', i + 1);
      i = q < 0 ? code.length : q;
    } else if (c === '\\' || c === '_' || c === '*') i++; // escaped char, padding, fill
    else s += c;
  }
  return /[dmyhsb]/i.test(s);
}

const MS_PER_DAY = 86_400_000;
const EXCEL_MAX_SERIAL = 2_958_465; // 9999-12-31

/**
 * The Date of an Excel serial in a date-formatted cell, or the number itself when it is no date
 * Excel could show (below 1, the phantom 29 February 1900, past 9999).
 */
export function serialToDate(serial: number, date1904: boolean): Date | number {
  if (!(serial >= 1 || (date1904 && serial >= 0)) || serial > EXCEL_MAX_SERIAL) return serial;
  let days: number;
  if (date1904) days = serial - 24_107; // 1904-01-01 is day 0
  else if (serial >= 61) days = serial - 25_569;
  else if (Math.floor(serial) === 60) return serial; // 1900-02-29 does not exist (Lotus 1-2-3 bug kept by Excel)
  else days = serial - 25_568; // before March 1900 Excel counts the phantom day too
  return new Date(Math.round(days * MS_PER_DAY));
}

/** A `t="d"` cell: ISO 8601 text; without a zone it is taken as UTC, like every other date here. */
function isoCellDate(s: string): Date | string {
  const t = s.trim();
  const iso = /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?$/.test(t) ? (t.length === 10 ? `${t}T00:00:00Z` : `${t}Z`) : t;
  const d = new Date(iso);
  return Number.isFinite(d.getTime()) ? d : s;
}

// ---------------------------------------------------------------------------------------------
// small parts

interface PartReader {
  fh: fs.promises.FileHandle;
  size: number;
  onCompressed: (n: number) => void;
  signal: AbortSignal | undefined;
}

/** Feeds every token of a part to `onToken` (for the small parts and shared strings). */
async function scanPart(r: PartReader, entry: ZipEntry, cap: number, onToken: (tz: XmlTokenizer, tok: number) => void): Promise<void> {
  const tz = new XmlTokenizer(MAX_TOKEN);
  for await (const chunk of entryChunks(r.fh, r.size, entry, { cap, onCompressed: r.onCompressed, signal: r.signal })) {
    tz.feed(chunk);
    for (let tok = tz.next(); tok !== NEED_MORE; tok = tz.next()) onToken(tz, tok);
  }
  tz.finish();
}

interface WorkbookSheet {
  name: string;
  state: string;
  rid: string | null;
}

async function readWorkbook(r: PartReader, entry: ZipEntry): Promise<{ sheets: WorkbookSheet[]; date1904: boolean }> {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  await scanPart(r, entry, XLSX_LIMITS.otherPartBytes, (tz, tok) => {
    if (tok !== OPEN) return;
    if (tz.is('sheet')) {
      const a = tz.attrs();
      // the relationship id is the prefixed `id` (r:id); a plain `id` attribute would be something else
      let rid: string | null = null;
      for (const [k, v] of a) if (k.endsWith(':id')) rid = v;
      sheets.push({ name: a.get('name') ?? `Sheet${sheets.length + 1}`, state: a.get('state') ?? 'visible', rid });
    } else if (tz.is('workbookPr')) {
      const v = tz.attrs().get('date1904');
      date1904 = v === '1' || v === 'true';
    }
  });
  return { sheets, date1904 };
}

/** Part name a relationship target points to, resolved against the folder of `from`. */
function resolveTarget(fromDir: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  const joined = t.startsWith('/') ? t.slice(1) : path.posix.join(fromDir, t);
  return path.posix.normalize(joined).replace(/^\/+/, '');
}

async function readRels(r: PartReader, entry: ZipEntry, fromDir: string): Promise<Map<string, { type: string; part: string }>> {
  const rels = new Map<string, { type: string; part: string }>();
  await scanPart(r, entry, XLSX_LIMITS.otherPartBytes, (tz, tok) => {
    if (tok !== OPEN || !tz.is('Relationship')) return;
    const a = tz.attrs();
    const id = a.get('Id');
    const target = a.get('Target');
    if (id && target && a.get('TargetMode') !== 'External') rels.set(id, { type: a.get('Type') ?? '', part: resolveTarget(fromDir, target) });
  });
  return rels;
}

/** For each cell style (`s` index), whether its number format is a date. */
async function readStyles(r: PartReader, entry: ZipEntry): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false; // <dxfs> (conditional formats) carry numFmt elements of their own
  await scanPart(r, entry, XLSX_LIMITS.otherPartBytes, (tz, tok) => {
    if (tok === OPEN) {
      if (tz.is('numFmts')) inNumFmts = !tz.selfClosing;
      else if (inNumFmts && tz.is('numFmt')) {
        const a = tz.attrs();
        const id = Number(a.get('numFmtId'));
        if (Number.isInteger(id)) custom.set(id, a.get('formatCode') ?? '');
      } else if (tz.is('cellXfs')) inCellXfs = !tz.selfClosing;
      else if (inCellXfs && tz.is('xf')) xfFormats.push(Number(tz.attrs().get('numFmtId') ?? 0));
    } else if (tok === CLOSE) {
      if (tz.is('cellXfs')) inCellXfs = false;
      else if (tz.is('numFmts')) inNumFmts = false;
    }
  });
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : isBuiltInDateFormat(id);
  });
}

/** The shared-string table: rich text runs joined, phonetic runs (`rPh`) left out. */
async function readSharedStrings(r: PartReader, entry: ZipEntry, budget: { bytes: number }, overBudget: () => Error): Promise<SharedString[]> {
  const out: SharedString[] = [];
  let inSi = false;
  let inRPh = false;
  let inT = false;
  let text = '';
  let bytes = 0;
  await scanPart(r, entry, XLSX_LIMITS.sharedStringsBytes, (tz, tok) => {
    if (tok === TEXT) {
      if (inT && text.length <= XLSX_LIMITS.cellChars) {
        text += tz.text();
        bytes += tz.textEnd - tz.textStart;
      }
      return;
    }
    const len = tz.nameEnd - tz.nameStart;
    const c0 = tz.buf[tz.nameStart];
    if (tok === OPEN) {
      if (len === 2 && tz.is('si')) {
        inSi = true;
        text = '';
        bytes = 0;
        if (tz.selfClosing) {
          inSi = false;
          out.push('');
        }
      } else if (inSi && len === 1 && c0 === 116 /* t */ && !inRPh && !tz.selfClosing) {
        inT = true;
        tz.keepText = true;
      } else if (inSi && len === 3 && tz.is('rPh') && !tz.selfClosing) inRPh = true;
    } else if (tok === CLOSE) {
      if (len === 1 && c0 === 116) {
        inT = false;
        tz.keepText = false;
      } else if (len === 3 && tz.is('rPh')) inRPh = false;
      else if (len === 2 && tz.is('si')) {
        inSi = false;
        const s = decodeEscapes(text);
        budget.bytes -= 40 + bytes;
        if (budget.bytes < 0) throw overBudget();
        out.push(s.length > XLSX_LIMITS.cellChars ? OVERLONG : s);
      }
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// worksheet

const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

function cellType(b: Buffer, s: number, e: number): number {
  const len = e - s;
  const c = b[s];
  if (len === 1) return c === 115 ? T_S : c === 98 ? T_B : c === 101 ? T_E : c === 100 ? T_D : T_N;
  if (len === 3 && c === 115) return T_STR;
  if (len === 9 && c === 105) return T_INLINE;
  return T_N;
}

/** Digits of `b[s..e)` as an integer, or -1 when they are not plain digits. */
function digits(b: Buffer, s: number, e: number): number {
  if (s >= e || e - s > 15) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A number in `b[s..e)`: plain integers without allocating, anything else through `Number`. */
function numberAt(b: Buffer, s: number, e: number): number {
  const neg = b[s] === 45;
  const n = digits(b, neg ? s + 1 : s, e);
  if (n >= 0) return neg ? -n : n;
  const t = b.toString('latin1', s, e).trim();
  return t === '' ? NaN : Number(t);
}

interface SheetContext {
  fileName: string;
  sheetName: string;
  strings: SharedString[];
  dateStyles: boolean[];
  date1904: boolean;
  budget: { bytes: number };
  progress: (rows: number) => void;
}

const isWs = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * The state machine of one worksheet part. A class rather than closures so that the hot state lives
 * in object fields, not in captured context slots (measured: a third faster).
 */
class SheetParser {
  readonly rows: GridRow[] = [];
  readonly tz = new XmlTokenizer(MAX_TOKEN);
  private readonly limit = XLSX_LIMITS.cellChars;

  private inSheetData = false;
  private rowNo = 0;
  private cells: CellValue[] | null = null;
  private any = false;
  private rowStrings = 0;

  inCell = false;
  private col = -1;
  private type = T_N;
  private style = 0;
  private hasV = false;
  /** A text token came inside <v> (`<v></v>` and `<v/>` hold no value). */
  private vSeen = false;
  private vNum = NaN;
  private vText: string | null = null;
  private hasF = false;
  private fText = '';
  private isText: string | null = null;
  /** 1: in <v>, 2: in <f>, 3: in a <t> of <is> */
  private textIn = 0;
  private inIs = false;
  private inRPh = false;
  /** UTF-8 bytes of the current cell's text (for the memory estimate). */
  private textBytes = 0;
  /**
   * Per column, the short texts seen so far: a repeated value (status, golongan, unit, jabatan …) is
   * kept once instead of once per row. Sheets with inline strings (exceljs's streaming writer, our
   * own exports) carry every repeat in full; measured on the 50,000-row export: 30 % less time
   * (fewer survivors for the garbage collector) and 20 MB less memory.
   */
  private readonly seen: Map<string, string>[] = [];

  constructor(private readonly ctx: SheetContext) {}

  ref(): string {
    return `${columnLetter(Math.max(this.col, 0))}${this.rowNo}`;
  }

  private tooLong(): SheetError {
    return cellTooLong(this.ctx.fileName, this.ctx.sheetName, this.ref());
  }

  /** Consumes every complete token of the tokenizer's buffer. */
  run(): void {
    const tz = this.tz;
    const b = tz.buf;
    for (let tok = tz.next(); tok !== NEED_MORE; tok = tz.next()) {
      if (tok === TEXT) {
        this.onText(b);
        continue;
      }
      const ns = tz.nameStart;
      const len = tz.nameEnd - ns;
      const c0 = b[ns];
      if (tok === OPEN) {
        if (len === 1) {
          if (c0 === 99 /* c */) this.openCell(b);
          else if (this.inCell) {
            if (c0 === 118 /* v */) {
              this.hasV = true;
              if (!tz.selfClosing) {
                this.textIn = 1;
                tz.keepText = true;
              }
            } else if (c0 === 102 /* f */) {
              this.hasF = true;
              if (!tz.selfClosing) {
                this.textIn = 2;
                tz.keepText = true;
              }
            } else if (c0 === 116 /* t */ && this.inIs && !this.inRPh && !tz.selfClosing) {
              this.textIn = 3;
              tz.keepText = true;
              this.isText ??= '';
            }
          }
        } else if (len === 3 && c0 === 114 /* row, rPh */) {
          if (b[ns + 1] === 111 && b[ns + 2] === 119) this.openRow(b);
          else if (this.inCell && this.inIs && b[ns + 1] === 80 && b[ns + 2] === 104 && !tz.selfClosing) this.inRPh = true;
        } else if (len === 2 && this.inCell && c0 === 105 && b[ns + 1] === 115 /* is */) {
          this.inIs = !tz.selfClosing;
          this.isText ??= '';
        } else if (len === 9 && tz.is('sheetData')) this.inSheetData = !tz.selfClosing;
      } else if (len === 1) {
        if (c0 === 99) {
          if (this.inCell) this.endCell();
        } else if (this.textIn !== 0 && (c0 === 118 || c0 === 102 || c0 === 116)) {
          this.textIn = 0;
          tz.keepText = false;
        }
      } else if (len === 3 && c0 === 114) {
        if (b[ns + 1] === 111) this.endRow();
        else this.inRPh = false;
      } else if (len === 2 && c0 === 105 && b[ns + 1] === 115) this.inIs = false;
      else if (len === 9 && tz.is('sheetData')) this.inSheetData = false;
    }
  }

  private onText(b: Buffer): void {
    const tz = this.tz;
    const type = this.type;
    this.textBytes += tz.textEnd - tz.textStart;
    if (this.textIn === 1) {
      // numbers and string indexes straight from the bytes; text decoded only when it is text
      this.vSeen = true;
      if ((type === T_N || type === T_S || type === T_B) && !tz.cdata) {
        this.vNum = numberAt(b, tz.textStart, tz.textEnd);
        if (Number.isNaN(this.vNum) || type === T_B) this.vText = tz.text();
      } else {
        this.vText = this.vText === null ? tz.text() : this.vText + tz.text();
        if (type === T_N || type === T_S || type === T_B) this.vNum = Number(this.vText.trim() || NaN);
      }
    } else if (this.textIn === 2) this.fText += tz.text();
    else if (this.textIn === 3) {
      const t = tz.text();
      this.isText = this.isText === null ? t : this.isText + t;
      if (this.isText.length > this.limit) throw this.tooLong();
    }
  }

  private openRow(b: Buffer): void {
    const tz = this.tz;
    if (!this.inSheetData) return;
    let no = -1;
    const end = tz.attrEnd;
    for (let i = tz.attrStart; i < end; i++) {
      // the attribute r="…" (a space, r, optional spaces, =)
      if (b[i] !== 114 || !isWs(b[i - 1]!)) continue;
      let k = i + 1;
      while (isWs(b[k]!)) k++;
      if (b[k] !== 61) continue;
      k++;
      while (isWs(b[k]!)) k++;
      const q = b[k];
      const ve = q === 34 || q === 39 ? b.indexOf(q, k + 1) : -1;
      if (ve > 0 && ve < end) no = digits(b, k + 1, ve);
      break;
    }
    this.rowNo = no > 0 ? no : this.rowNo + 1;
    if (this.rowNo > MAX_ROW) throw tooManyRows(this.ctx.fileName, this.ctx.sheetName);
    this.cells = [];
    this.any = false;
    this.rowStrings = 0;
    this.col = -1;
    if (tz.selfClosing) this.endRow();
  }

  private openCell(b: Buffer): void {
    const tz = this.tz;
    if (this.cells === null) return; // a cell outside <row> (not in valid files): ignored
    this.inCell = true;
    this.type = T_N;
    this.style = 0;
    this.hasV = false;
    this.vSeen = false;
    this.vNum = NaN;
    this.vText = null;
    this.hasF = false;
    this.fText = '';
    this.isText = null;
    this.textIn = 0;
    this.textBytes = 0;
    let refCol = -1;
    // attributes r, s, t
    const end = tz.attrEnd;
    let i = tz.attrStart;
    while (i < end) {
      if (isWs(b[i]!)) {
        i++;
        continue;
      }
      const an = i;
      while (i < end && b[i] !== 61) i++;
      let ae = i;
      while (ae > an && isWs(b[ae - 1]!)) ae--;
      i++;
      while (i < end && b[i] !== 34 && b[i] !== 39) i++;
      const q = b[i];
      const vs = i + 1;
      const ve = b.indexOf(q === 39 ? 39 : 34, vs);
      if (i >= end || ve < 0 || ve >= end) throw new XmlError(`bad attributes in the cell after ${this.ref()}`);
      i = ve + 1;
      if (ae - an !== 1) continue;
      const a = b[an];
      if (a === 114 /* r */) {
        let cc = 0;
        let k = vs;
        for (; k < ve; k++) {
          const l = b[k]! | 0x20;
          if (l < 97 || l > 122) break;
          cc = cc * 26 + (l - 96);
        }
        if (k > vs) refCol = cc - 1;
      } else if (a === 115 /* s */) this.style = digits(b, vs, ve);
      else if (a === 116 /* t */) this.type = cellType(b, vs, ve);
    }
    this.col = refCol >= 0 ? refCol : this.col + 1;
    if (this.col >= MAX_COL) throw new XmlError(`column ${this.col + 1} is past Excel's last column`);
    if (tz.selfClosing) this.endCell();
  }

  private endCell(): void {
    this.inCell = false;
    const type = this.type;
    const vText = this.vText;
    let v: CellValue = null;
    if (type === T_INLINE) v = this.isText !== null ? decodeEscapes(this.isText) : vText !== null ? decodeEscapes(vText) : null;
    else if (!this.hasV || (!this.vSeen && type !== T_STR)) v = this.hasF ? new UncachedFormula(this.fText) : null;
    else
      switch (type) {
        case T_N: {
          const n = this.vNum;
          if (Number.isNaN(n)) v = vText;
          else if (!Number.isFinite(n)) v = null;
          else v = this.ctx.dateStyles[this.style] === true ? serialToDate(n, this.ctx.date1904) : n;
          break;
        }
        case T_S: {
          const s = this.vNum >= 0 ? this.ctx.strings[this.vNum] : undefined;
          if (s === undefined) throw new XmlError(`cell ${this.ref()}: shared string ${vText ?? this.vNum} does not exist`);
          if (s === OVERLONG) throw this.tooLong();
          v = s as string;
          break;
        }
        case T_STR:
          v = vText === null ? null : decodeEscapes(vText);
          break;
        case T_B:
          v = this.vNum === 1 || vText === 'true';
          break;
        case T_E:
          v = vText;
          break;
        case T_D:
          v = isoCellDate(vText ?? '');
          break;
      }
    if (v === null) return;
    if (typeof v === 'string') {
      const n = v.length;
      if (n === 0) return;
      if (n > this.limit) throw this.tooLong();
      if (type !== T_S) {
        if (n <= 64) v = this.intern(v);
        else this.rowStrings += 24 + this.textBytes;
      }
      if (!this.any && (!isWs(v.charCodeAt(0)) || v.trim() !== '')) this.any = true;
    } else {
      this.any = true;
      if (typeof v !== 'number' || !Number.isInteger(v)) this.rowStrings += 48; // heap numbers, dates, formulas
    }
    const cells = this.cells!;
    const col = this.col;
    if (col === cells.length) cells.push(v);
    else if (col > cells.length) {
      if (col - cells.length > 64) {
        // a far column: grow once to the exact size instead of doubling the backing store on the way
        const wide = new Array<CellValue>(col + 1).fill(null);
        for (let i = 0; i < cells.length; i++) wide[i] = cells[i]!;
        wide[col] = v;
        this.cells = wide;
        return;
      }
      while (cells.length < col) cells.push(null);
      cells.push(v);
    } else cells[col] = v;
  }

  /** The copy of `v` already kept for this column, if any (up to 4,096 distinct values per column). */
  private intern(v: string): string {
    let m = this.seen[this.col];
    if (m === undefined) this.seen[this.col] = m = new Map();
    const known = m.get(v);
    if (known !== undefined) return known;
    if (m.size < 4096) m.set(v, v);
    this.rowStrings += 24 + this.textBytes;
    return v;
  }

  private endRow(): void {
    const cells = this.cells;
    if (cells !== null && this.any) {
      this.rows.push({ row: this.rowNo, cells });
      const budget = this.ctx.budget;
      budget.bytes -= 64 + 8 * cells.length + this.rowStrings;
      if (budget.bytes < 0) throw gridTooLarge(this.ctx.fileName, this.ctx.sheetName, this.rows.length);
    }
    this.cells = null;
  }
}

/** Reads one worksheet part into rows (only rows that hold a value are kept). */
async function readSheet(r: PartReader, entry: ZipEntry, ctx: SheetContext): Promise<GridRow[]> {
  const parser = new SheetParser(ctx);
  try {
    for await (const chunk of entryChunks(r.fh, r.size, entry, { cap: XLSX_LIMITS.sheetBytes, onCompressed: r.onCompressed, signal: r.signal })) {
      parser.tz.feed(chunk);
      parser.run();
      ctx.progress(parser.rows.length);
    }
    parser.tz.finish();
  } catch (e) {
    if (e instanceof XmlTokenTooLong && parser.inCell) throw cellTooLong(ctx.fileName, ctx.sheetName, parser.ref());
    throw e;
  }
  return parser.rows;
}

// ---------------------------------------------------------------------------------------------

const isHidden = (state: string) => state === 'hidden' || state === 'veryHidden';

/** Reads the first visible worksheet with data; null when the workbook has none. */
export async function readXlsxSheet(filePath: string, zip: XlsxZip, opts: ReadOptions = {}): Promise<XlsxSheet | null> {
  const name = path.basename(filePath);
  const { signal, onProgress } = opts;
  signal?.throwIfAborted();
  const entries = new Map<string, ZipEntry>();
  for (const e of zip.entries) if (!e.name.endsWith('/')) entries.set(e.name.toLowerCase(), e);
  const part = (p: string) => entries.get(p.toLowerCase());

  let bytesRead = 0;
  let rowsRead = 0;
  const report = () => onProgress?.({ bytesRead: Math.min(bytesRead, zip.size), totalBytes: zip.size, rowsRead });
  let fh: fs.promises.FileHandle;
  try {
    fh = await fs.promises.open(filePath, 'r');
  } catch (e) {
    throw new SheetError('TIDAK_ADA', `Berkas "${name}" tidak dapat dibuka lagi: ${(e as Error).message}.`, { cause: e });
  }
  const r: PartReader = { fh, size: zip.size, signal, onCompressed: (n) => (bytesRead += n) };
  let current = 'xl/workbook.xml'; // the part being read, for messages
  try {
    const wbEntry = part('xl/workbook.xml');
    if (!wbEntry) throw new ZipDamaged('xl/workbook.xml not found');
    const workbook = await readWorkbook(r, wbEntry);
    current = 'xl/_rels/workbook.xml.rels';
    const relsEntry = part('xl/_rels/workbook.xml.rels');
    const rels = relsEntry ? await readRels(r, relsEntry, 'xl') : new Map<string, { type: string; part: string }>();
    const byType = (suffix: string) => [...rels.values()].find((x) => x.type.endsWith(suffix))?.part;

    const budget = { bytes: XLSX_LIMITS.gridBytes };
    let strings: SharedString[] | null = null;
    let dateStyles: boolean[] | null = null;

    for (let i = 0; i < workbook.sheets.length; i++) {
      const ws = workbook.sheets[i]!;
      if (isHidden(ws.state)) continue;
      const rel = ws.rid ? rels.get(ws.rid) : undefined;
      if (rel && !rel.type.endsWith('/worksheet')) continue; // chart sheets, dialog sheets
      const sheetEntry = part(rel?.part ?? `xl/worksheets/sheet${i + 1}.xml`);
      if (!sheetEntry) throw new ZipDamaged(`sheet "${ws.name}" has no part`);
      if (strings === null) {
        current = 'sharedStrings';
        const sst = part(byType('/sharedStrings') ?? 'xl/sharedStrings.xml');
        strings = sst ? await readSharedStrings(r, sst, budget, () => tooLarge(name, 'daftar teksnya (sharedStrings)', XLSX_LIMITS.gridBytes, zip.size)) : [];
        current = 'xl/styles.xml';
        const st = part(byType('/styles') ?? 'xl/styles.xml');
        dateStyles = st ? await readStyles(r, st) : [];
      }
      current = `sheet:${ws.name}`;
      const rows = await readSheet(r, sheetEntry, {
        fileName: name,
        sheetName: ws.name,
        strings,
        dateStyles: dateStyles!,
        date1904: workbook.date1904,
        budget,
        progress: (n) => {
          rowsRead = n;
          report();
        },
      });
      if (rows.length > 0) {
        rowsRead = rows.length;
        bytesRead = zip.size;
        report();
        return { sheet: ws.name, rows };
      }
    }
    return null;
  } catch (e) {
    if (signal?.aborted && e === signal.reason) throw e;
    if (e instanceof SheetError) throw e;
    const what = current.startsWith('sheet:')
      ? `lembar kerja "${current.slice(6)}"`
      : current === 'sharedStrings'
        ? 'daftar teksnya (sharedStrings)'
        : `bagian ${current}`;
    if (e instanceof EntryTooLarge) throw tooLarge(name, what, e.cap, zip.size, e);
    if (e instanceof XmlTokenTooLong) throw tooLarge(name, `satu unsur di ${what}`, MAX_TOKEN, zip.size, e);
    throw damaged(name, e);
  } finally {
    await fh.close().catch(() => undefined);
  }
}
