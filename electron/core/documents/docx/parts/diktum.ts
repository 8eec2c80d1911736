import { Paragraph, TableCell, TableRow } from 'docx';
import { LAYOUT } from '../../../../../shared/dokumen/layout';
import type { DecreePartBlock } from '../../../../../shared/dokumen/model';
import { ALIGN, cellWidth, fixedTable } from '../layout';
import { textRuns } from '../runs';
import { pt } from '../units';
import type { PartContext } from './context';
import { listParagraphs } from './daftar';


/** "Menimbang : a. bahwa …" / "KESATU : …": label, colon and content columns of a borderless table. */
export function decreePart(b: DecreePartBlock, ctx: PartContext) {
  const labelMm = b.labelWidthMm ?? LAYOUT.diktumLabelMm;
  const contentMm = ctx.widthMm - labelMm - LAYOUT.colonMm;
  const c = b.content;
  const content =
    typeof c === 'string' || Array.isArray(c)
      ? [new Paragraph({ children: textRuns(c), alignment: ALIGN.justify, spacing: { after: pt(6) } })]
      : [
          ...(c.lead ? [new Paragraph({ children: textRuns(c.lead), alignment: ALIGN.justify, spacing: { after: pt(2) } })] : []),
          ...listParagraphs({ marker: c.marker, items: c.items.map((text) => ({ text })), align: 'justify' }),
        ];
  const cell = (w: number, children: Paragraph[]) => new TableCell({ width: cellWidth(w), children });
  return fixedTable(
    [labelMm, LAYOUT.colonMm, contentMm],
    [new TableRow({ children: [cell(labelMm, [new Paragraph({ children: textRuns(b.label) })]), cell(LAYOUT.colonMm, [new Paragraph({ children: textRuns(':') })]), cell(contentMm, content)] })],
  );
}
