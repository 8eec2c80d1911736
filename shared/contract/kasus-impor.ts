import { z } from 'zod';
import { SUMBER_KASUS } from '../domain/kasus';
import type { ImportIssue } from '../domain/pegawai';
import { channel } from './channel';
import { FileToken, Id, tanggalIso } from './schemas';
import type { ExportedFile } from './types';

/**
 * Bulk intake of a recommendation list (.xlsx/.csv, one row per reported person): rows with the same
 * recommendation number and date become one case. Preview first (the clerk sees every case and every
 * unmatched person), then apply with the preview's key: nothing is created that was not shown.
 */

/** Columns of a recommendation list the importer understands. */
export const KOLOM_KASUS = [
  'nomor',
  'tanggalSurat',
  'tanggalDiterima',
  'tanggalKejadian',
  'nama',
  'nip',
  'tanggalLahir',
  'jabatan',
  'unitKerja',
  'pelanggaran',
  'rekomendasi',
  'kronologi',
  'lokasi',
  'pemilihan',
] as const;
export type KolomKasus = (typeof KOLOM_KASUS)[number];

export const KOLOM_KASUS_LABEL: Record<KolomKasus, string> = {
  nomor: 'Nomor Rekomendasi',
  tanggalSurat: 'Tanggal Rekomendasi',
  tanggalDiterima: 'Tanggal Diterima',
  tanggalKejadian: 'Tanggal Kejadian',
  nama: 'Nama',
  nip: 'NIP',
  tanggalLahir: 'Tanggal Lahir',
  jabatan: 'Jabatan',
  unitKerja: 'Instansi / Unit Kerja',
  pelanggaran: 'Jenis / Dugaan Pelanggaran',
  rekomendasi: 'Rekomendasi (Sanksi)',
  kronologi: 'Kronologi / Uraian',
  lokasi: 'Lokasi',
  pemilihan: 'Pemilihan',
};

/** Columns without which no row is read (the clerk maps them by hand). */
export const KOLOM_KASUS_WAJIB: readonly KolomKasus[] = ['nama', 'tanggalKejadian'];

export const PemetaanKasusSchema = z.partialRecord(z.enum(KOLOM_KASUS), z.number().int().min(0).max(16_383));
export type PemetaanKasus = z.output<typeof PemetaanKasusSchema>;

/** What every case of the file shares (the sheet does not say it). */
export const PengaturanImporKasusSchema = z
  .object({
    sumber: z.enum(SUMBER_KASUS).default('bawaslu'),
    pelapor: z.string().trim().max(300, 'Pelapor paling banyak 300 karakter.').default(''),
    /** When the list arrived; null: today. A "Tanggal Diterima" column overrides it per row. */
    tanggalDiterima: tanggalIso('Tanggal diterima').nullable().default(null),
    /** The election, when the sheet has no column for it. */
    pemilihan: z.string().trim().max(300, 'Pemilihan paling banyak 300 karakter.').default(''),
  })
  .strict();
export type PengaturanImporKasus = z.output<typeof PengaturanImporKasusSchema>;

/** The clerk's choice for a person the registry did not match: link to a registry person, or keep as not identified. */
export const KeputusanOrangSchema = z.union([z.object({ pegawaiId: Id }).strict(), z.object({ belumDikenal: z.literal(true) }).strict()]);
export type KeputusanOrang = z.output<typeof KeputusanOrangSchema>;

const barisKey = z.string().regex(/^\d{1,7}$/, 'Kunci keputusan orang adalah nomor baris.');

export const KeputusanImporKasusSchema = z
  .object({
    /** Per Excel row number of an unmatched person. */
    orang: z.record(barisKey, KeputusanOrangSchema).default({}),
    /** Per case key (`KasusImpor.kunci`): the rule set when none or several are in force on its incident date. */
    aturan: z.record(z.string().max(400), Id).default({}),
  })
  .strict();
export type KeputusanImporKasus = z.output<typeof KeputusanImporKasusSchema>;

const ImporKasusBase = z.object({
  file: FileToken,
  mapping: PemetaanKasusSchema.nullable().default(null),
  pengaturan: PengaturanImporKasusSchema.default({ sumber: 'bawaslu', pelapor: '', tanggalDiterima: null, pemilihan: '' }),
  keputusan: KeputusanImporKasusSchema.default({ orang: {}, aturan: {} }),
});

export const ImporKasusPratinjauSchema = ImporKasusBase.strict();
export const ImporKasusTerapkanSchema = ImporKasusBase.extend({
  /** The preview's key: the plan must be the one the clerk saw, or nothing is written. */
  kunci: z.string().regex(/^[0-9a-f]{64}$/, 'Kunci pratinjau tidak sah: jalankan pratinjau lagi.'),
  /** Write the valid rows only (the invalid ones are listed and left out). */
  skipInvalid: z.boolean().default(false),
}).strict();

export type CocokOrang = 'nip' | 'nama-lahir' | 'tautan' | null;

export interface OrangRegistry {
  id: number;
  nama: string;
  nip: string | null;
  jabatan: string | null;
  unitKerja: string | null;
}

export interface TerlaporImpor {
  /** Excel row number. */
  baris: number;
  /** As the sheet says. */
  nama: string;
  nip: string | null;
  jabatan: string;
  unitKerja: string;
  /** How the registry person was found: by NIP, by name and birth date, linked by the clerk; null: not matched. */
  cocok: CocokOrang;
  pegawai: OrangRegistry | null;
  /** Unmatched only: the clerk's decision so far (null: still to review). */
  keputusan: 'tautkan' | 'belum-dikenal' | null;
  /** Unmatched only: registry people with a similar name (the first unmatched rows only). */
  kandidat: OrangRegistry[];
}

export interface KasusImpor {
  /** Groups the rows: normalised number and date of the recommendation ("baris-12" for a row without a number). */
  kunci: string;
  baris: number[];
  nomorSurat: string;
  tanggalSurat: string | null;
  tanggalDiterima: string;
  tanggalKejadian: string;
  pemilihan: string;
  /** The rule set the incident date picked (or the clerk chose); null while none is chosen. */
  aturan: { id: number; nama: string } | null;
  /** When none or several are in force on the incident date: the sets to choose from. */
  aturanPilihan: { id: number; nama: string; berlakuMulai: string; berlakuSampai: string | null }[];
  /** The reporter's categories as written. */
  kategoriPelapor: string;
  /** Catalogue codes the categories map to (through the rule set's reporter categories). */
  pelanggaran: { kode: string; uraian: string }[];
  /** Category texts that map to no catalogue entry (the case keeps the text; the violation is chosen later). */
  belumDipetakan: string[];
  rekomendasi: string;
  terlapor: TerlaporImpor[];
}

export interface ImporKasusPratinjau {
  fileName: string;
  sheet: string | null;
  headerRow: number;
  headers: string[];
  mapping: PemetaanKasus;
  /** Required columns with no column mapped: no row is read until they are. */
  missing: KolomKasus[];
  totalRows: number;
  validRows: number;
  invalidRows: number;
  /** The first problems (at most 500); issueCount says how many there are in all. */
  issues: ImportIssue[];
  issueCount: number;
  /** Every case the apply would create (from the valid rows). */
  kasus: KasusImpor[];
  terlaporCount: number;
  /** Matched in the registry (by NIP, name and birth date, or the clerk's link). */
  cocokCount: number;
  /** Unmatched people still without a decision: the apply refuses while any remain. */
  belumDitinjau: number;
  /** The plan's fingerprint, given back to apply. */
  kunci: string;
}

export interface ImporKasusLaporan {
  ok: boolean;
  kasusDibuat: number;
  terlaporDibuat: number;
  /** Of them, linked to the registry. */
  terlaporPegawai: number;
  terlaporBelumDikenal: number;
  /** Rows left out (invalid, with skipInvalid). */
  dilewati: number;
  kasus: { id: number; nomorRegister: string; nomorSurat: string; terlapor: number }[];
  errors: ImportIssue[];
}

export const kasusImporChannels = {
  'kasus.impor.pratinjau': channel<ImporKasusPratinjau>()(ImporKasusPratinjauSchema),
  /** All or nothing, in one transaction after a backup; refused when the plan is not the previewed one. */
  'kasus.impor.terapkan': channel<ImporKasusLaporan>()(ImporKasusTerapkanSchema),
  /** The rows the import rejects, original columns plus a column of problems, as an .xlsx to fix in Excel. */
  'kasus.impor.ditolak': channel<ExportedFile>()(ImporKasusPratinjauSchema),
} as const;
