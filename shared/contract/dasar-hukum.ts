import { z } from 'zod';
import { channel, none } from './channel';
import { FileToken, Id, tanggalIso } from './schemas';

/**
 * Kinds of legal basis, ranked by the hierarchy of UU 12/2011 as a decree's Mengingat cites them
 * (format-dokumen.md): regulations first, highest first. An SKB, a circular or a plain keputusan is not
 * a regulation: it is cited under Memperhatikan.
 */
export const JENIS_DASAR_HUKUM = ['uu', 'perppu', 'pp', 'perpres', 'permen', 'perban', 'perda', 'perkada', 'skb', 'se', 'keputusan', 'lainnya'] as const;
export type JenisDasarHukum = (typeof JENIS_DASAR_HUKUM)[number];

export interface JenisDasarHukumInfo {
  label: string;
  /** How the instrument is named in a citation when the entry gives no name of its own. */
  sebutan: string;
  /** Position in the hierarchy (1 highest); null for what is not a regulation (Memperhatikan). */
  peringkat: number | null;
  /** Where it is promulgated: Lembaran/Berita Negara or Daerah (the LN/TLN fields). */
  lembaran: 'negara' | 'berita-negara' | 'daerah' | 'berita-daerah' | null;
}

export const JENIS_DASAR_HUKUM_INFO: Record<JenisDasarHukum, JenisDasarHukumInfo> = {
  uu: { label: 'Undang-Undang', sebutan: 'Undang-Undang', peringkat: 1, lembaran: 'negara' },
  perppu: { label: 'Perppu', sebutan: 'Peraturan Pemerintah Pengganti Undang-Undang', peringkat: 1, lembaran: 'negara' },
  pp: { label: 'Peraturan Pemerintah', sebutan: 'Peraturan Pemerintah', peringkat: 2, lembaran: 'negara' },
  perpres: { label: 'Peraturan Presiden', sebutan: 'Peraturan Presiden', peringkat: 3, lembaran: 'negara' },
  permen: { label: 'Peraturan Menteri', sebutan: 'Peraturan Menteri', peringkat: 4, lembaran: 'berita-negara' },
  perban: { label: 'Peraturan Badan/Lembaga', sebutan: 'Peraturan Badan', peringkat: 4, lembaran: 'berita-negara' },
  perda: { label: 'Peraturan Daerah', sebutan: 'Peraturan Daerah', peringkat: 5, lembaran: 'daerah' },
  perkada: { label: 'Peraturan Kepala Daerah', sebutan: 'Peraturan Bupati', peringkat: 6, lembaran: 'berita-daerah' },
  skb: { label: 'Keputusan Bersama (SKB)', sebutan: 'Keputusan Bersama', peringkat: null, lembaran: null },
  se: { label: 'Surat Edaran', sebutan: 'Surat Edaran', peringkat: null, lembaran: null },
  keputusan: { label: 'Keputusan', sebutan: 'Keputusan', peringkat: null, lembaran: null },
  lainnya: { label: 'Lainnya (bukan peraturan)', sebutan: '', peringkat: null, lembaran: null },
};

const text = (max: number, label: string) => z.string().trim().max(max, `${label} paling banyak ${max} karakter.`);

/** A short stable key the document texts cite the entry by, e.g. `UU-23-2014`. */
export const KODE_DASAR_HUKUM_POLA = /^[A-Za-z0-9][A-Za-z0-9.\-/]{1,39}$/;

export const DasarHukumInputSchema = z.object({
  kode: z
    .string()
    .trim()
    .min(1, 'Kode singkat wajib diisi.')
    .regex(KODE_DASAR_HUKUM_POLA, 'Kode singkat 2–40 karakter: huruf, angka, titik, garis miring atau tanda hubung, tanpa spasi (misalnya UU-23-2014).'),
  jenis: z.enum(JENIS_DASAR_HUKUM),
  /** The instrument as cited when it differs from the kind's name: "Peraturan Menteri Dalam Negeri", "Keputusan Bersama Menteri …". */
  sebutan: text(600, 'Sebutan'),
  /** "23"; for an SKB every number: "2 Tahun 2022, Nomor 800-5474 Tahun 2022, …" (then "Tahun" is not added again). */
  nomor: text(400, 'Nomor').min(1, 'Nomor wajib diisi.'),
  tahun: z.number({ error: 'Tahun wajib diisi.' }).int('Tahun harus bilangan bulat.').min(1945, 'Tahun paling awal 1945.').max(2100, 'Tahun paling akhir 2100.'),
  /** Date of enactment (for ordering within a rank); empty when unknown: the year orders it. */
  tanggal: z.union([z.literal(''), tanggalIso('Tanggal penetapan')]).default(''),
  tentang: text(600, 'Tentang').min(1, 'Isi "tentang" wajib diisi.'),
  /** Lembaran Negara/Daerah number (of the entry's year); empty when unknown. */
  ln: text(40, 'Nomor Lembaran'),
  /** Tambahan Lembaran Negara/Daerah number; empty when unknown. */
  tln: text(40, 'Nomor Tambahan Lembaran'),
  /** The amending instruments, by kode, each an entry of the list; the last one is cited ("terakhir dengan …"). */
  diubahDengan: z
    .array(z.string().trim().max(40))
    .max(20, 'Paling banyak 20 perubahan.')
    .default([])
    // an empty line in the list names nothing (it read "Perubahan  tidak ada di daftar")
    .transform((kode) => kode.filter((k) => k !== '')),
  /** A number or date still to be checked against the official text (verify). */
  periksa: z.boolean().default(false),
});
export type DasarHukumInput = z.output<typeof DasarHukumInputSchema>;

export interface DasarHukum extends DasarHukumInput {
  id: number;
  /** Shipped with Netra and not changed since. */
  bawaan: boolean;
}

/** What `dasarHukum.import` answers: the whole list after the merge, and how many entries the file gave. */
export interface DasarHukumImpor {
  daftar: DasarHukum[];
  jumlah: number;
}

/** The reusable list of legal bases (dasar hukum) that decrees and circulars cite. */
export const dasarHukumChannels = {
  'dasarHukum.list': channel<DasarHukum[]>()(none),
  'dasarHukum.save': channel<DasarHukum>()(z.object({ id: Id.nullable(), data: DasarHukumInputSchema })),
  'dasarHukum.delete': channel<{ id: number }>()(z.object({ id: Id })),
  'dasarHukum.import': channel<DasarHukumImpor>()(z.object({ file: FileToken })),
} as const;
