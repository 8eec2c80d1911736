/**
 * The recap workbook of an event or a pledge campaign: one builder, columns given by the caller.
 * Title block (instansi, the event or campaign, its date), one row per perangkat daerah, a totals
 * row. Totals are values the caller computed (never formulas); unit names are text cells.
 *
 *   writeRekapXlsx(input: RekapXlsxInput, out: string): Promise<{ baris: number }>
 *
 * For events `kolomRekapKegiatan()` / `barisRekapKegiatan(rekap)` give the columns invited / hadir /
 * terlambat / each reason / belum / percent; a campaign passes its own, e.g.
 *   kolom: [{ header: 'Perangkat Daerah', jenis: 'teks' }, { header: 'Formulir', jenis: 'angka' },
 *           { header: 'Kembali', jenis: 'angka' }, { header: 'Belum', jenis: 'angka' }, { header: '% Kembali', jenis: 'persen' }]
 */
import type { RekapBaris, RekapKegiatan } from '../../../../shared/contract/kegiatan';
import { STATUS_ALASAN, STATUS_HADIR_LABEL } from '../../../../shared/domain/kegiatan';
import { headerRow, spanRow, STYLE, text, writeSheet } from './xlsx';

export interface KolomRekap {
  header: string;
  /** teks: a text cell; angka: a whole number; persen: 0–100, written as an Excel percentage. */
  jenis: 'teks' | 'angka' | 'persen';
  /** Excel character units (default: 34 for text, 11 for figures). */
  lebar?: number;
}

export type NilaiRekap = string | number | null;

export interface RekapXlsxInput {
  /** e.g. "PEMERINTAH KABUPATEN SUKAMAJU - BKPSDM", "REKAP KEHADIRAN", the event, "Senin, 7 Desember 2026". */
  judul: string[];
  kolom: readonly KolomRekap[];
  baris: readonly (readonly NilaiRekap[])[];
  /** The totals row (values, not formulas); its first cell usually "Jumlah". */
  total?: readonly NilaiRekap[];
  sheetName?: string;
  /** A line under the table, e.g. when it was printed. */
  catatan?: string;
}

const STYLES = { teks: STYLE.text, angka: STYLE.integer, persen: STYLE.percent } as const;
const TOTAL = { teks: STYLE.totalText, angka: STYLE.totalInteger, persen: STYLE.totalPercent } as const;

function valueOf(k: KolomRekap, v: NilaiRekap): string | number | null {
  if (v === null) return null;
  if (k.jenis === 'teks') return text(String(v));
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  return k.jenis === 'persen' ? Math.round(v * 10) / 1000 : v;
}

export async function writeRekapXlsx(input: RekapXlsxInput, out: string): Promise<{ baris: number }> {
  const ncol = input.kolom.length;
  if (!ncol) throw new Error('Rekap tanpa kolom tidak dapat dibuat.');
  const widths = input.kolom.map((k) => k.lebar ?? (k.jenis === 'teks' ? 34 : 11));
  await writeSheet(out, { sheetName: input.sheetName ?? 'Rekap', title: input.judul, widths, landscape: ncol > 8 }, async (ws, at, tick) => {
    // two lines of header text ("Tanpa keterangan" in a figure column)
    headerRow(ws, at, input.kolom.map((k) => k.header), 30);
    let r = at;
    const put = (values: readonly NilaiRekap[], styles: typeof STYLES | typeof TOTAL) => {
      const row = ws.getRow(++r);
      input.kolom.forEach((k, c) => {
        const cell = row.getCell(c + 1);
        const v = valueOf(k, values[c] ?? null);
        if (v !== null) cell.value = v;
        cell.style = styles[k.jenis];
      });
      row.commit();
    };
    for (const b of input.baris) {
      put(b, STYLES);
      await tick();
    }
    if (input.total) put(input.total, TOTAL);
    if (input.catatan) spanRow(ws, r + 2, ncol, input.catatan, { font: { italic: true, size: 9 } });
  });
  return { baris: input.baris.length };
}

/** Per unit: invited, present (hadir + terlambat), of whom late, each reason, not recorded, percent present. */
export function kolomRekapKegiatan(): KolomRekap[] {
  return [
    { header: 'No', jenis: 'angka', lebar: 5 },
    { header: 'Perangkat Daerah', jenis: 'teks' },
    { header: 'Diundang', jenis: 'angka' },
    { header: 'Hadir', jenis: 'angka' },
    { header: 'Terlambat', jenis: 'angka' },
    ...STATUS_ALASAN.map((s): KolomRekap => ({ header: STATUS_HADIR_LABEL[s], jenis: 'angka' })),
    { header: 'Belum Tercatat', jenis: 'angka' },
    { header: '% Hadir', jenis: 'persen' },
  ];
}

const rowOf = (b: RekapBaris, no: NilaiRekap, unit: string): NilaiRekap[] => [
  no,
  unit,
  b.jumlah.peserta,
  b.jumlah.hadir,
  b.jumlah.terlambat,
  ...STATUS_ALASAN.map((s) => b.jumlah.perStatus[s]),
  b.jumlah.belum,
  b.persenHadir,
];

export function barisRekapKegiatan(rekap: Pick<RekapKegiatan, 'baris' | 'total'>): { baris: NilaiRekap[][]; total: NilaiRekap[] } {
  return { baris: rekap.baris.map((b, i) => rowOf(b, i + 1, b.unit)), total: rowOf(rekap.total, null, 'Jumlah') };
}
