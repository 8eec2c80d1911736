import { describe, expect, it } from 'vitest';
import { akhirPekan, geser, hariKerja, selisihHariKerja, tambahBulan, tambahHari, tambahHariKerja } from '../../../shared/domain/hari-kerja';

/**
 * A small holiday table around two busy stretches: Natal 2025 with its cuti bersama and New Year
 * across the year boundary, and Nyepi + Idul Fitri 2026 with two days of cuti bersama. Expected dates
 * below were counted by hand on a calendar (2025-12-24 is a Wednesday, 2026-03-18 a Wednesday).
 */
const LIBUR = new Set([
  '2025-12-25', // Natal (Kamis)
  '2025-12-26', // cuti bersama (Jumat)
  '2026-01-01', // Tahun Baru (Kamis)
  '2026-03-19', // Nyepi (Kamis)
  '2026-03-20', // Idul Fitri (Jumat)
  '2026-03-23', // cuti bersama (Senin)
  '2026-03-24', // cuti bersama (Selasa)
  '2026-12-24', // cuti bersama (Kamis)
  '2026-12-25', // Natal (Jumat)
  '2027-01-01', // Tahun Baru (Jumat)
]);

describe('akhirPekan and hariKerja', () => {
  it.each([
    ['2026-01-09', false, true], // Jumat
    ['2026-01-10', true, false], // Sabtu
    ['2026-01-11', true, false], // Minggu
    ['2026-01-12', false, true], // Senin
    ['2026-03-19', false, false], // a holiday on a Thursday
    ['2026-03-23', false, false], // cuti bersama on a Monday
  ])('%s: weekend %s, working day %s', (iso, weekend, kerja) => {
    expect(akhirPekan(iso)).toBe(weekend);
    expect(hariKerja(iso, LIBUR)).toBe(kerja);
    // a lookup function answers like the set
    expect(hariKerja(iso, (d) => LIBUR.has(d))).toBe(kerja);
  });
});

describe('tambahHariKerja: the N-th working day after (or before) a date, the date itself not counted', () => {
  it.each<[string, string, number, string]>([
    ['over a weekend', '2026-01-09', 1, '2026-01-12'],
    ['from a Saturday', '2026-01-10', 1, '2026-01-12'],
    ['from a Sunday', '2026-01-11', 1, '2026-01-12'],
    ['a full week', '2026-01-09', 5, '2026-01-16'],
    ['over holidays and cuti bersama', '2026-03-18', 1, '2026-03-25'],
    ['one past them', '2026-03-18', 2, '2026-03-26'],
    ['the 7 working days of a summons across Idul Fitri', '2026-03-16', 7, '2026-03-31'],
    ['over a cuti bersama and a holiday before a weekend', '2026-12-23', 1, '2026-12-28'],
    ['over Natal and its cuti bersama', '2025-12-24', 1, '2025-12-29'],
    ['up to the last day of the year', '2025-12-24', 3, '2025-12-31'],
    ['across the year boundary and New Year', '2025-12-24', 4, '2026-01-02'],
    ['into a new year whose first day is a holiday', '2026-12-31', 1, '2027-01-04'],
    ['back over a weekend', '2026-01-12', -1, '2026-01-09'],
    ['back from a Saturday', '2026-01-10', -1, '2026-01-09'],
    ['back from a Sunday', '2026-01-11', -1, '2026-01-09'],
    ['back over New Year into the old year', '2026-01-02', -1, '2025-12-31'],
    ['back over New Year and Natal', '2026-01-02', -4, '2025-12-24'],
    ['back over cuti bersama and holidays', '2026-03-25', -1, '2026-03-18'],
    ['back across the year boundary', '2027-01-04', -1, '2026-12-31'],
    ['N = 0 on a working day is the day itself', '2026-03-18', 0, '2026-03-18'],
    ['N = 0 on a holiday is the next working day', '2026-03-19', 0, '2026-03-25'],
    ['N = 0 on a Saturday is the Monday', '2026-01-10', 0, '2026-01-12'],
  ])('%s: %s, %d → %s', (_, iso, n, expected) => {
    expect(tambahHariKerja(iso, n, LIBUR)).toBe(expected);
  });

  it('refuses a fraction of a day, an invalid date, and a table where no working day comes', () => {
    expect(() => tambahHariKerja('2026-01-09', 1.5, LIBUR)).toThrow(/bilangan bulat/);
    expect(() => tambahHariKerja('2026-02-30', 1, LIBUR)).toThrow(/tidak valid/);
    expect(() => tambahHariKerja('2026-01-09', 1, () => true)).toThrow(/daftar hari libur/);
  });
});

describe('calendar days and months', () => {
  it.each<[string, number, string]>([
    ['2025-12-30', 3, '2026-01-02'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-31', 0, '2026-01-31'],
  ])('tambahHari %s, %d → %s', (iso, n, expected) => {
    expect(tambahHari(iso, n)).toBe(expected);
  });

  it.each<[string, number, string]>([
    ['2025-08-31', 6, '2026-02-28'], // clamped to February's end
    ['2023-08-31', 6, '2024-02-29'], // a leap February
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-15', 12, '2027-05-15'],
    ['2026-11-30', 3, '2027-02-28'], // across the year boundary
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-07-31', 2, '2026-09-30'],
    ['2026-04-10', 0, '2026-04-10'],
  ])('tambahBulan %s, %d → %s', (iso, n, expected) => {
    expect(tambahBulan(iso, n)).toBe(expected);
  });

  it('refuses invalid dates and fractions like the working-day count does', () => {
    expect(() => tambahBulan('2026-02-30', 1)).toThrow(/tidak valid/);
    expect(() => tambahBulan('31/08/2025', 6)).toThrow(/tidak valid/);
    expect(() => tambahBulan('2025-08-31', 1.5)).toThrow(/bilangan bulat/);
    expect(() => tambahHari('2026-13-01', 1)).toThrow(/tidak valid/);
    expect(() => tambahHari('2026-01-01', 0.5)).toThrow(/bilangan bulat/);
  });

  it('geser picks the unit', () => {
    expect(geser('2026-03-18', 1, 'hari-kerja', LIBUR)).toBe('2026-03-25');
    expect(geser('2026-03-18', 1, 'hari', LIBUR)).toBe('2026-03-19');
    expect(geser('2025-08-31', 6, 'bulan', LIBUR)).toBe('2026-02-28');
    expect(geser('2026-03-25', -1, 'hari-kerja', LIBUR)).toBe('2026-03-18');
  });
});

describe('selisihHariKerja', () => {
  it.each<[string, string, number]>([
    ['2026-03-18', '2026-03-18', 0],
    ['2026-01-09', '2026-01-12', 1],
    ['2026-01-12', '2026-01-09', -1],
    ['2026-03-18', '2026-03-25', 1],
    ['2026-03-25', '2026-03-18', -1],
    ['2025-12-24', '2026-01-02', 4],
    ['2026-01-02', '2025-12-24', -4],
    ['2026-01-09', '2026-01-10', 0], // Saturday is no working day after Friday
    ['2026-01-10', '2026-01-09', -1], // Friday is the 1st working day before Saturday
    ['2026-01-11', '2026-01-10', 0], // between two weekend days there is none
    ['2026-03-19', '2026-03-18', -1], // from a holiday back to the Wednesday before it
  ])('%s → %s: %d', (dari, sampai, n) => {
    expect(selisihHariKerja(dari, sampai, LIBUR)).toBe(n);
  });

  it('undoes tambahHariKerja for every start day and every N, forwards and backwards', () => {
    const bad: string[] = [];
    for (let d = '2025-12-01'; d <= '2027-01-31'; d = tambahHari(d, 1))
      for (let n = -12; n <= 12; n++) {
        if (n === 0) continue;
        const t = tambahHariKerja(d, n, LIBUR);
        const back = selisihHariKerja(d, t, LIBUR);
        if (back !== n) bad.push(`${d} ${n > 0 ? '+' : ''}${n} → ${t}, selisih ${back}`);
      }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('a set of holidays (counted by weeks) gives what the day-by-day lookup gives, across years and a stray entry', () => {
    const set = new Set([...LIBUR, '2026-01-03', 'bukan tanggal']); // a holiday on a Saturday counts nothing
    const lookup = (iso: string) => set.has(iso);
    const bad: string[] = [];
    for (let a = '2025-11-01'; a <= '2027-02-28'; a = tambahHari(a, 13))
      for (let b = '2024-12-30'; b <= '2027-03-31'; b = tambahHari(b, 5)) {
        const x = selisihHariKerja(a, b, set);
        const y = selisihHariKerja(a, b, lookup);
        if (!Object.is(x, y)) bad.push(`${a} → ${b}: ${x} ≠ ${y}`);
      }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
