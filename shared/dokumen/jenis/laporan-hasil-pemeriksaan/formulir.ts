import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import { isianIdentitas, isianPelanggaran } from '../kasus-umum';
import type { LaporanHasilPemeriksaanSchema } from './def';

/** Laporan Hasil Pemeriksaan: to the deciding official; who, what was found, the conclusion and the proposal. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof LaporanHasilPemeriksaanSchema>>>[] = [
  {
    judul: 'Laporan',
    fields: [
      { kind: 'teks', key: 'kepada', label: 'Yth. (pejabat yang berwenang menghukum)', required: true, lebar: 4 },
      { kind: 'tanggal', key: 'tanggalPeriksa', label: 'Tanggal pemeriksaan', required: true },
    ],
  },
  { judul: 'Yang diperiksa', fields: [...isianIdentitas, ...isianPelanggaran] },
  {
    judul: 'Hasil pemeriksaan',
    fields: [
      { kind: 'paragraf', key: 'bentuk', label: 'Bentuk pelanggaran' },
      { kind: 'teks', key: 'waktu', label: 'Waktu', lebar: 2 },
      { kind: 'teks', key: 'tempatKejadian', label: 'Tempat', lebar: 2 },
      { kind: 'paragraf', key: 'memberatkan', label: 'Faktor yang memberatkan' },
      { kind: 'paragraf', key: 'meringankan', label: 'Faktor yang meringankan' },
      { kind: 'paragraf', key: 'dampak', label: 'Dampak perbuatan' },
    ],
  },
  {
    judul: 'Kesimpulan',
    fields: [
      { kind: 'pilihan', key: 'kesimpulan', label: 'Kesimpulan', pilihan: ['terbukti', 'tidak-terbukti'] },
      { kind: 'teks', key: 'usulanHukuman', label: 'Usul hukuman disiplin', lebar: 3, hint: 'Kosong bila tidak terbukti.' },
      { kind: 'teks', key: 'pejabatBerwenang', label: 'Pejabat yang berwenang menghukum', required: true, lebar: 4 },
      { kind: 'teks', key: 'lampiranBap', label: 'Lampiran', lebar: 4 },
      { kind: 'daftar', key: 'tembusan', label: 'Tembusan', tambah: 'Tambah tembusan', testId: 'daftar-tembusan' },
    ],
  },
];
