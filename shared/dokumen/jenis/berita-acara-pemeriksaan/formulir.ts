import type { z } from 'zod';
import type { BagianFormulir, FieldOf } from '../formulir';
import { isianIdentitas, isianPelanggaran } from '../kasus-umum';
import type { BeritaAcaraPemeriksaanSchema } from './def';

/**
 * Berita Acara Pemeriksaan: when and where, the examiners and their authority, the examinee, the
 * suspected violation and the signing. The question/answer pairs come from the hearing screen
 * (kasus.pemeriksaan) and are kept with the data; this form does not edit them.
 */
export const formulir: readonly BagianFormulir<FieldOf<z.input<typeof BeritaAcaraPemeriksaanSchema>>>[] = [
  {
    judul: 'Pemeriksaan',
    fields: [
      { kind: 'tanggal', key: 'tanggalPeriksa', label: 'Tanggal pemeriksaan', required: true, tampil: 'hari-tanggal' },
      { kind: 'pukul', key: 'pukul', label: 'Jam mulai', placeholder: '09.00', hint: 'Boleh kosong.' },
      { kind: 'pilihan', key: 'zonaWaktu', label: 'Zona waktu', pilihan: ['WIB', 'WITA', 'WIT'] },
      { kind: 'teks', key: 'tempat', label: 'Tempat', required: true, lebar: 4 },
      { kind: 'anggota', key: 'pemeriksa', label: 'Pejabat pemeriksa / tim pemeriksa', required: true, peran: ['Atasan langsung', 'Ketua', 'Sekretaris', 'Anggota'] },
      { kind: 'paragraf', key: 'dasarPemeriksaan', label: 'Dasar kewenangan tim pemeriksa', hint: 'Misalnya keputusan pembentukan tim pemeriksa. Kosong: pemeriksaan oleh atasan langsung.' },
    ],
  },
  { judul: 'Yang diperiksa', fields: [...isianIdentitas, ...isianPelanggaran] },
  {
    judul: 'Penandatanganan',
    fields: [
      { kind: 'pilihan', key: 'tandaTanganTerperiksa', label: 'Yang diperiksa', pilihan: ['menandatangani', 'menolak'] },
      { kind: 'paragraf', key: 'alasanMenolak', label: 'Alasan menolak menandatangani', hint: 'Bila menolak; dicatat pada berita acara.' },
    ],
  },
];
