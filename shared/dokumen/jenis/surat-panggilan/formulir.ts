import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import { isianIdentitas, isianPelanggaran } from '../kasus-umum';
import type { SuratPanggilanSchema } from './def';

/** Surat Panggilan: which summons, who is summoned, before whom, when and where, and why. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof SuratPanggilanSchema>>>[] = [
  {
    judul: 'Panggilan',
    fields: [
      { kind: 'pilihan', key: 'ke', label: 'Panggilan ke', pilihan: ['1', '2'], hint: '1: Surat Panggilan I; 2: Surat Panggilan II.' },
      { kind: 'teks', key: 'nomorPanggilanI', label: 'Nomor Surat Panggilan I', lebar: 2, hint: 'Untuk Panggilan II.' },
      { kind: 'tanggal', key: 'tanggalPanggilanI', label: 'Tanggal Surat Panggilan I', hint: 'Untuk Panggilan II.' },
    ],
  },
  { judul: 'Yang dipanggil', fields: isianIdentitas },
  {
    judul: 'Pemeriksaan',
    fields: [
      { kind: 'anggota', key: 'pemeriksa', label: 'Pejabat pemeriksa / tim pemeriksa', required: true, peran: ['Atasan langsung', 'Ketua', 'Sekretaris', 'Anggota'] },
      { kind: 'tanggal', key: 'tanggalPeriksa', label: 'Tanggal pemeriksaan', required: true, tampil: 'hari-tanggal' },
      { kind: 'pukul', key: 'pukul', label: 'Jam', required: true, placeholder: '09.00' },
      { kind: 'pilihan', key: 'zonaWaktu', label: 'Zona waktu', pilihan: ['WIB', 'WITA', 'WIT'] },
      { kind: 'teks', key: 'tempat', label: 'Tempat', required: true, lebar: 4 },
      ...isianPelanggaran,
      { kind: 'daftar', key: 'tembusan', label: 'Tembusan', tambah: 'Tambah tembusan', testId: 'daftar-tembusan' },
    ],
  },
];
