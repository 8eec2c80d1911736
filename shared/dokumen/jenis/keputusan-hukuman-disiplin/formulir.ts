import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import { isianPegawai, SANKSI_MORAL_PILIHAN, TINGKAT_HUKDIS, UPAYA_ADMINISTRATIF } from '../kasus-umum';
import type { KeputusanHukdisSchema } from './def';

/** The decree of sanction: the person, what they did, the sanction and its consequence, the objection route. */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof KeputusanHukdisSchema>>>[] = [
  {
    judul: 'Pegawai yang dijatuhi hukuman',
    fields: isianPegawai,
  },
  {
    judul: 'Pelanggaran',
    fields: [
      { kind: 'paragraf', key: 'perbuatan', label: 'Perbuatan yang dilakukan (melanjutkan kalimat "telah …")', required: true },
      { kind: 'tanggal', key: 'tanggalPelanggaran', label: 'Tanggal pelanggaran', required: true },
      { kind: 'paragraf', key: 'pasal', label: 'Pasal yang dilanggar', required: true },
    ],
  },
  {
    judul: 'Hukuman',
    fields: [
      { kind: 'pilihan', key: 'tingkat', label: 'Tingkat hukuman', pilihan: TINGKAT_HUKDIS },
      { kind: 'paragraf', key: 'hukuman', label: 'Jenis hukuman (dengan jangka waktunya)', required: true },
      { kind: 'paragraf', key: 'akibat', label: 'Akibat hukuman (Diktum KEDUA)', required: true, hint: 'Diisi dari perangkat aturan kasus; jangka waktu dan tanggal sudah terisi.' },
      { kind: 'teks', key: 'mulaiBerlaku', label: 'Hukuman berlaku pada', required: true, lebar: 2, hint: 'Misalnya: hari kerja ke-15 (lima belas)' },
      { kind: 'pilihan', key: 'sanksiMoral', label: 'Sanksi moral (PP 42/2004)', pilihan: SANKSI_MORAL_PILIHAN },
    ],
  },
  {
    judul: 'Upaya administratif',
    fields: [
      { kind: 'pilihan', key: 'upaya', label: 'Upaya administratif', pilihan: UPAYA_ADMINISTRATIF },
      { kind: 'teks', key: 'masaKeberatan', label: 'Masa pengajuan', required: true, hint: 'Misalnya: 15 (lima belas) hari kerja' },
      { kind: 'teks', key: 'kepadaUpaya', label: 'Diajukan kepada', required: true, lebar: 2 },
    ],
  },
  {
    judul: 'Tembusan',
    fields: [{ kind: 'daftar', key: 'tembusan', label: 'Tembusan disampaikan kepada', tambah: 'Tambah penerima tembusan', testId: 'daftar-tembusan' }],
  },
];
