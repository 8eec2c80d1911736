import { Paragraph, TabStopType } from 'docx';
import { LAYOUT } from '../../../../../shared/dokumen/layout';
import { markerLabel, type ListBlock, type ListItem } from '../../../../../shared/dokumen/model';
import { ALIGN } from '../layout';
import { textRuns } from '../runs';
import { mm, pt } from '../units';


/**
 * Lists as paragraphs with a hanging indent and a tab after the marker (not Word numbering):
 * the markers are plain text, so Word and LibreOffice draw them identically and they survive
 * copy-paste between documents.
 */
export function listParagraphs(b: Pick<ListBlock, 'marker' | 'items' | 'align'>, indentMm = 0): Paragraph[] {
  const hang = LAYOUT.markerMm[b.marker];
  const left = indentMm + hang;
  const align = ALIGN[b.align ?? 'justify'];
  return b.items.flatMap((item: ListItem, i) => [
    new Paragraph({
      children: [...textRuns(`${markerLabel(b.marker, i)}\t`), ...textRuns(item.text)],
      alignment: align,
      indent: { left: mm(left), hanging: mm(hang) },
      tabStops: [{ type: TabStopType.LEFT, position: mm(left) }],
      spacing: { after: pt(LAYOUT.listItemAfterPt) },
    }),
    ...(item.paragraphs ?? []).map(
      (p) => new Paragraph({ children: textRuns(p), alignment: align, indent: { left: mm(left) }, spacing: { after: pt(LAYOUT.listParagraphAfterPt) } }),
    ),
    ...(item.children ? listParagraphs({ ...item.children, align: b.align }, left) : []),
  ]);
}

export const list = (b: ListBlock) => listParagraphs(b, b.indentMm ?? 0);
