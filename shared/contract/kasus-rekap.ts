import { z } from 'zod';
import { SUMBER_KASUS } from '../domain/kasus';
import { channel } from './channel';
import { tanggalIso } from './schemas';
import type { ExportedFile } from './types';

/** What a recap counts reported persons by. */
export const REKAP_MENURUT = ['kategori', 'pelanggaran', 'unit', 'tahap', 'sanksi', 'periode', 'pemilihan'] as const;
export type RekapMenurut = (typeof REKAP_MENURUT)[number];

export const REKAP_MENURUT_LABEL: Record<RekapMenurut, string> = {
  kategori: 'Kategori pelapor',
  pelanggaran: 'Jenis pelanggaran (katalog)',
  unit: 'Perangkat daerah',
  tahap: 'Tahap penanganan',
  sanksi: 'Hukuman / sanksi',
  periode: 'Bulan diterima',
  pemilihan: 'Pemilihan',
};

export const RekapKasusQuerySchema = z
  .object({
    menurut: z.enum(REKAP_MENURUT).default('kategori'),
    /** Received on or after (tanggal diterima). */
    dari: tanggalIso('Tanggal awal').nullable().default(null),
    sampai: tanggalIso('Tanggal akhir').nullable().default(null),
    pemilihan: z.string().trim().max(300).nullable().default(null),
    sumber: z.enum(SUMBER_KASUS).nullable().default(null),
  })
  .strict()
  .refine((q) => q.dari === null || q.sampai === null || q.dari <= q.sampai, { message: 'Tanggal awal tidak boleh sesudah tanggal akhir.', path: ['sampai'] });
export type RekapKasusQuery = z.output<typeof RekapKasusQuerySchema>;

export interface BarisRekapKasus {
  /** Stable key: the category as written (lower case), a catalogue or sanction code, a unit name, a stage, "2026-11" … */
  kunci: string;
  label: string;
  /** Reported persons (not archived, in cases not archived). */
  jumlah: number;
}

export interface RekapKasus {
  menurut: RekapMenurut;
  /** Largest first (by month for `periode`). */
  baris: BarisRekapKasus[];
  /** Distinct reported persons counted (a person of a case naming two violations counts once here, once per row above). */
  total: number;
}

/** Recaps of reported persons, Bawaslu's style (category, number of persons, largest first). */
export const kasusRekapChannels = {
  'kasus.rekap': channel<RekapKasus>()(RekapKasusQuerySchema),
  /** The recap as .xlsx: title block, totals, frozen header, F4 print setup; every user text a text cell. */
  'kasus.rekap.ekspor': channel<ExportedFile>()(RekapKasusQuerySchema),
} as const;
