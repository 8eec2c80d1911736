import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import { isianKeputusanDisampaikan } from '../keputusan-disampaikan';
import { isianPegawai, ZONA_WAKTU } from '../kasus-umum';
import type { PanggilanPenyampaianSchema } from './def';

/** The summons to receive a decree: the person, the decree, and when and where. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof PanggilanPenyampaianSchema>>>[] = [
  {
    judul: 'Pegawai yang dipanggil',
    fields: isianPegawai,
  },
  {
    judul: 'Keputusan yang disampaikan',
    fields: isianKeputusanDisampaikan,
  },
  {
    judul: 'Waktu dan tempat',
    fields: [
      { kind: 'tanggal', key: 'tanggalPenyampaian', label: 'Tanggal', required: true, tampil: 'hari-tanggal' },
      { kind: 'pukul', key: 'pukul', label: 'Pukul', required: true },
      { kind: 'pilihan', key: 'zonaWaktu', label: 'Zona waktu', pilihan: ZONA_WAKTU },
      { kind: 'teks', key: 'tempat', label: 'Tempat (ruangan tertutup)', required: true, lebar: 4 },
      { kind: 'teks', key: 'menghadap', label: 'Menghadap kepada (kosong: penanda tangan)', lebar: 4 },
    ],
  },
  {
    judul: 'Tembusan',
    fields: [{ kind: 'daftar', key: 'tembusan', label: 'Tembusan', tambah: 'Tambah penerima tembusan', testId: 'daftar-tembusan' }],
  },
];
