/**
 * What the documents of a case share: the ids that link an archived document to its case and
 * person (the archive indexes json_extract(data, '$.kasusId'), migration 011), the snapshot of the
 * person's identity and the suspected violation as printed, so an archived document rebuilds
 * without the case. Each type spreads these shapes into its own schema (flat keys: the form edits them).
 */
import { z } from 'zod';
import { Id } from '../../contract/schemas';
import type { FieldOf } from './formulir';

const wajib = (max: number, pesan: string) => z.string().trim().min(1, pesan).max(max, `Paling banyak ${max} karakter.`);
const boleh = (max: number) => z.string().trim().max(max, `Paling banyak ${max} karakter.`).default('');

/** The case and the reported person the document belongs to; null for a document typed by hand without a case. */
export const kaitanKasus = {
  kasusId: Id.nullable().default(null),
  terlaporId: Id.nullable().default(null),
};

/** The person summoned, examined or decided on, as recorded when the document was filled. */
export const identitasTerlapor = {
  nama: wajib(200, 'Nama yang bersangkutan wajib diisi.'),
  nip: boleh(30),
  /** "Penata Muda Tingkat I (III/b)". */
  pangkat: boleh(120),
  jabatan: wajib(300, 'Jabatan yang bersangkutan wajib diisi.'),
  unitKerja: boleh(300),
};

/** The suspected violation: what was done and the article it breaks, both as printed. */
export const dugaanPelanggaran = {
  /** "memberikan dukungan kepada bakal calon melalui media sosial …". */
  uraian: wajib(2000, 'Uraian dugaan pelanggaran wajib diisi.'),
  /** "Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil". */
  pasal: wajib(1000, 'Pasal yang diduga dilanggar wajib diisi.'),
};

type DataIdentitas = { nama: string; nip: string; pangkat: string; jabatan: string; unitKerja: string };

/** The form's identity fields, the same in every case document. */
export const isianIdentitas: readonly FieldOf<DataIdentitas>[] = [
  { kind: 'teks', key: 'nama', label: 'Nama', required: true, lebar: 2 },
  { kind: 'teks', key: 'nip', label: 'NIP', lebar: 2, hint: '18 digit; dicetak berkelompok.' },
  { kind: 'teks', key: 'pangkat', label: 'Pangkat/golongan ruang', lebar: 2, placeholder: 'Penata Muda Tingkat I (III/b)' },
  { kind: 'teks', key: 'jabatan', label: 'Jabatan', required: true, lebar: 2 },
  { kind: 'teks', key: 'unitKerja', label: 'Unit kerja', lebar: 4 },
];

export const isianPelanggaran: readonly FieldOf<{ uraian: string; pasal: string }>[] = [
  { kind: 'paragraf', key: 'uraian', label: 'Uraian dugaan pelanggaran', required: true, hint: 'Melanjutkan kalimat "dugaan pelanggaran disiplin berupa …", huruf kecil di awal.' },
  { kind: 'paragraf', key: 'pasal', label: 'Pasal yang diduga dilanggar', required: true, placeholder: 'Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil' },
];

/** Example identity and violation of the demo: a fictitious staff member of a fictitious school. */
export function contohTerlapor(pemilihan: string) {
  return {
    nama: 'Rudi Hartanto, S.Pd.',
    nip: '198703152010011002',
    pangkat: 'Penata Muda Tingkat I (III/b)',
    jabatan: 'Guru Ahli Pertama',
    unitKerja: 'SD Negeri 2 Sidomulyo, Dinas Pendidikan',
    uraian: `mengunggah foto bersama bakal pasangan calon disertai ajakan memilih di media sosial pada masa tahapan ${pemilihan}`,
    pasal: 'Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil',
  };
}
