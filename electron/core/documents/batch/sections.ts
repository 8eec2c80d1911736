/**
 * Page numbers in a batch: with one section, a PAGE field would run on across people (the second
 * person's form says "- 3 -"). When the template numbers its pages, every record becomes its own
 * section (as Word's mail merge does): the section break sits in the last paragraph of the
 * record and each section restarts its numbering at 1, so a two-page decree per person reads
 * 1, 2 | 1, 2 … and a first-page-only header (titlePg) applies to each person's first page.
 */

/** Placeholder compilePage turns into the section break part. Private-use characters: never in docx output. */
export const SECTION_MARK = '\uE000section\uE000';

const field = (name: string) => new RegExp(`<w:instrText\\b[^>]*>\\s*${name}\\b|\\bw:instr="\\s*${name}\\b`);

/** True when the template prints page numbers; refuses NUMPAGES, which would count the whole file. */
export function usesPageNumbers(parts: Iterable<string>): boolean {
  let page = false;
  for (const xml of parts) {
    if (field('NUMPAGES').test(xml)) {
      throw new Error('Templat halaman massal tidak boleh memuat jumlah halaman seluruh berkas (NUMPAGES); gunakan jumlah halaman per bagian (SECTIONPAGES).');
    }
    page ||= field('PAGE').test(xml);
  }
  return page;
}

/** The section properties with numbering restarted at 1 (pgNumType w:start), in schema order. */
export function restartNumbering(sectPr: string): string {
  const existing = /<w:pgNumType\b([^>]*?)(?:\/>|>\s*<\/w:pgNumType>)/.exec(sectPr);
  if (existing) {
    const attrs = existing[1]!.replace(/\s*w:start="[^"]*"/, '');
    return sectPr.replace(existing[0], `<w:pgNumType${attrs} w:start="1"/>`);
  }
  // pgNumType precedes these in CT_SectPr.
  const after = /<w:(?:cols|formProt|vAlign|noEndnote|titlePg|textDirection|bidi|rtlGutter|docGrid|printerSettings|sectPrChange)\b|<\/w:sectPr>/.exec(sectPr);
  if (!after) throw new Error('Templat tidak sah: pengaturan halaman (w:sectPr) tidak lengkap.');
  return `${sectPr.slice(0, after.index)}<w:pgNumType w:start="1"/>${sectPr.slice(after.index)}`;
}

/**
 * Puts SECTION_MARK where the record's section properties go: the pPr of its last top-level
 * paragraph (after rPr, before pPrChange). A record ending in a table gets one empty paragraph
 * for it, as a section break cannot live anywhere else.
 */
export function withSectionMark(page: string): string {
  const last = lastTopLevel(page);
  if (!last || last.name !== 'w:p') return `${page}<w:p><w:pPr>${SECTION_MARK}</w:pPr></w:p>`;
  const open = page.slice(last.start, last.openEnd);
  if (open.endsWith('/>')) return `${page.slice(0, last.start)}<w:p><w:pPr>${SECTION_MARK}</w:pPr></w:p>${page.slice(last.openEnd)}`;
  const rest = page.slice(last.openEnd);
  if (!rest.startsWith('<w:pPr>')) return `${page.slice(0, last.openEnd)}<w:pPr>${SECTION_MARK}</w:pPr>${rest}`;
  const end = rest.indexOf('</w:pPr>');
  const change = rest.indexOf('<w:pPrChange');
  const at = last.openEnd + (change >= 0 && change < end ? change : end);
  return `${page.slice(0, at)}${SECTION_MARK}${page.slice(at)}`;
}

/** The last element at the top level of a body fragment: its name and where its start tag lies. */
function lastTopLevel(xml: string): { name: string; start: number; openEnd: number } | null {
  const tag = /<(\/?)([A-Za-z][\w.-]*:[\w.-]+)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let last: { name: string; start: number; openEnd: number } | null = null;
  for (const m of xml.matchAll(tag)) {
    const [whole, closing, name, selfClosing] = m;
    if (closing) depth--;
    else {
      if (depth === 0) last = { name: name!, start: m.index, openEnd: m.index + whole.length };
      if (!selfClosing) depth++;
    }
  }
  return last;
}
