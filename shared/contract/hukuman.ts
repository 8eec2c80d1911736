import { z } from 'zod';
import type { SanksiMoral, TingkatHukuman } from '../domain/kasus';
import { channel } from './channel';
import { Id, tanggalIso } from './schemas';

/**
 * The sanction register: every sanction decided in a case, per person, with its start and end
 * (kasus_terlapor.hukuman_mulai / hukuman_selesai, from the case's frozen rule set).
 */
export type StatusHukuman =
  /** Decided, not yet in force: the decree is still to be delivered, or its start is after the date asked. */
  | 'belum-berlaku'
  /** In force on the date asked (a permanent sanction stays in force). */
  | 'berlaku'
  /** Ended before the date asked, or one without duration (a reprimand) already given. */
  | 'selesai';

export interface HukumanPegawai {
  kasusId: number;
  terlaporId: number;
  nomorRegister: string;
  /** The sanction's code in the case's rule set, and its name with the duration filled ("… selama 6 (enam) bulan"). */
  kode: string;
  nama: string;
  tingkat: TingkatHukuman | null;
  /** Permanent (dismissal): never ends. */
  tetap: boolean;
  sanksiMoral: SanksiMoral | null;
  tanggalKeputusan: string | null;
  /** The archived decree, when one was made in Netra. */
  nomorKeputusan: string | null;
  mulai: string | null;
  selesai: string | null;
  status: StatusHukuman;
}

export interface HukumanRingkas {
  pegawaiId: number;
  /** The date the statuses are for (today unless asked). */
  tanggal: string;
  /** Newest first. */
  hukuman: HukumanPegawai[];
  /** The ones in force on that date ("sedang menjalani hukuman disiplin"). */
  berlaku: HukumanPegawai[];
  /** Decided but not yet in force on that date. */
  belumBerlaku: HukumanPegawai[];
}

export const hukumanChannels = {
  /** A person's sanctions and whether they are serving one on `tanggal` (default: today). */
  'pegawai.hukuman': channel<HukumanRingkas>()(z.object({ pegawaiId: Id, tanggal: tanggalIso('Tanggal').nullable().default(null) }).strict()),
  /**
   * The data of a surat keterangan tidak sedang menjalani hukuman disiplin for a person, as of
   * `tanggal`; refused (VALIDASI, naming the sanction) when the register shows one in force or decided.
   */
  'pegawai.hukuman.suratKeterangan': channel<{ jenis: 'surat-keterangan-hukdis'; data: Record<string, unknown> }>()(
    z.object({ pegawaiId: Id, tanggal: tanggalIso('Tanggal surat'), keperluan: z.string().trim().max(300).default('') }).strict(),
  ),
} as const;
