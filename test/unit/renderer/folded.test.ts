import { describe, expect, it } from 'vitest';
import { formatAngka as screen } from '../../../renderer/src/lib/format';
import { sameTeks as editorSame } from '../../../renderer/src/features/pengaturan/teks-utils';
import { formatAngka } from '../../../shared/domain/terbilang';
import { sameTeks } from '../../../shared/dokumen/teks';
import { found } from '../../../electron/core/services/found';

// Helpers that existed twice with different results: the screen and the documents, the editor and the
// server, now agree because they are one function.
describe('one formatting and comparison for screen, documents and server', () => {
  it('formats numbers on screen exactly as in documents, every digit kept', () => {
    for (const [n, text] of [
      [50_000, '50.000'],
      [1234.5678, '1.234,5678'],
      [-1_500_000, '-1.500.000'],
      [1e21, '1.000.000.000.000.000.000.000'],
    ] as const) {
      expect(screen(n)).toBe(text);
      expect(formatAngka(n)).toBe(text);
    }
  });

  it('compares texts with a missing slot as empty, in the editor and when saving a version', () => {
    expect(sameTeks({ a: 'x' }, { a: 'x', b: '' })).toBe(true);
    expect(sameTeks({ a: 'x' }, { a: 'y' })).toBe(false);
    expect(sameTeks({ a: 'x' }, { a: 'x', b: 'z' })).toBe(false);
    expect(editorSame).toBe(sameTeks);
  });

  it('found() returns what the look-up found and refuses null or undefined as TIDAK_DITEMUKAN', () => {
    expect(found(0, () => 'x')).toBe(0);
    expect(found('', () => 'x')).toBe('');
    for (const v of [null, undefined]) expect(() => found(v, () => 'Pegawai dengan id 9 tidak ditemukan.')).toThrow(expect.objectContaining({ code: 'TIDAK_DITEMUKAN', message: 'Pegawai dengan id 9 tidak ditemukan.' }));
  });
});
