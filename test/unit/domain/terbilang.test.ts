import { describe, expect, it } from 'vitest';
import { angkaDenganTerbilang, formatAngka, rupiah, terbilang, TERBILANG_MAX } from '../../../shared/domain/terbilang';

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [7, 'tujuh'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [25, 'dua puluh lima'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [115, 'seratus lima belas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1_000, 'seribu'],
    [1_001, 'seribu satu'],
    [1_100, 'seribu seratus'],
    [1_111, 'seribu seratus sebelas'],
    [2_000, 'dua ribu'],
    [11_000, 'sebelas ribu'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [999_999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
    [1_000_000, 'sejuta'],
    [1_000_001, 'satu juta satu'],
    [1_500_000, 'satu juta lima ratus ribu'],
    [2_000_000, 'dua juta'],
    [2_001_000, 'dua juta seribu'],
    [12_345_678, 'dua belas juta tiga ratus empat puluh lima ribu enam ratus tujuh puluh delapan'],
    [1_000_000_000, 'satu miliar'],
    [1_001_000_000, 'satu miliar satu juta'],
    [2_500_000_000, 'dua miliar lima ratus juta'],
    [1_000_000_000_000, 'satu triliun'],
    [1_000_000_001_000, 'satu triliun seribu'],
    [
      TERBILANG_MAX,
      'sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar ' +
        'sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu ' +
        'sembilan ratus sembilan puluh sembilan',
    ],
  ])('%d → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it.each([-1, 1.5, TERBILANG_MAX + 1, Number.NaN, Number.POSITIVE_INFINITY])('throws RangeError for %d', (n) => {
    expect(() => terbilang(n)).toThrow(RangeError);
    expect(() => terbilang(n)).toThrow(/bilangan bulat 0 sampai 999\.999\.999\.999\.999/);
  });
});

describe('formatAngka', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1.000'],
    [1_500_000, '1.500.000'],
    [-1_234_567, '-1.234.567'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [1234.5, '1.234,5'],
    [TERBILANG_MAX, '999.999.999.999.999'],
  ])('%d → %s', (n, text) => {
    expect(formatAngka(n)).toBe(text);
  });
});

describe('angkaDenganTerbilang', () => {
  it.each([
    [12, 'bulan', '12 (dua belas) bulan'],
    [7, 'hari kerja', '7 (tujuh) hari kerja'],
    [25, '%', '25% (dua puluh lima persen)'],
    [3, undefined, '3 (tiga)'],
    [1500, 'lembar', '1.500 (seribu lima ratus) lembar'],
    [0, 'hari', '0 (nol) hari'],
  ])('%d %s → %s', (n, satuan, text) => {
    expect(angkaDenganTerbilang(n, satuan)).toBe(text);
  });

  it('throws for a fraction', () => {
    expect(() => angkaDenganTerbilang(2.5, 'hari')).toThrow(RangeError);
  });
});

describe('rupiah', () => {
  it.each([
    [1_500_000, 'Rp1.500.000,00 (satu juta lima ratus ribu rupiah)'],
    [0, 'Rp0,00 (nol rupiah)'],
    [1_000, 'Rp1.000,00 (seribu rupiah)'],
    [250_000_000, 'Rp250.000.000,00 (dua ratus lima puluh juta rupiah)'],
    [10.5, 'Rp10,50 (sepuluh rupiah lima puluh sen)'],
    [0.5, 'Rp0,50 (nol rupiah lima puluh sen)'],
  ])('%d → %s', (n, text) => {
    expect(rupiah(n)).toBe(text);
  });

  it('throws for a negative amount', () => {
    expect(() => rupiah(-1)).toThrow(RangeError);
  });
});
