/** Indonesian dates: names, formatting, lenient parsing of typed dates and Excel serials. */

export const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** Day names indexed by `Date#getUTCDay()` (0 = Minggu). */
export const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year (1–9999), month and day form a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

/** `YYYY-MM-DD` from parts; does not validate. */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an exact `YYYY-MM-DD` string naming a real calendar date. */
export function isValidIsoDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  return !!m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Date parts of an ISO date, also when followed by a time (`2020-09-16T08:00:00`); null when not a real date. */
function isoParts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(iso.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? [y, mo, d] : null;
}

/** `2020-09-16` → `16 September 2020`. Text that is not an ISO date is returned unchanged. */
export function formatTanggal(iso: string): string {
  const p = isoParts(iso);
  if (!p) return iso;
  const [y, m, d] = p;
  return `${d} ${BULAN[m - 1]} ${y}`;
}

/** Weekday of an ISO date computed in UTC, so the local time zone never shifts it. */
export function hariDari(iso: string): (typeof HARI)[number] | null {
  const p = isoParts(iso);
  if (!p) return null;
  const date = new Date(0);
  date.setUTCFullYear(p[0], p[1] - 1, p[2]);
  return HARI[date.getUTCDay()] ?? null;
}

/** `2020-09-16` → `Rabu, 16 September 2020`. Text that is not an ISO date is returned unchanged. */
export function formatHariTanggal(iso: string): string {
  const hari = hariDari(iso);
  return hari ? `${hari}, ${formatTanggal(iso)}` : iso;
}

/** Month names and abbreviations (Indonesian and English, lower case) → month number. */
const MONTH_WORDS: Record<string, number> = {};
(
  [
    [1, 'januari', 'january', 'jan'],
    [2, 'februari', 'pebruari', 'february', 'feb', 'peb'],
    [3, 'maret', 'march', 'mar'],
    [4, 'april', 'apr'],
    [5, 'mei', 'may'],
    [6, 'juni', 'june', 'jun'],
    [7, 'juli', 'july', 'jul'],
    [8, 'agustus', 'august', 'agu', 'agt', 'ags', 'agus', 'agust', 'aug'],
    [9, 'september', 'sep', 'sept'],
    [10, 'oktober', 'october', 'okt', 'oct'],
    [11, 'november', 'nopember', 'nov', 'nop'],
    [12, 'desember', 'december', 'des', 'dec'],
  ] as const
).forEach(([month, ...words]) => {
  for (const w of words) MONTH_WORDS[w] = month;
});

/** Month number for an Indonesian or English month name or abbreviation (case-insensitive, trailing dot allowed). */
export function bulanDariNama(word: string): number | null {
  return MONTH_WORDS[word.trim().toLowerCase().replace(/\.$/, '')] ?? null;
}

const checked = (y: number, m: number, d: number): string | null =>
  y >= 1000 && isValidDate(y, m, d) ? toIsoDate(y, m, d) : null;

/**
 * ISO `YYYY-MM-DD` from a date as clerks type it: `16-09-1980`, `16/09/1980`, `16.09.1980`,
 * `1980-09-16`, `16 September 1980`, `16 Sep 1980`, `16-Sep-1980`, `16 Agt 1980` …
 * Day first (Indonesian order). Two-digit years are ambiguous and give null, as do impossible dates.
 */
export function parseTanggalTeks(text: string): string | null {
  const s = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) return checked(Number(m[4]), Number(m[3]), Number(m[1]));
  m = /^(\d{1,2})(?: ?[-/.] ?| )([A-Za-z]+)\.?(?: ?[-/.] ?| )(\d{4})$/.exec(s);
  if (m) {
    const month = bulanDariNama(m[2] ?? '');
    return month ? checked(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 for serials from 61 on (1899-12-30); below 60 Excel counts from 1899-12-31. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_MAX_SERIAL = 2_958_465; // 9999-12-31

/**
 * ISO date of an Excel serial (1900 date system). The time of day (fraction) is ignored.
 * Serial 60 is Excel's fictitious 29 February 1900 and gives null, as do serials below 1 or past 9999-12-31.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const day = Math.floor(serial);
  if (day === 60 || day > EXCEL_MAX_SERIAL) return null;
  const date = new Date(EXCEL_EPOCH + (day < 60 ? day + 1 : day) * MS_PER_DAY);
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Today's date in local time as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
