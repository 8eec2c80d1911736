/**
 * A recommendation list (Bawaslu, BKN …) in a spreadsheet: finding its header row among the first
 * rows and reading each person's row into typed cells, with the problems of cells that cannot be read.
 */

import { KOLOM_KASUS, KOLOM_KASUS_LABEL, type KolomKasus, type PemetaanKasus } from '../../../shared/contract/kasus-impor';
import { normalizeHeader } from '../../../shared/domain/import-fields';
import { looksLikeExcelNumber, nipAsNumberMessage, normalizeNip } from '../../../shared/domain/nip';
import { excelSerialToIso, parseTanggalTeks } from '../../../shared/domain/tanggal';
import { SheetError } from './errors';
import { UncachedFormula, cellText, columnLetter, dateCellToIso, formulaMessage, isBlank, type CellValue, type Grid } from './grid';

const HEADER_SCAN_ROWS = 30;

/** Header texts seen in recommendation lists, compared after `normalizeHeader`. */
export const SEBUTAN_KOLOM: Record<KolomKasus, readonly string[]> = {
  nomor: ['NOMOR REKOMENDASI', 'NO REKOMENDASI', 'NOMOR SURAT REKOMENDASI', 'NOMOR SURAT', 'NO SURAT', 'NOMOR', 'NOMOR LAPORAN', 'NO LAPORAN', 'NOMOR REGISTER'],
  tanggalSurat: ['TANGGAL REKOMENDASI', 'TGL REKOMENDASI', 'TANGGAL SURAT REKOMENDASI', 'TANGGAL SURAT', 'TGL SURAT', 'TANGGAL LAPORAN', 'TGL LAPORAN'],
  tanggalDiterima: ['TANGGAL DITERIMA', 'TGL DITERIMA', 'TANGGAL TERIMA', 'TGL TERIMA', 'DITERIMA TANGGAL'],
  tanggalKejadian: ['TANGGAL KEJADIAN', 'TGL KEJADIAN', 'WAKTU KEJADIAN', 'TANGGAL PERISTIWA', 'TANGGAL PELANGGARAN', 'WAKTU PELANGGARAN', 'TGL PELANGGARAN', 'HARI TANGGAL KEJADIAN'],
  nama: ['NAMA', 'NAMA TERLAPOR', 'NAMA ASN', 'NAMA ASN TERLAPOR', 'NAMA PEGAWAI', 'NAMA LENGKAP', 'TERLAPOR', 'NAMA TERLAPOR ASN'],
  nip: ['NIP', 'NIP TERLAPOR', 'NIP BARU', 'NIP NIK', 'NIK', 'NI PPPK', 'NIP NI PPPK'],
  tanggalLahir: ['TANGGAL LAHIR', 'TGL LAHIR', 'TGLLAHIR'],
  jabatan: ['JABATAN', 'NAMA JABATAN', 'JABATAN TERLAPOR', 'PANGKAT JABATAN'],
  unitKerja: [
    'INSTANSI UNIT KERJA',
    'UNIT KERJA',
    'INSTANSI',
    'UNIT KERJA INSTANSI',
    'INSTANSI ASAL',
    'OPD',
    'PERANGKAT DAERAH',
    'SKPD',
    'SATUAN KERJA',
    'SATKER',
    'ASAL INSTANSI',
    'TEMPAT TUGAS',
  ],
  pelanggaran: [
    'JENIS DUGAAN PELANGGARAN',
    'JENIS PELANGGARAN',
    'DUGAAN PELANGGARAN',
    'BENTUK PELANGGARAN',
    'KATEGORI PELANGGARAN',
    'KATEGORI',
    'PELANGGARAN',
    'JENIS DUGAAN',
    'BENTUK DUGAAN PELANGGARAN',
  ],
  rekomendasi: ['REKOMENDASI SANKSI', 'REKOMENDASI', 'SANKSI', 'USULAN SANKSI', 'REKOMENDASI BAWASLU', 'REKOMENDASI HUKUMAN', 'JENIS SANKSI'],
  kronologi: ['KRONOLOGI', 'KRONOLOGIS', 'URAIAN', 'URAIAN SINGKAT', 'URAIAN KEJADIAN', 'URAIAN PELANGGARAN', 'KETERANGAN', 'FAKTA'],
  lokasi: ['LOKASI', 'LOKASI KEJADIAN', 'TEMPAT KEJADIAN'],
  pemilihan: ['PEMILIHAN', 'JENIS PEMILIHAN', 'PEMILU PEMILIHAN', 'PEMILU'],
};

const SYNONYMS = new Map<string, { kolom: KolomKasus; priority: number }>();
for (const kolom of KOLOM_KASUS)
  SEBUTAN_KOLOM[kolom].forEach((s, priority) => {
    const key = normalizeHeader(s);
    if (!SYNONYMS.has(key)) SYNONYMS.set(key, { kolom, priority });
  });

const key = (t: string) => normalizeHeader(t.replace(/\*/g, ' ').replace(/\bNO\.\s*/gi, 'NO '));

/** The column a header names: exact, then without notes in brackets ("Tanggal Kejadian (dd-mm-yyyy)"). */
export function kolomDari(text: string): { kolom: KolomKasus; priority: number; loose: number } | null {
  if (!text.trim()) return null;
  const exact = SYNONYMS.get(key(text));
  if (exact) return { ...exact, loose: 0 };
  // "Rekomendasi (Sanksi)" is itself a synonym once brackets become spaces; a note is dropped only after that
  const stripped = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  if (stripped !== text) {
    const loose = SYNONYMS.get(key(stripped));
    if (loose) return { ...loose, loose: 1 };
  }
  return null;
}

export interface KasusHeader {
  headerRowIndex: number;
  dataStartIndex: number;
  headers: string[];
  mapping: PemetaanKasus;
}

function texts(cells: readonly CellValue[]): string[] {
  const out = cells.map((c) => cellText(c).replace(/\s+/g, ' ').trim());
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

function mapHeaders(headers: readonly string[]): PemetaanKasus {
  const best = new Map<KolomKasus, { col: number; priority: number; loose: number }>();
  headers.forEach((h, col) => {
    const m = kolomDari(h);
    if (!m) return;
    const cur = best.get(m.kolom);
    if (!cur || m.loose < cur.loose || (m.loose === cur.loose && m.priority < cur.priority)) best.set(m.kolom, { col, priority: m.priority, loose: m.loose });
  });
  const out: PemetaanKasus = {};
  for (const k of KOLOM_KASUS) {
    const b = best.get(k);
    if (b) out[k] = b.col;
  }
  return out;
}

/**
 * The row among the first 30 naming the most known columns (Nama and at least one other); a mapping
 * the clerk gave replaces the detected one. Without a recognisable header, the row with the most text
 * cells is taken when the clerk maps by hand.
 */
export function detectKasusHeader(grid: Grid, override: PemetaanKasus | null): KasusHeader {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  let best = -1;
  let bestMap: PemetaanKasus = {};
  for (let i = 0; i < limit; i++) {
    const m = mapHeaders(texts(grid.rows[i]!.cells));
    const n = Object.keys(m).length;
    if (n >= 2 && n > Object.keys(bestMap).length && (m.nama !== undefined || override)) {
      best = i;
      bestMap = m;
    }
  }
  if (best < 0 && override) {
    let most = 0;
    for (let i = 0; i < limit; i++) {
      const n = grid.rows[i]!.cells.filter((c) => typeof c === 'string' && c.trim() !== '').length;
      if (n > most) {
        most = n;
        best = i;
      }
    }
  }
  if (best < 0) {
    const where = grid.sheet ? ` (lembar "${grid.sheet}")` : '';
    throw new SheetError(
      'JUDUL_KOLOM',
      `Baris judul kolom tidak ditemukan di ${HEADER_SCAN_ROWS} baris pertama berkas "${grid.fileName}"${where}. ` +
        `Netra mencari satu baris berisi judul kolom Nama dan paling sedikit satu judul lain, misalnya: ${KOLOM_KASUS.map((k) => KOLOM_KASUS_LABEL[k]).join(', ')}.`,
    );
  }
  if (best + 1 >= grid.rows.length)
    throw new SheetError('KOSONG', `Berkas "${grid.fileName}" hanya berisi judul kolom (baris ${grid.rows[best]!.row}); tidak ada baris terlapor di bawahnya.`);
  return { headerRowIndex: best, dataStartIndex: best + 1, headers: texts(grid.rows[best]!.cells), mapping: override ?? bestMap };
}

export interface MasalahBaris {
  row: number;
  kolom: KolomKasus | null;
  message: string;
}

/** One person's row, cells read (dates as ISO, NIP as digits). */
export interface BarisKasus {
  row: number;
  nomor: string;
  tanggalSurat: string | null;
  tanggalDiterima: string | null;
  tanggalKejadian: string | null;
  nama: string;
  nip: string | null;
  tanggalLahir: string | null;
  jabatan: string;
  unitKerja: string;
  pelanggaran: string;
  rekomendasi: string;
  kronologi: string;
  lokasi: string;
  pemilihan: string;
}

const TANGGAL: readonly KolomKasus[] = ['tanggalSurat', 'tanggalDiterima', 'tanggalKejadian', 'tanggalLahir'];

function tanggalDari(v: CellValue | undefined): string | null | { message: string } {
  if (isBlank(v)) return null;
  if (v instanceof Date) return dateCellToIso(v) ?? { message: 'tanggal tidak terbaca.' };
  if (typeof v === 'number') return excelSerialToIso(v) ?? { message: `tanggal ${v} tidak terbaca.` };
  const s = cellText(v).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (/^\d{5}(\.\d+)?$/.test(s)) return excelSerialToIso(Number(s)) ?? { message: `tanggal ${s} tidak terbaca.` };
  return parseTanggalTeks(s) ?? { message: `"${s}" bukan tanggal; tulis misalnya 20/10/2026 atau 20 Oktober 2026.` };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every data row below the header; a row is in `rows` only when it has no problem. */
export function readKasusRows(grid: Grid, header: KasusHeader): { rows: BarisKasus[]; problems: MasalahBaris[]; total: number } {
  const m = header.mapping;
  const cols = KOLOM_KASUS.filter((k) => m[k] !== undefined);
  const rows: BarisKasus[] = [];
  const problems: MasalahBaris[] = [];
  let total = 0;
  for (let i = header.dataStartIndex; i < grid.rows.length; i++) {
    const r = grid.rows[i]!;
    const cell = (k: KolomKasus) => (m[k] === undefined ? undefined : r.cells[m[k]!]);
    if (cols.every((k) => isBlank(cell(k)))) continue;
    total++;
    const before = problems.length;
    const problem = (kolom: KolomKasus | null, message: string) => problems.push({ row: r.row, kolom, message });
    for (const k of cols) {
      const v = cell(k);
      if (v instanceof UncachedFormula) problem(k, formulaMessage(v));
    }
    if (problems.length > before) continue;
    const teks = (k: KolomKasus) => cellText(cell(k)).trim();
    const tanggal: Partial<Record<KolomKasus, string | null>> = {};
    for (const k of TANGGAL) {
      const t = tanggalDari(cell(k));
      if (t !== null && typeof t === 'object') problem(k, t.message);
      else tanggal[k] = t;
    }
    const nama = oneLine(teks('nama'));
    if (!nama) problem('nama', 'nama terlapor wajib diisi.');
    if (!tanggal.tanggalKejadian && m.tanggalKejadian !== undefined && !problems.some((p, j) => j >= before && p.kolom === 'tanggalKejadian'))
      problem('tanggalKejadian', 'tanggal kejadian wajib diisi: aturan yang dipakai kasus dipilih menurut tanggal ini (bila tidak diketahui, isi tanggal rekomendasi).');
    let nip: string | null = null;
    const nipCell = cell('nip');
    if (!isBlank(nipCell)) {
      const raw = cellText(nipCell).trim();
      if ((typeof nipCell === 'number' && Math.abs(nipCell) >= 1e15) || looksLikeExcelNumber(raw)) problem('nip', nipAsNumberMessage(raw));
      else {
        nip = normalizeNip(raw);
        if (/\D/.test(nip) || nip.length < 8 || nip.length > 18) problem('nip', `NIP "${raw}" tidak terbaca: isi 18 digit angka (atau kosongkan bila tidak diketahui).`);
      }
    }
    if (problems.length > before) continue;
    rows.push({
      row: r.row,
      nomor: oneLine(teks('nomor')),
      tanggalSurat: tanggal.tanggalSurat ?? null,
      tanggalDiterima: tanggal.tanggalDiterima ?? null,
      tanggalKejadian: tanggal.tanggalKejadian ?? null,
      nama,
      nip,
      tanggalLahir: tanggal.tanggalLahir ?? null,
      jabatan: oneLine(teks('jabatan')),
      unitKerja: oneLine(teks('unitKerja')),
      pelanggaran: teks('pelanggaran'),
      rekomendasi: teks('rekomendasi'),
      kronologi: teks('kronologi'),
      lokasi: oneLine(teks('lokasi')),
      pemilihan: oneLine(teks('pemilihan')),
    });
  }
  return { rows, problems, total };
}

export const kolomHuruf = (m: PemetaanKasus, k: KolomKasus | null): string | null => (k && m[k] !== undefined ? columnLetter(m[k]!) : null);
