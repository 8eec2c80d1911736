import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import { isianPegawai } from '../kasus-umum';
import type { SuratKeteranganHukdisSchema } from './def';

/** The certificate: the person (from the registry through the sanction register) and what it is for. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof SuratKeteranganHukdisSchema>>>[] = [
  {
    judul: 'Pegawai',
    fields: isianPegawai,
  },
  {
    judul: 'Keperluan',
    fields: [
      { kind: 'teks', key: 'keperluan', label: 'Untuk keperluan', required: true, lebar: 4, placeholder: 'usul kenaikan pangkat periode April 2027' },
      { kind: 'daftar', key: 'tembusan', label: 'Tembusan', tambah: 'Tambah penerima tembusan', testId: 'daftar-tembusan' },
    ],
  },
];
