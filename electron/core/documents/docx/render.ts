import { AlignmentType, BorderStyle, Document, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import { PAPER_MM, textWidthMm, type Block, type NaskahDinas, type PageSetup } from '../../../../shared/dokumen/model';
import type { PartContext } from './parts/context';
import { list } from './parts/daftar';
import { decreePart } from './parts/diktum';
import { kopBlock } from './parts/kop';
import { pageBreak, paragraph, spacer } from './parts/paragraf';
import { attachmentHead, fields } from './parts/rincian';
import { dataTable } from './parts/tabel';
import { signatureBlock } from './parts/tanda-tangan';
import { signatureColumns } from './parts/tanda-tangan-kolom';
import { tembusanBlock } from './parts/tembusan';
import { deterministicDocx } from './deterministic';
import { halfPoints, mm } from './units';

type Part = Paragraph | Table;

function blockParts(b: Block, ctx: PartContext): Part[] {
  switch (b.kind) {
    case 'kop':
      return kopBlock(b, ctx);
    case 'paragraf':
      return [paragraph(b)];
    case 'spasi':
      return spacer(b);
    case 'daftar':
      return list(b);
    case 'rincian':
      return [fields(b, ctx)];
    case 'tabel':
      return [dataTable(b)];
    case 'tanda-tangan':
      return [signatureBlock(b, ctx)];
    case 'tanda-tangan-kolom':
      return [signatureColumns(b, ctx)];
    case 'tembusan':
      return tembusanBlock(b);
    case 'diktum':
      return [decreePart(b, ctx)];
    case 'kepala-lampiran':
      return [attachmentHead(b, ctx)];
    case 'halaman-baru':
      return [pageBreak()];
  }
}

/** The one page-setup source: paper, margins, default font and spacing of every document. */
export function pageProperties(setup: PageSetup) {
  const paper = PAPER_MM[setup.paper];
  return {
    page: {
      size: { width: mm(paper.width), height: mm(paper.height) },
      margin: { top: mm(setup.margin.top), bottom: mm(setup.margin.bottom), left: mm(setup.margin.left), right: mm(setup.margin.right), header: mm(10), footer: mm(10) },
    },
    titlePage: true,
  };
}

export function documentStyles(setup: PageSetup) {
  return {
    default: {
      document: {
        run: { font: setup.font, size: halfPoints(setup.fontSizePt) },
        // lineRule stated: without it LibreOffice clips inline images (the kop logo) to one line.
        paragraph: { spacing: { line: Math.round(240 * setup.lineSpacing), lineRule: LineRuleType.AUTO, after: 0, before: 0 } },
      },
    },
  };
}

/** "- 2 -" centred at the top from the second page on (the first page has no number). */
const STEMPEL_MERAH = 'C00000';

/** The stamp of a voided letter's copy: a red framed "BATAL" and its reason, in the header of every page. */
function stempelParagraphs(stempel: NonNullable<NaskahDinas['stempel']>): Paragraph[] {
  const line = { style: BorderStyle.SINGLE, size: 18, color: STEMPEL_MERAH, space: 2 };
  const border = { top: line, bottom: line, left: line, right: line };
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border,
      children: [new TextRun({ text: stempel.judul, bold: true, color: STEMPEL_MERAH, size: halfPoints(20), characterSpacing: 60 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 80 },
      children: [new TextRun({ text: stempel.keterangan, bold: true, color: STEMPEL_MERAH, size: halfPoints(9) })],
    }),
  ];
}

/** The security class ("RAHASIA") in bold capitals, centred: at the top and the bottom of every page. */
const kelasParagraph = (kelas: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: kelas.toUpperCase(), bold: true })] });

function headersOf(naskah: NaskahDinas) {
  // fresh copies per header: docx objects are not shared between parts
  const stamp = () => (naskah.stempel ? stempelParagraphs(naskah.stempel) : []);
  const kelas = () => (naskah.kerahasiaan ? [kelasParagraph(naskah.kerahasiaan)] : []);
  if (!naskah.pageNumbers && !naskah.stempel && !naskah.kerahasiaan) return undefined;
  const number = naskah.pageNumbers
    ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] })]
    : [];
  return { default: new Header({ children: [...stamp(), ...kelas(), ...number] }), first: new Header({ children: [...stamp(), ...kelas()] }) };
}

function footersOf(naskah: NaskahDinas) {
  if (!naskah.kerahasiaan) return undefined;
  return { default: new Footer({ children: [kelasParagraph(naskah.kerahasiaan)] }), first: new Footer({ children: [kelasParagraph(naskah.kerahasiaan)] }) };
}

export function toDocument(naskah: NaskahDinas): Document {
  const ctx: PartContext = { setup: naskah.setup, widthMm: textWidthMm(naskah.setup) };
  return new Document({
    creator: 'Netra',
    title: naskah.title,
    styles: documentStyles(naskah.setup),
    sections: [
      {
        properties: pageProperties(naskah.setup),
        headers: headersOf(naskah),
        footers: footersOf(naskah),
        children: naskah.blocks.flatMap((b) => blockParts(b, ctx)),
      },
    ],
  });
}

/**
 * The .docx bytes of a document. `timestamp` (default: the letter's own date at 00:00 UTC when the
 * caller has one, else now) is the only time in the file, so the same inputs give the same bytes.
 */
export async function renderDocx(naskah: NaskahDinas, timestamp: Date = new Date()): Promise<Buffer> {
  return deterministicDocx(await Packer.toBuffer(toDocument(naskah)), timestamp);
}
