import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import type { LaporanTindakLanjutSchema } from './def';

/** The follow-up report: addressees, the recommendation, and a line per reported person. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof LaporanTindakLanjutSchema>>>[] = [
  {
    judul: 'Surat',
    fields: [
      { kind: 'teks', key: 'hal', label: 'Hal', required: true, lebar: 3 },
      { kind: 'pilihan', key: 'sifat', label: 'Sifat', pilihan: ['Biasa', 'Penting', 'Segera', 'Sangat Segera'] },
      { kind: 'daftar', key: 'kepada', label: 'Kepada', required: true, tambah: 'Tambah tujuan', testId: 'daftar-kepada' },
    ],
  },
  {
    judul: 'Rekomendasi',
    fields: [
      { kind: 'teks', key: 'rekomendasi', label: 'Rekomendasi dari', required: true, lebar: 4 },
      { kind: 'teks', key: 'nomorRekomendasi', label: 'Nomor', required: true, lebar: 2 },
      { kind: 'tanggal', key: 'tanggalRekomendasi', label: 'Tanggal', required: true },
      { kind: 'paragraf', key: 'perihal', label: 'Perihal rekomendasi' },
    ],
  },
  {
    judul: 'Tindak lanjut per terlapor',
    fields: [
      {
        kind: 'daftar',
        key: 'terlapor',
        label: 'Terlapor dan tindak lanjutnya',
        required: true,
        tambah: 'Tambah terlapor',
        testId: 'daftar-terlapor',
        hint: 'Satu baris per orang: Nama | NIP | Jabatan, unit kerja | tindak lanjut',
      },
    ],
  },
  {
    judul: 'Tembusan',
    fields: [{ kind: 'daftar', key: 'tembusan', label: 'Tembusan', tambah: 'Tambah penerima tembusan', testId: 'daftar-tembusan' }],
  },
];
