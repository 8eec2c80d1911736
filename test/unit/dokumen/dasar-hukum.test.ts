import { describe, expect, it } from 'vitest';
import { rincian, type AturanRincian } from '../../../shared/dokumen/bagian';
import { dasarHukumDipakai, kutipan, periksaKodeDasarHukum, susunDasarHukum, type EntriDasarHukum } from '../../../shared/dokumen/dasar-hukum';
import { DASAR_HUKUM_CONTOH } from '../../helpers/naskah';

const K = { wilayah: 'Kabupaten Sukamaju' };
const byKode = new Map(DASAR_HUKUM_CONTOH.map((e) => [e.kode.toUpperCase(), e]));
const entri = (over: Partial<EntriDasarHukum> & Pick<EntriDasarHukum, 'kode' | 'jenis' | 'tahun'>): EntriDasarHukum => ({
  sebutan: '',
  nomor: '1',
  tanggal: '',
  tentang: 'Contoh',
  ln: '',
  tln: '',
  diubahDengan: [],
  ...over,
});

describe('ordering of legal bases', () => {
  it.each([
    // today's SK texts put UU 20/2023 before UU 23/2014: the older law of the same rank goes first
    [['UU-20-2023', 'UU-23-2014'], ['UU-23-2014', 'UU-20-2023'], []],
    // hierarchy before date: a 2021 PP after a 2023 UU
    [['PP-94-2021', 'UU-20-2023'], ['UU-20-2023', 'PP-94-2021'], []],
    // a Permendagri after the PPs; the SKB is not a regulation: Memperhatikan
    [['SKB-NETRALITAS-2022', 'PERMENDAGRI-1-2023', 'PP-42-2004', 'UU-7-2017'], ['UU-7-2017', 'PP-42-2004', 'PERMENDAGRI-1-2023'], ['SKB-NETRALITAS-2022']],
    // codes in any case, repeated, or typed with a trailing ";"
    [['uu-23-2014;', 'UU-23-2014'], ['UU-23-2014'], []],
  ])('%j → Mengingat %j, Memperhatikan %j', (lines, mengingat, memperhatikan) => {
    const s = susunDasarHukum(lines, DASAR_HUKUM_CONTOH, K);
    expect(s.mengingat.map((b) => b.kode)).toEqual(mengingat);
    expect(s.memperhatikan.map((b) => b.kode)).toEqual(memperhatikan);
  });

  it('orders by the date of enactment within a year, then the number', () => {
    const list = [
      entri({ kode: 'PP-B', jenis: 'pp', tahun: 2020, nomor: '17', tanggal: '2020-05-01' }),
      entri({ kode: 'PP-A', jenis: 'pp', tahun: 2020, nomor: '30', tanggal: '2020-02-01' }),
      entri({ kode: 'PP-C', jenis: 'pp', tahun: 2020, nomor: '9' }),
      entri({ kode: 'PP-D', jenis: 'pp', tahun: 2020, nomor: '10' }),
    ];
    expect(susunDasarHukum(['PP-B', 'PP-A', 'PP-D', 'PP-C'], list, K).mengingat.map((b) => b.kode)).toEqual(['PP-C', 'PP-D', 'PP-A', 'PP-B']);
  });

  it('sorts citations typed in full by the kind and year they start with; SKB and circulars typed in full go to Memperhatikan', () => {
    const s = susunDasarHukum(
      [
        'Surat Edaran Menteri Pendayagunaan Aparatur Negara Nomor 1 Tahun 2023 tentang Netralitas',
        'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;',
        'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;',
        'Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945',
        'UU-20-2023',
      ],
      DASAR_HUKUM_CONTOH,
      K,
    );
    expect(s.mengingat.map((b) => b.teks.slice(0, 40))).toEqual([
      'Undang-Undang Nomor 23 Tahun 2014 tentan',
      'Undang-Undang Nomor 20 Tahun 2023 tentan',
      'Peraturan Pemerintah Nomor 94 Tahun 2021',
      // a line whose kind cannot be told stays, after the others, as typed
      'Pasal 18 ayat (6) Undang-Undang Dasar Ne',
    ]);
    expect(s.memperhatikan.map((b) => b.teks)).toEqual(['Surat Edaran Menteri Pendayagunaan Aparatur Negara Nomor 1 Tahun 2023 tentang Netralitas']);
  });
});

describe('citation of one legal basis', () => {
  it('a law with LN/TLN and an amendment chain of two: "beberapa kali diubah, terakhir dengan" the latest, with its own numbers', () => {
    expect(kutipan(byKode.get('UU-23-2014')!, byKode, K)).toBe(
      'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) ' +
        'sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang ' +
        '(Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara Republik Indonesia Nomor 6856)',
    );
  });

  it.each([
    [entri({ kode: 'A', jenis: 'uu', tahun: 2017, nomor: '7', tentang: 'Pemilihan Umum', diubahDengan: ['B'] }), 'sebagaimana telah diubah dengan Undang-Undang Nomor 8 Tahun 2019 tentang Perubahan'],
    [entri({ kode: 'A', jenis: 'perda', tahun: 2016, nomor: '5', tentang: 'Perangkat Daerah', ln: '5', tln: '3' }), 'Peraturan Daerah Nomor 5 Tahun 2016 tentang Perangkat Daerah (Lembaran Daerah Kabupaten Sukamaju Tahun 2016 Nomor 5, Tambahan Lembaran Daerah Kabupaten Sukamaju Nomor 3)'],
    [entri({ kode: 'A', jenis: 'permen', sebutan: 'Peraturan Menteri Dalam Negeri', tahun: 2023, nomor: '1', tentang: 'Tata Naskah Dinas', ln: '62' }), 'Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas (Berita Negara Republik Indonesia Tahun 2023 Nomor 62)'],
    // without LN numbers nothing in brackets
    [entri({ kode: 'A', jenis: 'pp', tahun: 2020, nomor: '17', tentang: 'Manajemen' }), 'Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Manajemen'],
  ])('%#: %s', (e, expected) => {
    const list = new Map([['B', entri({ kode: 'B', jenis: 'uu', tahun: 2019, nomor: '8', tentang: 'Perubahan' })]]);
    expect(kutipan(e, list, K)).toContain(expected);
    expect(kutipan(e, list, K)).not.toMatch(/\(\)/);
  });

  it('the SKB keeps every number of its signatories and gets no second "Tahun"', () => {
    const t = kutipan(byKode.get('SKB-NETRALITAS-2022')!, byKode, K);
    expect(t).toContain('Nomor 2 Tahun 2022, Nomor 800-5474 Tahun 2022, Nomor 246 Tahun 2022, Nomor 30 Tahun 2022, dan Nomor 1447.1/PM.01/K.1/09/2022 tentang Pedoman');
  });

  it('an archived document keeps the entries it cites and their amendments, nothing else', () => {
    expect(dasarHukumDipakai(['UU-23-2014', 'teks bebas'], DASAR_HUKUM_CONTOH).map((e) => e.kode)).toEqual(['UU-23-2014', 'UU-9-2015', 'UU-6-2023']);
  });

  it('a line written as a code that the list does not hold is refused, naming the slot and the code; a citation typed in full is not', () => {
    const slots = [{ key: 'mengingat', label: 'Dasar hukum', kind: 'dasar-hukum' as const }];
    const ada = (k: string) => byKode.has(k.toUpperCase());
    expect(periksaKodeDasarHukum({ mengingat: 'UU-23-2014\nUU-99-2099\nUndang-Undang Nomor 1 Tahun 1950 tentang X' }, slots, ada)).toEqual([
      { slot: 'mengingat', message: expect.stringContaining('kode UU-99-2099 tidak ada di daftar dasar hukum') },
    ]);
  });
});

describe('punctuation of lists (legal drafting rules)', () => {
  const dan: AturanRincian = { penghubung: 'dan', hurufKecil: true };
  it.each<[string, string[], AturanRincian, string[]]>([
    ['cumulative', ['Memasang spanduk', 'mengunggah dukungan.', 'menghadiri kampanye;'], dan, ['memasang spanduk;', 'mengunggah dukungan; dan', 'menghadiri kampanye.']],
    ['alternative', ['a', 'b', 'c'], { penghubung: 'dan/atau', hurufKecil: false }, ['a;', 'b; dan/atau', 'c.']],
    ['typed with its own "; dan" in the wrong place', ['satu; dan', 'dua', 'tiga dan/atau'], dan, ['satu;', 'dua; dan', 'tiga.']],
    ['two items', ['satu', 'dua'], dan, ['satu; dan', 'dua.']],
    ['one item', ['satu;'], dan, ['satu.']],
    ['acronyms keep their capitals', ['ASN wajib netral', 'KTP dikumpulkan'], dan, ['ASN wajib netral; dan', 'KTP dikumpulkan.']],
    ['konsiderans: every item ends with ";"', ['bahwa a', 'bahwa b.'], { penghubung: null, hurufKecil: false, akhir: ';' }, ['bahwa a;', 'bahwa b;']],
    ['empty lines dropped', ['', 'satu', '  '], dan, ['satu.']],
  ])('%s', (_, items, aturan, out) => expect(rincian(items, aturan)).toEqual(out));
});
