import { z } from 'zod';
import { periksaTeksIkrar } from '../domain/ikrar';
import { CARA_CATAT, type CaraCatat, type HasilPindai } from '../domain/kegiatan';
import { channel } from './channel';
import { AturanPesertaSchema, type PesertaKegiatan } from './kegiatan';
import { Id, tanggalIso } from './schemas';
import type { ExportedFile } from './types';

const teks = (max: number, label: string) => z.string().trim().max(max, `${label} paling banyak ${max} karakter.`);
const wajib = (max: number, label: string) => teks(max, label).min(1, `${label} wajib diisi.`);
const nonce = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Nonce tidak valid.');

/** The editable pledge text: `{pemilihan}` and `{instansi}` are filled per campaign; any other placeholder is refused naming its slot. */
export const TeksIkrarSchema = z
  .object({
    judul: z.array(wajib(200, 'Judul')).min(1, 'Judul wajib diisi.').max(4),
    pernyataan: wajib(1000, 'Pernyataan'),
    butir: z.array(wajib(1500, 'Butir ikrar')).min(1, 'Paling sedikit satu butir ikrar.').max(20),
    sanksi: teks(1000, 'Sanksi').default(''),
    penutup: teks(1000, 'Penutup').default(''),
  })
  .strict()
  .superRefine((t, ctx) => {
    for (const m of periksaTeksIkrar(t)) ctx.addIssue({ code: 'custom', path: m.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: m.message });
  });
export type TeksIkrarData = z.output<typeof TeksIkrarSchema>;

export interface TeksIkrarVersi {
  versi: number;
  teks: TeksIkrarData;
  /** null for the default text before any version was stored. */
  createdAt: string | null;
}

/**
 * A pledge campaign (kampanye ikrar): one election, optionally one event; its forms are its
 * participants, taken from the event or from rules like an event's.
 */
export const KampanyeInputSchema = z
  .object({
    judul: wajib(300, 'Judul'),
    pemilihan: wajib(300, 'Pemilihan'),
    kegiatanId: Id.nullable().default(null),
    /** Used when there is no event: who signs a form. */
    peserta: AturanPesertaSchema.nullable().default(null),
    /** "Sukamaju" in "Sukamaju, 7 Desember 2026"; empty: the profile's city. */
    tempat: teks(100, 'Tempat').default(''),
    tanggal: tanggalIso('Tanggal'),
    meterai: z.boolean().default(false),
    penyelenggaraId: Id.nullable().default(null),
  })
  .strict()
  .superRefine((k, ctx) => {
    if (k.kegiatanId === null && k.peserta === null)
      ctx.addIssue({ code: 'custom', path: ['peserta'], message: 'Pilih kegiatan yang pesertanya menandatangani, atau tentukan aturan peserta.' });
  });
export type KampanyeInput = z.output<typeof KampanyeInputSchema>;

export interface JumlahIkrar {
  formulir: number;
  kembali: number;
  belum: number;
}

export interface Kampanye extends KampanyeInput {
  id: number;
  jumlah: JumlahIkrar;
  /** The pledge text version the forms were first printed with (null until then). */
  teksVersi: number | null;
  /** When the forms were first printed; forms made after that are marked as added. */
  dicetakAt: string | null;
  /** The event's title, when tied to one. */
  kegiatanJudul: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One person's form: the participant snapshot plus its code and return. */
export interface FormulirIkrar extends Omit<PesertaKegiatan, 'kegiatanId' | 'kehadiran' | 'sumber'> {
  kampanyeId: number;
  /** IK1-CCCC-FFFFF-KKKKKKKK (shared/domain/kode-formulir.ts). */
  kode: string;
  kembali: { waktu: string; meja: string; logId: number } | null;
}

export interface HasilTerima {
  hasil: HasilPindai;
  /** For the banner, a metre away: "Diterima", "Sudah diterima pukul 07.42 di Meja 2". */
  judul: string;
  pesan: string;
  formulir: FormulirIkrar | null;
  /** kegiatan-lain: the campaign the code belongs to (null when it is not in this database). */
  kampanyeLain: { id: number; judul: string } | null;
  sebelumnya: { waktu: string; meja: string } | null;
  logId: number;
  ulangan: boolean;
}

export interface LogTerima {
  id: number;
  waktu: string;
  meja: string;
  operator: string;
  cara: CaraCatat;
  masukan: string;
  hasil: HasilPindai | 'batal';
  formulirId: number | null;
  nama: string | null;
  unitInduk: string | null;
  membatalkanId: number | null;
  alasan: string | null;
  dibatalkan: boolean;
}

export interface RekapIkrarBaris {
  unitIndukId: number | null;
  unit: string;
  jumlah: JumlahIkrar;
  persenKembali: number;
}

export interface RekapIkrar {
  kampanye: Kampanye;
  baris: RekapIkrarBaris[];
  total: RekapIkrarBaris;
}

const FormulirQuery = z.object({
  kampanyeId: Id,
  teks: z.string().max(200).default(''),
  unitIndukId: Id.nullable().default(null),
  kembali: z.enum(['semua', 'kembali', 'belum']).default('semua'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(200),
});

/** Pledge campaigns: forms one per person with a QR, collective sheets, returns and recaps. */
export const ikrarChannels = {
  'ikrar.list': channel<Kampanye[]>()(z.object({ kegiatanId: Id.nullable().default(null) })),
  'ikrar.get': channel<Kampanye>()(z.object({ id: Id })),
  'ikrar.create': channel<Kampanye>()(z.object({ data: KampanyeInputSchema })),
  'ikrar.update': channel<Kampanye>()(z.object({ id: Id, data: KampanyeInputSchema })),
  /**
   * Brings the forms in line with the event's participants or the rules: adds a form for each new
   * person (marked as added once the forms were printed); before the first print, also drops the
   * forms of people no longer listed.
   */
  'ikrar.formulir.perbarui': channel<{ ditambah: number; dihapus: number; kampanye: Kampanye }>()(z.object({ kampanyeId: Id })),
  'ikrar.formulir.list': channel<{ total: number; rows: FormulirIkrar[] }>()(FormulirQuery),
  /** Forms one page a person: one .docx for a selection, or a .zip with one .docx per perangkat daerah. */
  'ikrar.formulir.cetak': channel<ExportedFile>()(
    z.object({ kampanyeId: Id, unitIndukId: Id.nullable().default(null), perUnit: z.boolean().default(false) }),
  ),
  /** The collective sheet of one unit (or all, one unit a section): the pledge text, then a zig-zag signature table. */
  'ikrar.kolektif': channel<ExportedFile>()(z.object({ kampanyeId: Id, unitIndukId: Id.nullable().default(null) })),
  'ikrar.terima': channel<HasilTerima>()(
    z
      .object({
        kampanyeId: Id,
        masukan: z.string().max(200),
        meja: wajib(40, 'Nama meja').default('Meja 1'),
        operator: teks(100, 'Operator').default(''),
        nonce,
        waktu: z.iso.datetime({ offset: true }).nullable().default(null),
        cara: z.enum(CARA_CATAT).default('ketik'),
      })
      .strict(),
  ),
  /** Undo of a return: a reversal entry with its reason, never a delete. */
  'ikrar.terima.batal': channel<LogTerima>()(
    z.object({ kampanyeId: Id, logId: Id, alasan: wajib(300, 'Alasan pembatalan'), meja: wajib(40, 'Nama meja').default('Meja 1'), operator: teks(100, 'Operator').default(''), nonce }).strict(),
  ),
  'ikrar.terima.log': channel<{ total: number; rows: LogTerima[] }>()(
    z.object({ kampanyeId: Id, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(50) }),
  ),
  'ikrar.rekap': channel<RekapIkrar>()(z.object({ id: Id })),
  'ikrar.rekap.export': channel<ExportedFile>()(z.object({ id: Id })),
  /** An event's forms over all its campaigns, per unit: what the event's recap and report show beside attendance. */
  'ikrar.rekap.kegiatan': channel<{ kampanye: number; baris: RekapIkrarBaris[]; total: RekapIkrarBaris }>()(z.object({ kegiatanId: Id })),
  /** Who has not returned a form, per perangkat daerah, as .docx to print. */
  'ikrar.belum': channel<ExportedFile>()(z.object({ kampanyeId: Id, unitIndukId: Id.nullable().default(null) })),
  /** The data of a reminder letter (document type surat-pengingat-ikrar) to the units with forms missing, for the document form. */
  'ikrar.pengingat': channel<{ jenis: string; data: Record<string, unknown> }>()(z.object({ kampanyeId: Id })),
  /** A version of the pledge text (null: the one in force). */
  'ikrar.teks.get': channel<TeksIkrarVersi>()(z.object({ versi: z.number().int().positive().nullable().default(null) })),
  'ikrar.teks.list': channel<{ versi: number; createdAt: string }[]>()(z.object({})),
  /** Stores a new version (an unchanged text stores nothing and returns the version in force). */
  'ikrar.teks.save': channel<TeksIkrarVersi>()(z.object({ teks: TeksIkrarSchema })),
} as const;

export type { CaraCatat };
