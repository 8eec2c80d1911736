import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import { isianIdentitas, isianPelanggaran } from '../kasus-umum';
import type { KeputusanPembebasanSementaraSchema } from './def';

/** Keputusan pembebasan sementara: whom, why, from when, who takes over, and who receives copies. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof KeputusanPembebasanSementaraSchema>>>[] = [
  { judul: 'Yang dibebaskan sementara', fields: [...isianIdentitas, ...isianPelanggaran] },
  {
    judul: 'Pembebasan',
    fields: [
      { kind: 'paragraf', key: 'dasarLaporan', label: 'Laporan / rekomendasi yang menjadi dasar', required: true },
      { kind: 'tanggal', key: 'sejak', label: 'Terhitung mulai tanggal', required: true },
      { kind: 'teks', key: 'pelaksanaTugas', label: 'Tugas jabatan dilaksanakan oleh', lebar: 3, hint: 'Boleh kosong.' },
      { kind: 'daftar', key: 'tembusan', label: 'Salinan disampaikan kepada', tambah: 'Tambah penerima salinan', testId: 'daftar-tembusan' },
    ],
  },
];
