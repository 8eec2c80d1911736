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
 *
 * Per-record pictures (a QR code per form): the template shows a placeholder PNG where each page's
 * own picture goes; every page then gets its own media entry and relationship (see `images`).
 */
import { strFromU8, unzipSync } from 'fflate';
import { preparePage, splitBody, withBreakBefore } from './document-xml';
import { restartNumbering, usesPageNumbers, withSectionMark } from './sections';
import { compilePage, escapeText, escapeXml, fieldKeys, TOKEN_CLOSE, TOKEN_OPEN, type Part } from './tokens';
import { createZipFile, type Level } from './zip-file';

export type PageRecord = Readonly<Record<string, string>>;

/** A picture that differs per record, e.g. the form's QR code. */
export interface PageImage {
  /** The PNG the template shows in its place (an ImageRun in the page); its bytes identify it. */
  placeholder: Uint8Array;
  /** This record's PNG, drawn at the placeholder's size. */
  render: (record: PageRecord, index: number) => Uint8Array;
}

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
  /** Time stamped on the zip entries (default: now); fixed, the same records give the same file, byte for byte. */
  mtime?: Date;
  /** Pictures drawn per record; their PNGs are kept until the document XML is written (a few hundred bytes each). */
  images?: readonly PageImage[];
}

export interface RepeatPagesResult {
  pages: number;
  /** Size of the written .docx. */
  bytes: number;
}

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
/** fflate's Zip writes no Zip64: at most 65,535 entries. */
const MAX_ENTRIES = 0xffff;
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

/** One page's picture, written once the document XML is complete. */
interface Media {
  name: string;
  relId: string;
  data: Uint8Array;
}

export async function writeRepeatedPages(opts: RepeatPagesOptions): Promise<RepeatPagesResult> {
  const entries = unzipSync(opts.template);
  const images = opts.images ?? [];
  const plan = planPages(entries, images);
  let docPrId = plan.docPrBase;
  const media: Media[] = [];
  const entryCount = Object.keys(entries).length;
  const picture = (slot: number, record: PageRecord, index: number): string => {
    if (entryCount + media.length >= MAX_ENTRIES) {
      throw new Error(`Terlalu banyak gambar untuk satu berkas .docx (lebih dari ${MAX_ENTRIES - entryCount}); bagi datanya menjadi beberapa berkas, misalnya per unit.`);
    }
    // Counters only: the same records give the same names and bytes.
    const n = media.length + 1;
    const png = images[slot]!.render(record, index);
    if (!isPng(png)) throw new Error(`Gambar ke-${slot + 1} pada data ke-${index + 1} bukan PNG.`);
    media.push({ name: `media/${MEDIA_PREFIX}${n}.png`, relId: `${REL_PREFIX}${n}`, data: png });
    return `${REL_PREFIX}${n}`;
  };

  const zip = createZipFile(opts.out, opts.level, opts.mtime);
  let pages = 0;
  try {
    for (const [name, data] of Object.entries(entries)) {
      // The document's relationships list every page's picture: written after the pages.
      if (name === DOCUMENT_RELS && images.length) continue;
      if (name !== DOCUMENT) {
        await zip.add(name, data);
        continue;
      }
      const doc = zip.stream(name);
      const pending: Buffer[] = [Buffer.from(plan.prefix)];
      let size = pending[0]!.length;
      const render = (record: PageRecord, last: boolean) => {
        size += renderPage(pages === 0 ? plan.first : plan.next, record, pages, pending, () => ++docPrId, last ? NOTHING : plan.between, picture);
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
    if (images.length) {
      for (const m of media) await zip.add(`word/${m.name}`, m.data);
      await zip.add(DOCUMENT_RELS, withImageRelationships(entries[DOCUMENT_RELS]!, media));
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
  return fieldKeys(planPages(unzipSync(template), []).first);
}

// Names no docx writer uses (docx numbers rId1…, media image1… or by hash); planPages checks anyway.
const REL_PREFIX = 'rIdHalaman';
const MEDIA_PREFIX = 'halaman-';

const isPng = (b: Uint8Array) => b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;

/** Relationship id → slot of each placeholder the page shows. */
function imageSlots(entries: Record<string, Uint8Array>, images: readonly PageImage[]): Map<string, number> {
  const slots = new Map<string, number>();
  if (!images.length) return slots;
  const relsBytes = entries[DOCUMENT_RELS];
  if (!relsBytes) throw new Error(`Templat tidak sah: ${DOCUMENT_RELS} tidak ada.`);
  const rels = [...strFromU8(relsBytes).matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: /\bId="([^"]*)"/.exec(m[0])?.[1] ?? '',
    target: /\bTarget="([^"]*)"/.exec(m[0])?.[1] ?? '',
  }));
  if (rels.some((r) => r.id.startsWith(REL_PREFIX)) || Object.keys(entries).some((n) => n.startsWith(`word/media/${MEDIA_PREFIX}`))) {
    throw new Error('Templat sudah memuat gambar per halaman; buat templat dari awal.');
  }
  for (const [slot, image] of images.entries()) {
    if (!isPng(image.placeholder)) throw new Error(`Gambar pengganti ke-${slot + 1} bukan PNG.`);
    const placeholder = Buffer.from(image.placeholder);
    const files = Object.entries(entries).filter(([name, data]) => name.startsWith('word/media/') && placeholder.equals(data));
    const ids = rels.filter((r) => files.some(([name]) => name === `word/${r.target.replace(/^\.\//, '')}`)).map((r) => r.id);
    if (!ids.length) throw new Error(`Gambar pengganti ke-${slot + 1} tidak ada di halaman templat.`);
    for (const id of ids) {
      if (slots.has(id)) throw new Error(`Gambar pengganti ke-${slot + 1} sama dengan gambar pengganti lain; pakai gambar yang berbeda.`);
      slots.set(id, slot);
    }
  }
  return slots;
}

function withImageRelationships(rels: Uint8Array, media: readonly Media[]): Buffer {
  const xml = strFromU8(rels);
  const end = xml.lastIndexOf('</Relationships>');
  if (end < 0) throw new Error(`Templat tidak sah: ${DOCUMENT_RELS} tidak lengkap.`);
  const added = media.map((m) => `<Relationship Id="${m.relId}" Type="${IMAGE_REL}" Target="${m.name}"/>`).join('');
  return Buffer.from(xml.slice(0, end) + added + xml.slice(end));
}

function planPages(entries: Record<string, Uint8Array>, images: readonly PageImage[]): Plan {
  const docXml = entries[DOCUMENT];
  if (!docXml) throw new Error(`Templat tidak sah: ${DOCUMENT} tidak ada.`);
  const xmlParts = Object.entries(entries).flatMap(([name, data]) => (name.endsWith('.xml') || name.endsWith('.rels') ? [[name, strFromU8(data)] as const] : []));
  rejectTokensOutsideBody(xmlParts);
  const body = splitBody(strFromU8(docXml));
  const page = preparePage(body.page);
  const slots = imageSlots(entries, images);
  for (const [id, slot] of slots) {
    if (!page.includes(`r:embed="${id}"`)) throw new Error(`Gambar pengganti ke-${slot + 1} tidak ada di halaman templat.`);
  }
  const docPrBase = Math.max(0, ...xmlParts.flatMap(([, xml]) => [...xml.matchAll(/<wp:docPr\b[^>]*?\bid="(\d+)"/g)].map((m) => Number(m[1]))));
  if (usesPageNumbers(xmlParts.map(([, xml]) => xml))) {
    const sectPr = restartNumbering(body.sectPr);
    const parts = compilePage(withSectionMark(page), slots);
    return { prefix: body.prefix, first: parts, next: parts, between: Buffer.from(sectPr), suffix: sectPr + body.suffix, docPrBase };
  }
  const first = compilePage(page, slots);
  return { prefix: body.prefix, first, next: compilePage(withBreakBefore(page), slots), between: NOTHING, suffix: body.sectPr + body.suffix, docPrBase };
}

/** Appends one page to `out`; returns the number of bytes added. */
function renderPage(
  parts: Part[],
  record: PageRecord,
  index: number,
  out: Buffer[],
  nextDocPrId: () => number,
  sectionBreak: Buffer,
  picture: (slot: number, record: PageRecord, index: number) => string,
): number {
  let size = 0;
  for (const p of parts) {
    let s: Buffer;
    if (p.kind === 'xml') s = p.bytes;
    else if (p.kind === 'docPrId') s = Buffer.from(String(nextDocPrId()));
    else if (p.kind === 'section') s = sectionBreak;
    else if (p.kind === 'image') s = Buffer.from(picture(p.slot, record, index));
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
