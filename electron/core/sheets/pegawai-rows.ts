/** Staff rows of a grid → `PegawaiImportRow`s plus every problem, located as a clerk finds it in Excel. */

import type { ColumnMapping, ImportField, UpdateField } from '../../../shared/domain/import-fields';
import { IMPORT_FIELDS, fieldBit, normalizeHeader } from '../../../shared/domain/import-fields';
import { PEGAWAI_MAKS } from '../../../shared/domain/pegawai-batas';
import { parseEselon, parseJenisJabatan, parseStatusKepegawaian } from '../../../shared/domain/jabatan';
import { parseJenisKelamin } from '../../../shared/domain/jenis-kelamin';
import { checkNipConsistency, looksLikeExcelNumber, nipAsNumberMessage, normalizeNip, parseNik, parseNip } from '../../../shared/domain/nip';
import { namaPangkat, parseGolonganPns, parseGolonganPppk } from '../../../shared/domain/pangkat';
import {
  STATUS_KEPEGAWAIAN,
  STATUS_LABEL,
  type ImportIssue,
  type JenisIdentitas,
  type JenisJabatan,
  type JenisKelamin,
  type PegawaiImportRow,
  type StatusKepegawaian,
} from '../../../shared/domain/pegawai';
import { excelSerialToIso, isValidDate, parseTanggalTeks, todayIso, toIsoDate } from '../../../shared/domain/tanggal';
import { UncachedFormula, cellText, columnLetter, dateCellToIso, formulaMessage, isBlank, type CellValue, type Grid } from './grid';

export { columnLetter } from './grid';

export interface HeaderForRows {
  headerRowIndex: number;
  /** First data row (index into grid.rows); defaults to the row after the header. */
  dataStartIndex?: number;
  headers: string[];
  mapping: ColumnMapping;
}

export interface ReadPegawaiOptions {
  /** File name shown in issues (the original name, not a temp path). */
  fileLabel: string;
  today?: Date;
}

export interface PegawaiRowRead {
  row: number;
  data: PegawaiImportRow;
  /**
   * Bits (`fieldBit`) of the fields this row fills from a mapped cell: only these may change a
   * stored person. Values guessed or derived (sex and birth date from the NIP, status from the
   * identifier's shape) are not filled.
   */
  filled: number;
}

/** Longest unit name the unit form accepts (UnitInputSchema). */
const UNIT_MAKS = 200;

export interface PegawaiRowsResult {
  /** Rows without any issue, ready to import. */
  rows: PegawaiRowRead[];
  /** Every problem found; a row with an issue is not in `rows`. */
  issues: ImportIssue[];
}

const ACCEPTED_DATES = 'dd-mm-yyyy (16-09-1980), dd/mm/yyyy (16/09/1980) atau 16 September 1980, atau gunakan format tanggal Excel';
const ACCEPTED_STATUS = 'PNS, CPNS, PPPK, PPPK Paruh Waktu, atau Non-ASN (Honorer/PPNPN/Kontrak)';
const ACCEPTED_JENIS_JABATAN =
  'JPT (Jabatan Pimpinan Tinggi), Administrator, Pengawas, Fungsional, Pelaksana, atau Struktural disertai kolom Eselon yang terisi';

/** Front titles and degrees that may precede a name (with their dot): Dr., dr., drg., Ir., Drs., Dra., H., Hj., Prof. … */
const GELAR_DEPAN = /^((?:prof|dr|drg|drh|ir|drs|dra|hj|h|kh|k\.h|ns|apt)\.)\s*/i;
const FOOTER_SKIP = /^(jumlah|total|sub ?total|grand total)\b/i;
const FOOTER_STOP = /^(mengetahui|dicetak|ditetapkan|dikeluarkan|a\.?\s?n\.?\s|plt\.?\s|plh\.?\s)/i;
/** "Sukamaju, 12 Januari 2024": the place and date line above a signature. */
const PLACE_DATE = /^[A-Za-z .'-]{2,40},\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const NEEDS_COLLAPSE = /\s\s|[^\S ]/;
const ONLY_DASHES = /^[-–—_.]+$/;

/** Cell text with spaces collapsed; a lone dash (used for "none") is empty. */
function clean(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : v instanceof Date ? (dateCellToIso(v) ?? '') : cellText(v);
  if (NEEDS_COLLAPSE.test(s)) s = s.replace(/\s+/g, ' ');
  s = s.trim();
  return s.length <= 5 && ONLY_DASHES.test(s) ? '' : s;
}

const BIT = Object.fromEntries(
  (['nip', 'nama', 'gelarDepan', 'gelarBelakang', 'jenisKelamin', 'tempatLahir', 'tanggalLahir', 'status', 'golongan', 'jabatan', 'jenisJabatan', 'eselon', 'unitKerja', 'telepon', 'email'] as const).map(
    (f) => [f, fieldBit(f)],
  ),
) as Record<UpdateField, number>;

const formatCount = (n: number) => n.toLocaleString('id-ID');

/** One bit per import field, to remember which cells of a row held a formula. */
const FIELD_FLAG = new Map<ImportField, number>(IMPORT_FIELDS.map((f, i) => [f, 1 << i]));

/**
 * 17 or 19 digits that read as a NIP with one digit missing or extra (a birth date, then a plausible
 * appointment year): reported as a NIP of the wrong length, not as a bad NIK.
 */
function looksLikeNipOffByOne(d: string): boolean {
  if (d.length !== 17 && d.length !== 19) return false;
  if (!/^\d+$/.test(d)) return false;
  const y = Number(d.slice(0, 4));
  const tmt = Number(d.slice(8, 12));
  return y >= 1940 && y <= 2010 && isValidDate(y, Number(d.slice(4, 6)), Number(d.slice(6, 8))) && tmt >= 1960 && tmt <= 2100;
}

/** Memoises a parser of short repeated texts (golongan, status, sex …): a staff list has few distinct values. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size < 10_000) cache.set(s, v);
    }
    return v as T;
  };
}

/** A number as Excel shows it in the formula bar: 15 significant digits (`198503122010011000`). */
export function excelShownNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const [mant = '', expText = '0'] = n.toExponential(14).split('e');
  const exp = Number(expText);
  const digits = mant.replace('-', '').replace('.', '').replace(/0+$/, '');
  if (exp >= digits.length - 1 && exp < 21) return (n < 0 ? '-' : '') + digits.padEnd(exp + 1, '0');
  return String(n);
}

function parseStatus(text: string): StatusKepegawaian | null {
  const direct = parseStatusKepegawaian(text);
  if (direct) return direct;
  const k = text.toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();
  if (k === 'P') return 'PNS'; // SIASN "STATUS CPNS PNS"
  if (k === 'C') return 'CPNS';
  for (const s of STATUS_KEPEGAWAIAN) if (STATUS_LABEL[s].toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim() === k) return s;
  if (/^(PPPK|P3K)\b/.test(k)) return /\bPARUH\b/.test(k) ? 'PPPK_PARUH_WAKTU' : 'PPPK';
  if (/^CPNS\b/.test(k)) return 'CPNS';
  if (/^PNS\b/.test(k)) return 'PNS'; // "PNS Daerah", "PNS Pusat DPK"
  if (/^(NON ASN|HONOR|TENAGA HONOR|PPNPN|KONTRAK)/.test(k)) return 'NON_ASN';
  return null;
}

type NipOk = { nip: string; tanggalLahir: string; jenisKelamin: JenisKelamin };

/**
 * NI PPPK: same shape as a NIP, but digits 13–14 are not a month in every intake year
 * (`199001012022212001`). Falls back to checking birth date, appointment year, sex and serial.
 */
function parseNiPppk(raw: string, today: Date): { ok: true; value: NipOk } | { ok: false; message: string } {
  const r = parseNip(raw, today);
  if (r.ok) return { ok: true, value: r };
  const d = normalizeNip(raw);
  const message = r.message.replace(/^NIP/, 'NI PPPK');
  if (!/^\d{18}$/.test(d)) return { ok: false, message };
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(4, 6));
  const day = Number(d.slice(6, 8));
  const year = Number(d.slice(8, 12));
  const sex = d.charAt(14);
  if (!isValidDate(y, m, day) || y < 1900 || year < y + 18 || year > today.getFullYear() || (sex !== '1' && sex !== '2') || d.endsWith('000'))
    return { ok: false, message };
  return { ok: true, value: { nip: d, tanggalLahir: toIsoDate(y, m, day), jenisKelamin: sex === '1' ? 'L' : 'P' } };
}

/** ISO date from a date cell, an Excel serial, `yyyymmdd`/`ddmmyyyy` digits, or typed text; null when unreadable. */
function parseBirthDate(v: CellValue): string | null {
  if (v instanceof Date) return dateCellToIso(v);
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 10_000_000 && v <= 99_999_999) return eightDigitDate(String(v));
    return excelSerialToIso(v);
  }
  const s = clean(v);
  if (/^\d{8}$/.test(s)) return eightDigitDate(s);
  if (/^\d{4,5}(\.\d+)?$/.test(s)) return excelSerialToIso(Number(s)); // a serial that became text (CSV)
  return parseTanggalTeks(s);
}

function eightDigitDate(s: string): string | null {
  const asYmd = [Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8))] as const;
  if (asYmd[0] >= 1900 && isValidDate(...asYmd)) return toIsoDate(...asYmd);
  const asDmy = [Number(s.slice(4, 8)), Number(s.slice(2, 4)), Number(s.slice(0, 2))] as const;
  if (asDmy[0] >= 1900 && isValidDate(...asDmy)) return toIsoDate(...asDmy);
  return null;
}

/** Splits "Dr. SITI AMINAH, S.H., M.H." into front title(s), name and degrees after the first comma. */
export function splitGelar(full: string): { gelarDepan: string | null; nama: string; gelarBelakang: string | null } {
  let rest = full.replace(/\s+/g, ' ').trim();
  let belakang: string | null = null;
  const comma = rest.indexOf(',');
  if (comma >= 0) {
    belakang =
      rest
        .slice(comma + 1)
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean)
        .join(', ') || null;
    rest = rest.slice(0, comma).trim();
  }
  const depan: string[] = [];
  for (;;) {
    const m = GELAR_DEPAN.exec(rest);
    if (!m || m[0].length >= rest.length) break;
    depan.push(m[1]!);
    rest = rest.slice(m[0].length);
  }
  return { gelarDepan: depan.length ? depan.join(' ') : null, nama: rest.trim(), gelarBelakang: belakang };
}

/** A row of column numbers under the header ("1 2 3 4 …"), common in government tables. */
function isNumberingRow(cells: readonly CellValue[]): boolean {
  let prev: number | null = null;
  let n = 0;
  for (const c of cells) {
    if (isBlank(c)) continue;
    const v = typeof c === 'number' ? c : typeof c === 'string' && /^\s*\(?\d{1,3}\)?\s*$/.test(c) ? Number(c.replace(/[()\s]/g, '')) : NaN;
    if (!Number.isInteger(v)) return false;
    if (prev !== null && v !== prev + 1) return false;
    prev = v;
    n++;
  }
  return n >= 3;
}

function firstText(cells: readonly CellValue[]): string {
  for (const c of cells) if (!isBlank(c)) return clean(c);
  return '';
}

function phoneText(v: CellValue): string {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) {
    const s = String(v);
    return /^8\d{7,11}$/.test(s) ? `0${s}` : s; // Excel dropped the leading zero of 08…
  }
  return clean(v);
}

/**
 * Converts the data rows under the header. Blank rows, column-number rows, repeated header rows and
 * total rows are skipped; a signature block ("Mengetahui", "Sukamaju, 12 Januari 2024") ends the table.
 */
export function readPegawaiRows(grid: Grid, header: HeaderForRows, opts: ReadPegawaiOptions): PegawaiRowsResult {
  const today = opts.today ?? new Date();
  const todayText = todayIso(today);
  const { mapping, headers } = header;
  const rows: PegawaiRowsResult['rows'] = [];
  const issues: ImportIssue[] = [];
  const firstRowOf = new Map<string, number>();
  const namaHeaderKey = mapping.nama !== undefined ? normalizeHeader(headers[mapping.nama] ?? '') : null;
  const hasGelarDepan = mapping.gelarDepan !== undefined;
  const hasGelarBelakang = mapping.gelarBelakang !== undefined;
  const golPns = memo(parseGolonganPns);
  const golPppk = memo(parseGolonganPppk);
  const statusOf = memo(parseStatus);
  const sexOf = memo(parseJenisKelamin);
  const eselonOf = memo(parseEselon);
  const jenisJabatanOf = memo((key: string) => {
    const [raw = '', eselon = ''] = key.split('\u0000');
    return parseJenisJabatan(raw, eselon || null);
  });

  // Per-row state read by the helpers below (defined once, not per row: 50,000 rows is common).
  let cells: CellValue[] = [];
  let rowNo = 0;
  let rowIssues: ImportIssue[] = [];
  const at = (f: ImportField): CellValue => {
    const i = mapping[f];
    return i === undefined ? null : (cells[i] ?? null);
  };
  const text = (f: ImportField) => clean(at(f));
  const issue = (f: ImportField | null, message: string) => {
    const i = f === null ? undefined : mapping[f];
    rowIssues.push({
      file: opts.fileLabel,
      sheet: grid.sheet,
      row: rowNo,
      column: i === undefined ? null : columnLetter(i),
      header: i === undefined ? null : headers[i] || null,
      message,
    });
  };

  const tooLong = (f: ImportField, value: string, max: number, label: string) => {
    if (value.length > max)
      issue(f, `${label} paling banyak ${formatCount(max)} karakter (seperti di formulir); sel ini berisi ${formatCount(value.length)} karakter.`);
  };
  const csv = grid.sheet === null;
  const mappedFields = (Object.keys(mapping) as ImportField[]).filter((f) => mapping[f] !== undefined);

  const start = header.dataStartIndex ?? header.headerRowIndex + 1;
  for (let gi = start; gi < grid.rows.length; gi++) {
    const gridRow = grid.rows[gi]!;
    cells = gridRow.cells;
    rowNo = gridRow.row;
    rowIssues = [];

    // ---- rows that are not staff
    let filled = 0;
    for (const c of cells) if (!isBlank(c)) filled++;
    if (filled === 0) continue;

    // ---- formula cells without a value: their field reads as empty, and the row says why
    let formulaIn = 0;
    for (const f of mappedFields) {
      const v = at(f);
      if (v instanceof UncachedFormula) {
        issue(f, formulaMessage(v));
        formulaIn |= FIELD_FLAG.get(f)!;
      }
    }
    const namaRaw = text('nama');
    const nipCell = at('nip');
    const nipBlank = clean(nipCell) === '';
    if (isNumberingRow(cells)) continue;
    if (namaHeaderKey && namaRaw.length <= namaHeaderKey.length + 4 && normalizeHeader(namaRaw) === namaHeaderKey) continue; // header repeated on every page
    const lead = firstText(cells);
    if (nipBlank && FOOTER_SKIP.test(lead)) continue;
    if (nipBlank && (FOOTER_STOP.test(lead) || PLACE_DATE.test(lead))) break;
    if (filled <= 1 && nipBlank && (!namaRaw || mapping.nama === undefined) && formulaIn === 0) continue;

    // ---- status (needed to know what the identifier column holds)
    const statusText = text('status');
    let status: StatusKepegawaian | null = null;
    if (statusText) {
      status = statusOf(statusText);
      if (!status) issue('status', `Status kepegawaian "${statusText}" tidak dikenali. Isi salah satu: ${ACCEPTED_STATUS}.`);
    }
    const golText = text('golongan');
    const pangkatText = text('pangkat');
    const golField: ImportField = golText ? 'golongan' : 'pangkat';
    const golRaw = golText || pangkatText;

    const nipIsNumber = typeof nipCell === 'number';
    const nipText = nipIsNumber ? excelShownNumber(nipCell) : clean(nipCell);
    const nipDigits = nipIsNumber ? nipText : normalizeNip(nipText);
    const brokenByExcel = (nipIsNumber && Math.abs(nipCell) >= 1e15) || looksLikeExcelNumber(nipText) || /^\d{15}0{3}$/.test(nipDigits);
    if (!status) {
      const asn = brokenByExcel || /^\d{18}$/.test(nipDigits) || looksLikeNipOffByOne(nipDigits);
      status = !asn ? 'NON_ASN' : golRaw && golPppk(golRaw).ok && !golPns(golRaw).ok ? 'PPPK' : 'PNS';
    }
    const pppk = status === 'PPPK' || status === 'PPPK_PARUH_WAKTU';
    const asn = status !== 'NON_ASN';

    // ---- identifier
    let nip: string | null = null;
    let jenisIdentitas: JenisIdentitas = asn ? (pppk ? 'NI_PPPK' : 'NIP') : 'LAINNYA';
    let fromNip: NipOk | null = null;
    const idLabel = pppk ? 'NI PPPK' : 'NIP';
    if (asn) {
      if (nipText === '')
        issue(
          mapping.nip === undefined ? 'nama' : 'nip',
          mapping.nip === undefined
            ? `Berkas tidak memiliki kolom NIP, padahal ${idLabel} wajib untuk pegawai berstatus ${STATUS_LABEL[status]}. Tambahkan kolom NIP (berformat Teks).`
            : `${idLabel} wajib diisi untuk pegawai berstatus ${STATUS_LABEL[status]}.`,
        );
      else if (brokenByExcel || nipIsNumber) issue('nip', nipAsNumberMessage(nipText));
      else if (pppk) {
        const r = parseNiPppk(nipText, today);
        if (r.ok) fromNip = r.value;
        else issue('nip', r.message);
      } else {
        const r = parseNip(nipText, today);
        if (r.ok) fromNip = r;
        else issue('nip', r.message);
      }
      if (fromNip) nip = fromNip.nip;
    } else if (nipText !== '') {
      if (brokenByExcel)
        issue(
          'nip',
          `Nomor identitas tersimpan di Excel sebagai angka (tampil sebagai ${nipText}), sehingga digit terakhirnya sudah hilang. ` +
            'Format kolom sebagai Teks (klik kanan kolom > Format Cells > Text), ketik ulang nomornya, lalu impor lagi.',
        );
      else if (/^\d+$/.test(nipDigits) && (nipDigits.length === 15 || nipDigits.length === 16 || nipDigits.length === 17)) {
        const r = parseNik(nipText);
        if (r.ok) {
          nip = r.nik;
          jenisIdentitas = 'NIK';
        } else issue('nip', r.message);
      } else nip = /^\d+$/.test(nipDigits) ? nipDigits : nipText;
    }

    // ---- name and degrees
    let nama = namaRaw;
    let gelarDepan = hasGelarDepan ? text('gelarDepan') || null : null;
    let gelarBelakang = hasGelarBelakang ? text('gelarBelakang') || null : null;
    if (nama && (!gelarDepan || !gelarBelakang)) {
      // degrees written into the name cell: move them to the empty gelar fields
      const split = splitGelar(nama);
      let core = split.nama;
      if (split.gelarDepan) {
        if (!gelarDepan) gelarDepan = split.gelarDepan;
        else core = `${split.gelarDepan} ${core}`;
      }
      if (split.gelarBelakang) {
        if (!gelarBelakang) gelarBelakang = split.gelarBelakang;
        else core = `${core}, ${split.gelarBelakang}`;
      }
      nama = core;
    }
    if (!nama && !(formulaIn & FIELD_FLAG.get('nama')!)) issue('nama', mapping.nama === undefined ? 'Kolom Nama belum dipilih.' : 'Nama wajib diisi.');

    // ---- sex and birth date (columns first, then the NIP)
    const jkText = text('jenisKelamin');
    const jkColumn = jkText ? sexOf(jkText) : null;
    if (jkText && !jkColumn) issue('jenisKelamin', `Jenis kelamin "${jkText}" tidak dikenali. Isi L atau P (Laki-laki atau Perempuan).`);
    const lahirCell = at('tanggalLahir');
    let lahirColumn: string | null = null;
    if (!isBlank(lahirCell) && clean(lahirCell) !== '') {
      lahirColumn = parseBirthDate(lahirCell);
      const shown = lahirCell instanceof Date ? (dateCellToIso(lahirCell) ?? '') : clean(lahirCell);
      if (!lahirColumn) issue('tanggalLahir', `Tanggal lahir "${shown}" tidak dikenali. Tulis dengan format ${ACCEPTED_DATES}.`);
      else if (lahirColumn < '1900-01-01' || lahirColumn > todayText) {
        issue('tanggalLahir', `Tanggal lahir ${lahirColumn.split('-').reverse().join('-')} tidak masuk akal; periksa kembali.`);
        lahirColumn = null;
      }
    }
    if (fromNip && (jkColumn || lahirColumn))
      for (const m of checkNipConsistency(fromNip.nip, { jenisKelamin: jkColumn, tanggalLahir: lahirColumn }))
        issue(/lahir/i.test(m) ? 'tanggalLahir' : 'jenisKelamin', m);
    const jenisKelamin = jkColumn ?? fromNip?.jenisKelamin ?? null;
    const tanggalLahir = lahirColumn ?? fromNip?.tanggalLahir ?? null;

    // ---- golongan / pangkat
    let golongan: string | null = null;
    if (golRaw) {
      if (!asn)
        issue(golField, 'Pegawai Non-ASN tidak memiliki golongan. Kosongkan kolom golongan/pangkat, atau perbaiki status kepegawaian dan NIP-nya.');
      else if (pppk) {
        const r = golPppk(golRaw);
        if (r.ok) golongan = r.kode;
        else issue(golField, r.message);
      } else {
        const r = golPns(golRaw);
        if (r.ok) {
          golongan = r.kode;
          if (golText && pangkatText) {
            const p = golPns(pangkatText);
            if (p.ok && p.kode !== r.kode)
              issue('pangkat', `Pangkat "${pangkatText}" tidak cocok dengan golongan ${r.kode}; pangkat golongan ${r.kode} adalah ${namaPangkat(r.kode)}.`);
          }
        } else issue(golField, r.message);
      }
    }

    // ---- jabatan
    const eselonText = text('eselon');
    const eselonParsed = eselonText ? eselonOf(eselonText) : null;
    const eselon = eselonParsed ? eselonParsed.kode : eselonText && !/^(non|ne$|0$|tidak)/i.test(eselonText) ? eselonText : null;
    const jjText = text('jenisJabatan');
    let jenisJabatan: JenisJabatan | null = null;
    if (jjText) {
      jenisJabatan = jenisJabatanOf(`${jjText}\u0000${eselonText}`);
      if (!jenisJabatan)
        issue(
          'jenisJabatan',
          /struktural/i.test(jjText) && !eselonParsed
            ? `Jenis jabatan "${jjText}" memerlukan eselon untuk menentukan JPT, Administrator atau Pengawas; isi kolom Eselon atau tulis jenis jabatannya langsung.`
            : `Jenis jabatan "${jjText}" tidak dikenali. Isi salah satu: ${ACCEPTED_JENIS_JABATAN}.`,
        );
    } else if (eselonParsed) jenisJabatan = jenisJabatanOf(`Struktural\u0000${eselonParsed.kode}`);

    // ---- contact and unit
    const email = text('email') || null;
    if (email && !EMAIL.test(email)) issue('email', `Alamat email "${email}" tidak valid.`);
    const telepon = phoneText(at('telepon')) || null;
    const unitInduk = text('unitInduk') || null;
    const unitKerja = text('unitKerja') || unitInduk;

    // ---- duplicates within the file
    if (nip) {
      const first = firstRowOf.get(nip);
      if (first !== undefined)
        issue(
          'nip',
          `${jenisIdentitas === 'NIK' ? 'NIK' : jenisIdentitas === 'LAINNYA' ? 'Nomor identitas' : idLabel} ${nip} sudah tercantum di baris ${first} berkas ini; setiap pegawai cukup dicantumkan sekali.`,
        );
      else firstRowOf.set(nip, rowNo);
    }

    // ---- the form's length limits (an import never stores what the form could not edit)
    const tempatLahir = text('tempatLahir') || null;
    const jabatan = text('jabatan') || null;
    tooLong('nama', nama, PEGAWAI_MAKS.nama, 'Nama');
    if (gelarDepan) tooLong(hasGelarDepan ? 'gelarDepan' : 'nama', gelarDepan, PEGAWAI_MAKS.gelarDepan, 'Gelar depan');
    if (gelarBelakang) tooLong(hasGelarBelakang ? 'gelarBelakang' : 'nama', gelarBelakang, PEGAWAI_MAKS.gelarBelakang, 'Gelar belakang');
    if (nip) tooLong('nip', nip, PEGAWAI_MAKS.nip, 'Nomor identitas');
    if (tempatLahir) tooLong('tempatLahir', tempatLahir, PEGAWAI_MAKS.tempatLahir, 'Tempat lahir');
    if (jabatan) tooLong('jabatan', jabatan, PEGAWAI_MAKS.jabatan, 'Jabatan');
    if (eselon) tooLong('eselon', eselon, PEGAWAI_MAKS.eselon, 'Eselon');
    if (telepon) tooLong('telepon', telepon, PEGAWAI_MAKS.telepon, 'Nomor HP');
    if (email) tooLong('email', email, PEGAWAI_MAKS.email, 'Email');
    if (unitInduk) tooLong('unitInduk', unitInduk, UNIT_MAKS, 'Nama perangkat daerah');
    if (unitKerja && unitKerja !== unitInduk) tooLong('unitKerja', unitKerja, UNIT_MAKS, 'Nama unit kerja');

    // ---- a CSV row split into more fields than the header has: a stray separator or quote
    if (csv) {
      let last = cells.length - 1;
      while (last >= 0 && isBlank(cells[last])) last--;
      if (last >= headers.length)
        rowIssues.push({
          file: opts.fileLabel,
          sheet: grid.sheet,
          row: rowNo,
          column: columnLetter(last),
          header: null,
          message:
            `Baris ini berisi ${last + 1} isian, lebih banyak dari ${headers.length} judul kolom. Biasanya ada pemisah kolom ` +
            '(; atau ,) atau tanda kutip di dalam sebuah isian; perbaiki baris ini lalu simpan ulang berkasnya.',
        });
    }

    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    let filledMask = BIT.nama;
    if (nip) filledMask |= BIT.nip;
    if (gelarDepan) filledMask |= BIT.gelarDepan;
    if (gelarBelakang) filledMask |= BIT.gelarBelakang;
    if (jkColumn) filledMask |= BIT.jenisKelamin;
    if (tempatLahir) filledMask |= BIT.tempatLahir;
    if (lahirColumn) filledMask |= BIT.tanggalLahir;
    if (statusText) filledMask |= BIT.status;
    if (golongan) filledMask |= BIT.golongan;
    if (jabatan) filledMask |= BIT.jabatan;
    if (jenisJabatan) filledMask |= BIT.jenisJabatan;
    if (eselon) filledMask |= BIT.eselon;
    if (unitKerja) filledMask |= BIT.unitKerja;
    if (telepon) filledMask |= BIT.telepon;
    if (email) filledMask |= BIT.email;
    rows.push({
      row: rowNo,
      filled: filledMask,
      data: {
        nip,
        jenisIdentitas,
        nama,
        gelarDepan,
        gelarBelakang,
        jenisKelamin,
        tempatLahir,
        tanggalLahir,
        status,
        golongan,
        jabatan,
        jenisJabatan,
        eselon,
        telepon,
        email,
        aktif: true,
        unitKerjaNama: unitKerja,
        unitIndukNama: unitInduk,
      },
    });
  }
  return { rows, issues };
}
