import { z } from 'zod';
import { channel, none } from './channel';
import { FileToken } from './schemas';

/** Why a backup was made; the rotation keeps a number of each (see CadanganStore). */
export const ALASAN_CADANGAN = ['harian', 'mingguan', 'migrasi', 'impor', 'manual', 'pengaman'] as const;
export type AlasanCadangan = (typeof ALASAN_CADANGAN)[number];

export const ALASAN_CADANGAN_LABEL: Record<AlasanCadangan, string> = {
  harian: 'Harian (otomatis)',
  mingguan: 'Mingguan (otomatis)',
  migrasi: 'Sebelum pembaruan basis data',
  impor: 'Sebelum impor',
  manual: 'Manual',
  pengaman: 'Pengaman sebelum pemulihan',
};

/** `netra-20260105-083012-harian`, `…-manual-2` when two are made in the same second. */
export const CADANGAN_ID_PATTERN = /^netra-\d{8}-\d{6}-[a-z]+(-\d{1,3})?$/;

/** A backup as its manifest (cadangan/<id>.json) describes it. */
export interface Cadangan {
  id: string;
  /** `<id>.sqlite` in the backups folder. */
  fileName: string;
  /** ISO time it was made. */
  dibuat: string;
  alasan: AlasanCadangan;
  /** E.g. the import file's name, or the clerk's note for a manual backup. */
  keterangan: string;
  bytes: number;
  schemaVersion: number;
  jumlahPegawai: number;
  sha256: string;
  /** Archive documents the backed-up database refers to. */
  jumlahBerkas: number;
  /** Of those, the ones whose file was missing or changed when the backup was made (a restore cannot bring them back). */
  berkasHilang: number;
}

export interface DaftarCadangan {
  /** Absolute path of the backups folder, to show the clerk where they are. */
  folder: string;
  /** Newest first. */
  rows: Cadangan[];
  /** Set when the last automatic backup failed (e.g. a full disk), so the clerk learns of it. */
  peringatan: string | null;
}

export interface HasilPemulihan {
  /** What was restored: the backup's id or the chosen file's name. */
  dari: string;
  /** The backup of the state just before the restore (restore it to undo); null where none could be made (CLI, refused database). */
  pengaman: Cadangan | null;
  /** Where a refused database was set aside instead (CLI only). */
  disisihkan: string | null;
  /** Schema of the restored file before it was brought up to date. */
  schemaVersionAsal: number;
  schemaVersion: number;
  jumlahPegawai: number;
  /** Archive files put back (they were missing or different). */
  berkasDipulihkan: number;
  /** Archive files the restored database refers to that no backup holds (relative paths). */
  berkasHilang: string[];
  /** Files that were in the way with other content, moved to arsip/tanpa-catatan/ (never deleted). */
  berkasDisisihkan: string[];
}

export const CadanganIdSchema = z.string().trim().regex(CADANGAN_ID_PATTERN, 'Nama cadangan tidak dikenal. Pilih cadangan dari daftar.');

/**
 * Backups of the database and its archive files (Pengaturan → Cadangan). A restore names a listed
 * backup by its id, or a file the clerk picked (a token): never a path typed into the UI.
 */
export const cadanganChannels = {
  'cadangan.list': channel<DaftarCadangan>()(none),
  'cadangan.buat': channel<Cadangan>()(z.object({ catatan: z.string().trim().max(200).default('') }).strict()),
  'cadangan.pulihkan': channel<HasilPemulihan>()(z.object({ id: CadanganIdSchema }).strict()),
  'cadangan.pulihkanBerkas': channel<HasilPemulihan>()(z.object({ file: FileToken }).strict()),
} as const;
