import { Paragraph, TableCell, TableRow } from 'docx';
import { LAYOUT } from '../../../../../shared/dokumen/layout';
import type { AttachmentHeadBlock, FieldsBlock, Text } from '../../../../../shared/dokumen/model';
import { cellWidth, fixedTable } from '../layout';
import { textRuns } from '../runs';
import type { PartContext } from './context';

const COLON_MM = LAYOUT.colonMm;

/** Rows of "label : value" in a borderless fixed table, so wrapped values stay aligned. */
export function labelValueTable(rows: { label: string; value: Text }[], labelMm: number, valueMm: number, indentMm: number, sizePt?: number) {
  const cell = (w: number, text: Text) => new TableCell({ width: cellWidth(w), children: [new Paragraph({ children: textRuns(text, { sizePt }) })] });
  return fixedTable(
    [labelMm, COLON_MM, valueMm],
    rows.map((r) => new TableRow({ children: [cell(labelMm, r.label), cell(COLON_MM, ':'), cell(valueMm, r.value)] })),
    { indentMm },
  );
}

export function fields(b: FieldsBlock, ctx: PartContext) {
  const indent = b.indentMm ?? 0;
  const width = b.widthMm ?? ctx.widthMm - indent;
  return labelValueTable(b.rows, b.labelWidthMm, width - b.labelWidthMm - COLON_MM, indent);
}

/** "LAMPIRAN …/NOMOR …/TANGGAL …" in the right half of the page, smaller type. */
export function attachmentHead(b: AttachmentHeadBlock, ctx: PartContext) {
  const width = Math.min(LAYOUT.lampiranMaxMm, ctx.widthMm);
  return labelValueTable(b.rows, LAYOUT.lampiranLabelMm, width - LAYOUT.lampiranLabelMm - COLON_MM, ctx.widthMm - width, ctx.setup.fontSizePt - 1);
}
