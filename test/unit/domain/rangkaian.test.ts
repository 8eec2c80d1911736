import { describe, expect, it } from 'vitest';
import { rangkai } from '../../../shared/domain/rangkaian';

describe('rangkai: a series in running text', () => {
  it.each([
    [[], 'dan', ''],
    [['Pasal 5 huruf n angka 1'], 'dan', 'Pasal 5 huruf n angka 1'],
    // two items take no comma ("a, dan b" was printed before)
    [['angka 1', 'angka 7'], 'dan', 'angka 1 dan angka 7'],
    [['a', 'b', 'c'], 'dan', 'a, b, dan c'],
    [['a', ' ', 'b'], 'serta', 'a serta b'],
  ] as const)('%j with %s → %s', (list, kata, out) => {
    expect(rangkai(list, kata)).toBe(out);
  });
});
