import { z } from 'zod';
import { CARA_CATAT, type CaraCatat, type HasilPindai } from '../domain/kegiatan';
import { channel } from './channel';
import { AturanPesertaSchema, type PesertaKegiatan } from './kegiatan';
import { Id, tanggalIso } from './schemas';
import type { ExportedFile } from './types';

const teks = (max: number, label: string) => z.string().trim().max(max, `${label} paling banyak ${max} karakter.`);
const wajib = (max: number, label: string) => teks(max, label).min(1, `${label} wajib diisi.`);
const nonce = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Nonce tidak valid.');

/** The editable pledge text: `{pemilihan}` and `{instansi}` are filled per campaign. */
export const TeksIkrarSchema = z
  .object({
    judul: z.array(wajib(200, 'Judul')).min(1).max(4),
    pernyataan: wajib(1000, 'Pernyataan'),
    butir: z.array(wajib(1500, 'Butir ikrar')).min(1).max(20),
    sanksi: teks(1000, 'Sanksi').default(''),
    penutup: teks(1000, 'Penutup').default(''),
  })
  .strict();
export type TeksIkrarData = z.output<typeof TeksIkrarSchema>;

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
  .strict();
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
  judul: string;
  pesan: string;
  formulir: FormulirIkrar | null;
  sebelumnya: { waktu: string; meja: string } | null;
  logId: number;
  ulangan: boolean;
}

export interface RekapIkrarBaris {
  unitIndukId: number | null;
  unit: string;
  jumlah: JumlahIkrar;
  persenKembali: number;
}

/** Pledge campaigns: forms one per person with a QR, collective sheets, returns and recaps. */
export const ikrarChannels = {
  'ikrar.list': channel<Kampanye[]>()(z.object({ kegiatanId: Id.nullable().default(null) })),
  'ikrar.get': channel<Kampanye>()(z.object({ id: Id })),
  'ikrar.create': channel<Kampanye>()(z.object({ data: KampanyeInputSchema })),
  'ikrar.update': channel<Kampanye>()(z.object({ id: Id, data: KampanyeInputSchema })),
  'ikrar.formulir.list': channel<{ total: number; rows: FormulirIkrar[] }>()(
    z.object({
      kampanyeId: Id,
      teks: z.string().max(200).default(''),
      unitIndukId: Id.nullable().default(null),
      kembali: z.enum(['semua', 'kembali', 'belum']).default('semua'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(200),
    }),
  ),
  /** Forms one page a person: one .docx for a selection, or a .zip with one .docx per perangkat daerah. */
  'ikrar.formulir.cetak': channel<ExportedFile>()(
    z.object({ kampanyeId: Id, unitIndukId: Id.nullable().default(null), perUnit: z.boolean().default(false) }),
  ),
  /** The collective sheet of one unit: the pledge text, then a zig-zag signature table. */
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
  'ikrar.terima.batal': channel<{ id: number }>()(
    z.object({ kampanyeId: Id, logId: Id, alasan: wajib(300, 'Alasan pembatalan'), meja: wajib(40, 'Nama meja').default('Meja 1'), operator: teks(100, 'Operator').default(''), nonce }).strict(),
  ),
  'ikrar.rekap': channel<{ kampanye: Kampanye; baris: RekapIkrarBaris[]; total: RekapIkrarBaris }>()(z.object({ id: Id })),
  'ikrar.rekap.export': channel<ExportedFile>()(z.object({ id: Id })),
  /** Who has not returned a form, per perangkat daerah, as .docx to print. */
  'ikrar.belum': channel<ExportedFile>()(z.object({ kampanyeId: Id, unitIndukId: Id.nullable().default(null) })),
  /** The data of a reminder letter (from the document engine) to the units with forms missing. */
  'ikrar.pengingat': channel<{ jenis: string; data: Record<string, unknown> }>()(z.object({ kampanyeId: Id })),
  'ikrar.teks.get': channel<{ versi: number; teks: TeksIkrarData }>()(z.object({ versi: z.number().int().positive().nullable().default(null) })),
  'ikrar.teks.save': channel<{ versi: number; teks: TeksIkrarData }>()(z.object({ teks: TeksIkrarSchema })),
} as const;

export type { CaraCatat };
