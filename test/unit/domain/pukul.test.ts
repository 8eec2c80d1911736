import { describe, expect, it } from 'vitest';
import { normalisasiPukul } from '../../../shared/domain/pukul';

describe('normalisasiPukul', () => {
  it.each([
    ['7:30', '07.30'],
    ['0730', '07.30'],
    ['7.30', '07.30'],
    ['730', '07.30'],
    ['07.30', '07.30'],
    ['07:30', '07.30'],
    ['7,30', '07.30'],
    [' 13.05 ', '13.05'],
    ['7', '07.00'],
    ['23:59', '23.59'],
    ['0000', '00.00'],
  ])('%s → %s', (input, out) => expect(normalisasiPukul(input)).toBe(out));

  it.each([
    ['25.00', '25.00'],
    ['7.75', '7.75'],
    ['2400', '2400'],
    ['8 pagi', '8 pagi'],
    ['', ''],
    ['12345', '12345'],
    ['7.3', '7.3'],
  ])('leaves %j unchanged (the schema names the problem)', (input, out) => expect(normalisasiPukul(input)).toBe(out));
});
