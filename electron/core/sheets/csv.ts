/**
 * CSV as Excel writes it in Indonesia: `;` (Indonesian list separator) or `,` (or tab), quoted fields
 * with `""` escapes and embedded separators/newlines, UTF-8 with or without BOM, UTF-16 with BOM,
 * Windows-1252 when the bytes are not valid UTF-8, CRLF, LF or CR, an optional `sep=;` first line.
 *
 * Parsed with csv-parse. Lenient only where that loses nothing (a quote inside an unquoted field is
 * literal, as in Excel; rows may differ in width, since title lines do); strict where the old reader
 * silently merged rows: a quote that never closes, or that "closes" on a later line in the middle
 * of a field, is an error naming the row where it opened, and so is a field over Excel's cell limit.
 */

import { parse as parseStream, type InfoRecord, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { SheetError } from './errors';
import { columnLetter, type GridRow, type ReadOptions } from './grid';

export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: readonly Delimiter[] = [';', ',', '\t'];

/** Excel's limit for the text of one cell. */
export const CSV_CELL_CHARS = 32_767;
/** Bytes of one record: far above any real row, low enough that a quote left open cannot swallow a whole file into memory. */
const MAX_RECORD_BYTES = 8 << 20;

/** Windows-1252 code points for bytes 0x80–0x9F (the rest of the range is Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Decodes a text file: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = bytes.subarray(2);
    const swapped = new Uint8Array(body.length - (body.length % 2));
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1]!;
      swapped[i + 1] = body[i]!;
    }
    return new TextDecoder('utf-16le').decode(swapped);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeCp1252(bytes);
  }
}

export interface CsvRecord {
  /** Row number as Excel shows it when it opens the file. */
  row: number;
  fields: string[];
}

const optionsFor = (delimiter: Delimiter, onRecord: (fields: string[], info: InfoRecord) => null, to?: number): Options => ({
  delimiter,
  record_delimiter: ['\r\n', '\n', '\r'], // all three, also mixed in one file (auto-detection would fix on the first one)
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: false, // every line is a record, so record numbers are Excel's row numbers
  max_record_size: MAX_RECORD_BYTES,
  on_record: onRecord,
  ...(to ? { to } : {}),
});

/**
 * Where a record's quoting goes wrong, in its raw text: a quoted field that never closes ('open'),
 * or one that spans lines and then "closes" with a quote followed by more text ('bad', which
 * csv-parse's relax_quotes would silently accept, joining the lines). Null when the quoting is sound.
 */
export function quoteProblem(raw: string, delimiter: string): { at: number; kind: 'open' | 'bad' } | null {
  const n = raw.length;
  let i = 0;
  while (i < n) {
    if (raw.charCodeAt(i) === 34) {
      const open = i;
      let j = i + 1;
      for (;;) {
        const q = raw.indexOf('"', j);
        if (q < 0) return { at: open, kind: 'open' };
        if (raw.charCodeAt(q + 1) === 34) {
          j = q + 2;
          continue;
        }
        const next = raw[q + 1];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r' && /[\r\n]/.test(raw.slice(open, q)))
          return { at: open, kind: 'bad' };
        i = q + 1;
        break;
      }
    }
    while (i < n && raw[i] !== delimiter && raw[i] !== '\n' && raw[i] !== '\r') i++;
    if (i >= n || raw[i] !== delimiter) return null;
    i++;
  }
  return null;
}

/** Line breaks in `s` before `end` (CRLF counts once). */
function lineBreaks(s: string, end: number): number {
  let k = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) k++;
  }
  return k;
}

const where = (fileName: string | undefined) => (fileName ? `Berkas "${fileName}": ` : '');

function quoteError(fileName: string | undefined, row: number, kind: 'open' | 'bad', lastRow: number, cause?: unknown): SheetError {
  const text =
    kind === 'open'
      ? `tanda kutip (") yang dibuka di baris ${row} tidak pernah ditutup; baris-baris sesudahnya akan tergabung.`
      : `tanda kutip (") yang dibuka di baris ${row} tidak ditutup dengan benar, sehingga baris ${row} sampai ${lastRow} akan tergabung menjadi satu.`;
  const s = where(fileName) + text;
  return new SheetError('KUTIP', `${s.charAt(0).toUpperCase()}${s.slice(1)} Perbaiki di Excel lalu simpan ulang sebagai CSV.`, { cause });
}

/**
 * The record parser shared by the sync and the streaming path: numbers the records as Excel rows,
 * checks every record that spans lines, and turns csv-parse's errors into clerk messages.
 */
class CsvReader {
  private records = 0;
  private prevLines = 0;
  private prevBytes = 0;

  constructor(
    private readonly buf: Buffer,
    readonly delimiter: Delimiter,
    private readonly fileName: string | undefined,
    private readonly onRow: (row: number, fields: string[]) => void,
  ) {}

  readonly onRecord = (fields: string[], info: InfoRecord): null => {
    const row = ++this.records;
    if (info.lines - this.prevLines > 1) {
      // a quoted field with line breaks: sound, or a stray quote that swallowed the lines after it?
      const raw = this.buf.toString('utf8', this.prevBytes, info.bytes);
      const p = quoteProblem(raw, this.delimiter);
      if (p) throw quoteError(this.fileName, row + lineBreaks(raw, p.at), p.kind, row + lineBreaks(raw, raw.length) - (/[\r\n]$/.test(raw) ? 1 : 0));
    }
    this.prevLines = info.lines;
    this.prevBytes = info.bytes;
    for (let c = 0; c < fields.length; c++)
      if (fields[c]!.length > CSV_CELL_CHARS)
        throw new SheetError(
          'TERLALU_BESAR',
          `${where(this.fileName)}sel di baris ${row} kolom ${columnLetter(c)} berisi lebih dari ${CSV_CELL_CHARS.toLocaleString('id-ID')} karakter, ` +
            'batas Excel untuk satu sel. Periksa baris itu di Excel (mungkin ada tanda kutip yang salah), perbaiki, lalu simpan ulang sebagai CSV.',
        );
    this.onRow(row, fields);
    return null;
  };

  /** A csv-parse error (or one of ours thrown from `onRecord`) as the error to report. */
  failure(e: unknown): unknown {
    if (e instanceof SheetError) return e;
    const code = (e as { code?: unknown } | null)?.code;
    if (code === 'CSV_QUOTE_NOT_CLOSED' || code === 'CSV_MAX_RECORD_SIZE') {
      const row = this.records + 1;
      const raw = this.buf.toString('utf8', this.prevBytes, Math.min(this.buf.length, this.prevBytes + MAX_RECORD_BYTES + 1024));
      const p = quoteProblem(raw, this.delimiter);
      if (p) return quoteError(this.fileName, row + lineBreaks(raw, p.at), p.kind, 0, e);
      return new SheetError(
        'TERLALU_BESAR',
        `${where(this.fileName)}baris ${row} terlalu panjang (lebih dari ${MAX_RECORD_BYTES >> 20} MB). Periksa baris itu di Excel, perbaiki, lalu simpan ulang sebagai CSV.`,
        { cause: e },
      );
    }
    return e;
  }
}

/**
 * Splits off the optional `sep=` line, Excel's own directive on the first line, and returns the
 * delimiter it names. Excel hides that line, so the row after it is row 1.
 */
function splitSepLine(text: string): { body: string; delimiter: Delimiter | null } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (!sep) return { body: text, delimiter: null };
  const c = sep[1];
  return { body: text.slice(sep[0].length), delimiter: c === ',' || c === ';' || c === '\t' ? c : null };
}

/**
 * Splits CSV text into records (every line, also a blank one, is a record, so record numbers match
 * Excel's row numbers). Throws `SheetError` for a quote that does not close and an overlong field.
 */
export function parseCsv(text: string, delimiter: Delimiter, fileName?: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  const buf = Buffer.from(text, 'utf8');
  const reader = new CsvReader(buf, delimiter, fileName, (row, fields) => out.push({ row, fields }));
  try {
    parseSync(buf, optionsFor(delimiter, reader.onRecord));
  } catch (e) {
    throw reader.failure(e);
  }
  return out;
}

/**
 * Picks the separator that splits the first lines into the most rows of one consistent width
 * (title lines above the header have one field and do not count).
 */
export function detectDelimiter(text: string): Delimiter {
  const head = Buffer.from(text.slice(0, 64 * 1024), 'utf8');
  let best: Delimiter = CANDIDATES[0]!;
  let bestScore = -1;
  let bestWidth = 0;
  for (const cand of CANDIDATES) {
    const counts = new Map<number, number>();
    const count = (fields: string[]): null => {
      if (fields.length > 1) counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
      return null;
    };
    try {
      parseSync(head, optionsFor(cand, count, 40));
    } catch {
      // the sample may end inside a quoted field: the records before it still count
    }
    let score = 0;
    let width = 0;
    for (const [w, c] of counts)
      if (c > score || (c === score && w > width)) {
        score = c;
        width = w;
      }
    if (score > bestScore || (score === bestScore && width > bestWidth)) {
      best = cand;
      bestScore = score;
      bestWidth = width;
    }
  }
  return best;
}

/** One record as a grid row: `="…"` reduced to its text, empty fields null; null for a blank line. */
function toGridRow(row: number, fields: string[]): GridRow | null {
  let any = false;
  const cells = fields.map((field) => {
    // ="0812…" is how web applications keep numbers as text in a CSV; Excel shows the text
    const f = field.length >= 3 && field.startsWith('="') && field.endsWith('"') ? field.slice(2, -1).replace(/""/g, '"') : field;
    if (f === '') return null;
    if (!any && f.trim() !== '') any = true;
    return f;
  });
  return any ? { row, cells } : null;
}

/** Grid rows of a CSV text: cells are strings, empty fields null, blank lines left out. */
export function csvToRows(text: string, fileName?: string): GridRow[] {
  const { body, delimiter } = splitSepLine(text);
  const d = delimiter ?? detectDelimiter(body);
  const buf = Buffer.from(body, 'utf8');
  const rows: GridRow[] = [];
  const reader = new CsvReader(buf, d, fileName, (row, fields) => {
    const r = toGridRow(row, fields);
    if (r) rows.push(r);
  });
  try {
    parseSync(buf, optionsFor(d, reader.onRecord));
  } catch (e) {
    throw reader.failure(e);
  }
  return rows;
}

const SLICE = 1 << 20;

/**
 * `csvToRows` in slices of 1 MB with a turn of the event loop between them, so that a long file
 * reports progress and can be cancelled through `signal`.
 */
export async function csvToRowsAsync(text: string, opts: ReadOptions & { fileName?: string; totalBytes?: number } = {}): Promise<GridRow[]> {
  const { body, delimiter } = splitSepLine(text);
  const d = delimiter ?? detectDelimiter(body);
  const buf = Buffer.from(body, 'utf8');
  const total = opts.totalBytes ?? buf.length;
  const rows: GridRow[] = [];
  const reader = new CsvReader(buf, d, opts.fileName, (row, fields) => {
    const r = toGridRow(row, fields);
    if (r) rows.push(r);
  });
  const parser = parseStream(optionsFor(d, reader.onRecord));
  let failed: unknown = null;
  const ended = new Promise<void>((resolve) => {
    parser.once('end', resolve);
    parser.once('error', (e) => {
      failed ??= e;
      resolve();
    });
  });
  parser.resume(); // records go to onRecord, none is pushed; flowing mode lets 'end' come
  try {
    for (let at = 0; at < buf.length && failed === null; at += SLICE) {
      opts.signal?.throwIfAborted();
      parser.write(buf.subarray(at, at + SLICE));
      await new Promise<void>((resolve) => setImmediate(resolve));
      opts.onProgress?.({ bytesRead: Math.round((Math.min(buf.length, at + SLICE) / Math.max(buf.length, 1)) * total), totalBytes: total, rowsRead: rows.length });
    }
    if (failed === null) parser.end();
    await ended;
  } finally {
    parser.destroy();
  }
  if (failed !== null) throw reader.failure(failed);
  opts.signal?.throwIfAborted();
  opts.onProgress?.({ bytesRead: total, totalBytes: total, rowsRead: rows.length });
  return rows;
}
