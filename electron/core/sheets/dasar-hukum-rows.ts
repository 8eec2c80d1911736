/**
 * The legal-bases list in a spreadsheet: a header row with at least Kode, Jenis, Nomor, Tahun and Tentang
 * (Sebutan, Tanggal, LN, TLN, Diubah dengan and Periksa optional), anywhere below a title block.
 */

import { DasarHukumInputSchema, JENIS_DASAR_HUKUM, JENIS_DASAR_HUKUM_INFO, type DasarHukumInput, type JenisDasarHukum } from '../../../shared/contract/dasar-hukum';
import { excelSerialToIso, parseTanggalTeks } from '../../../shared/domain/tanggal';
import { UncachedFormula, cellText, columnLetter, dateCellToIso, formulaMessage, isBlank, type CellValue, type Grid } from './grid';
import type { MasalahSel } from './klasifikasi-rows';

type Kolom = 'kode' | 'jenis' | 'sebutan' | 'nomor' | 'tahun' | 'tanggal' | 'tentang' | 'ln' | 'tln' | 'diubahDengan' | 'periksa';

const HEADERS: Record<Kolom, RegExp> = {
  kode: /^kode( singkat)?$/,
  jenis: /^jenis( peraturan)?$/,
  sebutan: /^(sebutan|nama peraturan|penerbit)$/,
  nomor: /^nomor$/,
  tahun: /^tahun$/,
  tanggal: /^tanggal( penetapan| ditetapkan)?$/,
  tentang: /^(tentang|judul)$/,
  ln: /^(ln|lembaran negara|lembaran daerah|nomor lembaran|lembaran)$/,
  tln: /^(tln|tambahan lembaran negara|tambahan lembaran daerah|tambahan lembaran)$/,
  diubahDengan: /^(diubah dengan|perubahan)$/,
  periksa: /^(periksa|perlu diperiksa)$/,
};
const WAJIB: readonly Kolom[] = ['kode', 'jenis', 'nomor', 'tahun', 'tentang'];

const LABEL: Record<Kolom, string> = {
  kode: 'Kode',
  jenis: 'Jenis',
  sebutan: 'Sebutan',
  nomor: 'Nomor',
  tahun: 'Tahun',
  tanggal: 'Tanggal',
  tentang: 'Tentang',
  ln: 'LN',
  tln: 'TLN',
  diubahDengan: 'Diubah dengan',
  periksa: 'Periksa',
};

const normal = (v: CellValue | undefined) => cellText(v).trim().toLowerCase().replace(/\s+/g, ' ').replace(/[:.]$/, '');

export interface DasarHukumHeader {
  row: number;
  cols: Partial<Record<Kolom, number>>;
}

/** The first row holding every required header; null when there is none. */
export function findDasarHukumHeader(grid: Grid): DasarHukumHeader | null {
  for (const r of grid.rows) {
    const texts = r.cells.map(normal);
    const cols: Partial<Record<Kolom, number>> = {};
    for (const k of Object.keys(HEADERS) as Kolom[]) {
      const i = texts.findIndex((t) => HEADERS[k].test(t));
      if (i >= 0) cols[k] = i;
    }
    if (WAJIB.every((k) => cols[k] !== undefined)) return { row: r.row, cols };
  }
  return null;
}

/** "UU", "Undang-Undang", "Perpres", "SKB", "Surat Edaran" … → the kind; null when unknown. */
export function jenisOf(text: string): JenisDasarHukum | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t) return null;
  const alias: Record<string, JenisDasarHukum> = {
    'undang-undang': 'uu',
    perpu: 'perppu',
    'peraturan pemerintah': 'pp',
    'peraturan presiden': 'perpres',
    'peraturan menteri': 'permen',
    permendagri: 'permen',
    'peraturan badan': 'perban',
    'peraturan lembaga': 'perban',
    'peraturan daerah': 'perda',
    'peraturan kepala daerah': 'perkada',
    perbup: 'perkada',
    perwal: 'perkada',
    pergub: 'perkada',
    'keputusan bersama': 'skb',
    'surat edaran': 'se',
  };
  if ((JENIS_DASAR_HUKUM as readonly string[]).includes(t)) return t as JenisDasarHukum;
  if (alias[t]) return alias[t];
  return (Object.entries(JENIS_DASAR_HUKUM_INFO).find(([, info]) => info.label.toLowerCase() === t)?.[0] as JenisDasarHukum | undefined) ?? null;
}

function tanggalOf(v: CellValue | undefined): string | { message: string } {
  if (isBlank(v)) return '';
  if (v instanceof Date) return dateCellToIso(v) ?? { message: 'tanggal tidak terbaca.' };
  if (typeof v === 'number') return excelSerialToIso(v) ?? { message: `tanggal ${v} tidak terbaca.` };
  const text = cellText(v).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  return parseTanggalTeks(text) ?? { message: `"${text}" bukan tanggal; tulis misalnya 30/09/2014 atau 30 September 2014.` };
}

/** Every data row below the header, with the problems of cells that do not make a valid entry. */
export function readDasarHukumRows(grid: Grid, header: DasarHukumHeader): { rows: (DasarHukumInput & { row: number })[]; problems: MasalahSel[] } {
  const rows: (DasarHukumInput & { row: number })[] = [];
  const problems: MasalahSel[] = [];
  const kolom = (k: Kolom) => `${LABEL[k]} (${columnLetter(header.cols[k]!)})`;
  const firstRow = new Map<string, number>();
  for (const r of grid.rows.filter((x) => x.row > header.row)) {
    const cell = (k: Kolom) => (header.cols[k] === undefined ? undefined : r.cells[header.cols[k]!]);
    const present = (Object.keys(header.cols) as Kolom[]).filter((k) => !isBlank(cell(k)));
    if (present.length === 0) continue;
    const before = problems.length;
    for (const k of Object.keys(header.cols) as Kolom[]) {
      const v = cell(k);
      if (v instanceof UncachedFormula) problems.push({ row: r.row, column: kolom(k), message: formulaMessage(v) });
    }
    if (problems.length > before) continue;
    const jenisText = cellText(cell('jenis')).trim();
    const jenis = jenisOf(jenisText);
    if (!jenis)
      problems.push({
        row: r.row,
        column: kolom('jenis'),
        message: jenisText ? `jenis "${jenisText}" tidak dikenal. Pakai salah satu: UU, Perppu, PP, Perpres, Permen, Perban, Perda, Perkada, SKB, SE, Keputusan, Lainnya.` : 'jenis wajib diisi.',
      });
    const tanggal = header.cols.tanggal === undefined ? '' : tanggalOf(cell('tanggal'));
    if (typeof tanggal !== 'string') problems.push({ row: r.row, column: kolom('tanggal'), message: tanggal.message });
    const tahunCell = cell('tahun');
    const tahun = typeof tahunCell === 'number' ? tahunCell : Number(cellText(tahunCell).trim() || Number.NaN);
    const periksaText = normal(cell('periksa'));
    const parsed = DasarHukumInputSchema.safeParse({
      kode: cellText(cell('kode')),
      jenis: jenis ?? 'lainnya',
      sebutan: cellText(cell('sebutan')),
      nomor: cellText(cell('nomor')),
      tahun: Number.isFinite(tahun) ? tahun : undefined,
      tanggal: typeof tanggal === 'string' ? tanggal : '',
      tentang: cellText(cell('tentang')),
      ln: cellText(cell('ln')),
      tln: cellText(cell('tln')),
      diubahDengan: cellText(cell('diubahDengan'))
        .split(/[;,\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
      periksa: ['ya', 'y', 'true', '1', 'periksa', 'x'].includes(periksaText),
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const k = (issue.path[0] as Kolom | undefined) ?? 'kode';
        problems.push({ row: r.row, column: header.cols[k] === undefined ? LABEL[k] : kolom(k), message: issue.message });
      }
    if (problems.length > before || !parsed.success) continue;
    const key = parsed.data.kode.toUpperCase();
    const first = firstRow.get(key);
    if (first !== undefined) {
      problems.push({ row: r.row, column: kolom('kode'), message: `kode ${parsed.data.kode} sudah ada di baris ${first}.` });
      continue;
    }
    firstRow.set(key, r.row);
    rows.push({ ...parsed.data, row: r.row });
  }
  return { rows, problems };
}
