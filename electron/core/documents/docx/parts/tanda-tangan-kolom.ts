import { AlignmentType, Paragraph, TableCell, TableRow } from 'docx';
import { LAYOUT } from '../../../../../shared/dokumen/layout';
import type { SignatureColumnsBlock } from '../../../../../shared/dokumen/model';
import { cellWidth, fixedTable } from '../layout';
import { textRuns } from '../runs';
import type { PartContext } from './context';

/** Signing space per signer when a column holds several (a team): one line less than a lone signature. */
const LINES_IN_TEAM = LAYOUT.signatureLines - 1;

/**
 * Equal columns of signatures in one row that never splits: each column's heading, then per signer
 * its label, the signing space, the name (bold, underlined) and the lines below it.
 */
export function signatureColumns(b: SignatureColumnsBlock, ctx: PartContext) {
  const n = Math.max(1, b.columns.length);
  const width = ctx.widthMm / n;
  const line = (text: string, bold = false, underline = false) =>
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: textRuns([{ text, bold, underline }]) });
  const blank = () => new Paragraph({ keepNext: true, children: [] });
  const cells = b.columns.map((c) => {
    const space = c.signers.length > 1 ? LINES_IN_TEAM : LAYOUT.signatureLines;
    const children = [
      ...c.heading.map((h) => line(h)),
      ...c.signers.flatMap((s, i) => [
        ...(i > 0 ? [blank()] : []),
        ...(s.label ? [line(s.label)] : []),
        ...Array.from({ length: space }, blank),
        line(s.nama, true, true),
        ...s.lines.map((l) => line(l)),
      ]),
    ];
    return new TableCell({ width: cellWidth(width), children: children.length ? children : [blank()] });
  });
  return fixedTable(
    b.columns.map(() => width),
    [new TableRow({ cantSplit: true, children: cells })],
  );
}
