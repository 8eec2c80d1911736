import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import type { SuratUndanganSchema } from './def';

/** Surat Undangan: subject, invitees (one in the letter, more in the lampiran), when and where. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof SuratUndanganSchema>>>[] = [
  {
    judul: 'Surat',
    fields: [
      { kind: 'teks', key: 'hal', label: 'Hal', required: true, lebar: 3 },
      { kind: 'pilihan', key: 'sifat', label: 'Sifat', pilihan: ['Biasa', 'Penting', 'Segera', 'Sangat Segera'] },
      {
        kind: 'daftar',
        key: 'kepada',
        label: 'Yang diundang (Yth.)',
        required: true,
        tambah: 'Tambah undangan',
        placeholder: 'Kepala Dinas Pendidikan',
        hint: 'Satu tujuan ditulis langsung di surat; dua atau lebih menjadi daftar undangan di lampiran. Tempel banyak baris sekaligus dari Excel atau Word.',
        testId: 'daftar-kepada',
      },
    ],
  },
  {
    judul: 'Acara',
    fields: [
      { kind: 'teks', key: 'acara', label: 'Acara', required: true, lebar: 4 },
      { kind: 'teks', key: 'pemilihan', label: 'Nama pemilihan', required: true, lebar: 4 },
      { kind: 'tanggal', key: 'tanggalKegiatan', label: 'Tanggal kegiatan', required: true, tampil: 'hari-tanggal' },
      { kind: 'pukul', key: 'pukulMulai', label: 'Pukul mulai', required: true, hint: 'Misalnya 08.00', placeholder: '08.00' },
      { kind: 'pukul', key: 'pukulSelesai', label: 'Pukul selesai', hint: 'Kosong: s.d. selesai', placeholder: 'selesai' },
      { kind: 'pilihan', key: 'zonaWaktu', label: 'Zona waktu', pilihan: ['WIB', 'WITA', 'WIT'] },
      { kind: 'teks', key: 'tempat', label: 'Tempat', required: true, lebar: 4 },
      { kind: 'teks', key: 'pakaian', label: 'Pakaian', lebar: 4, hint: 'Boleh kosong.' },
      { kind: 'paragraf', key: 'catatan', label: 'Catatan', lebar: 4, hint: 'Boleh kosong.' },
      { kind: 'daftar', key: 'tembusan', label: 'Tembusan', tambah: 'Tambah tembusan', testId: 'daftar-tembusan' },
    ],
  },
];
