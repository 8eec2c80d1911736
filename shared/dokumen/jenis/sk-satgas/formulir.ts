import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import type { SkSatgasSchema } from './def';

/** Keputusan pembentukan Satgas: subject, election, budget line, the team and who receives copies. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof SkSatgasSchema>>>[] = [
  {
    judul: 'Keputusan',
    fields: [
      { kind: 'paragraf', key: 'tentang', label: 'Tentang', required: true },
      { kind: 'teks', key: 'pemilihan', label: 'Nama pemilihan', required: true, lebar: 4 },
      { kind: 'paragraf', key: 'bebanAnggaran', label: 'Beban anggaran', required: true },
    ],
  },
  {
    judul: 'Lampiran: susunan keanggotaan',
    fields: [{ kind: 'anggota', key: 'anggota', label: 'Susunan keanggotaan', required: true, peran: ['Ketua', 'Wakil Ketua', 'Sekretaris', 'Anggota'] }],
  },
  {
    judul: 'Salinan',
    fields: [{ kind: 'daftar', key: 'tembusan', label: 'Salinan disampaikan kepada', tambah: 'Tambah penerima salinan', testId: 'daftar-tembusan' }],
  },
];
