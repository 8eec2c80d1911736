/**
 * Field tokens of a per-person page: `⟦nama⟧`, `⟦nip⟧`, … (U+27E6/U+27E7, never typed in real
 * letters and left untouched by docx's XML writer, which escapes only & < > " ').
 *
 * Rule: a token must live inside ONE TextRun (one `<w:t>`). docx writes each TextRun's text as a
 * single `<w:t>`, so `new TextRun({ text: 'Nama: ⟦nama⟧', bold: true })` is safe; splitting a token
 * over two runs (e.g. to bold half of it) is not, and compilePage rejects it instead of printing it.
 */
import { SECTION_MARK } from './sections';

export const TOKEN_OPEN = '⟦';
export const TOKEN_CLOSE = '⟧';
const TOKEN = /⟦([\p{L}\p{N}_.-]+)⟧/gu;

/** `⟦key⟧`, for builders that place a field. */
export const token = (key: string): string => `${TOKEN_OPEN}${key}${TOKEN_CLOSE}`;

/** One piece of the page: fixed XML, a field value, a drawing id that must be unique per document, a section break. */
export type Part =
  /** Fixed XML, encoded once: most of every page is copied as bytes, never re-encoded. */
  | { kind: 'xml'; bytes: Buffer }
  /** inText: the token sits in `<w:t>` text, so line breaks and tabs may become `<w:br/>` / `<w:tab/>`. */
  | { kind: 'field'; key: string; inText: boolean }
  | { kind: 'docPrId' }
  /** The relationship id of a per-record picture (`r:embed` of the template's placeholder), numbered per page. */
  | { kind: 'image'; slot: number }
  /** Where a record's section break goes when each record is its own section (sections.ts). */
  | { kind: 'section' };

// Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string): string {
  return value.replace(INVALID_XML, '').replace(SPECIAL, (c) => ENTITY[c]!);
}

/** Inside `<w:t>`: a line break or tab in the value becomes Word's own break/tab (addresses, lists). */
export function escapeText(value: string): string {
  const v = escapeXml(value);
  if (!/[\r\n\t]/.test(v)) return v;
  return v
    .replace(/\r\n?/g, '\n')
    .replace(/\n/g, '</w:t><w:br/><w:t xml:space="preserve">')
    .replace(/\t/g, '</w:t><w:tab/><w:t xml:space="preserve">');
}

const DOC_PR_ID = /(<wp:docPr\b[^>]*?\bid=")\d+(")/g;
const EMBED = /(\br:embed=")([^"]*)"/g;

/**
 * Splits the page XML once into parts so each record only concatenates strings.
 * `wp:docPr id` (drawings, e.g. a logo) must be unique in the whole document or Word reports it
 * damaged, so each occurrence becomes a part the writer numbers afresh. `images` maps the
 * relationship ids of per-record pictures to their slot (repeat-pages.ts).
 */
export function compilePage(xml: string, images: ReadonlyMap<string, number> = new Map()): Part[] {
  const marks: { at: number; end: number; part: Part }[] = [];
  for (const m of xml.matchAll(EMBED)) {
    const slot = images.get(m[2]!);
    if (slot === undefined) continue;
    const at = m.index + m[1]!.length;
    marks.push({ at, end: at + m[2]!.length, part: { kind: 'image', slot } });
  }
  for (const m of xml.matchAll(TOKEN)) {
    marks.push({ at: m.index, end: m.index + m[0].length, part: { kind: 'field', key: m[1]!, inText: insideText(xml, m.index) } });
  }
  for (const m of xml.matchAll(DOC_PR_ID)) {
    const at = m.index + m[1]!.length;
    marks.push({ at, end: m.index + m[0].length - 1, part: { kind: 'docPrId' } });
  }
  for (let at = xml.indexOf(SECTION_MARK); at >= 0; at = xml.indexOf(SECTION_MARK, at + 1)) {
    marks.push({ at, end: at + SECTION_MARK.length, part: { kind: 'section' } });
  }
  marks.sort((a, b) => a.at - b.at);

  const parts: Part[] = [];
  let pos = 0;
  for (const mk of marks) {
    pushXml(parts, xml.slice(pos, mk.at));
    parts.push(mk.part);
    pos = mk.end;
  }
  pushXml(parts, xml.slice(pos));
  return parts;
}

function pushXml(parts: Part[], xml: string): void {
  if (!xml) return;
  const stray = xml.search(/[⟦⟧]/u);
  if (stray >= 0) {
    const near = xml.slice(Math.max(0, stray - 40), stray + 40).replace(/<[^>]*>/g, '');
    throw new Error(`Isian pada templat terpotong atau tidak sah di sekitar "${near}": satu isian ${TOKEN_OPEN}nama${TOKEN_CLOSE} harus utuh dalam satu TextRun.`);
  }
  parts.push({ kind: 'xml', bytes: Buffer.from(xml) });
}

/** True when the nearest element before `at` is an open `<w:t>`/`<w:t …>` (text content, not an attribute). */
function insideText(xml: string, at: number): boolean {
  const lt = xml.lastIndexOf('<', at);
  if (lt < 0) return false;
  const gt = xml.indexOf('>', lt);
  if (gt < 0 || gt > at) return false; // inside a tag: an attribute value
  return /^<w:t(?:\s[^>]*)?>$/.test(xml.slice(lt, gt + 1));
}

/** Field keys of a compiled page, in order of first use. */
export const fieldKeys = (parts: Part[]): string[] => [...new Set(parts.flatMap((p) => (p.kind === 'field' ? [p.key] : [])))];
