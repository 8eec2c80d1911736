import { AlignmentType, BorderStyle, Table, TableLayoutType, WidthType, type TableRow } from 'docx';
import type { Align } from '../../../../shared/dokumen/model';
import { mm } from './units';

export const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]>;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
export const GRID_BORDERS = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE };

/**
 * A fixed-layout table with absolute column widths (mm): LibreOffice ignores auto widths, so every
 * table states its grid, its total width and each cell's width. Layout tables have no borders and
 * no side padding, so their text lines up with the body text.
 */
export function fixedTable(widthsMm: readonly number[], rows: TableRow[], opts: { borders?: boolean; indentMm?: number } = {}): Table {
  const widths = widthsMm.map(mm);
  const pad = opts.borders ? mm(1.5) : 0;
  return new Table({
    rows,
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    indent: { size: mm(opts.indentMm ?? 0), type: WidthType.DXA },
    margins: { left: pad, right: pad, top: opts.borders ? mm(0.6) : 0, bottom: opts.borders ? mm(0.6) : 0 },
    borders: opts.borders ? GRID_BORDERS : NO_BORDERS,
  });
}

export const cellWidth = (w: number) => ({ size: mm(w), type: WidthType.DXA });
