import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import type { SuratEdaranSchema } from './def';

/** Surat Edaran: subject, election, voting day, addressees and tembusan. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof SuratEdaranSchema>>>[] = [
  {
    judul: 'Isi surat edaran',
    fields: [
      { kind: 'paragraf', key: 'tentang', label: 'Tentang', required: true },
      { kind: 'teks', key: 'pemilihan', label: 'Nama pemilihan', required: true, lebar: 3 },
      { kind: 'tanggal', key: 'tanggalPemungutan', label: 'Pemungutan suara', required: true },
      { kind: 'daftar', key: 'kepada', label: 'Kepada (Yth.)', required: true, tambah: 'Tambah tujuan', placeholder: 'Kepala Perangkat Daerah', testId: 'daftar-kepada' },
      {
        kind: 'teks',
        key: 'lingkungan',
        label: 'Keterangan di bawah tujuan',
        lebar: 4,
        hint: 'Misalnya: di Lingkungan Pemerintah Kabupaten Sukamaju. Boleh kosong.',
      },
      { kind: 'daftar', key: 'tembusan', label: 'Tembusan', tambah: 'Tambah tembusan', placeholder: 'Gubernur Jawa Tengah', testId: 'daftar-tembusan' },
    ],
  },
];
