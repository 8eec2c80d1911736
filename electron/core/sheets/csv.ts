/**
 * CSV as Excel writes it in Indonesia: `;` (Indonesian list separator) or `,` (or tab), quoted fields
 * with `""` escapes and embedded separators/newlines, UTF-8 with or without BOM, UTF-16 with BOM,
 * Windows-1252 when the bytes are not valid UTF-8, CRLF or LF, an optional `sep=;` first line.
 */

import type { GridRow } from './grid';

export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: readonly Delimiter[] = [';', ',', '\t'];

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

/**
 * Splits CSV text into records. Lenient where Excel is lenient: a quote inside an unquoted field
 * is literal, text after a closing quote is appended, an unterminated quote runs to the end.
 * Every line (also a blank one) is a record, so record numbers match Excel's row numbers.
 */
export function parseCsv(text: string, delimiter: Delimiter, maxRecords = Infinity): CsvRecord[] {
  const out: CsvRecord[] = [];
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let i = 0;
  let fields: string[] = [];
  let rowNo = 1;
  while (i <= n && out.length < maxRecords) {
    // one field
    let value: string;
    if (i < n && text.charCodeAt(i) === 34 /* " */) {
      i++;
      let buf = '';
      let segStart = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          buf += text.slice(segStart);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          buf += text.slice(segStart, q + 1);
          i = q + 2;
          segStart = i;
          continue;
        }
        buf += text.slice(segStart, q);
        i = q + 1;
        break;
      }
      // anything between the closing quote and the next separator is kept, as Excel does
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === 10 || c === 13) break;
        j++;
      }
      value = j > i ? buf + text.slice(i, j) : buf;
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === 10 || c === 13) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    fields.push(value);
    if (i < n && text.charCodeAt(i) === d) {
      i++;
      continue;
    }
    // end of record: CRLF, LF, lone CR, or end of text
    out.push({ row: rowNo++, fields });
    fields = [];
    if (i >= n) break;
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else i++;
    if (i >= n) break; // a final line break does not start another row
  }
  return out;
}

/**
 * Picks the separator that splits the first lines into the most rows of one consistent width
 * (title lines above the header have one field and do not count).
 */
export function detectDelimiter(text: string): Delimiter {
  const head = text.slice(0, 64 * 1024);
  let best: Delimiter = CANDIDATES[0]!;
  let bestScore = -1;
  let bestWidth = 0;
  for (const cand of CANDIDATES) {
    const recs = parseCsv(head, cand, 40);
    const counts = new Map<number, number>();
    for (const r of recs) if (r.fields.length > 1) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
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

/**
 * Grid rows of a CSV text: cells are strings (`="…"` reduced to its text), empty fields become null,
 * blank lines are left out.
 */
export function csvToRows(text: string): GridRow[] {
  let body = text;
  let delimiter: Delimiter | null = null;
  // Excel's own directive on the first line: `sep=;` (Excel hides that line when it opens the file)
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) {
    const c = sep[1];
    if (c === ',' || c === ';' || c === '\t') delimiter = c;
    body = body.slice(sep[0].length);
  }
  delimiter ??= detectDelimiter(body);
  const rows: GridRow[] = [];
  for (const rec of parseCsv(body, delimiter)) {
    let any = false;
    const cells = rec.fields.map((field) => {
      // ="0812…" is how web applications keep numbers as text in a CSV; Excel shows the text
      const f = field.length >= 3 && field.startsWith('="') && field.endsWith('"') ? field.slice(2, -1).replace(/""/g, '"') : field;
      if (f === '') return null;
      if (!any && f.trim() !== '') any = true;
      return f;
    });
    if (any) rows.push({ row: rec.row, cells });
  }
  return rows;
}
