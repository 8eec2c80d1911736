import { describe, expect, it } from 'vitest';
import { JENIS_KELAMIN_LABEL, parseJenisKelamin } from '../../../shared/domain/jenis-kelamin';

describe('parseJenisKelamin', () => {
  it.each([
    ['L', 'L'],
    ['l', 'L'],
    [' L ', 'L'],
    ['Laki-laki', 'L'],
    ['Laki Laki', 'L'],
    ['LAKI-LAKI', 'L'],
    ['laki laki', 'L'],
    ['Lakilaki', 'L'],
    ['Laki', 'L'],
    ['Lk', 'L'],
    ['LK.', 'L'],
    ['Pria', 'L'],
    ['M', 'L'],
    ['Male', 'L'],
    ['1', 'L'],
    ['P', 'P'],
    ['p', 'P'],
    ['Perempuan', 'P'],
    ['PEREMPUAN', 'P'],
    ['Pr', 'P'],
    ['Wanita', 'P'],
    ['W', 'P'],
    ['F', 'P'],
    ['Female', 'P'],
    ['2', 'P'],
  ])('%j → %s', (raw, jk) => {
    expect(parseJenisKelamin(raw)).toBe(jk);
  });

  it.each(['', ' ', 'X', '3', '0', 'Lain-lain', 'Laki-laki/Perempuan', 'L/P'])('%j → null', (raw) => {
    expect(parseJenisKelamin(raw)).toBeNull();
  });

  it('labels', () => {
    expect(JENIS_KELAMIN_LABEL).toEqual({ L: 'Laki-laki', P: 'Perempuan' });
  });
});
