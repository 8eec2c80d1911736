/**
 * What the documents of a disciplinary case share: the ids that link them to the case (hidden in the
 * form, read by the archive through json_extract(data,'$.kasusId'), migration 011), the snapshot of the
 * person's identity and the suspected violation as printed (so an archived document rebuilds without
 * the case), their form fields, and the file name an I'DIS/SIASN upload wants (NIP, type, date).
 * Each type spreads these shapes into its own schema (flat keys: the form edits them).
 */
import { z } from 'zod';
import { Id } from '../../contract/schemas';
import { formatNip, normalizeNip } from '../../domain/nip';
import type { FieldsBlock, Text } from '../model';
import type { FieldOf } from './formulir';

const wajib = (max: number, pesan: string) => z.string().trim().min(1, pesan).max(max, `Paling banyak ${max} karakter.`);
const boleh = (max: number) => z.string().trim().max(max, `Paling banyak ${max} karakter.`).default('');

export const TINGKAT_HUKDIS = ['ringan', 'sedang', 'berat'] as const;
export const UPAYA_ADMINISTRATIF = ['keberatan', 'banding administratif'] as const;
/** The moral sanction of PP 42/2004 decided with the discipline (or none). */
export const SANKSI_MORAL_PILIHAN = ['tidak ada', 'tertutup', 'terbuka'] as const;
export const CARA_SANKSI_MORAL = ['tertutup', 'terbuka'] as const;
export const CARA_PENYAMPAIAN = ['langsung', 'dikirim'] as const;
export const ZONA_WAKTU = ['WIB', 'WITA', 'WIT'] as const;

/** The case and the reported person a document belongs to; null for one made outside a case. */
export const tautanKasus = {
  kasusId: Id.nullable().default(null),
  terlaporId: Id.nullable().default(null),
};
export const TAUTAN_KASUS = ['kasusId', 'terlaporId'] as const;

/** The person as the document prints them (copied from the case, so an archived document rebuilds without it). */
export const identitas = {
  nama: z.string().trim().min(1, 'Nama pegawai wajib diisi.').max(200),
  nip: z.string().trim().max(30).default(''),
  pangkat: z.string().trim().max(120).default(''),
  jabatan: z.string().trim().min(1, 'Jabatan pegawai wajib diisi.').max(300),
  unitKerja: z.string().trim().min(1, 'Unit kerja pegawai wajib diisi.').max(300),
};
export interface Identitas {
  nama: string;
  nip: string;
  pangkat: string;
  jabatan: string;
  unitKerja: string;
}

/** The form's fields for `identitas`, the same in every document that spreads it. */
export const isianPegawai: readonly FieldOf<Identitas>[] = [
  { kind: 'teks', key: 'nama', label: 'Nama (dengan gelar)', required: true, lebar: 2 },
  { kind: 'teks', key: 'nip', label: 'NIP', lebar: 2 },
  { kind: 'teks', key: 'pangkat', label: 'Pangkat/golongan', lebar: 2 },
  { kind: 'teks', key: 'jabatan', label: 'Jabatan', required: true, lebar: 2 },
  { kind: 'teks', key: 'unitKerja', label: 'Unit kerja', required: true, lebar: 4 },
];

/** "NIP. 19900101 201503 1 001" style grouping for the identity table; "-" where none is known. */
export const nipTampil = (nip: string) => (nip.trim() ? formatNip(nip) : '-');

/** The aligned identity rows: nama, NIP, pangkat/golongan, jabatan, unit kerja. */
export function barisIdentitas(d: Identitas, opts: { indentMm?: number; labelWidthMm?: number } = {}): FieldsBlock {
  const rows: { label: string; value: Text }[] = [
    { label: 'Nama', value: d.nama },
    { label: 'NIP', value: nipTampil(d.nip) },
    { label: 'Pangkat/golongan', value: d.pangkat || '-' },
    { label: 'Jabatan', value: d.jabatan },
    { label: 'Unit kerja', value: d.unitKerja },
  ];
  return { kind: 'rincian', rows, labelWidthMm: opts.labelWidthMm ?? 42, indentMm: opts.indentMm ?? 0 };
}

/**
 * "199001012015031001_SK-HUKDIS_2026-12-01": NIP, type and date, the name I'DIS/SIASN uploads expect;
 * null when the person has no NIP (the default name is used).
 */
export function namaBerkasNip(kode: string) {
  return (d: { nip: string }, info: { tanggal: string }): string | null => {
    const nip = normalizeNip(d.nip);
    return /^\d{8,18}$/.test(nip) ? `${nip}_${kode}_${info.tanggal}` : null;
  };
}

/** The sample person of the examples (demo, `netra dokumen contoh`). */
export const CONTOH_TERLAPOR: Identitas = {
  nama: 'Rudi Hartanto, S.Kom.',
  nip: '199001012015031001',
  pangkat: 'Penata Muda Tingkat I (III/b)',
  jabatan: 'Pranata Komputer Ahli Pertama',
  unitKerja: 'Dinas Komunikasi dan Informatika',
};

/** A sentence ending on an abbreviation ("S.Kom.") takes no second period: "S.Kom.." → "S.Kom.". */
export const rapikanTeks = (s: string) => s.replace(/(?<!\.)\.\.(?!\.)/g, '.');
export const rapikan = <B extends { text: Text }>(b: B): B => ({ ...b, text: typeof b.text === 'string' ? rapikanTeks(b.text) : b.text });

/**
 * The person summoned, examined or freed from duty, as recorded when the document was filled; unlike
 * `identitas` (decree, delivery and sanction documents) the unit of work may be left empty.
 */
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

/** The form's identity fields, the same in every case document. */
export const isianIdentitas: readonly FieldOf<Identitas>[] = [
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
