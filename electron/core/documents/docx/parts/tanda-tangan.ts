import { AlignmentType, Paragraph, TableCell, TableRow } from 'docx';
import { LAYOUT } from '../../../../../shared/dokumen/layout';
import type { SignatureBlock } from '../../../../../shared/dokumen/model';
import { cellWidth, fixedTable } from '../layout';
import { textRuns } from '../runs';
import type { PartContext } from './context';


/**
 * The signature on the right half of the page, in one row that never splits, so the name is never
 * separated from the jabatan by a page break.
 */
export function signatureBlock(b: SignatureBlock, ctx: PartContext) {
  const right = Math.min(LAYOUT.signatureMm, ctx.widthMm);
  const left = ctx.widthMm - right;
  const line = (text: string, align: 'left' | 'center' = 'center', bold = false, underline = false) =>
    new Paragraph({
      alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
      keepNext: true,
      children: textRuns(underline ? [{ text, bold, underline }] : [{ text, bold }]),
    });
  const children = [
    ...b.tempatTanggal.map((t) => line(t, 'left')),
    ...(b.tempatTanggal.length ? [new Paragraph({ keepNext: true, children: [] })] : []),
    ...b.jabatan.map((j) => line(j)),
    ...Array.from({ length: LAYOUT.signatureLines }, () => new Paragraph({ keepNext: true, children: [] })),
    line(b.nama, 'center', true, true),
    ...(b.pangkat ? [line(b.pangkat)] : []),
    ...(b.nip ? [line(b.nip)] : []),
  ];
  return fixedTable(
    [left, right],
    [new TableRow({ cantSplit: true, children: [new TableCell({ width: cellWidth(left), children: [new Paragraph({ children: [] })] }), new TableCell({ width: cellWidth(right), children })] })],
  );
}
