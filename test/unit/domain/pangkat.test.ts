import { describe, expect, it } from 'vitest';
import {
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  golonganUrutan,
  namaPangkat,
  pangkatLabel,
  parseGolonganPns,
  parseGolonganPppk,
} from '../../../shared/domain/pangkat';

describe('GOLONGAN_PNS', () => {
  it('lists the 17 golongan in order with the pangkat names of the regulation', () => {
    expect(GOLONGAN_PNS.map((g) => `${g.kode} ${g.pangkat}`)).toEqual([
      'I/a Juru Muda',
      'I/b Juru Muda Tingkat I',
      'I/c Juru',
      'I/d Juru Tingkat I',
      'II/a Pengatur Muda',
      'II/b Pengatur Muda Tingkat I',
      'II/c Pengatur',
      'II/d Pengatur Tingkat I',
      'III/a Penata Muda',
      'III/b Penata Muda Tingkat I',
      'III/c Penata',
      'III/d Penata Tingkat I',
      'IV/a Pembina',
      'IV/b Pembina Tingkat I',
      'IV/c Pembina Utama Muda',
      'IV/d Pembina Utama Madya',
      'IV/e Pembina Utama',
    ]);
    expect(GOLONGAN_PNS.map((g) => g.urutan)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('PPPK golongan are I … XVII', () => {
    expect(GOLONGAN_PPPK).toHaveLength(17);
    expect(GOLONGAN_PPPK[8]).toBe('IX');
    expect(GOLONGAN_PPPK[16]).toBe('XVII');
  });
});

describe('parseGolonganPns', () => {
  it.each([
    ['III/b', 'III/b'],
    ['III-b', 'III/b'],
    ['IIIb', 'III/b'],
    ['III b', 'III/b'],
    ['III / b', 'III/b'],
    ['III.b', 'III/b'],
    ['iii/B', 'III/b'],
    ['  III/b  ', 'III/b'],
    ['3b', 'III/b'],
    ['3/b', 'III/b'],
    ['3-B', 'III/b'],
    ['I/a', 'I/a'],
    ['Ia', 'I/a'],
    ['1d', 'I/d'],
    ['IIa', 'II/a'],
    ['II/d', 'II/d'],
    ['IV/e', 'IV/e'],
    ['IVe', 'IV/e'],
    ['4a', 'IV/a'],
    ['Gol. III/b', 'III/b'],
    ['Golongan IV/a', 'IV/a'],
    // pangkat names
    ['Penata Muda Tingkat I', 'III/b'],
    ['Penata Muda Tk. I', 'III/b'],
    ['PENATA MUDA TK.I', 'III/b'],
    ['penata muda tk i', 'III/b'],
    ['Penata Muda Tingkat 1', 'III/b'],
    ['Penata Muda', 'III/a'],
    ['Penata', 'III/c'],
    ['Juru', 'I/c'],
    ['Juru Tk. I', 'I/d'],
    ['Pembina Utama', 'IV/e'],
    ['Pembina Utama Madya', 'IV/d'],
    ['Pembina Tk.I', 'IV/b'],
    ['Pengatur Muda Tkt. I', 'II/b'],
    // combined forms
    ['Penata Muda Tingkat I (III/b)', 'III/b'],
    ['Penata Muda Tk. I, III/b', 'III/b'],
    ['III/b - Penata Muda Tk. I', 'III/b'],
    ['Penata Muda Tk.I / III.b', 'III/b'],
    ['III/b (Penata Muda Tingkat I)', 'III/b'],
    ['Pembina Tingkat I, IV/b', 'IV/b'],
    ['Juru Muda Tingkat I (I/b)', 'I/b'],
    ['Juru Tingkat I - I/d', 'I/d'],
    ['Penata Muda (III/a)', 'III/a'],
    ['Pembina Utama Muda, IV/c', 'IV/c'],
    ['IV/c Pembina Utama Muda', 'IV/c'],
  ])('%j → %s', (raw, kode) => {
    expect(parseGolonganPns(raw)).toEqual({ ok: true, kode });
  });

  it('accepts every golongan in its code, document and table forms', () => {
    for (const g of GOLONGAN_PNS) {
      expect(parseGolonganPns(g.kode)).toEqual({ ok: true, kode: g.kode });
      expect(parseGolonganPns(g.pangkat)).toEqual({ ok: true, kode: g.kode });
      for (const style of ['dokumen', 'tabel', 'singkat'] as const)
        expect(parseGolonganPns(pangkatLabel(g.kode, style))).toEqual({ ok: true, kode: g.kode });
    }
  });

  it.each([
    ['Penata Muda Tk. I (III/c)', /tidak cocok: pangkat Penata Muda Tingkat I adalah golongan III\/b, bukan III\/c/],
    ['III/a - Penata', /tidak cocok: pangkat Penata adalah golongan III\/c, bukan III\/a/],
  ])('rejects a name and code that disagree: %j', (raw, re) => {
    const r = parseGolonganPns(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(re);
  });

  it.each(['III/f', 'V/a', 'IIIz', 'Penata Madya', 'golongan tiga', '5b', 'III', 'IX', 'b', 'Staf', 'III/b/c'])(
    'rejects %j with the accepted forms',
    (raw) => {
      const r = parseGolonganPns(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message).toContain(`"${raw}"`);
        expect(r.message).toMatch(/Bentuk yang diterima: kode golongan\/ruang I\/a sampai IV\/e/);
        expect(r.message).toMatch(/III-b, III\.b, IIIb, III b atau 3b/);
        expect(r.message).toMatch(/Penata Muda Tk\. I \(III\/b\)/);
      }
    },
  );

  it.each(['I/e', 'II/e', 'IIIe', '3e'])('rejects ruang e outside golongan IV: %j', (raw) => {
    const r = parseGolonganPns(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/ruang e hanya ada pada golongan IV/);
  });

  it('rejects an empty value', () => {
    const r = parseGolonganPns('  ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Golongan kosong\. Bentuk yang diterima/);
  });
});

describe('parseGolonganPppk', () => {
  it.each([
    ['IX', 'IX'],
    ['ix', 'IX'],
    [' IX ', 'IX'],
    ['9', 'IX'],
    ['09', 'IX'],
    ['Golongan IX', 'IX'],
    ['golongan 9', 'IX'],
    ['Gol. VII', 'VII'],
    ['I', 'I'],
    ['1', 'I'],
    ['XVII', 'XVII'],
    ['17', 'XVII'],
    ['v', 'V'],
  ])('%j → %s', (raw, kode) => {
    expect(parseGolonganPppk(raw)).toEqual({ ok: true, kode });
  });

  it.each(['XVIII', '18', '0', 'IIII', 'nine', 'IX/a'])('rejects %j', (raw) => {
    const r = parseGolonganPppk(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/angka Romawi I sampai XVII \(misalnya IX\), angka 1 sampai 17/);
  });

  it.each(['III/b', '3b', 'Penata Muda'])('says that %j is a PNS golongan', (raw) => {
    const r = parseGolonganPppk(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/golongan\/ruang PNS, bukan golongan PPPK/);
  });

  it('rejects an empty value', () => {
    expect(parseGolonganPppk('').ok).toBe(false);
  });
});

describe('pangkatLabel', () => {
  it.each([
    ['III/b', 'dokumen', 'Penata Muda Tingkat I (III/b)'],
    ['III/b', 'tabel', 'Penata Muda Tk. I, III/b'],
    ['III/b', 'singkat', 'Penata Muda Tk. I (III/b)'],
    ['III/a', 'dokumen', 'Penata Muda (III/a)'],
    ['III/a', 'tabel', 'Penata Muda, III/a'],
    ['IV/e', 'singkat', 'Pembina Utama (IV/e)'],
    ['I/b', 'tabel', 'Juru Muda Tk. I, I/b'],
    ['IX', 'dokumen', 'Golongan IX'],
    ['XVII', 'singkat', 'Golongan XVII'],
    ['3b', 'dokumen', '3b'],
    ['', 'tabel', ''],
    ['Staf', 'singkat', 'Staf'],
  ] as const)('%s %s → %s', (kode, style, label) => {
    expect(pangkatLabel(kode, style)).toBe(label);
  });

  it('namaPangkat', () => {
    expect(namaPangkat('IV/c')).toBe('Pembina Utama Muda');
    expect(namaPangkat('IX')).toBeNull();
  });
});

describe('golonganUrutan', () => {
  it.each([
    ['I/a', 1],
    ['II/a', 5],
    ['III/b', 10],
    ['IV/e', 17],
    ['I', 101],
    ['IX', 109],
    ['XVII', 117],
    ['', 0],
    ['3b', 0],
    ['XVIII', 0],
  ])('%s → %d', (kode, n) => {
    expect(golonganUrutan(kode)).toBe(n);
  });

  it('sorts PNS before PPPK, each in rank order', () => {
    const sorted = ['IX', 'IV/a', 'I', 'III/b', 'II/c', 'XVII'].sort((a, b) => golonganUrutan(a) - golonganUrutan(b));
    expect(sorted).toEqual(['II/c', 'III/b', 'IV/a', 'I', 'IX', 'XVII']);
  });
});
