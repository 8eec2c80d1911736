import { describe, expect, it } from 'vitest';
import { formAwal, inputDari, validasiKegiatan, type FormKegiatan } from '../../../renderer/src/features/kegiatan/kegiatan-form';
import { persen } from '../../../renderer/src/features/kegiatan/format';
import { kodeDari } from '../../../renderer/src/features/pengaturan/jenis-kegiatan';
import { isPage, parseHash } from '../../../renderer/src/lib/route';
import { KegiatanInputSchema } from '../../../shared/contract/kegiatan';

const isi = (patch: Partial<FormKegiatan> = {}): FormKegiatan => ({
  ...formAwal(null, 'apel-ikrar', null),
  judul: 'Apel Ikrar Netralitas ASN',
  tanggal: '2026-08-17',
  tempat: 'Halaman Kantor Bupati',
  ...patch,
});

describe('event form', () => {
  it('a filled form is a valid request, empty times as null and the times written 07.30', () => {
    const f = isi({ jam: '7:30', batasTerlambat: '0745', jamSelesai: '' });
    expect(validasiKegiatan(f)).toEqual({});
    const parsed = KegiatanInputSchema.parse(inputDari(f, undefined));
    expect(parsed).toMatchObject({ jam: '07.30', batasTerlambat: '07.45', jamSelesai: null, tautan: null });
  });

  it('names the field of a time it cannot read', () => {
    expect(validasiKegiatan(isi({ jam: '25.00' }))).toHaveProperty('jam', 'Jam mulai ditulis seperti 07.30.');
  });

  it('asks for the link of an online or hybrid event, and drops it for an event in a hall', () => {
    expect(validasiKegiatan(isi({ mode: 'daring', tautan: '' }))).toHaveProperty('tautan');
    expect(validasiKegiatan(isi({ mode: 'hybrid', tautan: 'https://zoom.us/j/1' }))).toEqual({});
    expect(inputDari(isi({ mode: 'luring', tautan: 'https://zoom.us/j/1' }), undefined)).toHaveProperty('tautan', null);
  });

  it('refuses a cut-off before the start and an end not after it', () => {
    expect(validasiKegiatan(isi({ jam: '08.00', batasTerlambat: '7.30' }))).toHaveProperty('batasTerlambat');
    expect(validasiKegiatan(isi({ jam: '08.00', jamSelesai: '08.00' }))).toHaveProperty('jamSelesai');
    expect(validasiKegiatan(isi({ jam: '08.00', batasTerlambat: '08.00', jamSelesai: '10.00' }))).toEqual({});
  });

  it('leaves out speaker rows left empty, keeps a half-filled one for the schema to name', () => {
    const f = isi({ narasumber: [{ nama: '', jabatan: '', instansi: '' }, { nama: '', jabatan: 'Ketua', instansi: '' }] });
    expect((inputDari(f, undefined).narasumber as unknown[]).length).toBe(1);
    expect(validasiKegiatan(f)).toHaveProperty(['narasumber.0.nama']);
  });

  it('keeps the participant rule of an event being edited', () => {
    const peserta = KegiatanInputSchema.shape.peserta.parse({ unit: [3, 4], subunit: false });
    expect(inputDari(isi(), peserta)).toHaveProperty('peserta', peserta);
    expect(inputDari(isi(), undefined)).not.toHaveProperty('peserta');
  });
});

describe('kegiatan helpers', () => {
  it('a kind’s code from its name', () => {
    expect(kodeDari('Rapat Koordinasi Camat')).toBe('rapat-koordinasi-camat');
    expect(kodeDari('  Apel  Ikrar (Pagi) ')).toBe('apel-ikrar-pagi');
    expect(kodeDari('Sosialisasi é')).toBe('sosialisasi-e');
    expect(kodeDari('x'.repeat(39) + ' y').length).toBeLessThanOrEqual(40);
    expect(kodeDari('x'.repeat(39) + ' y')).not.toMatch(/-$/);
  });
  it('percentages with an Indonesian comma', () => {
    expect(persen(45.5)).toBe('45,5%');
    expect(persen(100)).toBe('100%');
  });
  it('routes the event page and knows which pages exist', () => {
    expect(parseHash('#/kegiatan?id=12&tab=rekap')).toMatchObject({ page: 'kegiatan' });
    expect(parseHash('#/kegiatan?id=12').params.get('id')).toBe('12');
    expect(isPage('kegiatan')).toBe(true);
    expect(isPage('tidak-ada')).toBe(false);
  });
});
