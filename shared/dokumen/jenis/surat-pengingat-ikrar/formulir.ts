import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import type { SuratPengingatIkrarSchema } from './def';

/** Reminder letter: the units behind and their missing forms (prefilled from the campaign's recap), the deadline. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof SuratPengingatIkrarSchema>>>[] = [
  {
    judul: 'Surat',
    fields: [
      { kind: 'teks', key: 'hal', label: 'Hal', required: true, lebar: 3 },
      { kind: 'pilihan', key: 'sifat', label: 'Sifat', pilihan: ['Biasa', 'Penting', 'Segera', 'Sangat Segera'] },
      { kind: 'teks', key: 'kepada', label: 'Yth.', required: true, lebar: 4 },
    ],
  },
  {
    judul: 'Ikrar',
    fields: [
      { kind: 'teks', key: 'pemilihan', label: 'Nama pemilihan', required: true, lebar: 4 },
      { kind: 'teks', key: 'kegiatan', label: 'Kegiatan / kampanye ikrar', required: true, lebar: 4 },
      { kind: 'tanggal', key: 'tanggalIkrar', label: 'Tanggal ikrar', required: true },
      { kind: 'tanggal', key: 'batasTanggal', label: 'Batas pengembalian', required: true },
      { kind: 'teks', key: 'tempatPengembalian', label: 'Diserahkan kepada', required: true, lebar: 4, placeholder: 'Badan Kesatuan Bangsa dan Politik' },
      {
        kind: 'daftar',
        key: 'unit',
        label: 'Perangkat daerah yang belum lengkap',
        required: true,
        tambah: 'Tambah perangkat daerah',
        placeholder: 'Dinas Pendidikan: 12 dari 340',
        hint: 'Satu perangkat daerah per baris: nama, titik dua, formulir yang belum kembali "dari" jumlah formulir. Diisi dari rekap ikrar.',
        testId: 'daftar-unit-pengingat',
      },
      { kind: 'daftar', key: 'tembusan', label: 'Tembusan', tambah: 'Tambah tembusan', testId: 'daftar-tembusan' },
    ],
  },
];
