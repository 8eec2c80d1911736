import { describe, expect, it } from 'vitest';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { dataFieldId, fieldOfPath, nilaiAwal, nilaiDari, nilaiTerbawa, serverFieldKey } from '../../../renderer/src/features/dokumen/formulir-state';
import { buatRequest, draftErrors, initialUmum, type Draft } from '../../../renderer/src/features/dokumen/dokumen-draft';
import { barisBaru, barisDaftar, tempelDaftar } from '../../../renderer/src/lib/daftar';

const und = JENIS.get('surat-undangan');
const sk = JENIS.get('sk-satgas');

describe('form state of a document type', () => {
  it('a real office starts empty; a demo starts from the example', () => {
    expect(nilaiAwal(und, null)).toEqual({
      hal: '',
      sifat: 'Biasa',
      kepada: [],
      acara: '',
      pemilihan: '',
      tanggalKegiatan: '',
      pukulMulai: '',
      pukulSelesai: '',
      zonaWaktu: 'WIB',
      tempat: '',
      pakaian: '',
      catatan: '',
      tembusan: [],
    });
    expect(nilaiAwal(und, und.contoh)).toMatchObject({ hal: 'Undangan Apel Ikrar Netralitas ASN', sifat: 'Penting', pukulMulai: '07.30' });
  });

  it('a draft from a case keeps the keys without a field (ids, the hearing) and sends them back unchanged', () => {
    const bap = JENIS.get('berita-acara-pemeriksaan');
    const pasangan = [{ pertanyaan: 'Apakah Saudara sehat?', jawaban: 'Ya.' }];
    const dariKasus = { ...bap.contoh, kasusId: 7, terlaporId: 9, pasangan, lain: 'dibuang' };
    const draft: Draft = { jenis: 'berita-acara-pemeriksaan', data: nilaiAwal(bap, dariKasus), terbawa: nilaiTerbawa(bap, dariKasus) };
    expect(draft.terbawa).toEqual({ kasusId: 7, terlaporId: 9, pasangan });
    expect(Object.keys(draftErrors(draft, initialUmum(1, 1))).filter((k) => k.startsWith('data.'))).toEqual([]);
    const req = buatRequest(draft, initialUmum(1, 1));
    expect(req?.data).toMatchObject({ kasusId: 7, terlaporId: 9, pasangan, nama: 'Rudi Hartanto, S.Pd.' });
    expect(req?.data).not.toHaveProperty('lain');
    // without them the hearing is missing, and said so
    expect(draftErrors({ ...draft, terbawa: {} }, initialUmum(1, 1))).toHaveProperty(['data.pasangan']);
  });

  it('takes a value from elsewhere only when it has the field’s kind', () => {
    const [hal, sifat, kepada] = [und.formulir[0]!.fields[0]!, und.formulir[0]!.fields[1]!, und.formulir[0]!.fields[2]!];
    expect(nilaiDari(hal, { hal: 42 })).toBe('');
    expect(nilaiDari(sifat, { sifat: 'Rahasia' })).toBe('Biasa');
    expect(nilaiDari(kepada, { kepada: ['A', 3] })).toEqual([]);
    expect(nilaiDari(kepada, { kepada: ['A', 'B'] })).toEqual(['A', 'B']);
    const anggota = sk.formulir[1]!.fields[0]!;
    expect(nilaiDari(anggota, { anggota: [{ nama: 'Sri', jabatan: 'Kepala', peran: 'Ketua' }] })).toEqual([
      { pegawaiId: null, nama: 'Sri', nip: '', jabatan: 'Kepala', pangkat: '', peran: 'Ketua' },
    ]);
    expect(nilaiDari(anggota, { anggota: [{ nama: '' }] })).toEqual([]);
  });

  it('maps the core’s field paths onto the form, and paths onto element ids and fields', () => {
    expect(serverFieldKey(und, 'kepada.0')).toBe('data.kepada.0');
    expect(serverFieldKey(und, 'data.hal')).toBe('data.hal');
    expect(serverFieldKey(und, 'tandaTangan.atasNama')).toBe('tandaTangan.atasNama');
    expect(serverFieldKey(sk, 'anggota.2.nama')).toBe('data.anggota.2.nama');
    expect(dataFieldId('anggota.2.nama')).toBe('dok-data-anggota-2-nama');
    expect(fieldOfPath(sk, 'anggota.2.nama')?.kind).toBe('anggota');
    expect(fieldOfPath(sk, 'tidak.ada')).toBeUndefined();
  });

  it('an empty form’s messages sit on its required fields, under data.', () => {
    const e = draftErrors({ jenis: 'surat-undangan', data: nilaiAwal(und, null) }, initialUmum(1, 1));
    expect(Object.keys(e).sort()).toEqual(['data.acara', 'data.hal', 'data.kepada', 'data.pemilihan', 'data.pukulMulai', 'data.tanggalKegiatan', 'data.tempat']);
  });

  it('accepts the times clerks type', () => {
    const data = { ...nilaiAwal(und, und.contoh), pukulMulai: '7:30', pukulSelesai: '1200' };
    const r = und.siapkan(data);
    expect(r.ok && [r.data.pukulMulai, r.data.pukulSelesai]).toEqual(['07.30', '12.00']);
  });
});

describe('Tempel daftar', () => {
  it('reads one item per line, without numbering, bullets or blank lines', () => {
    expect(barisDaftar('1. Kepala Dinas Pendidikan\n2)  Para  Camat\n\n- Lurah\r\n• Kepala Sekolah\n')).toEqual(['Kepala Dinas Pendidikan', 'Para Camat', 'Lurah', 'Kepala Sekolah']);
  });

  it.each([
    ['adds after the filled lines, leaving out what is there and repeats', ['A', '', 'B'], ['b', 'C', 'C ', 'a'], 'tambah', ['A', 'B', 'C'], ['b', 'C ', 'a']],
    ['replaces the list, repeats once', ['A', 'B'], ['C', 'c', 'D'], 'ganti', ['C', 'D'], ['c']],
    ['into an empty list', [], ['A', 'A'], 'tambah', ['A'], ['A']],
  ] as const)('%s', (_what, items, pasted, cara, out, ganda) => {
    expect(tempelDaftar(items, pasted, cara)).toEqual({ items: out, ganda });
  });

  it('pasting into a line adds only the new lines', () => {
    expect(barisBaru(['Camat', ''], ['camat', 'Lurah', 'Lurah'])).toEqual(['Lurah']);
  });
});
