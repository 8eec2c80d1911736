import { AlignmentType, BorderStyle, ImageRun, Paragraph, TableCell, TableRow, VerticalAlign } from 'docx';
import { LAYOUT, logoSizeMm } from '../../../../../shared/dokumen/layout';
import type { KopBlock, Logo } from '../../../../../shared/dokumen/model';
import { cellWidth, fixedTable } from '../layout';
import { textRuns } from '../runs';
import { pt } from '../units';
import type { PartContext } from './context';

const PX_PER_MM = 96 / 25.4;

/** The logo as an inline image fitted to the kop box (never floating: floating images move in LibreOffice). */
function logoRun(logo: Logo): ImageRun {
  const size = logoSizeMm(logo);
  const transformation = { width: Math.round(size.width * PX_PER_MM), height: Math.round(size.height * PX_PER_MM) };
  return new ImageRun({ type: logo.type, data: Buffer.from(logo.base64, 'base64'), transformation });
}

const centredLines = (b: KopBlock) =>
  b.lines.map(
    (l) => new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns([{ text: l.text, bold: l.bold }], { sizePt: l.sizePt }) }),
  );

/** The thick-over-thin double rule under an office kop. */
const doubleRule = () =>
  new Paragraph({
    children: [],
    spacing: { after: pt(6) },
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 } },
  });

/**
 * Office kop: logo left, lines centred beside it, a double rule below; in a borderless fixed table
 * (the logo inline in its cell). Regional-head kop: the emblem centred above the title.
 */
export function kopBlock(b: KopBlock, ctx: PartContext) {
  if (b.style === 'kepala-daerah')
    return [
      ...(b.logo ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [logoRun(b.logo)] })] : []),
      ...centredLines(b),
    ];
  const textMm = ctx.widthMm - LAYOUT.kopLogoColumnMm;
  const logoCell = new TableCell({
    width: cellWidth(LAYOUT.kopLogoColumnMm),
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ alignment: AlignmentType.LEFT, children: b.logo ? [logoRun(b.logo)] : [] })],
  });
  const textCell = new TableCell({ width: cellWidth(textMm), verticalAlign: VerticalAlign.CENTER, children: centredLines(b) });
  return [fixedTable([LAYOUT.kopLogoColumnMm, textMm], [new TableRow({ children: [logoCell, textCell] })]), doubleRule()];
}
