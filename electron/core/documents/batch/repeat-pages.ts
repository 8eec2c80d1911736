/**
 * The volume engine for per-person pages (pledge forms for thousands of staff, one decree per
 * person, attendance sheets). Building thousands of pages as one docx object tree is slow and
 * grows faster than linearly (10,000 pages: 37 s, 2.5 GB), so the page is built ONCE with the
 * docx builders (same styles and page setup as every other document) with `⟦key⟧` tokens, and its
 * body XML is repeated here per record with escaped values, streamed into the zip.
 *
 * Rules for the template (see tokens.ts, document-xml.ts, sections.ts): one section; every token
 * inside a single TextRun; tokens only in the body (headers and footers are shared by all pages);
 * no footnotes, comments, automatic list numbering or NUMPAGES. A "page" is one record's content
 * and may run over several sheets; page numbers (PAGE) restart for every record.
 */
import { strFromU8, unzipSync } from 'fflate';
import { preparePage, splitBody, withBreakBefore } from './document-xml';
import { restartNumbering, usesPageNumbers, withSectionMark } from './sections';
import { compilePage, escapeText, escapeXml, fieldKeys, TOKEN_CLOSE, TOKEN_OPEN, type Part } from './tokens';
import { createZipFile, type Level } from './zip-file';

export type PageRecord = Readonly<Record<string, string>>;

export interface RepeatPagesOptions {
  /** A .docx from docx's `Packer.toBuffer` whose body is the page, with `⟦key⟧` tokens. */
  template: Uint8Array;
  /** One record per page; read once, in order, so it may come straight from a database cursor. */
  records: Iterable<PageRecord> | AsyncIterable<PageRecord>;
  out: string;
  /** Deflate level of the output (default 6). */
  level?: Level;
  signal?: AbortSignal;
  /** Called with the number of pages written so far, about every 256 KB of XML, and at the end. */
  onProgress?: (pages: number) => void;
}

export interface RepeatPagesResult {
  pages: number;
  /** Size of the written .docx. */
  bytes: number;
}

const DOCUMENT = 'word/document.xml';
const CHUNK_BYTES = 256 * 1024;
const NOTHING = Buffer.alloc(0);

interface Plan {
  prefix: string;
  first: Part[];
  next: Part[];
  /** Section properties between records (empty with plain page breaks). */
  between: Buffer;
  suffix: string;
  /** Highest drawing id in the template; repeated drawings are numbered above it. */
  docPrBase: number;
}

export async function writeRepeatedPages(opts: RepeatPagesOptions): Promise<RepeatPagesResult> {
  const entries = unzipSync(opts.template);
  const plan = planPages(entries);
  let docPrId = plan.docPrBase;

  const zip = createZipFile(opts.out, opts.level);
  let pages = 0;
  try {
    for (const [name, data] of Object.entries(entries)) {
      if (name !== DOCUMENT) {
        await zip.add(name, data);
        continue;
      }
      const doc = zip.stream(name);
      const pending: Buffer[] = [Buffer.from(plan.prefix)];
      let size = pending[0]!.length;
      const render = (record: PageRecord, last: boolean) => {
        size += renderPage(pages === 0 ? plan.first : plan.next, record, pages, pending, () => ++docPrId, last ? NOTHING : plan.between);
        pages++;
      };
      // One record of lookahead: the section break, if any, is written only when another record follows.
      let held: PageRecord | undefined;
      for await (const record of opts.records) {
        opts.signal?.throwIfAborted();
        if (held) render(held, false);
        held = record;
        if (size >= CHUNK_BYTES) {
          await doc.write(Buffer.concat(pending, size));
          pending.length = 0;
          size = 0;
          opts.onProgress?.(pages);
        }
      }
      if (!held) throw new Error('Tidak ada data untuk dicetak.');
      render(held, true);
      pending.push(Buffer.from(plan.suffix));
      await doc.write(Buffer.concat(pending));
      await doc.end();
    }
    opts.signal?.throwIfAborted();
    const bytes = await zip.finish();
    opts.onProgress?.(pages);
    return { pages, bytes };
  } catch (e) {
    await zip.abort();
    throw e;
  }
}

/** The field keys a template needs, in order of first use: to check a data source before writing. */
export function templateFields(template: Uint8Array): string[] {
  return fieldKeys(planPages(unzipSync(template)).first);
}

function planPages(entries: Record<string, Uint8Array>): Plan {
  const docXml = entries[DOCUMENT];
  if (!docXml) throw new Error(`Templat tidak sah: ${DOCUMENT} tidak ada.`);
  const xmlParts = Object.entries(entries).flatMap(([name, data]) => (name.endsWith('.xml') || name.endsWith('.rels') ? [[name, strFromU8(data)] as const] : []));
  rejectTokensOutsideBody(xmlParts);
  const body = splitBody(strFromU8(docXml));
  const page = preparePage(body.page);
  const docPrBase = Math.max(0, ...xmlParts.flatMap(([, xml]) => [...xml.matchAll(/<wp:docPr\b[^>]*?\bid="(\d+)"/g)].map((m) => Number(m[1]))));
  if (usesPageNumbers(xmlParts.map(([, xml]) => xml))) {
    const sectPr = restartNumbering(body.sectPr);
    const parts = compilePage(withSectionMark(page));
    return { prefix: body.prefix, first: parts, next: parts, between: Buffer.from(sectPr), suffix: sectPr + body.suffix, docPrBase };
  }
  const first = compilePage(page);
  return { prefix: body.prefix, first, next: compilePage(withBreakBefore(page)), between: NOTHING, suffix: body.sectPr + body.suffix, docPrBase };
}

/** Appends one page to `out`; returns the number of bytes added. */
function renderPage(parts: Part[], record: PageRecord, index: number, out: Buffer[], nextDocPrId: () => number, sectionBreak: Buffer): number {
  let size = 0;
  for (const p of parts) {
    let s: Buffer;
    if (p.kind === 'xml') s = p.bytes;
    else if (p.kind === 'docPrId') s = Buffer.from(String(nextDocPrId()));
    else if (p.kind === 'section') s = sectionBreak;
    else {
      // Own keys only: a token like ⟦constructor⟧ must not print Object.prototype.
      const v: unknown = Object.hasOwn(record, p.key) ? record[p.key] : undefined;
      if (v === undefined || v === null) throw new Error(`Isian ${TOKEN_OPEN}${p.key}${TOKEN_CLOSE} tidak ada pada data ke-${index + 1}.`);
      s = Buffer.from(p.inText ? escapeText(String(v)) : escapeXml(String(v)));
    }
    out.push(s);
    size += s.length;
  }
  return size;
}

/** Headers, footers and other parts are written once for all pages, so a token there cannot be filled. */
function rejectTokensOutsideBody(xmlParts: readonly (readonly [string, string])[]): void {
  for (const [name, xml] of xmlParts) {
    if (name === DOCUMENT) continue;
    const m = /⟦[^⟧<]*⟧?/u.exec(xml);
    if (m) throw new Error(`Isian ${m[0]} di ${name} tidak didukung: kepala dan kaki halaman sama untuk semua halaman.`);
  }
}
