/**
 * Workbook parts of the event sheets (daftar hadir, recaps), on the conventions of
 * sheets/write-table.ts: streamed with exceljs, user text always written as a text cell (never a
 * formula), F4 paper fitted to the width, the header row frozen and repeated on every printed
 * page, "Halaman n dari m" in the footer, the file replaced atomically.
 */
import ExcelJS from 'exceljs';
import { columnLetter } from '../../sheets/grid';
import { cellFor, PAPER_F4, writeXlsxAtomic } from '../../sheets/write-table';

const thin = { style: 'thin' as const };
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const STYLE = {
  title: { font: { bold: true, size: 12 }, alignment: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: { size: 11 }, alignment: { horizontal: 'left', vertical: 'middle' } },
  header: {
    numFmt: '@',
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
    border: BORDER,
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  },
  group: { numFmt: '@', font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }, border: BORDER, alignment: { vertical: 'middle' } },
  text: { numFmt: '@', border: BORDER, alignment: { vertical: 'top', wrapText: true } },
  integer: { numFmt: '0', border: BORDER, alignment: { vertical: 'top', horizontal: 'center' } },
  percent: { numFmt: '0.0%', border: BORDER, alignment: { vertical: 'top', horizontal: 'right' } },
  totalText: { numFmt: '@', font: { bold: true }, border: BORDER, alignment: { vertical: 'top' } },
  totalInteger: { numFmt: '0', font: { bold: true }, border: BORDER, alignment: { vertical: 'top', horizontal: 'center' } },
  totalPercent: { numFmt: '0.0%', font: { bold: true }, border: BORDER, alignment: { vertical: 'top', horizontal: 'right' } },
} satisfies Record<string, Partial<ExcelJS.Style>>;

/** User text as a text cell: cleaned of characters XML cannot carry, cut at Excel's limit, never a formula. */
export const text = (v: string | null | undefined): string => (v == null ? '' : (cellFor('text', v) as string | null) ?? '');

export interface SheetLayout {
  sheetName: string;
  /** Lines above the table; the first (instansi) and second (document) bold and centred. */
  title: string[];
  /** Column widths in Excel character units. */
  widths: number[];
  landscape?: boolean;
}

/**
 * A workbook with one sheet set up for printing; `fill` writes from row `firstRow` (the header).
 * Returns what `fill` returns. The file appears only when complete.
 */
export async function writeSheet<T>(out: string, layout: SheetLayout, fill: (ws: ExcelJS.Worksheet, headerRow: number, tick: () => Promise<void>) => Promise<T> | T): Promise<T> {
  return writeXlsxAtomic(out, async (stream, streamError) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    wb.creator = 'Netra';
    const ncol = layout.widths.length;
    const title = layout.title.filter((t) => t.trim() !== '');
    const headerRow = title.length + 2;
    const ws = wb.addWorksheet(safeSheetName(layout.sheetName), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
      pageSetup: {
        paperSize: PAPER_F4 as ExcelJS.PaperSize,
        orientation: layout.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        printTitlesRow: `${headerRow}:${headerRow}`,
        horizontalCentered: true,
      },
      headerFooter: { oddFooter: '&CHalaman &P dari &N', evenFooter: '&CHalaman &P dari &N' },
    });
    ws.columns = layout.widths.map((width) => ({ width }));
    title.forEach((line, i) => {
      const row = ws.getRow(i + 1);
      const cell = row.getCell(1);
      cell.value = text(line);
      cell.style = i < 2 ? STYLE.title : STYLE.subtitle;
      if (ncol > 1) ws.mergeCells(i + 1, 1, i + 1, ncol);
      row.commit();
    });
    let n = 0;
    // exceljs applies no backpressure: yield to the zip stream now and then, and stop on a write error.
    const tick = async () => {
      if (++n % 500) return;
      await new Promise<void>((resolve) => setImmediate(resolve));
      const e = streamError();
      if (e) throw e;
    };
    const result = await fill(ws, headerRow, tick);
    ws.commit();
    await wb.commit();
    return result;
  });
}

/** One styled header row; a header given as [text, span] spans that many columns. */
export function headerRow(ws: ExcelJS.Worksheet, at: number, headers: readonly (string | readonly [string, number])[], heightPt?: number): void {
  const row = ws.getRow(at);
  if (heightPt) row.height = heightPt;
  let c = 1;
  for (const h of headers) {
    const [label, span] = typeof h === 'string' ? [h, 1] : h;
    for (let i = 0; i < span; i++) {
      const cell = row.getCell(c + i);
      cell.value = i === 0 ? text(label) : null;
      cell.style = STYLE.header;
    }
    if (span > 1) ws.mergeCells(at, c, at, c + span - 1);
    c += span;
  }
  row.commit();
}

/** A row of one merged cell across the table (a perangkat daerah's heading, a closing line). */
export function spanRow(ws: ExcelJS.Worksheet, at: number, ncol: number, value: string, style: Partial<ExcelJS.Style>): void {
  const row = ws.getRow(at);
  for (let c = 1; c <= ncol; c++) {
    const cell = row.getCell(c);
    cell.value = c === 1 ? text(value) : null;
    cell.style = style;
  }
  ws.mergeCells(at, 1, at, ncol);
  row.commit();
}

export const lastColumn = (ncol: number) => columnLetter(ncol - 1);

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`. */
function safeSheetName(name: string): string {
  const s = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return s || 'Data';
}
