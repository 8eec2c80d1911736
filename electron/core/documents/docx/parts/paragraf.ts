import { PageBreak, Paragraph } from 'docx';
import { LAYOUT } from '../../../../../shared/dokumen/layout';
import type { ParagraphBlock, SpacerBlock } from '../../../../../shared/dokumen/model';
import { ALIGN } from '../layout';
import { textRuns } from '../runs';
import { mm, pt } from '../units';


export function paragraph(b: ParagraphBlock): Paragraph {
  return new Paragraph({
    children: textRuns(b.text),
    alignment: ALIGN[b.align ?? 'left'],
    indent: { left: mm(b.indentMm ?? 0), right: b.align === 'center' && b.indentMm ? mm(b.indentMm) : undefined, firstLine: b.firstLineMm ? mm(b.firstLineMm) : undefined },
    spacing: { after: pt(b.afterPt ?? LAYOUT.paragraphAfterPt), before: pt(b.beforePt ?? 0) },
    keepNext: b.keepWithNext,
  });
}

export function spacer(b: SpacerBlock): Paragraph[] {
  return Array.from({ length: b.lines }, () => new Paragraph({ children: [] }));
}

export const pageBreak = () => new Paragraph({ children: [new PageBreak()] });
