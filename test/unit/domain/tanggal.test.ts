import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BULAN,
  bulanDariNama,
  daysInMonth,
  excelSerialToIso,
  formatHariTanggal,
  formatTanggal,
  HARI,
  isValidIsoDate,
  parseTanggalTeks,
  todayIso,
} from '../../../shared/domain/tanggal';

describe('names', () => {
  it('months and days', () => {
    expect(BULAN).toHaveLength(12);
    expect(BULAN[0]).toBe('Januari');
    expect(BULAN[7]).toBe('Agustus');
    expect(BULAN[11]).toBe('Desember');
    expect(HARI).toEqual(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
    [2023, 13, 0],
    [2023, 0, 0],
  ])('daysInMonth(%d, %d) = %d', (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
  });
});

describe('formatTanggal / formatHariTanggal', () => {
  it.each([
    ['2020-09-16', '16 September 2020', 'Rabu, 16 September 2020'],
    ['2026-11-23', '23 November 2026', 'Senin, 23 November 2026'],
    ['2026-11-22', '22 November 2026', 'Minggu, 22 November 2026'],
    ['2024-02-29', '29 Februari 2024', 'Kamis, 29 Februari 2024'],
    ['1945-08-17', '17 Agustus 1945', 'Jumat, 17 Agustus 1945'],
    ['2000-01-01', '1 Januari 2000', 'Sabtu, 1 Januari 2000'],
    ['2025-05-06', '6 Mei 2025', 'Selasa, 6 Mei 2025'],
    ['2020-09-16T23:30:00+07:00', '16 September 2020', 'Rabu, 16 September 2020'],
  ])('%s', (iso, tanggal, hariTanggal) => {
    expect(formatTanggal(iso)).toBe(tanggal);
    expect(formatHariTanggal(iso)).toBe(hariTanggal);
  });

  it.each(['2023-02-29', '16-09-2020', '', 'kemarin'])('leaves %j unchanged', (text) => {
    expect(formatTanggal(text)).toBe(text);
    expect(formatHariTanggal(text)).toBe(text);
  });

  describe('in a far time zone', () => {
    afterEach(() => vi.unstubAllEnvs());
    it('the weekday does not shift', () => {
      vi.stubEnv('TZ', 'Pacific/Kiritimati');
      expect(formatHariTanggal('2020-09-16')).toBe('Rabu, 16 September 2020');
      vi.stubEnv('TZ', 'Pacific/Pago_Pago');
      expect(formatHariTanggal('2020-09-16')).toBe('Rabu, 16 September 2020');
    });
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-1-5', false],
    ['2023-01-05T00:00:00', false],
    ['05-01-2023', false],
    ['', false],
  ])('%j → %s', (iso, ok) => {
    expect(isValidIsoDate(iso)).toBe(ok);
  });
});

describe('parseTanggalTeks', () => {
  it.each([
    ['16-09-1980', '1980-09-16'],
    ['16/09/1980', '1980-09-16'],
    ['16.09.1980', '1980-09-16'],
    ['1980-09-16', '1980-09-16'],
    ['1980-9-6', '1980-09-06'],
    ['1980-09-16 00:00:00', '1980-09-16'],
    ['1980-09-16T00:00:00.000Z', '1980-09-16'],
    ['6/9/1980', '1980-09-06'],
    ['  16-09-1980  ', '1980-09-16'],
    ['16 September 1980', '1980-09-16'],
    ['16 september 1980', '1980-09-16'],
    ['16 SEPTEMBER 1980', '1980-09-16'],
    ['16 Sep 1980', '1980-09-16'],
    ['16 Sept 1980', '1980-09-16'],
    ['16 Sep. 1980', '1980-09-16'],
    ['16-Sep-1980', '1980-09-16'],
    ['16/Sep/1980', '1980-09-16'],
    ['16  Sep   1980', '1980-09-16'],
    ['1 Januari 2000', '2000-01-01'],
    ['1 Jan 2000', '2000-01-01'],
    ['1 January 2000', '2000-01-01'],
    ['29 Februari 2024', '2024-02-29'],
    ['29 Pebruari 2024', '2024-02-29'],
    ['3 Feb 2001', '2001-02-03'],
    ['3 Peb 2001', '2001-02-03'],
    ['3 Maret 2001', '2001-03-03'],
    ['3 Mar 2001', '2001-03-03'],
    ['3 March 2001', '2001-03-03'],
    ['3 Apr 2001', '2001-04-03'],
    ['3 Mei 2001', '2001-05-03'],
    ['3 May 2001', '2001-05-03'],
    ['3 Jun 2001', '2001-06-03'],
    ['3 Juni 2001', '2001-06-03'],
    ['3 Jul 2001', '2001-07-03'],
    ['3 Juli 2001', '2001-07-03'],
    ['17 Agustus 1945', '1945-08-17'],
    ['17 Agu 1945', '1945-08-17'],
    ['17 Agt 1945', '1945-08-17'],
    ['17 Aug 1945', '1945-08-17'],
    ['17-AGT-1945', '1945-08-17'],
    ['5 Okt 1999', '1999-10-05'],
    ['5 Oct 1999', '1999-10-05'],
    ['5 Oktober 1999', '1999-10-05'],
    ['5 Nov 1999', '1999-11-05'],
    ['5 Nop 1999', '1999-11-05'],
    ['5 Nopember 1999', '1999-11-05'],
    ['5 Des 1999', '1999-12-05'],
    ['5 Dec 1999', '1999-12-05'],
    ['5 Desember 1999', '1999-12-05'],
  ])('%j → %s', (text, iso) => {
    expect(parseTanggalTeks(text)).toBe(iso);
  });

  it.each([
    '16-09-80',
    '16/09/80',
    '16 Sep 80',
    '30-02-1980',
    '31 April 1980',
    '29 Februari 2023',
    '16-13-1980',
    '00-01-1980',
    '1980-02-30',
    '16 Septembre 1980',
    '16 Xyz 1980',
    '16-09/1980',
    '1980/09/16',
    'September 16, 1980',
    '16091980',
    '',
    'tidak tahu',
    '16-09-0980',
  ])('%j → null', (text) => {
    expect(parseTanggalTeks(text)).toBeNull();
  });

  it('bulanDariNama', () => {
    expect(bulanDariNama('Agt.')).toBe(8);
    expect(bulanDariNama('PEB')).toBe(2);
    expect(bulanDariNama('Juni')).toBe(6);
    expect(bulanDariNama('Mars')).toBeNull();
  });
});

describe('excelSerialToIso', () => {
  it.each([
    [1, '1900-01-01'],
    [2, '1900-01-02'],
    [31, '1900-01-31'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [29221, '1980-01-01'],
    [29480, '1980-09-16'],
    [36526, '2000-01-01'],
    [44197, '2021-01-01'],
    [45658, '2025-01-01'],
    [45658.75, '2025-01-01'],
    [45658.999, '2025-01-01'],
    [2958465, '9999-12-31'],
  ])('%d → %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it.each([0, 0.5, -1, 60, 60.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY])('%d → null', (serial) => {
    expect(excelSerialToIso(serial)).toBeNull();
  });
});

describe('todayIso', () => {
  it.each([
    [new Date(2026, 10, 23, 0, 0, 1), '2026-11-23'],
    [new Date(2026, 10, 23, 23, 59, 59), '2026-11-23'],
    [new Date(2024, 1, 29, 12), '2024-02-29'],
    [new Date(999, 0, 5), '0999-01-05'],
  ])('%s → %s', (d, iso) => {
    expect(todayIso(d)).toBe(iso);
  });

  it('defaults to now', () => {
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(isValidIsoDate(todayIso())).toBe(true);
  });
});
