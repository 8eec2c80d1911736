import { z } from 'zod';
import { FONT_CHOICES, PAPER_MM, type NaskahDinas, type PageSetup } from '../dokumen/model';
import type { Placeholder, Teks, TextSlot } from '../dokumen/teks';
import { JENIS } from '../dokumen/jenis/index';
import { channel } from './channel';
import { Id, tanggalIso } from './schemas';

/**
 * Document types Netra produces: the ids of the registry (shared/dokumen/jenis/index.ts), so the
 * channels accept exactly the shipped types. Outputs carry `jenis: string`: a core can be built with
 * more types (tests), and an archive row keeps the id it was made with.
 */
export const JENIS_DOKUMEN = JENIS.ids;
export type JenisDokumen = (typeof JENIS_DOKUMEN)[number];

const text = (max: number, label: string) => z.string().trim().max(max, `${label} paling banyak ${max} karakter.`);
const required = (max: number, label: string) => text(max, label).min(1, `${label} wajib diisi.`);

// ---------- Instansi profile (kop) ----------

export const JENIS_KOP = ['dinas', 'pemerintah-daerah', 'kepala-daerah'] as const;
export type JenisKop = (typeof JENIS_KOP)[number];

export const LogoSchema = z.object({
  base64: z.string().max(700_000, 'Logo terlalu besar (paling besar 500 KB).'),
  type: z.enum(['png', 'jpg']),
  widthPx: z.number().int().min(16).max(4000),
  heightPx: z.number().int().min(16).max(4000),
});

export const InstansiProfilInputSchema = z.object({
  /** Name of the profile in lists, e.g. "BKPSDM" or "Bupati (Setda)". */
  nama: required(80, 'Nama profil'),
  /**
   * Which letterhead (format-dokumen.md, "Who signs decides the look"): 'kepala-daerah' the kop jabatan
   * (state emblem centred above "BUPATI SUKAMAJU") for the regional head's own documents;
   * 'pemerintah-daerah' the kop of the Pemerintah Kabupaten (regional logo, Sekretariat Daerah) for
   * letters the Sekda signs for the regional head; 'dinas' an office (perangkat daerah) kop.
   */
  jenisKop: z.enum(JENIS_KOP),
  /** "PEMERINTAH KABUPATEN SUKAMAJU": the first kop line of an office, and {pemerintah_daerah} in texts. */
  pemerintah: required(120, 'Nama pemerintah daerah'),
  /** "BUPATI SUKAMAJU": the regional head's kop, decrees made in their name, a.n. lines. */
  kepalaDaerah: required(120, 'Sebutan kepala daerah'),
  /** "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"; empty for the regional head kop. */
  perangkatDaerah: text(200, 'Nama perangkat daerah'),
  alamat: text(200, 'Alamat'),
  telepon: text(60, 'Telepon'),
  email: text(120, 'Email'),
  laman: text(120, 'Laman'),
  kodePos: z.string().trim().regex(/^(\d{5})?$/, 'Kode pos harus 5 digit angka.'),
  /** City named in dates: "Kajen, 26 Oktober 2020". */
  kota: required(60, 'Kota/tempat'),
  /** Unit code used by numbering patterns ({unit}), e.g. "BKPSDM". */
  kodeUnit: text(40, 'Kode unit'),
});
export type InstansiProfilInput = z.output<typeof InstansiProfilInputSchema>;

export interface InstansiProfil extends InstansiProfilInput {
  id: number;
  /** The regional logo (office and Pemerintah Daerah kop); set through its own channel (validated image bytes). */
  logo: z.output<typeof LogoSchema> | null;
  /**
   * The state emblem (lambang negara) of the kop jabatan, kept apart from the regional logo; set
   * through `instansi.setLambang`. Null: the kop jabatan prints without an emblem.
   */
  lambang: z.output<typeof LogoSchema> | null;
}

// ---------- Signatories ----------

/** Plt./Plh./Pj./Pjs.: the signer holds another post for the time being (Permendagri 1/2023 Pasal 44). */
export const MODE_TTD = ['langsung', 'an', 'ub', 'plt', 'plh', 'pj', 'pjs'] as const;
export type ModeTtd = (typeof MODE_TTD)[number];

/**
 * The kind of official, which decides with the document's category whether titles, pangkat and NIP
 * are printed (shared/dokumen/aturan-ttd.ts).
 */
export const JENIS_PENANDATANGAN = ['kepala-daerah', 'wakil-kepala-daerah', 'sekretaris-daerah', 'pejabat'] as const;
export type JenisPenandatangan = (typeof JENIS_PENANDATANGAN)[number];

/** The regional head and the deputy are elected officials: no NIP, no pangkat. */
export const tanpaNip = (jenis: JenisPenandatangan) => jenis === 'kepala-daerah' || jenis === 'wakil-kepala-daerah';

export const PenandatanganInputSchema = z
  .object({
  /** "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Sekretaris Daerah", "Bupati Sukamaju". */
  jabatan: required(200, 'Jabatan'),
  nama: required(120, 'Nama'),
  gelarDepan: text(60, 'Gelar depan'),
  gelarBelakang: text(100, 'Gelar belakang'),
  /** Golongan code (IV/c); empty for the regional head. */
  golongan: text(10, 'Golongan'),
  /** 18 digits, validated with the NIP rules; empty for the regional head. */
  nip: text(30, 'NIP'),
  jenis: z.enum(JENIS_PENANDATANGAN, 'Pilih jenis penandatangan: kepala daerah, wakil kepala daerah, sekretaris daerah atau pejabat lain.').optional(),
  /** Older requests (CLI JSON, scripts): true for the regional head. `jenis` wins when both are given. */
  kepalaDaerah: z.boolean().optional(),
  aktif: z.boolean().default(true),
})
  .transform(({ kepalaDaerah, ...d }) => {
    const jenis: JenisPenandatangan = d.jenis ?? (kepalaDaerah ? 'kepala-daerah' : 'pejabat');
    return { ...d, jenis };
  });
export type PenandatanganInput = z.output<typeof PenandatanganInputSchema>;
export interface Penandatangan extends PenandatanganInput {
  id: number;
}

/** How a signatory signs this document: in their own right, a.n./u.b. someone, or as Plt./Plh. */
/**
 * The mark the document prints before `atasNama` in each mode: typed into the field as well
 * ("a.n. BUPATI SUKAMAJU"), it would print twice ("a.n. A.N. BUPATI …") and hide the office from the checks.
 */
const TANDA_MODE: Record<(typeof MODE_TTD)[number], RegExp | null> = {
  langsung: null,
  an: /^(?:a\.\s?n\.?|an\.)\s*/i,
  ub: /^(?:a\.\s?n\.?|an\.)\s*/i,
  plt: /^plt\.\s*/i,
  plh: /^plh\.\s*/i,
  pj: /^pj\.\s*/i,
  pjs: /^pjs\.\s*/i,
};

export const TandaTanganSchema = z
  .object({
    penandatanganId: Id,
    mode: z.enum(MODE_TTD).default('langsung'),
    /** a.n./u.b.: the office signed for, e.g. "BUPATI SUKAMAJU"; Plt./Plh./Pj./Pjs.: the office held for the time being. */
    atasNama: text(200, 'Atas nama').default(''),
    /** u.b.: the intermediate office, e.g. "Sekretaris Daerah". */
    untukBeliau: text(200, 'Untuk beliau').default(''),
  })
  .transform((t) => {
    const tanda = TANDA_MODE[t.mode];
    return tanda ? { ...t, atasNama: t.atasNama.replace(tanda, '').trim() } : t;
  });
export type TandaTangan = z.output<typeof TandaTanganSchema>;

// ---------- Page setup ----------

const marginMm = (sisi: string) =>
  z
    .number({ error: `Margin ${sisi} ditulis dalam milimeter, berupa angka.` })
    .min(5, `Margin ${sisi} paling sedikit 5 mm.`)
    .max(60, `Margin ${sisi} paling banyak 60 mm.`);

export const PageSetupSchema = z.object({
  paper: z.enum(['F4', 'A4'], { error: 'Ukuran kertas F4 atau A4.' }),
  margin: z.object({
    top: marginMm('atas'),
    bottom: marginMm('bawah'),
    left: marginMm('kiri'),
    right: marginMm('kanan'),
  }),
  font: z.enum(FONT_CHOICES, { error: `Pilih huruf ${FONT_CHOICES.join(', ')}.` }),
  // Word stores sizes in half points: 12.25 prints as 12.5, so it is saved (and shown) as 12.5; a
  // refusal instead would turn a setup saved earlier into the defaults when it is read back
  fontSizePt: z
    .number({ error: 'Ukuran huruf berupa angka.' })
    .min(9, 'Ukuran huruf paling kecil 9 pt.')
    .max(14, 'Ukuran huruf paling besar 14 pt.')
    .transform((pt) => Math.round(pt * 2) / 2),
  lineSpacing: z.number({ error: 'Spasi baris berupa angka.' }).min(1, 'Spasi baris paling sedikit 1.').max(2, 'Spasi baris paling banyak 2.'),
})
  // Tables and the signature block need room: at least 140 × 200 mm of text area.
  .refine((s) => PAPER_MM[s.paper].width - s.margin.left - s.margin.right >= 140, {
    message: 'Margin kiri dan kanan terlalu lebar: lebar bidang teks paling sedikit 140 mm.',
    path: ['margin', 'left'],
  })
  .refine((s) => PAPER_MM[s.paper].height - s.margin.top - s.margin.bottom >= 200, {
    message: 'Margin atas dan bawah terlalu lebar: tinggi bidang teks paling sedikit 200 mm.',
    path: ['margin', 'top'],
  }) satisfies z.ZodType<PageSetup>;

// ---------- Numbering ----------

/** Placeholders a numbering pattern may use. */
export const NOMOR_TOKENS = ['{kode}', '{urut}', '{unit}', '{tahun}', '{bulan}', '{bulan_romawi}'] as const;

export const SkemaNomorInputSchema = z.object({
  /** e.g. "{kode}/{urut}/{unit}/{tahun}". Must contain {urut}. */
  pola: required(120, 'Pola nomor').refine((p) => p.includes('{urut}'), 'Pola nomor harus memuat {urut}.'),
  /** Classification code, e.g. "800.1.6.4" (kepegawaian), "200" (politik). */
  kode: text(40, 'Kode klasifikasi'),
  /** Overrides the profile's unit code when not empty. */
  unit: text(40, 'Kode unit'),
  padding: z.number().int().min(1).max(6),
  /** Counter series: documents sharing a series share one counter per year. */
  seri: required(40, 'Seri penomoran'),
});
export type SkemaNomorInput = z.output<typeof SkemaNomorInputSchema>;
export interface SkemaNomor extends SkemaNomorInput {
  /** A type id of the core's registry. */
  jenis: string;
}

/** Archive classification code (Permendagri 83/2022): `800`, `800.1`, `800.1.6.4`. */
export const KODE_KLASIFIKASI_POLA = /^\d{3}(\.\d{1,3})*$/;

export const KodeKlasifikasiSchema = z.object({
  kode: z
    .string()
    .trim()
    .min(1, 'Kode klasifikasi wajib diisi.')
    .regex(KODE_KLASIFIKASI_POLA, 'Kode klasifikasi harus berupa tiga angka, boleh diikuti bagian bertitik (misalnya 800, 800.1 atau 800.1.6.4).'),
  nama: required(200, 'Nama klasifikasi'),
});
/** One line of the classification list the numbering schemes pick their `kode` from. */
export type KodeKlasifikasi = z.output<typeof KodeKlasifikasiSchema>;

/** What `klasifikasi.import` answers: the whole list after the merge, and how many codes the file gave. */
export interface KlasifikasiImpor {
  daftar: KodeKlasifikasi[];
  jumlah: number;
}

export const STATUS_NOMOR = ['dipesan', 'dipakai', 'batal'] as const;
export type StatusNomor = (typeof STATUS_NOMOR)[number];

/** One line of the outgoing-letter register (buku agenda surat keluar). */
export interface NomorSurat {
  id: number;
  seri: string;
  tahun: number;
  urut: number;
  nomor: string;
  jenis: string | null;
  status: StatusNomor;
  tanggal: string;
  hal: string;
  /** The addressee of the letter it numbers ('' for a decree, a reservation or an older line). */
  tujuan: string;
  /** Given when voided. */
  alasanBatal: string | null;
  /** Typed by the clerk instead of taken from the counter. */
  manual: boolean;
  dokumenId: number | null;
  createdAt: string;
}

export const NomorPilihanSchema = z.discriminatedUnion('cara', [
  z.object({ cara: z.literal('otomatis') }),
  z.object({ cara: z.literal('dipesan'), nomorId: Id }),
  z.object({ cara: z.literal('manual'), nomor: required(120, 'Nomor') }),
]);
export type NomorPilihan = z.output<typeof NomorPilihanSchema>;

// ---------- Texts ----------

export interface TeksVersi {
  jenis: string;
  versi: number;
  teks: Teks;
  catatan: string;
  createdAt: string;
}

export interface JenisDokumenInfo {
  jenis: string;
  label: string;
  /** What the document is for, one sentence. */
  keterangan: string;
  slots: TextSlot[];
  placeholders: Placeholder[];
  /** JSON Schema of the data (what `netra dokumen skema` prints). */
  dataSchema: unknown;
  /** Example data (demo and `netra dokumen contoh`). */
  contoh: unknown;
  /**
   * Whether the form starts from the example (`contohUntuk` of the office's region): only when the
   * registry holds demo data. A real office starts from an empty form.
   */
  mulaiDariContoh: boolean;
}

// ---------- Archive ----------

export interface DokumenArsip {
  id: number;
  jenis: string;
  nomor: string;
  tanggal: string;
  hal: string;
  fileName: string;
  sha256: string;
  bytes: number;
  teksVersi: number;
  profilId: number;
  penandatanganId: number;
  /** Staff the document is about (SK lampiran members, addressees …). */
  pegawaiIds: number[];
  /** The reason its number was voided in the agenda book (the letter is BATAL); null while it stands. */
  batal: string | null;
  createdAt: string;
}

export const DokumenBuatSchema = z.object({
  jenis: z.enum(JENIS_DOKUMEN),
  /** Validated against the type's own schema in the service. */
  data: z.record(z.string(), z.unknown()),
  profilId: Id,
  tandaTangan: TandaTanganSchema,
  tanggal: tanggalIso('Tanggal surat'),
  nomor: NomorPilihanSchema,
  /**
   * The clerk saw the consistency warnings (`dokumen.periksa`: kop vs signer, lampiran heading,
   * tembusan to the signer) and saves anyway. Without it, a document with warnings is refused.
   */
  peringatanDiterima: z.boolean().optional(),
  /**
   * Idempotency key, made by the form once per letter (a UUID): a repeat of the same request returns
   * the document the first one made instead of taking another number. Without it every call is new.
   */
  kunci: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,100}$/, 'Kunci permintaan harus 8 sampai 100 huruf, angka atau tanda hubung.')
    .optional(),
});
export type DokumenBuat = z.output<typeof DokumenBuatSchema>;

export const DokumenPratinjauSchema = DokumenBuatSchema.omit({ kunci: true, peringatanDiterima: true }).extend({
  nomor: NomorPilihanSchema.optional(),
  /** Unsaved texts from the editor, to preview them before saving a new version. */
  teks: z.record(z.string(), z.string().max(20_000)).optional(),
});

export const ArsipQuerySchema = z.object({
  text: z.string().max(200).default(''),
  jenis: z.enum(JENIS_DOKUMEN).nullable().default(null),
  tahun: z.number().int().min(2000).max(2100).nullable().default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ArsipQuery = z.output<typeof ArsipQuerySchema>;

export interface DokumenDibuat {
  dokumen: DokumenArsip;
  /** Token of the stored file (to save elsewhere or open). */
  file: string;
  /** The name of the file behind `file` when it is not the archived one (a rebuilt copy: BATAL_… for a voided letter). */
  fileName?: string;
}

export type { NaskahDinas };

/** Documents and their archive. */
export const dokumenChannels = {
  'dokumen.pratinjau': channel<NaskahDinas>()(DokumenPratinjauSchema),
  'dokumen.buat': channel<DokumenDibuat>()(DokumenBuatSchema),
  /** Consistency warnings (kop vs signer, lampiran heading, tembusan to the signer), before saving. */
  'dokumen.periksa': channel<string[]>()(DokumenPratinjauSchema),
  'dokumen.arsip': channel<{ total: number; rows: DokumenArsip[] }>()(ArsipQuerySchema),
  'dokumen.file': channel<{ file: string; fileName: string }>()(z.object({ id: Id })),
  'dokumen.buatUlang': channel<DokumenDibuat>()(z.object({ id: Id })),
} as const;
