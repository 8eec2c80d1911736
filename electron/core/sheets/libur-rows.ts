/**
 * The holiday table in a spreadsheet: a header row with Tanggal and Nama (Jenis optional: nasional,
 * cuti bersama, daerah), anywhere below a title block, as the year's SKB list is usually typed.
 */

import { HariLiburInputSchema, type HariLiburInput, type JenisLibur } from '../../../shared/contract/libur';
import { excelSerialToIso, parseTanggalTeks } from '../../../shared/domain/tanggal';
import { UncachedFormula, cellText, columnLetter, dateCellToIso, formulaMessage, isBlank, type CellValue, type Grid } from './grid';
import type { MasalahSel } from './klasifikasi-rows';

type Kolom = 'tanggal' | 'nama' | 'jenis';

const HEADERS: Record<Kolom, RegExp> = {
  tanggal: /^(tanggal|tgl)( libur)?$/,
  nama: /^(nama|keterangan|uraian|hari libur)( hari libur| libur)?$/,
  jenis: /^jenis( libur)?$/,
};
const LABEL: Record<Kolom, string> = { tanggal: 'Tanggal', nama: 'Nama', jenis: 'Jenis' };

const normal = (v: CellValue | undefined) => cellText(v).trim().toLowerCase().replace(/\s+/g, ' ').replace(/[:.]$/, '');

export interface LiburHeader {
  row: number;
  cols: Partial<Record<Kolom, number>>;
}

/** The first row holding a Tanggal and a Nama header; null when there is none. */
export function findLiburHeader(grid: Grid): LiburHeader | null {
  for (const r of grid.rows) {
    const texts = r.cells.map(normal);
    const cols: Partial<Record<Kolom, number>> = {};
    for (const k of Object.keys(HEADERS) as Kolom[]) {
      const i = texts.findIndex((t) => HEADERS[k].test(t));
      if (i >= 0) cols[k] = i;
    }
    if (cols.tanggal !== undefined && cols.nama !== undefined) return { row: r.row, cols };
  }
  return null;
}

/** "Libur nasional", "cuti bersama", "Cuti-Bersama", "daerah" … → the kind; empty → nasional; null when unknown. */
export function jenisLiburOf(text: string): JenisLibur | null {
  const t = text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (t === '' || t === 'nasional' || t === 'libur nasional' || t === 'hari libur nasional') return 'nasional';
  if (t === 'cuti bersama' || t === 'cuti') return 'cuti-bersama';
  if (t === 'daerah' || t === 'libur daerah' || t === 'hari libur daerah') return 'daerah';
  return null;
}

function tanggalOf(v: CellValue | undefined): string | { message: string } {
  if (isBlank(v)) return { message: 'tanggal wajib diisi.' };
  if (v instanceof Date) return dateCellToIso(v) ?? { message: 'tanggal tidak terbaca.' };
  if (typeof v === 'number') return excelSerialToIso(v) ?? { message: `tanggal ${v} tidak terbaca.` };
  const text = cellText(v).trim();
  return parseTanggalTeks(text) ?? { message: `"${text}" bukan tanggal; tulis misalnya 20/03/2026 atau 20 Maret 2026.` };
}

/** Every data row below the header, with the problems of cells that do not make a valid holiday. */
export function readLiburRows(grid: Grid, header: LiburHeader): { rows: (HariLiburInput & { row: number })[]; problems: MasalahSel[] } {
  const rows: (HariLiburInput & { row: number })[] = [];
  const problems: MasalahSel[] = [];
  const kolom = (k: Kolom) => (header.cols[k] === undefined ? LABEL[k] : `${LABEL[k]} (${columnLetter(header.cols[k]!)})`);
  const firstRow = new Map<string, number>();
  for (const r of grid.rows.filter((x) => x.row > header.row)) {
    const cell = (k: Kolom) => (header.cols[k] === undefined ? undefined : r.cells[header.cols[k]!]);
    if ((Object.keys(header.cols) as Kolom[]).every((k) => isBlank(cell(k)))) continue;
    const before = problems.length;
    for (const k of Object.keys(header.cols) as Kolom[]) {
      const v = cell(k);
      if (v instanceof UncachedFormula) problems.push({ row: r.row, column: kolom(k), message: formulaMessage(v) });
    }
    if (problems.length > before) continue;
    const tanggal = tanggalOf(cell('tanggal'));
    if (typeof tanggal !== 'string') problems.push({ row: r.row, column: kolom('tanggal'), message: tanggal.message });
    const jenisText = cellText(cell('jenis'));
    const jenis = jenisLiburOf(jenisText);
    if (!jenis) problems.push({ row: r.row, column: kolom('jenis'), message: `jenis "${jenisText.trim()}" tidak dikenal. Pakai: nasional, cuti bersama, atau daerah.` });
    const parsed = HariLiburInputSchema.safeParse({ tanggal: typeof tanggal === 'string' ? tanggal : '2000-01-01', nama: cellText(cell('nama')), jenis: jenis ?? 'nasional' });
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const k = (issue.path[0] as Kolom | undefined) ?? 'nama';
        if (k !== 'tanggal') problems.push({ row: r.row, column: kolom(k), message: issue.message });
      }
    if (problems.length > before || !parsed.success) continue;
    const first = firstRow.get(parsed.data.tanggal);
    if (first !== undefined) {
      problems.push({ row: r.row, column: kolom('tanggal'), message: `tanggal ${parsed.data.tanggal} sudah ada di baris ${first}; satu tanggal satu baris.` });
      continue;
    }
    firstRow.set(parsed.data.tanggal, r.row);
    rows.push({ ...parsed.data, row: r.row });
  }
  return { rows, problems };
}
