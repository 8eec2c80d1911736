import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import { isianIdentitas, isianPelanggaran } from '../kasus-umum';
import type { KeputusanTimPemeriksaSchema } from './def';

/** Keputusan pembentukan tim pemeriksa: whom it examines and why, the team, and who receives copies. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof KeputusanTimPemeriksaSchema>>>[] = [
  { judul: 'Yang diperiksa', fields: [...isianIdentitas, ...isianPelanggaran] },
  {
    judul: 'Dasar',
    fields: [
      { kind: 'paragraf', key: 'dasarLaporan', label: 'Laporan / rekomendasi yang menjadi dasar', required: true },
      { kind: 'pilihan', key: 'tingkat', label: 'Ancaman hukuman disiplin', pilihan: ['sedang', 'berat'] },
    ],
  },
  {
    judul: 'Lampiran: susunan tim pemeriksa',
    fields: [{ kind: 'anggota', key: 'anggota', label: 'Susunan tim pemeriksa', required: true, peran: ['Ketua', 'Sekretaris', 'Anggota'] }],
  },
  {
    judul: 'Salinan',
    fields: [{ kind: 'daftar', key: 'tembusan', label: 'Salinan disampaikan kepada', tambah: 'Tambah penerima salinan', testId: 'daftar-tembusan' }],
  },
];
