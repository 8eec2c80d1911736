import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import { isianKeputusanDisampaikan } from '../keputusan-disampaikan';
import { CARA_PENYAMPAIAN, isianPegawai } from '../kasus-umum';
import type { BeritaAcaraPenyampaianSchema } from './def';

/** The receipt of a decree: the person, the decree, how it was delivered and when it was received. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof BeritaAcaraPenyampaianSchema>>>[] = [
  {
    judul: 'Pegawai',
    fields: isianPegawai,
  },
  {
    judul: 'Keputusan yang disampaikan',
    fields: isianKeputusanDisampaikan,
  },
  {
    judul: 'Penyampaian',
    fields: [
      { kind: 'pilihan', key: 'cara', label: 'Cara penyampaian', pilihan: CARA_PENYAMPAIAN, hint: 'dikirim: yang bersangkutan tidak hadir' },
      { kind: 'tanggal', key: 'tanggalDiterima', label: 'Tanggal diterima', required: true },
      { kind: 'tanggal', key: 'tanggalDikirim', label: 'Tanggal dikirim (bila dikirim)' },
      { kind: 'teks', key: 'panggilan', label: 'Panggilan yang tidak dipenuhi (nomor dan tanggal)', lebar: 4 },
      { kind: 'paragraf', key: 'alamat', label: 'Alamat terakhir yang diketahui (bila dikirim)' },
    ],
  },
  {
    judul: 'Tembusan',
    fields: [{ kind: 'daftar', key: 'tembusan', label: 'Tembusan', tambah: 'Tambah penerima tembusan', testId: 'daftar-tembusan' }],
  },
];
