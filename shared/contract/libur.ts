import { z } from 'zod';
import { channel } from './channel';
import { FileToken, tanggalIso } from './schemas';

export const JENIS_LIBUR = ['nasional', 'cuti-bersama', 'daerah'] as const;
export type JenisLibur = (typeof JENIS_LIBUR)[number];
export const JENIS_LIBUR_LABEL: Record<JenisLibur, string> = { nasional: 'Libur nasional', 'cuti-bersama': 'Cuti bersama', daerah: 'Libur daerah' };

export const HariLiburInputSchema = z
  .object({
    tanggal: tanggalIso('Tanggal libur'),
    nama: z.string().trim().min(1, 'Nama hari libur wajib diisi.').max(200, 'Nama hari libur paling banyak 200 karakter.'),
    jenis: z.enum(JENIS_LIBUR).default('nasional'),
  })
  .strict();
export type HariLiburInput = z.output<typeof HariLiburInputSchema>;

export interface HariLibur extends HariLiburInput {
  /** Seeded from Netra's list, not yet checked against the year's SKB (shown "periksa dengan SKB"). */
  periksa: boolean;
  createdAt: string;
}

/** The holiday table working days are counted over, and the count itself. */
export const liburChannels = {
  'libur.list': channel<HariLibur[]>()(z.object({ tahun: z.number().int().min(2000).max(2100).nullable().default(null) })),
  /** Add or rename a holiday; `periksa` is cleared (the clerk checked it). */
  'libur.simpan': channel<HariLibur>()(HariLiburInputSchema),
  'libur.hapus': channel<{ tanggal: string }>()(z.object({ tanggal: tanggalIso('Tanggal libur') }).strict()),
  /** The N-th working day after a date (negative N: before), the date itself not counted. */
  'libur.hariKerja': channel<{ tanggal: string; hari: string; dilewati: { tanggal: string; nama: string }[] }>()(
    z.object({ tanggal: tanggalIso('Tanggal'), n: z.number().int().min(-1000).max(1000) }).strict(),
  ),
  /** A sheet of holidays (tanggal, nama, jenis): what would be added and changed, then applied. */
  'libur.impor.pratinjau': channel<{ tambah: HariLiburInput[]; ubah: { lama: HariLibur; baru: HariLiburInput }[]; sama: number; masalah: { baris: number; kolom: string; pesan: string }[] }>()(
    z.object({ file: FileToken }).strict(),
  ),
  'libur.impor.terapkan': channel<{ ditambah: number; diubah: number }>()(z.object({ file: FileToken, terapkanUbah: z.boolean().default(false) }).strict()),
} as const;
