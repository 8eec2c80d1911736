import { AlignmentType, Paragraph, TableCell, TableRow, VerticalAlign } from 'docx';
import type { TableBlock } from '../../../../../shared/dokumen/model';
import { ALIGN, cellWidth, fixedTable } from '../layout';
import { textRuns } from '../runs';

/** A bordered data table: header row repeated on every page, rows never split across pages unless marked (`splitRows`). */
export function dataTable(b: TableBlock) {
  const size = b.fontSizePt;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map(
      (c) =>
        new TableCell({
          width: cellWidth(c.widthMm),
          verticalAlign: VerticalAlign.CENTER,
          shading: { fill: 'E7E6E6' },
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(c.header, { bold: true, sizePt: size }) })],
        }),
    ),
  });
  const body = b.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: !b.splitRows?.[r],
        children: b.columns.map(
          (c, i) =>
            new TableCell({
              width: cellWidth(c.widthMm),
              children: [new Paragraph({ alignment: ALIGN[c.align ?? 'left'], children: textRuns(row[i] ?? '', { sizePt: size }) })],
            }),
        ),
      }),
  );
  return fixedTable(
    b.columns.map((c) => c.widthMm),
    [header, ...body],
    { borders: true },
  );
}
