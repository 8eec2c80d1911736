import { z } from 'zod';
import { STATUS_KEPEGAWAIAN } from '../domain/pegawai';
import { JENIS_LUAR, JENIS_TENGGAT, JENJANG_JABATAN, SATUAN_TENGGAT, TAHAP, TINGKAT_HUKUMAN, TITIK } from '../domain/kasus';
import { channel, none } from './channel';
import { FileToken, Id, tanggalIso } from './schemas';

const teks = (max: number, label: string) => z.string().trim().max(max, `${label} paling banyak ${max} karakter.`);
const wajib = (max: number, label: string) => teks(max, label).min(1, `${label} wajib diisi.`);
const kode = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, `${label} hanya huruf, angka, titik, garis bawah atau tanda hubung (paling banyak 40).`);

/** One entry of the violation catalogue (SKB netralitas, PP 94/2021 Pasal 5 huruf n). */
export const PelanggaranSchema = z
  .object({
    kode: kode('Kode pelanggaran'),
    uraian: wajib(600, 'Uraian pelanggaran'),
    contoh: z.array(wajib(300, 'Contoh')).max(20).default([]),
    /** Sanksi moral of PP 42/2004 applies (kode etik track). */
    sanksiMoral: z.boolean().default(true),
    /** The disciplinary level the catalogue gives (verify): sedang, berat, pemberhentian, or "ditentukan" (as decided). */
    tingkat: z.enum(TINGKAT_HUKUMAN),
    /** The article broken, as cited in documents: "Pasal 5 huruf n angka 1 Peraturan Pemerintah Nomor 94 Tahun 2021". */
    pasal: teks(400, 'Pasal').default(''),
    dasar: teks(400, 'Dasar').default(''),
  })
  .strict();

/** A category the reporter uses (Bawaslu's recap list), mapped onto catalogue codes. */
export const KategoriPelaporSchema = z
  .object({
    kategori: wajib(200, 'Kategori pelapor'),
    /** Other spellings seen in reports ("kampanye di medsos"). */
    sebutan: z.array(wajib(200, 'Sebutan')).max(20).default([]),
    pelanggaran: z.array(kode('Kode pelanggaran')).max(30).default([]),
  })
  .strict();

/** A sanction kind: its level, who it applies to, how long it lasts and what the decree's KEDUA says it does. */
export const HukumanSchema = z
  .object({
    kode: kode('Kode hukuman'),
    nama: wajib(300, 'Nama hukuman'),
    tingkat: z.enum(TINGKAT_HUKUMAN),
    /** Status kepegawaian it applies to (PNS and CPNS under PP 94/2021, PPPK, Non-ASN). */
    untuk: z.array(z.enum(STATUS_KEPEGAWAIAN)).min(1, 'Pilih paling sedikit satu status yang dikenai.').max(10),
    /** Months it lasts; null: no duration (a reprimand) or permanent (dismissal: `tetap`). */
    durasiBulan: z.number().int().min(1).max(120).nullable().default(null),
    tetap: z.boolean().default(false),
    /** The consequence, for the decree's KEDUA ("tunjangan kinerja dipotong 25% …"); `{mulai}` and `{selesai}` are filled. */
    akibat: teks(1000, 'Akibat hukuman').default(''),
    dasar: teks(400, 'Dasar hukum').default(''),
  })
  .strict();

/** A deadline or guard rule: `ke` no later / no earlier / exactly `jumlah` units after `dari`. */
export const TenggatSchema = z
  .object({
    kode: kode('Kode tenggat'),
    label: wajib(200, 'Nama tenggat'),
    jenis: z.enum(JENIS_TENGGAT),
    dari: z.enum(TITIK),
    ke: z.enum(TITIK),
    jumlah: z.number().int().min(-400).max(400),
    satuan: z.enum(SATUAN_TENGGAT),
    /** Only for sanctions of these levels (empty: all). */
    tingkat: z.array(z.enum(TINGKAT_HUKUMAN)).max(10).default([]),
    dasar: teks(400, 'Dasar hukum').default(''),
    /** Marked (verify) in the reference: shown with a "periksa" mark in settings. */
    periksa: z.boolean().default(false),
  })
  .strict()
  .refine((t) => t.dari !== t.ke, { message: 'Titik awal dan titik akhir tenggat tidak boleh sama.', path: ['ke'] });

/** Who decides a sanction: by position class and sanction level (verify the defaults). */
export const PejabatBerwenangSchema = z
  .object({
    jenjang: z.enum(JENJANG_JABATAN),
    tingkat: z.enum(TINGKAT_HUKUMAN),
    /** "ppk", "kepala-perangkat-daerah", "atasan-langsung", … (who signs), with its words. */
    pejabat: kode('Kode pejabat'),
    label: wajib(200, 'Nama pejabat'),
    alasan: teks(400, 'Alasan').default(''),
  })
  .strict();

/** The route for people outside the registry. */
export const JalurLuarSchema = z
  .object({
    jenis: z.enum(JENIS_LUAR),
    jalur: wajib(400, 'Jalur penanganan'),
    /** Where the BKD forwards the matter ("Bupati melalui DPMD", "instansi asal"). */
    tujuan: teks(200, 'Tujuan penerusan').default(''),
    dasar: teks(400, 'Dasar hukum').default(''),
  })
  .strict();

const alurDefault = (): Record<string, string[]> => ({});

/** Everything of a rule set besides its name and period. */
export const AturanIsiSchema = z
  .object({
    pelanggaran: z.array(PelanggaranSchema).min(1, 'Katalog pelanggaran kosong.').max(200),
    kategoriPelapor: z.array(KategoriPelaporSchema).max(100).default([]),
    hukuman: z.array(HukumanSchema).min(1, 'Daftar hukuman kosong.').max(100),
    tenggat: z.array(TenggatSchema).max(100).default([]),
    pejabat: z.array(PejabatBerwenangSchema).max(200).default([]),
    jalurLuar: z.array(JalurLuarSchema).max(20).default([]),
    /** Which stages may follow each stage (the procedure). */
    alur: z.partialRecord(z.enum(TAHAP), z.array(z.enum(TAHAP)).max(TAHAP.length)).default(alurDefault),
    /** Diktum texts and other words of this period (placeholders filled by the documents). */
    catatan: teks(2000, 'Catatan').default(''),
  })
  .strict()
  .superRefine((isi, ctx) => {
    const dup = (list: { kode: string }[], path: string, label: string) => {
      const seen = new Set<string>();
      list.forEach((x, i) => {
        if (seen.has(x.kode)) ctx.addIssue({ code: 'custom', path: [path, i, 'kode'], message: `${label} "${x.kode}" muncul dua kali.` });
        seen.add(x.kode);
      });
    };
    dup(isi.pelanggaran, 'pelanggaran', 'Kode pelanggaran');
    dup(isi.hukuman, 'hukuman', 'Kode hukuman');
    dup(isi.tenggat, 'tenggat', 'Kode tenggat');
    const kodes = new Set(isi.pelanggaran.map((p) => p.kode));
    isi.kategoriPelapor.forEach((k, i) =>
      k.pelanggaran.forEach((p, j) => {
        if (!kodes.has(p)) ctx.addIssue({ code: 'custom', path: ['kategoriPelapor', i, 'pelanggaran', j], message: `Kategori "${k.kategori}" merujuk kode pelanggaran "${p}" yang tidak ada di katalog.` });
      }),
    );
    const seenPejabat = new Set<string>();
    isi.pejabat.forEach((p, i) => {
      const k = `${p.jenjang}/${p.tingkat}`;
      if (seenPejabat.has(k)) ctx.addIssue({ code: 'custom', path: ['pejabat', i], message: `Pejabat untuk ${p.jenjang} tingkat ${p.tingkat} diatur dua kali.` });
      seenPejabat.add(k);
    });
  });
export type AturanIsi = z.output<typeof AturanIsiSchema>;
export type Pelanggaran = z.output<typeof PelanggaranSchema>;
export type Hukuman = z.output<typeof HukumanSchema>;
export type Tenggat = z.output<typeof TenggatSchema>;
export type PejabatBerwenang = z.output<typeof PejabatBerwenangSchema>;
export type KategoriPelapor = z.output<typeof KategoriPelaporSchema>;
export type JalurLuar = z.output<typeof JalurLuarSchema>;

export const AturanInputSchema = z
  .object({
    kode: kode('Kode aturan'),
    nama: wajib(300, 'Nama perangkat aturan'),
    berlakuMulai: tanggalIso('Berlaku mulai'),
    /** null: still in force. */
    berlakuSampai: tanggalIso('Berlaku sampai').nullable().default(null),
    sumber: teks(1000, 'Sumber').default(''),
    isi: AturanIsiSchema,
  })
  .strict()
  .refine((a) => a.berlakuSampai === null || a.berlakuSampai >= a.berlakuMulai, { message: 'Tanggal akhir berlaku tidak boleh sebelum tanggal mulai.', path: ['berlakuSampai'] });
export type AturanInput = z.output<typeof AturanInputSchema>;

export interface AturanKasus extends AturanInput {
  id: number;
  /** Raised by every save; a case keeps the version it froze. */
  versi: number;
  /** Shipped with Netra (its facts are marked verify where the reference says so). */
  bawaan: boolean;
  /** Cases that froze this set (editing it never changes them). */
  jumlahKasus: number;
  updatedAt: string;
}

/** One saved version of a set (the history keeps every one). */
export interface VersiAturan {
  versi: number;
  kode: string;
  nama: string;
  berlakuMulai: string;
  berlakuSampai: string | null;
  disimpanAt: string;
  /** Cases that froze this version. */
  jumlahKasus: number;
}

export interface AturanVersi {
  versi: number;
  disimpanAt: string;
  data: AturanInput;
}

/** The file `aturan.ekspor` writes and `aturan.impor` reads (a bare AturanInput is read too). */
export const FORMAT_BERKAS_ATURAN = 'netra-aturan-kasus';

/**
 * Two sets whose periods overlap make the intake ask which one applies for incidents in the overlap.
 * That is sometimes meant (a transition), so it is refused with this field until the clerk confirms.
 */
export const FIELD_TUMPANG_TINDIH = 'tumpangTindih';

const izin = z.boolean().default(false);

/** Versioned rule sets (catalogue, sanctions, deadlines, deciding officials), picked by incident date. */
export const aturanKasusChannels = {
  'aturan.list': channel<AturanKasus[]>()(none),
  'aturan.get': channel<AturanKasus>()(z.object({ id: Id })),
  /** The sets in force on an incident date: one is used at once, none or several are asked. */
  'aturan.berlaku': channel<AturanKasus[]>()(z.object({ tanggal: tanggalIso('Tanggal kejadian') })),
  /** A new set (id null) or a new version of one: cases keep the copy they froze. Unchanged content keeps the version. */
  'aturan.simpan': channel<AturanKasus>()(z.object({ id: Id.nullable().default(null), data: AturanInputSchema, izinkanTumpangTindih: izin })),
  /** A rule set from a .json file (as `aturan.ekspor` writes it): a new set, or a new version of the set with its kode. */
  'aturan.impor': channel<{ aturan: AturanKasus; baru: boolean }>()(z.object({ file: FileToken, izinkanTumpangTindih: izin })),
  'aturan.ekspor': channel<{ file: string; fileName: string }>()(z.object({ id: Id })),
  /** Every saved version of a set, newest first. */
  'aturan.riwayat': channel<VersiAturan[]>()(z.object({ id: Id })),
  /** The content of one saved version (to read, or to take back as a new version). */
  'aturan.versi': channel<AturanVersi>()(z.object({ id: Id, versi: z.number().int().positive() })),
} as const;
