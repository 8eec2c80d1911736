/**
 * Cuts a docx-built `word/document.xml` into the part before the page, the page itself and the
 * part after it, and prepares the page to be written once per record.
 */

export interface SplitBody {
  /** Up to and including `<w:body>`. */
  prefix: string;
  /** Body children except the final `<w:sectPr>`: what is repeated. */
  page: string;
  /** The final `<w:sectPr>…</w:sectPr>` of the body. */
  sectPr: string;
  /** `</w:body></w:document>`. */
  suffix: string;
}

export function splitBody(xml: string): SplitBody {
  const open = xml.search(/<w:body(?:\s[^>]*)?>/);
  const close = xml.lastIndexOf('</w:body>');
  if (open < 0 || close < 0) throw new Error('Templat tidak sah: word/document.xml tanpa <w:body>.');
  const bodyStart = xml.indexOf('>', open) + 1;
  const body = xml.slice(bodyStart, close);
  // The body's own sectPr is its last child; sectPrs of earlier sections sit inside <w:pPr>.
  const s = body.lastIndexOf('<w:sectPr');
  const tail = s >= 0 ? body.slice(s).trimEnd() : '';
  const last = !tail.includes('</w:p>') && (tail.endsWith('</w:sectPr>') || /^<w:sectPr[^>]*\/>$/.test(tail));
  return {
    prefix: xml.slice(0, bodyStart),
    page: last ? body.slice(0, s) : body,
    sectPr: last ? body.slice(s).trim() : '',
    suffix: xml.slice(close),
  };
}

// Parts of a page that reference one-off objects elsewhere in the package: repeating them would
// print the same footnote/comment N times or continue list numbering across people.
const UNSUPPORTED: [RegExp, string][] = [
  [/<w:footnoteReference\b|<w:endnoteReference\b/, 'catatan kaki'],
  [/<w:commentReference\b|<w:commentRangeStart\b/, 'komentar'],
  [/<w:numPr>/, 'penomoran otomatis (nomor akan bersambung antarorang; tulis nomornya sebagai teks)'],
];

/**
 * Bookmarks are dropped: their names and ids must be unique, they only serve cross-references
 * and tables of contents, and a per-person page has neither. docx writes no w:rsid attributes;
 * drawings' `wp:docPr id` are renumbered by the writer (see compilePage).
 */
export function preparePage(page: string): string {
  for (const [re, what] of UNSUPPORTED) {
    if (re.test(page)) throw new Error(`Templat halaman massal tidak boleh memuat ${what}.`);
  }
  const out = page.replace(/<w:bookmark(?:Start|End)\b[^>]*\/>/g, '');
  if (!out.trim()) throw new Error('Templat halaman massal kosong.');
  return out;
}

/** The page break that precedes pages 2…N. */
export const BREAK_PARAGRAPH = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/**
 * Pages 2…N start on a new page. Where the page begins with a paragraph, its pPr gets
 * `<w:pageBreakBefore/>` instead of a separate break paragraph: Word 2010 and older (still common
 * in regional offices) carry a break paragraph's mark onto the new page as an empty first line,
 * which can push a form that fills its page onto two. Word 2013+ and LibreOffice render both
 * alike. A page starting with a table falls back to BREAK_PARAGRAPH.
 */
export function withBreakBefore(page: string): string {
  const p = /^\s*<w:p(?:\s[^>]*)?(\/)?>/.exec(page);
  if (!p) return BREAK_PARAGRAPH + page;
  const at = p.index + p[0].length;
  if (p[1]) return `${page.slice(0, p.index)}<w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p>${page.slice(at)}`;
  if (!page.startsWith('<w:pPr>', at)) return `${page.slice(0, at)}<w:pPr><w:pageBreakBefore/></w:pPr>${page.slice(at)}`;
  // Schema order inside pPr: pStyle, keepNext, keepLines, then pageBreakBefore.
  const lead = /^(?:<w:(?:pStyle|keepNext|keepLines)\b[^>]*\/>)*/.exec(page.slice(at + 7))![0];
  const ins = at + 7 + lead.length;
  const existing = /^<w:pageBreakBefore\b[^>]*\/>/.exec(page.slice(ins))?.[0] ?? '';
  return `${page.slice(0, ins)}<w:pageBreakBefore/>${page.slice(ins + existing.length)}`;
}
