import { z } from 'zod';
import { JENIS_JABATAN, STATUS_KEPEGAWAIAN } from '../domain/pegawai';
import { IMPORT_FIELDS, UPDATE_FIELDS } from '../domain/import-fields';
import { isValidIsoDate } from '../domain/tanggal';
import { PEGAWAI_MAKS as MAKS } from '../domain/pegawai-batas';

const optionalText = (max: number) =>
  z
    .string()
    .max(max, `Paling banyak ${max} karakter.`)
    .transform((s) => s.trim())
    .transform((s) => (s === '' ? null : s))
    .nullable();

/** A calendar date as TTTT-BB-HH that exists (no 31 February); `label` names it in messages. */
export const tanggalIso = (label = 'Tanggal') =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} harus berformat TTTT-BB-HH.`)
    .refine(isValidIsoDate, `${label} tidak ada di kalender.`);

const isoDate = tanggalIso().nullable();

export const Id = z.number().int().positive();

/** One line of a list in a document (addressee, tembusan): an empty line says which line to fix. */
export const barisDaftar = z
  .string()
  .trim()
  .min(1, 'Baris ini kosong: isi atau hapus barisnya.')
  .max(300, 'Baris ini lebih dari 300 karakter: persingkat.');

export const PegawaiInputSchema = z.object({
  nip: optionalText(MAKS.nip),
  jenisIdentitas: z.enum(['NIP', 'NI_PPPK', 'NIK', 'LAINNYA']),
  nama: z.string().trim().min(1, 'Nama wajib diisi.').max(MAKS.nama, `Nama paling banyak ${MAKS.nama} karakter.`),
  gelarDepan: optionalText(MAKS.gelarDepan),
  gelarBelakang: optionalText(MAKS.gelarBelakang),
  jenisKelamin: z.enum(['L', 'P']).nullable(),
  tempatLahir: optionalText(MAKS.tempatLahir),
  tanggalLahir: isoDate,
  status: z.enum(STATUS_KEPEGAWAIAN),
  golongan: optionalText(MAKS.golongan),
  jabatan: optionalText(MAKS.jabatan),
  jenisJabatan: z.enum(JENIS_JABATAN).nullable(),
  eselon: optionalText(MAKS.eselon),
  unitKerjaId: Id.nullable(),
  telepon: optionalText(MAKS.telepon),
  email: optionalText(MAKS.email),
  aktif: z.boolean(),
});

export const SORT_FIELDS = ['nama', 'nip', 'golongan', 'jabatan', 'unit', 'status', 'diubah'] as const;

export const PegawaiQuerySchema = z.object({
  text: z.string().max(200).default(''),
  unitKerjaId: Id.nullable().default(null),
  status: z.enum(STATUS_KEPEGAWAIAN).nullable().default(null),
  golongan: z.string().max(10).nullable().default(null),
  jenisJabatan: z.enum(JENIS_JABATAN).nullable().default(null),
  aktif: z.enum(['aktif', 'nonaktif', 'semua']).default('aktif'),
  sort: z.enum(SORT_FIELDS).default('nama'),
  desc: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});

export const UnitInputSchema = z.object({
  nama: z.string().trim().min(1, 'Nama unit wajib diisi.').max(200),
  singkatan: optionalText(40),
  jenis: z.enum(['PERANGKAT_DAERAH', 'BIDANG', 'UPT', 'SEKOLAH', 'INSTANSI_VERTIKAL', 'LAINNYA']),
  parentId: Id.nullable(),
});

/** Opaque handle of a file the user picked or the app produced; never a raw path from the UI. */
export const FileToken = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Token berkas tidak valid.');

/** Client-chosen id of a long job, so the UI can follow its progress and cancel it. */
export const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Id pekerjaan tidak valid.');

export const ColumnMappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(500));

export const UnitDecisionSchema = z.union([z.object({ buat: z.literal(true) }).strict(), z.object({ pakai: Id }).strict()]);

/** The clerk's choices on the review step; the preview takes the unit decisions too, as they change what follows. */
export const ImportDecisionsSchema = z.object({
  /** Fields an update must leave as stored, for the whole import. */
  fieldsOff: z.array(z.enum(UPDATE_FIELDS)).max(UPDATE_FIELDS.length).default([]),
  units: z.record(z.string().max(1000), UnitDecisionSchema).default({}),
});

export const ImportOptionsSchema = z.object({
  file: FileToken,
  mapping: ColumnMappingSchema.nullable().default(null),
  update: z.boolean().default(false),
  skipInvalid: z.boolean().default(false),
  /** Runs the whole import and reports what it would do, then rolls back: nothing is saved. */
  dryRun: z.boolean().default(false),
  ...ImportDecisionsSchema.shape,
  /** Client-chosen id of this run, so the UI can follow its progress and cancel it. */
  jobId: JobId.nullable().default(null),
});

export type PegawaiQuery = z.output<typeof PegawaiQuerySchema>;
export type PegawaiQueryInput = z.input<typeof PegawaiQuerySchema>;
export type UnitInput = z.output<typeof UnitInputSchema>;
export type ImportOptions = z.output<typeof ImportOptionsSchema>;
