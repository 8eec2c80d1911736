import { describe, expect, it } from 'vitest';
import type { Penandatangan, TandaTangan } from '../../../shared/contract/dokumen';
import { kop, punctuate, signatureLines, titleCase } from '../../../shared/dokumen/bagian';
import { diktumLabel } from '../../../shared/dokumen/jenis/sk-satgas/def';
import { markerLabel, PAPER_MM, textWidthMm, DEFAULT_PAGE_SETUP } from '../../../shared/dokumen/model';
import { contohProfil } from '../../../electron/core/documents/contoh';

const kepala: Penandatangan = {
  id: 1,
  jabatan: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  nama: 'Sri Rahayu',
  gelarDepan: '',
  gelarBelakang: 'S.H., M.H.',
  golongan: 'IV/c',
  nip: '197303141998032004',
  jenis: 'pejabat',
  aktif: true,
};
const bupati: Penandatangan = { ...kepala, id: 2, jabatan: 'Bupati Sukamaju', nama: 'Ahmad Fauzi', gelarDepan: 'H.', gelarBelakang: 'S.E.', golongan: '', nip: '', jenis: 'kepala-daerah' };
const ttd = (over: Partial<TandaTangan>): TandaTangan => ({ penandatanganId: 1, mode: 'langsung', atasNama: '', untukBeliau: '', ...over });

describe('signature lines per signing mode', () => {
  it.each([
    ['langsung', ttd({}), kepala, ['KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA,']],
    ['a.n.', ttd({ mode: 'an', atasNama: 'Bupati Sukamaju' }), { ...kepala, jabatan: 'Sekretaris Daerah' }, ['a.n. BUPATI SUKAMAJU', 'Sekretaris Daerah,']],
    [
      'u.b.',
      ttd({ mode: 'ub', atasNama: 'Bupati Sukamaju', untukBeliau: 'Sekretaris Daerah' }),
      { ...kepala, jabatan: 'Kepala BKPSDM' },
      ['a.n. BUPATI SUKAMAJU', 'Sekretaris Daerah', 'u.b.', 'Kepala BKPSDM,'],
    ],
    ['Plt.', ttd({ mode: 'plt' }), { ...kepala, jabatan: 'Kepala Dinas Pendidikan' }, ['Plt. KEPALA DINAS PENDIDIKAN,']],
    ['Plt. of another office', ttd({ mode: 'plt', atasNama: 'Kepala Dinas Kesehatan' }), { ...kepala, jabatan: 'Sekretaris Dinas Kesehatan' }, ['Plt. KEPALA DINAS KESEHATAN,']],
    ['Plh.', ttd({ mode: 'plh' }), { ...kepala, jabatan: 'Kepala Dinas Pendidikan' }, ['Plh. KEPALA DINAS PENDIDIKAN,']],
  ])('%s', (_, t, p, jabatan) => {
    const s = signatureLines(t, p, 'korespondensi');
    expect(s.jabatan).toEqual(jabatan);
    expect(s.nama).toBe('Sri Rahayu, S.H., M.H.');
    expect(s.pangkat).toBe('Pembina Utama Muda');
    expect(s.nip).toBe('NIP. 19730314 199803 2 004');
  });

  it('the regional head signs a letter by name in capitals with titles, without pangkat or NIP', () => {
    expect(signatureLines(ttd({}), bupati, 'korespondensi')).toEqual({ jabatan: ['BUPATI SUKAMAJU,'], nama: 'H. AHMAD FAUZI, S.E.', pangkat: null, nip: null });
  });
  it('the regional head signs a decree without titles', () => {
    expect(signatureLines(ttd({}), bupati, 'penetapan')).toEqual({ jabatan: ['BUPATI SUKAMAJU,'], nama: 'AHMAD FAUZI', pangkat: null, nip: null });
  });
});

describe('kop', () => {
  it('office kop: pemerintah, perangkat daerah in bold, contact lines', () => {
    const k = kop(contohProfil(0));
    expect(k.style).toBe('dinas');
    expect(k.lines.map((l) => l.text)).toEqual([
      'PEMERINTAH KABUPATEN SUKAMAJU',
      'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
      'Jalan Pemuda Nomor 12, Sukamaju, Telepon (0285) 381234, Kode Pos 51161',
      'Laman: bkpsdm.sukamajukab.go.id, Pos-el: bkpsdm@sukamajukab.go.id',
    ]);
    expect(k.lines[1]!.bold).toBe(true);
    expect(k.logo?.type).toBe('png');
  });
  it('regional head kop: the title only', () => {
    expect(kop(contohProfil(1)).lines.map((l) => l.text)).toEqual(['BUPATI SUKAMAJU']);
  });
});

describe('formatting helpers', () => {
  it.each([
    [['Gubernur Jawa Tengah', 'Kepala BKN.', 'Ketua Bawaslu;'], ['Gubernur Jawa Tengah;', 'Kepala BKN;', 'Ketua Bawaslu.']],
    [['  ', 'Arsip.'], ['Arsip.']],
  ])('punctuate %j', (items, out) => expect(punctuate(items)).toEqual(out));

  it.each([
    [1, 'KESATU'],
    [2, 'KEDUA'],
    [4, 'KEEMPAT'],
    [10, 'KESEPULUH'],
    [11, 'KESEBELAS'],
    [12, 'KEDUA BELAS'],
  ])('diktum %i → %s', (n, label) => expect(diktumLabel(n)).toBe(label));

  it.each([
    ['angka', 0, '1.'],
    ['angka', 11, '12.'],
    ['huruf', 0, 'a.'],
    ['huruf', 25, 'z.'],
    ['huruf', 26, 'aa.'],
    ['strip', 3, '-'],
  ] as const)('marker %s #%i → %s', (m, i, label) => expect(markerLabel(m, i)).toBe(label));

  it.each([
    ['PEMERINTAH KABUPATEN SUKAMAJU', 'Pemerintah Kabupaten Sukamaju'],
    ['BADAN KESATUAN BANGSA DAN POLITIK', 'Badan Kesatuan Bangsa dan Politik'],
    ['BUPATI SUKAMAJU', 'Bupati Sukamaju'],
  ])('titleCase %s', (s, t) => expect(titleCase(s)).toBe(t));

  it('F4 text width with the default margins is 165 mm', () => {
    expect(PAPER_MM.F4).toEqual({ width: 215, height: 330 });
    expect(textWidthMm(DEFAULT_PAGE_SETUP)).toBe(165);
  });
});
