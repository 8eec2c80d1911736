import { describe, expect, it } from 'vitest';
import { checkTeks, fill, slotParts, type Placeholder, type TextSlot } from '../../../shared/dokumen/teks';

const slots: TextSlot[] = [
  { key: 'pembuka', label: 'Pembuka', kind: 'paragraf' },
  { key: 'butir', label: 'Butir', kind: 'daftar' },
];
const placeholders: Placeholder[] = [
  { key: 'nama', description: 'Nama', example: 'Budi' },
  { key: 'tanggal_kegiatan', description: 'Tanggal', example: '1 Mei 2026' },
];

describe('checkTeks', () => {
  it.each([
    ['accepts known placeholders', { pembuka: 'Yth. {nama}, pada {tanggal_kegiatan}.', butir: 'satu\ndua' }, []],
    ['names an unknown placeholder and the slot', { pembuka: 'Halo {nama_lengkap}', butir: '' }, ['Bagian "Pembuka": isian {nama_lengkap} tidak dikenal']],
    ['reports an unbalanced brace', { pembuka: 'Halo {nama', butir: '' }, ['Bagian "Pembuka": kurung kurawal tidak berpasangan']],
    ['reports a missing slot', { pembuka: 'x' }, ['Bagian "Butir" belum ada.']],
    ['reports an unknown slot', { pembuka: 'x', butir: 'y', lain: 'z' }, ['Bagian teks "lain" tidak dikenal']],
    ['reports an empty placeholder', { pembuka: 'Halo {}', butir: '' }, ['isian {} tidak dikenal']],
  ])('%s', (_, teks, expected) => {
    const messages = checkTeks(teks, slots, placeholders).map((p) => p.message);
    expect(messages).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(messages[i]).toContain(e));
  });

  it('lists the placeholders that are available', () => {
    expect(checkTeks({ pembuka: '{x}', butir: '' }, slots, placeholders)[0]!.message).toContain('{nama}, {tanggal_kegiatan}');
  });
});

describe('fill and slotParts', () => {
  it('fills known keys and leaves missing ones visible', () => {
    expect(fill('{nama} hadir {tanggal_kegiatan} {lain}', { nama: 'Budi & Ani', tanggal_kegiatan: '1 Mei' })).toBe('Budi & Ani hadir 1 Mei {lain}');
  });
  it.each([
    ['paragraf', 'satu\nbaris\n\n  dua  \n\n\n', ['satu baris', 'dua']],
    ['daftar', 'a;\n\nb;\n  c.  ', ['a;', 'b;', 'c.']],
  ] as const)('%s', (kind, text, parts) => {
    expect(slotParts(text, kind)).toEqual(parts);
  });
});
