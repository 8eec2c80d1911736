import { describe, expect, it } from 'vitest';
import { isTombolPrivasi } from '../../../renderer/src/lib/privasi';
import { parseHash } from '../../../renderer/src/lib/route';
import { samarkanDalam, samarkanKontak, samarkanNama, samarkanNip } from '../../../renderer/src/lib/samaran';
import { kegiatanMendatang, sisaTeks, tahapBerjalan } from '../../../renderer/src/features/beranda/beranda';
import type { BarisRekapKasus, KegiatanRingkas } from '../../../shared/contract/index';

describe('privacy mode masking', () => {
  it('keeps the first given name and one initial, drops degrees, keeps leading titles', () => {
    expect(samarkanNama('Budi Santoso')).toBe('Budi S****');
    expect(samarkanNama('Budi Santoso, S.E.')).toBe('Budi S****');
    expect(samarkanNama('  Dr.  Siti Aminah Lubis, S.H., M.H. ')).toBe('Dr. Siti A****');
    expect(samarkanNama('Drs. H. Ahmad Fauzi')).toBe('Drs. H. Ahmad F****');
    expect(samarkanNama('Sutrisno')).toBe('S****');
    expect(samarkanNama('Ir. Sutrisno')).toBe('Ir. S****');
    expect(samarkanNama('Ñoman Éka')).toBe('Ñoman É****');
    expect(samarkanNama('')).toBe('');
    expect(samarkanNama(null)).toBe('');
  });

  it('never tells the hidden part: the same mask for a short and a long surname', () => {
    expect(samarkanNama('Budi Sa')).toBe(samarkanNama('Budi Sastrowardoyo Kusumanegara'));
    expect(samarkanNama('Rina Marlina')).not.toContain('Marlina');
  });

  it('shows only the birth date part of an 18-digit NIP, grouped as printed', () => {
    expect(samarkanNip('198503122010011004')).toBe('19850312 ****** * ***');
    expect(samarkanNip('19850312 201001 1 004')).toBe('19850312 ****** * ***');
    expect(samarkanNip('')).toBe('');
    expect(samarkanNip(null)).toBe('');
  });

  it('masks any other number after its first four characters, keeping separators', () => {
    expect(samarkanNip('3201234567890001')).toBe('3201************');
    expect(samarkanNip('TKD-2021-0042')).toBe('TKD-2***-****');
    expect(samarkanNip('12')).toBe('12');
  });

  it('masks contacts but keeps their kind', () => {
    expect(samarkanKontak('0812-3456-7890')).toBe('****-****-*890');
    expect(samarkanKontak('budi.santoso@sukamaju.go.id')).toBe('b****@sukamaju.go.id');
    expect(samarkanKontak(null)).toBe('');
  });

  it('masks known people inside free text, whole names before their parts', () => {
    const orang = [{ nama: 'Budi Santoso, S.E.', nip: '198503122010011004' }, { nama: 'Rina Marlina', nip: null }];
    expect(samarkanDalam('Terlapor: Budi Santoso, S.E., NIP 19850312 201001 1 004; saksi Rina Marlina', orang)).toBe('Terlapor: Budi S****, NIP 19850312 ****** * ***; saksi Rina M****');
    expect(samarkanDalam('Budi Santoso ditautkan (198503122010011004)', orang)).toBe('Budi S**** ditautkan (19850312 ****** * ***)');
    expect(samarkanDalam('Tanpa nama', orang)).toBe('Tanpa nama');
    expect(samarkanDalam('19761103 200212 1 005 · Kepala Bagian', [])).toBe('19761103 ****** * *** · Kepala Bagian');
    expect(samarkanDalam('nomor 1234567890123456789 bukan NIP', [])).toBe('nomor 1234567890123456789 bukan NIP');
  });

  it('toggles on F9 alone, not on F9 with a modifier or on other keys', () => {
    const k = (key: string, mod: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({ key, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...mod });
    expect(isTombolPrivasi(k('F9'))).toBe(true);
    expect(isTombolPrivasi(k('F9', { ctrlKey: true }))).toBe(false);
    expect(isTombolPrivasi(k('F9', { shiftKey: true }))).toBe(false);
    expect(isTombolPrivasi(k('p', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isTombolPrivasi(k('9'))).toBe(false);
  });
});

describe('home screen', () => {
  it('is the default route; every existing page still resolves', () => {
    expect(parseHash('').page).toBe('beranda');
    expect(parseHash('#/').page).toBe('beranda');
    expect(parseHash('#/tidak-ada').page).toBe('beranda');
    expect(parseHash('#/beranda').page).toBe('beranda');
    for (const p of ['pegawai', 'unit-kerja', 'kegiatan', 'ikrar', 'dokumen', 'pengaturan', 'meja', 'papan', 'pasang'] as const) expect(parseHash(`#/${p}?x=1`).page).toBe(p);
  });

  it('words the working days left', () => {
    expect(sisaTeks(3)).toBe('3 hari kerja lagi');
    expect(sisaTeks(0)).toBe('jatuh tempo hari ini');
    expect(sisaTeks(-2)).toBe('lewat 2 hari kerja');
  });

  it('lists upcoming events from today, soonest first, without closed ones', () => {
    const k = (id: number, tanggal: string, jam: string, status: KegiatanRingkas['status'] = 'draf'): KegiatanRingkas => ({ id, judul: `K${id}`, jenis: 'sosialisasi', tanggal, jam, tempat: '', status, jumlah: { peserta: 0, hadir: 0 } as KegiatanRingkas['jumlah'] });
    const rows = [k(1, '2026-11-30', '08.00'), k(2, '2026-12-03', '09.00'), k(3, '2026-12-01', '13.00'), k(4, '2026-12-01', '08.00'), k(5, '2026-12-02', '08.00', 'selesai')];
    expect(kegiatanMendatang(rows, '2026-12-01', 5).map((r) => r.id)).toEqual([4, 3, 2]);
    expect(kegiatanMendatang(rows, '2026-12-01', 2).map((r) => r.id)).toEqual([4, 3]);
  });

  it('lists people still in the procedure by stage, in its order, without closed ones', () => {
    const b = (kunci: string, jumlah: number): BarisRekapKasus => ({ kunci, label: kunci, jumlah });
    expect(tahapBerjalan([b('lhp', 5), b('selesai', 9), b('diterima', 2), b('verifikasi', 0)])).toEqual([
      { tahap: 'diterima', jumlah: 2 },
      { tahap: 'lhp', jumlah: 5 },
    ]);
  });
});
