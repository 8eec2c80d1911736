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

/** A holiday a working-day count stepped over (on a weekday: it moved the date). */
export interface LiburDilewati {
  tanggal: string;
  nama: string;
  jenis: JenisLibur;
  periksa: boolean;
}

export interface HasilHariKerja {
  dari: string;
  n: number;
  tanggal: string;
  /** "Senin" … */
  hari: string;
  dilewati: LiburDilewati[];
  /** Years the count crossed whose holiday list is empty or not yet checked against the SKB. */
  peringatan: string[];
}

/** A problem with one cell of an imported sheet, named the way the clerk finds it in Excel. */
export interface MasalahBaris {
  baris: number;
  kolom: string;
  pesan: string;
}

export interface PratinjauImporLibur {
  /** The name the clerk chose (for the review's heading). */
  berkas: string;
  tambah: HariLiburInput[];
  ubah: { lama: HariLibur; baru: HariLiburInput }[];
  /** Rows already in the table as they are. */
  sama: number;
  /** Of those, seeded rows still marked "periksa dengan SKB": the import confirms them. */
  samaPeriksa: number;
  masalah: MasalahBaris[];
}

/** The holiday table working days are counted over, and the count itself. */
export const liburChannels = {
  'libur.list': channel<HariLibur[]>()(z.object({ tahun: z.number().int().min(2000).max(2100).nullable().default(null) })),
  /**
   * Add (`tanggalLama` null: refused when the date already has a holiday) or change a holiday
   * (`tanggalLama` its current date, which may move). The saved row is the clerk's: `periksa` is cleared.
   */
  'libur.simpan': channel<HariLibur>()(HariLiburInputSchema.extend({ tanggalLama: tanggalIso('Tanggal lama').nullable().default(null) }).strict()),
  'libur.hapus': channel<{ tanggal: string }>()(z.object({ tanggal: tanggalIso('Tanggal libur') }).strict()),
  /** The N-th working day after a date (negative N: before), the date itself not counted. */
  'libur.hariKerja': channel<HasilHariKerja>()(z.object({ tanggal: tanggalIso('Tanggal'), n: z.number().int().min(-1000).max(1000) }).strict()),
  /** A sheet of holidays (tanggal, nama, jenis): what would be added and changed, then applied. */
  'libur.impor.pratinjau': channel<PratinjauImporLibur>()(z.object({ file: FileToken }).strict()),
  /** All or nothing: one bad row refuses the file. `terapkanUbah` false keeps the stored name and kind of dates already listed. */
  'libur.impor.terapkan': channel<{ ditambah: number; diubah: number; diperiksa: number }>()(z.object({ file: FileToken, terapkanUbah: z.boolean().default(false) }).strict()),
} as const;
