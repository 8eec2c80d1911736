import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import { CARA_SANKSI_MORAL, isianPegawai } from '../kasus-umum';
import type { PernyataanSanksiMoralSchema } from './def';

/** The moral-sanction statement: the person, the breach, closed or open, and where an open one is announced. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof PernyataanSanksiMoralSchema>>>[] = [
  {
    judul: 'Pegawai',
    fields: isianPegawai,
  },
  {
    judul: 'Pelanggaran kode etik',
    fields: [
      { kind: 'paragraf', key: 'pelanggaran', label: 'Pelanggaran (melanjutkan kalimat "telah …")', required: true },
      { kind: 'tanggal', key: 'tanggalPelanggaran', label: 'Tanggal pelanggaran', required: true },
      { kind: 'paragraf', key: 'ketentuan', label: 'Ketentuan kode etik yang dilanggar', required: true },
    ],
  },
  {
    judul: 'Sanksi moral',
    fields: [
      { kind: 'pilihan', key: 'cara', label: 'Pernyataan secara', pilihan: CARA_SANKSI_MORAL },
      { kind: 'teks', key: 'forum', label: 'Diumumkan melalui (pernyataan terbuka)', lebar: 3 },
    ],
  },
  {
    judul: 'Tembusan',
    fields: [{ kind: 'daftar', key: 'tembusan', label: 'Tembusan', tambah: 'Tambah penerima tembusan', testId: 'daftar-tembusan' }],
  },
];
