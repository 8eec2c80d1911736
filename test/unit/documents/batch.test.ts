import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { withBreakBefore } from '../../../electron/core/documents/batch/document-xml';
import { templateFields, writeRepeatedPages, type PageRecord } from '../../../electron/core/documents/batch/repeat-pages';
import { restartNumbering, SECTION_MARK, withSectionMark } from '../../../electron/core/documents/batch/sections';
import { tempDir } from '../../helpers/core';
import { hasSoffice, renderPdf } from '../../helpers/libreoffice';

// A 1×1 PNG: the page carries a drawing so drawing ids must be renumbered per page.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const F4 = { width: 12189, height: 18709 };

function cell(text: string, width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun(text)] })] });
}

/** The one-page pledge form, built with the docx builders like every other document. */
interface TemplateOptions {
  footer?: string;
  /** Footer "Halaman N" (PAGE) or "Halaman N dari M" (NUMPAGES). */
  pageNumbers?: 'page' | 'total';
  /** Enough text to run over two F4 sheets. */
  long?: boolean;
  split?: boolean;
  startWithTable?: boolean;
}

async function template(extra: TemplateOptions = {}): Promise<Buffer> {
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: [3000, 6000],
    rows: [new TableRow({ children: [cell('NIP', 3000), cell('⟦nip⟧', 6000)] }), new TableRow({ children: [cell('Jabatan', 3000), cell('⟦jabatan⟧', 6000)] })],
  });
  const nameRuns = extra.split ? [new TextRun('⟦na'), new TextRun({ text: 'ma⟧', bold: true })] : [new TextRun('Yang bertanda tangan di bawah ini, '), new TextRun({ text: '⟦nama⟧', bold: true })];
  const body = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun('SURAT PERNYATAAN NETRALITAS ASN')] }),
    new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 12, height: 12 } })] }),
    new Paragraph({ children: [new Bookmark({ id: 'awal', children: [new TextRun('Pernyataan')] })] }),
    new Paragraph({ children: nameRuns }),
    table,
    new Paragraph({ children: [new TextRun('menyatakan akan menjaga netralitas dalam pemilihan umum.')] }),
    ...(extra.long ? Array.from({ length: 70 }, (_, i) => new Paragraph(`Ketentuan ${i + 1} yang wajib dipatuhi.`)) : []),
  ];
  const numbered = extra.pageNumbers === 'total' ? ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES] : ['Halaman ', PageNumber.CURRENT];
  const footer = extra.pageNumbers
    ? new Footer({ children: [new Paragraph({ children: [new TextRun({ children: numbered })] })] })
    : extra.footer
      ? new Footer({ children: [new Paragraph(extra.footer)] })
      : undefined;
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: F4 } },
        footers: footer ? { default: footer } : undefined,
        children: extra.startWithTable ? [table, ...body.slice(0, 4)] : body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const tricky = (i: number) => `Nama-${i}: A&B <Putra> "Bapak" 'Ibu' =HYPERLINK("http://x.invalid")`;
// A type alias, not an interface: object literal types satisfy PageRecord's index signature.
type Pegawai = { nama: string; nip: string; jabatan: string };
const records = (n: number): Pegawai[] =>
  Array.from({ length: n }, (_, i) => ({ nama: tricky(i), nip: `19850312201001${String(i).padStart(4, '0')}`, jabatan: `Analis ${i}` }));

interface BodySummary {
  /** Text of each paragraph (table cells included), in order. */
  paragraphs: string[];
  sectPrCount: number;
  /** pgNumType w:start of each sectPr that has one. */
  restarts: number;
  /** Names of the body's direct children, in order. */
  children: string[];
  breaks: number;
  docPrIds: string[];
  bookmarks: number;
}

/** Parses with a strict XML parser (throws on anything not well-formed) and summarises the body. */
function readBody(xml: string): BodySummary {
  const s: BodySummary = { paragraphs: [], sectPrCount: 0, restarts: 0, children: [], breaks: 0, docPrIds: [], bookmarks: 0 };
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  let inText = false;
  let para = '';
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    if (stack.at(-1) === 'w:body') s.children.push(tag.name);
    if (tag.name === 'w:sectPr') s.sectPrCount++;
    if (tag.name === 'w:pageBreakBefore') s.breaks++;
    if (tag.name === 'w:pgNumType' && tag.attributes['w:start']?.value === '1') s.restarts++;
    if (tag.name === 'w:br' && tag.attributes['w:type']?.value === 'page') s.breaks++;
    if (tag.name === 'wp:docPr') s.docPrIds.push(tag.attributes.id?.value ?? '');
    if (tag.name.startsWith('w:bookmark')) s.bookmarks++;
    if (tag.name === 'w:p') para = '';
    if (tag.name === 'w:t') inText = true;
    if (tag.name === 'w:br' && stack.at(-1) === 'w:r' && !tag.attributes['w:type']) para += '\n';
    stack.push(tag.name);
  });
  parser.on('text', (t) => {
    if (inText) para += t;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'w:t') inText = false;
    if (tag.name === 'w:p') s.paragraphs.push(para);
  });
  parser.write(xml).close();
  return s;
}

/** Top of the first word on every page of a PDF, in points: equal when no page gains a blank first line. */
function firstWordTops(pdf: string): number[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return xml
    .split('<page ')
    .slice(1)
    .map((p) => Number(/<word xMin="[\d.]+" yMin="([\d.]+)"/.exec(p)?.[1]));
}

const documentXml = (file: string) => strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);

describe('writeRepeatedPages', () => {
  it('repeats one page per record with escaped values, unique drawing ids and one final sectPr', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'pernyataan.docx');
    const tpl = await template();
    expect(templateFields(tpl)).toEqual(['nama', 'nip', 'jabatan']);
    const data = records(300);
    const progress: number[] = [];
    const r = await writeRepeatedPages({ template: tpl, records: data, out, onProgress: (n) => progress.push(n) });

    expect(r.pages).toBe(300);
    expect(r.bytes).toBe(fs.statSync(out).size);
    expect(progress.at(-1)).toBe(300);
    expect(fs.readdirSync(dir)).toEqual(['pernyataan.docx']);

    const xml = documentXml(out);
    expect(xml).not.toMatch(/[⟦⟧]/u);
    expect(xml).toContain('A&amp;B &lt;Putra&gt; &quot;Bapak&quot; &apos;Ibu&apos; =HYPERLINK(');
    const body = readBody(xml);
    expect(body.breaks + 1).toBe(300);
    expect(body.sectPrCount).toBe(1);
    expect(body.children.at(-1)).toBe('w:sectPr');
    expect(body.bookmarks).toBe(0);
    expect(new Set(body.docPrIds).size).toBe(300);

    const text = body.paragraphs.join('\n');
    for (const [i, rec] of data.entries()) {
      expect(text.split(rec.nama).length - 1, `nama ke-${i}`).toBe(1);
      expect(text.split(rec.nip).length - 1, `nip ke-${i}`).toBe(1);
    }
    // Pages stay in record order.
    expect(text.indexOf(tricky(299))).toBeGreaterThan(text.indexOf(tricky(298)));

    // Every other part of the package is the template's, byte for byte.
    const a = unzipSync(tpl);
    const b = unzipSync(fs.readFileSync(out));
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) if (name !== 'word/document.xml') expect(Buffer.from(b[name]!).equals(Buffer.from(a[name]!)), name).toBe(true);

    // CRCs and sizes in the zip are right (JSZip checks them; fflate's reader does not).
    const zip = await JSZip.loadAsync(fs.readFileSync(out), { checkCRC32: true });
    expect(await zip.file('word/document.xml')!.async('string')).toBe(xml);
  });

  it('accepts an async iterable, turns line breaks into <w:br/> and strips characters XML forbids', async () => {
    const out = path.join(tempDir(), 'a.docx');
    async function* gen(): AsyncGenerator<PageRecord> {
      yield { nama: 'Baris satu\nBaris dua', nip: 'x\u0000y\u0008z\uFFFF', jabatan: 'Kepala\tBidang' };
      yield { nama: 'Dua', nip: '2', jabatan: '' };
    }
    const r = await writeRepeatedPages({ template: await template(), records: gen(), out });
    expect(r.pages).toBe(2);
    const body = readBody(documentXml(out));
    const text = body.paragraphs.join('|');
    expect(text).toContain('Baris satu\nBaris dua');
    expect(text).toContain('xyz');
    expect(documentXml(out)).toContain('Kepala</w:t><w:tab/><w:t xml:space="preserve">Bidang');
  });

  it('a record without a key fails naming the field and the record, leaving no file behind', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'gagal.docx');
    fs.writeFileSync(out, 'versi lama');
    const data: PageRecord[] = records(40).map((r, i) => (i === 11 ? { nama: r.nama, jabatan: r.jabatan } : r));
    await expect(writeRepeatedPages({ template: await template(), records: data, out })).rejects.toThrow('Isian ⟦nip⟧ tidak ada pada data ke-12.');
    expect(fs.readdirSync(dir)).toEqual(['gagal.docx']);
    expect(fs.readFileSync(out, 'utf8')).toBe('versi lama');
  });

  it('refuses a token split across runs, a token in the footer, and an empty record list', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'x.docx');
    await expect(writeRepeatedPages({ template: await template({ split: true }), records: records(1), out })).rejects.toThrow(/harus utuh dalam satu TextRun/);
    await expect(writeRepeatedPages({ template: await template({ footer: 'NIP ⟦nip⟧' }), records: records(1), out })).rejects.toThrow(/Isian ⟦nip⟧ di word\/footer1\.xml/);
    await expect(writeRepeatedPages({ template: await template(), records: [], out })).rejects.toThrow('Tidak ada data untuk dicetak.');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('stops on abort without leaving a file', async () => {
    const dir = tempDir();
    const ac = new AbortController();
    const data = function* (): Generator<PageRecord> {
      for (const [i, r] of records(5000).entries()) {
        if (i === 2000) ac.abort();
        yield r;
      }
    };
    await expect(writeRepeatedPages({ template: await template(), records: data(), out: path.join(dir, 'x.docx'), signal: ac.signal })).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('fails cleanly when the output folder does not exist', async () => {
    const out = path.join(tempDir(), 'tidak-ada', 'x.docx');
    await expect(writeRepeatedPages({ template: await template(), records: records(3000), out })).rejects.toThrow(/ENOENT/);
  });

  it('places breaks in schema order and section breaks in the last paragraph (or after a trailing table)', () => {
    expect(withBreakBefore('<w:p><w:pPr><w:pStyle w:val="J"/><w:keepNext/><w:jc w:val="center"/></w:pPr></w:p>')).toBe(
      '<w:p><w:pPr><w:pStyle w:val="J"/><w:keepNext/><w:pageBreakBefore/><w:jc w:val="center"/></w:pPr></w:p>',
    );
    expect(withBreakBefore('<w:p><w:r/></w:p>')).toBe('<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r/></w:p>');
    expect(withBreakBefore('<w:tbl></w:tbl>')).toBe('<w:p><w:r><w:br w:type="page"/></w:r></w:p><w:tbl></w:tbl>');
    const M = SECTION_MARK;
    expect(withSectionMark('<w:p><w:r/></w:p><w:p><w:pPr><w:jc w:val="left"/><w:rPr><w:b/></w:rPr></w:pPr><w:r/></w:p>')).toBe(
      `<w:p><w:r/></w:p><w:p><w:pPr><w:jc w:val="left"/><w:rPr><w:b/></w:rPr>${M}</w:pPr><w:r/></w:p>`,
    );
    // The last top-level element is a table whose cells hold paragraphs: a new paragraph follows it.
    expect(withSectionMark('<w:p/><w:tbl><w:tr><w:tc><w:p><w:r/></w:p></w:tc></w:tr></w:tbl>')).toBe(
      `<w:p/><w:tbl><w:tr><w:tc><w:p><w:r/></w:p></w:tc></w:tr></w:tbl><w:p><w:pPr>${M}</w:pPr></w:p>`,
    );
    expect(restartNumbering('<w:sectPr><w:pgSz w:w="1"/><w:pgNumType w:fmt="decimal"/><w:docGrid/></w:sectPr>')).toBe(
      '<w:sectPr><w:pgSz w:w="1"/><w:pgNumType w:fmt="decimal" w:start="1"/><w:docGrid/></w:sectPr>',
    );
    expect(restartNumbering('<w:sectPr><w:pgSz w:w="1"/><w:titlePg/></w:sectPr>')).toBe('<w:sectPr><w:pgSz w:w="1"/><w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>');
  });

  it('with page numbers, each record is its own section restarting at 1; NUMPAGES is refused', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'sk.docx');
    await writeRepeatedPages({ template: await template({ pageNumbers: 'page' }), records: records(4), out });
    const body = readBody(documentXml(out));
    expect(body.sectPrCount).toBe(4);
    expect(body.restarts).toBe(4);
    expect(body.breaks).toBe(0);
    expect(body.children.at(-1)).toBe('w:sectPr');
    await expect(writeRepeatedPages({ template: await template({ pageNumbers: 'total' }), records: records(2), out: path.join(dir, 'y.docx') })).rejects.toThrow(/NUMPAGES/);
    expect(fs.readdirSync(dir)).toEqual(['sk.docx']);
  });

  const lo = hasSoffice();
  it.skipIf(!lo)('LibreOffice prints exactly one F4 page per record, each starting at the same height', { timeout: 240_000 }, async () => {
    const dir = tempDir();
    for (const startWithTable of [false, true]) {
      const out = path.join(dir, `massal-${startWithTable ? 'tabel' : 'paragraf'}.docx`);
      await writeRepeatedPages({ template: await template({ startWithTable }), records: records(25), out });
      const pdf = await renderPdf(out);
      expect(pdf.pages).toBe(25);
      expect(Math.abs(pdf.widthPt - 609.4)).toBeLessThanOrEqual(1);
      expect(Math.abs(pdf.heightPt - 935.4)).toBeLessThanOrEqual(1);
      const pages = pdf.text.split('\f').slice(0, 25);
      for (const [i, p] of pages.entries()) {
        expect(p).toContain(`Nama-${i}: A&B <Putra> "Bapak" 'Ibu' =HYPERLINK(`);
        expect(p).not.toContain(`Nama-${i + 1}:`);
      }
      const tops = firstWordTops(pdf.pdf);
      expect(new Set(tops).size, `first line heights ${tops.join(', ')}`).toBe(1);
    }
  });

  it.skipIf(!lo)('LibreOffice restarts page numbers for each record that runs over two sheets', { timeout: 240_000 }, async () => {
    const out = path.join(tempDir(), 'sk.docx');
    await writeRepeatedPages({ template: await template({ pageNumbers: 'page', long: true }), records: records(5), out });
    const pdf = await renderPdf(out);
    expect(pdf.pages).toBe(10);
    expect(Math.abs(pdf.heightPt - 935.4)).toBeLessThanOrEqual(1);
    const footers = pdf.text
      .split('\f')
      .slice(0, 10)
      .map((p) => /Halaman (\d+)/.exec(p)?.[1]);
    expect(footers).toEqual(['1', '2', '1', '2', '1', '2', '1', '2', '1', '2']);
  });
  if (!lo) it.skip('LibreOffice render check skipped: soffice is not on PATH', () => undefined);
});
