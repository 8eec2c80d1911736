/** The classification list in a spreadsheet: a "Kode" column and a "Nama"/"Uraian"/"Keterangan" column, anywhere below a title block. */

import { KodeKlasifikasiSchema, type KodeKlasifikasi } from '../../../shared/contract/dokumen';
import { UncachedFormula, cellText, columnLetter, formulaMessage, isBlank, type CellValue, type Grid, type GridRow } from './grid';

const normal = (v: CellValue | undefined) => cellText(v).trim().toLowerCase().replace(/\s+/g, ' ').replace(/[:.]$/, '');
const isKodeHeader = (t: string) => t === 'kode' || t === 'kode klasifikasi' || t === 'kode arsip';
const isNamaHeader = (t: string) => /^(nama|uraian|keterangan)( klasifikasi| masalah)?$/.test(t);

export interface KlasifikasiHeader {
  /** Row number as Excel shows it. */
  row: number;
  kode: number;
  nama: number;
}

export interface BarisKlasifikasi extends KodeKlasifikasi {
  /** Row number as Excel shows it. */
  row: number;
}

/** A problem with one cell, named the way the clerk finds it in Excel. */
export interface MasalahSel {
  row: number;
  column: string;
  message: string;
}

/** The first row holding both a code header and a name header; null when there is none. */
export function findKlasifikasiHeader(grid: Grid): KlasifikasiHeader | null {
  for (const r of grid.rows) {
    const texts = r.cells.map(normal);
    const kode = texts.findIndex(isKodeHeader);
    const nama = texts.findIndex(isNamaHeader);
    if (kode >= 0 && nama >= 0) return { row: r.row, kode, nama };
  }
  return null;
}

/**
 * Excel drops the zeros of a code typed as a number: 000 becomes 0 (put back), and 800.10 becomes
 * 800.1, which cannot be told apart from 800.1, so a code with a decimal point stored as a number is refused.
 */
function kodeOf(v: CellValue | undefined): { kode: string } | { message: string } {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000) return { kode: String(v).padStart(3, '0') };
  if (typeof v === 'number')
    return {
      message: `kode ${v} tersimpan sebagai angka, sehingga Excel membuang nol di belakang titik (800.10 menjadi 800.1). Ubah format kolom Kode menjadi Teks lalu ketik ulang kodenya.`,
    };
  return { kode: cellText(v).trim() };
}

/** Every data row below the header, with the problems of the cells that are not a valid code or name. */
export function readKlasifikasiRows(grid: Grid, header: KlasifikasiHeader): { rows: BarisKlasifikasi[]; problems: MasalahSel[] } {
  const rows: BarisKlasifikasi[] = [];
  const problems: MasalahSel[] = [];
  const kodeCol = `Kode (${columnLetter(header.kode)})`;
  const namaCol = `${cellText(grid.rows.find((r) => r.row === header.row)?.cells[header.nama]).trim()} (${columnLetter(header.nama)})`;
  const firstRow = new Map<string, number>();
  for (const r of grid.rows.filter((x: GridRow) => x.row > header.row)) {
    const kodeCell = r.cells[header.kode];
    const namaCell = r.cells[header.nama];
    if (isBlank(kodeCell) && isBlank(namaCell)) continue;
    const before = problems.length;
    if (kodeCell instanceof UncachedFormula || namaCell instanceof UncachedFormula) {
      if (kodeCell instanceof UncachedFormula) problems.push({ row: r.row, column: kodeCol, message: formulaMessage(kodeCell) });
      if (namaCell instanceof UncachedFormula) problems.push({ row: r.row, column: namaCol, message: formulaMessage(namaCell) });
      continue;
    }
    const k = kodeOf(kodeCell);
    const parsed = KodeKlasifikasiSchema.safeParse({ kode: 'kode' in k ? k.kode : '000', nama: cellText(namaCell) });
    if ('message' in k) problems.push({ row: r.row, column: kodeCol, message: k.message });
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const isKode = issue.path[0] === 'kode';
      const shown = isKode ? cellText(kodeCell).trim() : '';
      problems.push({ row: r.row, column: isKode ? kodeCol : namaCol, message: shown ? `"${shown}": ${issue.message}` : issue.message });
    }
    if (problems.length > before || !parsed.success) continue;
    const first = firstRow.get(parsed.data.kode);
    if (first !== undefined) {
      problems.push({ row: r.row, column: kodeCol, message: `kode ${parsed.data.kode} sudah ada di baris ${first}.` });
      continue;
    }
    firstRow.set(parsed.data.kode, r.row);
    rows.push({ ...parsed.data, row: r.row });
  }
  return { rows, problems };
}
