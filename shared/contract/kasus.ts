import { z } from 'zod';
import {
  HASIL_KEPUTUSAN,
  JENIS_LUAR,
  SANKSI_MORAL,
  SUMBER_KASUS,
  TAHAP,
  type HasilKeputusan,
  type JenisLuar,
  type JenisTerlapor,
  type Lampu,
  type SanksiMoral,
  type SumberKasus,
  type Tahap,
  type Titik,
} from '../domain/kasus';
import type { JenisJabatan, StatusKepegawaian } from '../domain/pegawai';
import type { AturanIsi } from './aturan-kasus';
import { channel, none } from './channel';
import type { DokumenArsip } from './dokumen';
import { FileToken, Id, tanggalIso } from './schemas';

const teks = (max: number, label: string) => z.string().trim().max(max, `${label} paling banyak ${max} karakter.`);
const wajib = (max: number, label: string) => teks(max, label).min(1, `${label} wajib diisi.`);
const kodeRef = z.string().trim().min(1).max(40);

/** An official named in a case (direct superior, examiner, member of the tim pemeriksa): from the registry or typed. */
export const PejabatKasusSchema = z
  .object({
    pegawaiId: Id.nullable().default(null),
    nama: wajib(200, 'Nama pejabat'),
    nip: teks(30, 'NIP').nullable().default(null),
    pangkat: teks(120, 'Pangkat/golongan').nullable().default(null),
    jabatan: wajib(300, 'Jabatan'),
    /** In a tim pemeriksa: Ketua, Sekretaris, Anggota. */
    peran: teks(60, 'Kedudukan').default(''),
  })
  .strict();
export type PejabatKasus = z.output<typeof PejabatKasusSchema>;

/** A reported person: from the registry, not yet identified, or outside it. */
export const TerlaporInputSchema = z.discriminatedUnion('jenis', [
  z.object({ jenis: z.literal('pegawai'), pegawaiId: Id, keterangan: teks(1000, 'Keterangan').default('') }).strict(),
  z
    .object({
      jenis: z.literal('belum-dikenal'),
      nama: wajib(200, 'Nama terlapor'),
      /** What the report says: NIP if given, jabatan, unit, a description. */
      nip: teks(30, 'NIP').nullable().default(null),
      jabatan: teks(300, 'Jabatan').default(''),
      unitKerja: teks(300, 'Unit kerja').default(''),
      keterangan: teks(1000, 'Keterangan').default(''),
    })
    .strict(),
  z
    .object({
      jenis: z.literal('luar'),
      luarJenis: z.enum(JENIS_LUAR),
      nama: wajib(200, 'Nama terlapor'),
      jabatan: teks(300, 'Jabatan').default(''),
      /** The desa, or the instansi they work for. */
      instansi: teks(300, 'Instansi / desa').default(''),
      keterangan: teks(1000, 'Keterangan').default(''),
    })
    .strict(),
]);
export type TerlaporInput = z.output<typeof TerlaporInputSchema>;

export const KasusInputSchema = z
  .object({
    sumber: z.enum(SUMBER_KASUS),
    /** Who sent it, as written: "Bawaslu Kabupaten Sukamaju". */
    pelapor: teks(300, 'Pelapor').default(''),
    nomorSurat: teks(200, 'Nomor surat').default(''),
    tanggalSurat: tanggalIso('Tanggal surat').nullable().default(null),
    tanggalDiterima: tanggalIso('Tanggal diterima'),
    tanggalKejadian: tanggalIso('Tanggal kejadian'),
    lokasi: teks(500, 'Lokasi').default(''),
    kronologi: teks(20_000, 'Kronologi').default(''),
    pemilihan: teks(300, 'Pemilihan').default(''),
    /** The reporter's own category, as written (Bawaslu's recap categories). */
    kategoriPelapor: teks(300, 'Kategori pelapor').default(''),
    /** What the recommendation asks the PPK to do (the sanction it recommends), as written. */
    rekomendasi: teks(2000, 'Rekomendasi').default(''),
    /** Catalogue codes of the rule set in force (one or more). */
    pelanggaran: z.array(kodeRef).max(20).default([]),
  })
  .strict()
  .refine((k) => k.tanggalKejadian <= k.tanggalDiterima, { message: 'Tanggal kejadian tidak boleh sesudah tanggal diterima.', path: ['tanggalKejadian'] })
  .refine((k) => k.tanggalSurat === null || k.tanggalSurat <= k.tanggalDiterima, { message: 'Tanggal surat tidak boleh sesudah tanggal diterima.', path: ['tanggalSurat'] });
export type KasusInput = z.output<typeof KasusInputSchema>;

// ---------- Stage data (what each step records besides its date) ----------

const tanggal = (label: string) => tanggalIso(label);
export const TahapMajuSchema = z.discriminatedUnion('tahap', [
  z.object({ tahap: z.literal('verifikasi'), catatan: teks(4000, 'Catatan verifikasi').default('') }).strict(),
  z
    .object({
      tahap: z.enum(['panggilan-1', 'panggilan-2']),
      /** The examination date the summons names: at least the rule's working days after the letter. */
      tanggalPeriksa: tanggal('Tanggal pemeriksaan'),
      jam: teks(20, 'Jam').default('09.00'),
      tempat: wajib(300, 'Tempat pemeriksaan'),
      pemeriksa: PejabatKasusSchema,
    })
    .strict(),
  z
    .object({
      tahap: z.literal('pemeriksaan'),
      hadir: z.boolean(),
      tempat: teks(300, 'Tempat').default(''),
      jam: teks(20, 'Jam').default(''),
      /** The examinee refused to sign the BAP (noted on it). */
      menolakTandaTangan: z.boolean().default(false),
      catatan: teks(4000, 'Catatan').default(''),
    })
    .strict(),
  z
    .object({
      tahap: z.literal('lhp'),
      terbukti: z.boolean(),
      bentuk: teks(2000, 'Bentuk pelanggaran').default(''),
      waktu: teks(300, 'Waktu').default(''),
      tempat: teks(300, 'Tempat').default(''),
      memberatkan: teks(2000, 'Faktor yang memberatkan').default(''),
      meringankan: teks(2000, 'Faktor yang meringankan').default(''),
      dampak: teks(2000, 'Dampak perbuatan').default(''),
      /** The proposed sanction (a code of the frozen rule set); null when not proven. */
      usulanHukuman: kodeRef.nullable().default(null),
      usulanSanksiMoral: z.enum(SANKSI_MORAL).nullable().default(null),
    })
    .strict(),
  z
    .object({
      tahap: z.literal('keputusan'),
      hasil: z.enum(HASIL_KEPUTUSAN),
      hukuman: kodeRef.nullable().default(null),
      sanksiMoral: z.enum(SANKSI_MORAL).nullable().default(null),
      /** Why (not proven, stopped, forwarded): required for those outcomes. */
      alasan: teks(2000, 'Alasan').default(''),
      /** Another deciding official than the table's, with the note why. */
      pejabatLain: z.object({ label: wajib(200, 'Pejabat'), catatan: wajib(1000, 'Catatan') }).strict().nullable().default(null),
    })
    .strict(),
  z
    .object({
      tahap: z.literal('penyampaian'),
      cara: z.enum(['langsung', 'dikirim']),
      /** When the person received it (the objection window and the sanction start count from here). */
      tanggalDiterima: tanggal('Tanggal diterima'),
      catatan: teks(2000, 'Catatan').default(''),
    })
    .strict(),
  z
    .object({
      tahap: z.literal('keberatan'),
      diajukan: z.boolean(),
      catatan: teks(2000, 'Catatan').default(''),
    })
    .strict(),
  z.object({ tahap: z.literal('pencatatan'), sistem: z.enum(['SIASN', 'IDIS']).default('SIASN'), catatan: teks(2000, 'Catatan').default('') }).strict(),
  z
    .object({
      tahap: z.literal('tindak-lanjut'),
      nomorSurat: teks(200, 'Nomor surat').default(''),
      kepada: z.array(wajib(300, 'Tujuan')).max(10).default([]),
      catatan: teks(2000, 'Catatan').default(''),
    })
    .strict(),
  z.object({ tahap: z.literal('selesai'), catatan: teks(2000, 'Catatan').default('') }).strict(),
]);
export type TahapMaju = z.output<typeof TahapMajuSchema>;
export type TahapData<T extends Tahap> = Extract<TahapMaju, { tahap: T }>;

export interface TahapRecord {
  id: number;
  terlaporId: number;
  tahap: Tahap;
  /** The stage's own date (letter date, examination date, decree date …). */
  tanggal: string;
  data: TahapMaju | { tahap: 'diterima' };
  createdAt: string;
  updatedAt: string;
}

/** One pending or met deadline of a person's procedure, computed from the frozen rule set. */
export interface TenggatStatus {
  kode: string;
  label: string;
  dari: Titik;
  ke: Titik;
  /** The date the rule gives (due date of a deadline). */
  tanggal: string;
  /** When `ke` happened; null while pending. */
  terpenuhi: string | null;
  lampu: Lampu | null;
  /** Working days from today to the due date (negative: overdue). */
  sisaHariKerja: number;
  dasar: string;
}

export interface Terlapor {
  id: number;
  kasusId: number;
  jenis: JenisTerlapor;
  luarJenis: JenisLuar | null;
  pegawaiId: number | null;
  nama: string;
  nip: string | null;
  pangkat: string | null;
  golongan: string | null;
  jabatan: string;
  jenisJabatan: JenisJabatan | null;
  eselon: string | null;
  statusKepegawaian: StatusKepegawaian | null;
  unitKerja: string;
  unitInduk: string;
  /** The desa or instansi of someone outside the registry. */
  instansi: string;
  keterangan: string;
  tahap: Tahap;
  /** Stages that may come next (the frozen rule set's procedure). */
  berikutnya: Tahap[];
  hasil: HasilKeputusan | null;
  hukuman: string | null;
  sanksiMoral: SanksiMoral | null;
  /** The direct superior accountable for the procedure. */
  atasan: PejabatKasus | null;
  tim: PejabatKasus[];
  /** Temporary release from duty (pembebasan sementara), from this date. */
  dibebaskanSejak: string | null;
  hukumanMulai: string | null;
  hukumanSelesai: string | null;
  riwayat: TahapRecord[];
  tenggat: TenggatStatus[];
  /** The most urgent pending deadline's light; null when none is pending. */
  lampu: Lampu | null;
  diarsipkan: { at: string; alasan: string } | null;
}

export interface KasusRingkas {
  id: number;
  nomorRegister: string;
  sumber: SumberKasus;
  pelapor: string;
  nomorSurat: string;
  tanggalDiterima: string;
  tanggalKejadian: string;
  kategoriPelapor: string;
  pemilihan: string;
  /** Names of the reported people, in intake order. */
  terlapor: string[];
  /** The least advanced person's stage. */
  tahap: Tahap;
  lampu: Lampu | null;
  /** The most urgent pending deadline across its people. */
  tenggatBerikut: { label: string; tanggal: string; nama: string } | null;
  diarsipkan: boolean;
}

export interface Kasus extends Omit<KasusRingkas, 'terlapor' | 'tahap' | 'lampu' | 'tenggatBerikut'> {
  tanggalSurat: string | null;
  lokasi: string;
  kronologi: string;
  rekomendasi: string;
  pelanggaran: string[];
  aturan: { id: number | null; kode: string; nama: string; versi: number; berlakuMulai: string; berlakuSampai: string | null; isi: AturanIsi };
  terlapor: Terlapor[];
  bukti: BuktiKasus[];
  /** Documents made for this case (archive rows whose data names the case). */
  dokumen: DokumenArsip[];
  diarsipkanAlasan: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface BuktiKasus {
  id: number;
  kasusId: number;
  namaBerkas: string;
  jenis: 'gambar' | 'pdf' | 'lainnya';
  mime: string;
  sha256: string;
  bytes: number;
  keterangan: string;
  /** Token to open or save it. */
  file: string;
  createdAt: string;
}

export interface AuditKasus {
  id: number;
  kasusId: number;
  terlaporId: number | null;
  waktu: string;
  oleh: string;
  aksi: string;
  bidang: string;
  lama: string | null;
  baru: string | null;
}

/** A deadline across all open cases (the home screen). */
export interface TenggatKasus {
  kasusId: number;
  terlaporId: number;
  nomorRegister: string;
  nama: string;
  tahap: Tahap;
  label: string;
  tanggal: string;
  lampu: Lampu;
  sisaHariKerja: number;
}

export const TanyaJawabSchema = z.object({ pertanyaan: teks(4000, 'Pertanyaan'), jawaban: teks(10_000, 'Jawaban') }).strict();
export type TanyaJawab = z.output<typeof TanyaJawabSchema>;

export const KasusQuerySchema = z.object({
  teks: z.string().trim().max(200).default(''),
  tahap: z.enum(TAHAP).nullable().default(null),
  sumber: z.enum(SUMBER_KASUS).nullable().default(null),
  lampu: z.enum(['aman', 'segera', 'lewat']).nullable().default(null),
  arsip: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

const alasan = wajib(1000, 'Alasan');

/** Cases: intake, the people they name, the procedure per person, evidence and the audit trail. */
export const kasusChannels = {
  'kasus.list': channel<{ total: number; rows: KasusRingkas[] }>()(KasusQuerySchema),
  'kasus.get': channel<Kasus>()(z.object({ id: Id })),
  /**
   * A new case. The rule set is the one in force on the incident date; when none or several are,
   * the call is refused with code ATURAN_PILIH and the candidates, and is repeated with `aturanId`.
   */
  'kasus.buat': channel<Kasus>()(
    z.object({ data: KasusInputSchema, terlapor: z.array(TerlaporInputSchema).min(1, 'Isi paling sedikit satu terlapor.').max(200), aturanId: Id.nullable().default(null) }).strict(),
  ),
  'kasus.ubah': channel<Kasus>()(z.object({ id: Id, data: KasusInputSchema }).strict()),
  /** No hard delete: a case is archived with a reason (and can be brought back). */
  'kasus.arsipkan': channel<Kasus>()(z.object({ id: Id, alasan }).strict()),
  'kasus.pulihkan': channel<Kasus>()(z.object({ id: Id }).strict()),
  'kasus.terlapor.tambah': channel<Kasus>()(z.object({ kasusId: Id, terlapor: TerlaporInputSchema }).strict()),
  /** Link a person recorded as not yet identified to the registry (their snapshot is taken now). */
  'kasus.terlapor.tautkan': channel<Kasus>()(z.object({ terlaporId: Id, pegawaiId: Id }).strict()),
  'kasus.terlapor.arsipkan': channel<Kasus>()(z.object({ terlaporId: Id, alasan }).strict()),
  'kasus.terlapor.atasan': channel<Kasus>()(z.object({ terlaporId: Id, atasan: PejabatKasusSchema.nullable() }).strict()),
  'kasus.terlapor.tim': channel<Kasus>()(z.object({ terlaporId: Id, tim: z.array(PejabatKasusSchema).max(10) }).strict()),
  /** Temporary release from duty for a suspected berat violation (null ends it). */
  'kasus.terlapor.bebaskan': channel<Kasus>()(z.object({ terlaporId: Id, sejak: tanggalIso('Tanggal pembebasan').nullable() }).strict()),
  /** One step forward, guarded: refused with what is missing (a summons too close, a decision without a report …). */
  'kasus.tahap.maju': channel<Kasus>()(z.object({ terlaporId: Id, tanggal: tanggalIso('Tanggal'), data: TahapMajuSchema }).strict()),
  /** Correct a recorded step (date or data); the old values stay in the audit trail. */
  'kasus.tahap.ubah': channel<Kasus>()(z.object({ tahapId: Id, tanggal: tanggalIso('Tanggal'), data: TahapMajuSchema, alasan }).strict()),
  /** Who decides a sanction of this code (or "moral") for this person, and why (the rule table's row; `pejabat` null when it has none). */
  'kasus.pejabat': channel<{ pejabat: string | null; label: string; alasan: string }>()(z.object({ terlaporId: Id, hukuman: kodeRef }).strict()),
  /** The examination as typed during the hearing: numbered question/answer pairs (autosaved; they become the BAP). */
  'kasus.pemeriksaan.get': channel<{ pasangan: TanyaJawab[]; updatedAt: string | null }>()(z.object({ terlaporId: Id }).strict()),
  'kasus.pemeriksaan.simpan': channel<{ pasangan: TanyaJawab[]; updatedAt: string }>()(
    z.object({ terlaporId: Id, pasangan: z.array(TanyaJawabSchema).max(300) }).strict(),
  ),
  'kasus.bukti.tambah': channel<Kasus>()(z.object({ kasusId: Id, file: FileToken, namaBerkas: wajib(255, 'Nama berkas'), keterangan: teks(1000, 'Keterangan').default('') }).strict()),
  'kasus.bukti.arsipkan': channel<Kasus>()(z.object({ buktiId: Id, alasan }).strict()),
  'kasus.audit': channel<AuditKasus[]>()(z.object({ kasusId: Id, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(500) })),
  /** Overdue and due-soon deadlines across open cases, most urgent first. */
  'kasus.tenggat': channel<TenggatKasus[]>()(z.object({ limit: z.number().int().min(1).max(500).default(50) })),
  /** Settings of the procedure screens: how many working days ahead is "segera". */
  'kasus.pengaturan.get': channel<{ ambangSegera: number; petugas: string }>()(none),
  'kasus.pengaturan.simpan': channel<{ ambangSegera: number; petugas: string }>()(
    z.object({ ambangSegera: z.number().int().min(1).max(30), petugas: teks(120, 'Nama petugas') }).strict(),
  ),
} as const;

export type { HasilKeputusan, SanksiMoral, SumberKasus, Tahap };
