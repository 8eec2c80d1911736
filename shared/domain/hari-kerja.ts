/**
 * Working days (hari kerja) for disciplinary deadlines: Monday to Friday, minus the holiday table
 * (national holidays and cuti bersama, edited by the clerk). Dates are ISO `YYYY-MM-DD` strings
 * handled as UTC calendar days, so no time zone or daylight rule can move a day.
 */

import { isValidIsoDate } from './tanggal';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date; setUTCFullYear, because Date.UTC reads years 0-99 as 1900-1999. */
const utcDay = (y: number, m0: number, d: number): number => new Date(0).setUTCFullYear(y, m0, d) / DAY_MS;
const toDay = (iso: string): number => {
  if (!isValidIsoDate(iso)) throw new RangeError(`Tanggal "${iso}" tidak valid.`);
  return utcDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
};
const fromDay = (day: number): string => {
  const iso = new Date(day * DAY_MS).toISOString();
  // a count past year 9999 (or before year 1) has no YYYY-MM-DD date
  if (!/^\d{4}-/.test(iso) || iso.startsWith('0000')) throw new RangeError('Hasil hitungan di luar tahun 0001 s.d. 9999: periksa tanggal dan jumlahnya.');
  return iso.slice(0, 10);
};

/** Anything that can say whether a date is a holiday: a Set of ISO dates, or a lookup. */
export type Libur = ReadonlySet<string> | ((iso: string) => boolean);
const isLibur = (libur: Libur, iso: string) => (typeof libur === 'function' ? libur(iso) : libur.has(iso));

const ISO_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Day number → weekday with 0 = Sunday (day 0, 1 January 1970, was a Thursday). */
const hariKe = (day: number) => (((day + 4) % 7) + 7) % 7;
const akhirPekanHari = (day: number) => {
  const w = hariKe(day);
  return w === 0 || w === 6;
};
/** Monday–Friday days before `day`, counted from a fixed Sunday far back (only differences are used). */
const hariBiasa = (day: number) => {
  const s = day + 4;
  const q = Math.floor(s / 7);
  const r = s - q * 7;
  return 5 * q + Math.min(Math.max(r - 1, 0), 5);
};

/** Saturday or Sunday. */
export function akhirPekan(iso: string): boolean {
  const wd = new Date(toDay(iso) * DAY_MS).getUTCDay();
  return wd === 0 || wd === 6;
}

export function hariKerja(iso: string, libur: Libur): boolean {
  return !akhirPekan(iso) && !isLibur(libur, iso);
}

/**
 * The N-th working day after `iso` (the day itself not counted), or before it for a negative N.
 * N = 0 is the date itself when it is a working day, else the next working day.
 */
export function tambahHariKerja(iso: string, n: number, libur: Libur): string {
  if (!Number.isInteger(n)) throw new RangeError('Jumlah hari kerja harus bilangan bulat.');
  let day = toDay(iso);
  if (n === 0) {
    while (!hariKerja(fromDay(day), libur)) day++;
    return fromDay(day);
  }
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  // A holiday table can never hold more than every day: 30 years of days bounds a corrupt one.
  for (let guard = 0; left > 0; guard++) {
    if (guard > 11_000) throw new RangeError('Tidak ada hari kerja dalam rentang yang wajar: periksa daftar hari libur.');
    day += step;
    if (hariKerja(fromDay(day), libur)) left--;
  }
  return fromDay(day);
}

const bulat = (n: number, label: string) => {
  if (!Number.isInteger(n)) throw new RangeError(`Jumlah ${label} harus bilangan bulat.`);
};

/** Calendar days after (or before, negative) a date. */
export function tambahHari(iso: string, n: number): string {
  bulat(n, 'hari');
  return fromDay(toDay(iso) + n);
}

/**
 * Calendar months after a date, the day kept and clamped to the month's end
 * (31 Agustus + 6 bulan = 28/29 Februari), the way a sanction "selama 6 bulan" is read.
 */
export function tambahBulan(iso: string, n: number): string {
  toDay(iso); // refuses an invalid date like the other counts (it read "2026-02-30" as 30 Feb)
  bulat(n, 'bulan');
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + n;
  const d = Number(iso.slice(8, 10));
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  const last = new Date(utcDay(ty, tm + 1, 0) * DAY_MS).getUTCDate();
  return fromDay(utcDay(ty, tm, Math.min(d, last)));
}

/**
 * Working days from `dari` to `sampai`, the inverse of `tambahHariKerja` (selisih(d, tambah(d, n)) = n):
 * forwards, the working days after `dari` up to and including `sampai`; backwards (negative), the
 * working days from `sampai` up to but excluding `dari`, so the Friday before a Saturday is -1, not 0.
 */
export function selisihHariKerja(dari: string, sampai: string, libur: Libur): number {
  const a = toDay(dari);
  const b = toDay(sampai);
  // a set of dates is counted by arithmetic (weeks) minus its weekday holidays in range: the home
  // screen asks this for every open case, and a day-by-day walk over two years took 1.4 ms each
  if (typeof libur !== 'function') {
    const [lo, hi] = a <= b ? [a + 1, b + 1] : [b, a];
    let count = hariBiasa(hi) - hariBiasa(lo);
    for (const iso of libur) {
      if (!ISO_RE.test(iso)) continue;
      const d = toDay(iso);
      if (d >= lo && d < hi && !akhirPekanHari(d)) count--;
    }
    return a <= b ? count : count ? -count : 0;
  }
  let count = 0;
  if (a <= b) {
    for (let day = a + 1; day <= b; day++) if (hariKerja(fromDay(day), libur)) count++;
    return count;
  }
  for (let day = b; day < a; day++) if (hariKerja(fromDay(day), libur)) count++;
  return count ? -count : 0; // never -0: a strict equality check (Object.is) tells them apart
}

export type SatuanTenggat = 'hari-kerja' | 'hari' | 'bulan';

/** `jumlah` units after (positive) or before (negative) a date. */
export function geser(iso: string, jumlah: number, satuan: SatuanTenggat, libur: Libur): string {
  if (satuan === 'hari-kerja') return tambahHariKerja(iso, jumlah, libur);
  if (satuan === 'hari') return tambahHari(iso, jumlah);
  return tambahBulan(iso, jumlah);
}
