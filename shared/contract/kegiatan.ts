import { z } from 'zod';
import { CARA_CATAT, MODE_KEGIATAN, STATUS_ALASAN, STATUS_HADIR, type CaraCatat, type HasilPindai, type ModeKegiatan, type StatusHadir, type StatusKegiatan } from '../domain/kegiatan';
import { JENIS_JABATAN, STATUS_KEPEGAWAIAN, type JenisJabatan, type StatusKepegawaian } from '../domain/pegawai';
import { normalisasiPukul } from '../domain/pukul';
import { channel, none } from './channel';
import { FileToken, Id, tanggalIso } from './schemas';

const teks = (max: number, label: string) => z.string().trim().max(max, `${label} paling banyak ${max} karakter.`);
const wajib = (max: number, label: string) => teks(max, label).min(1, `${label} wajib diisi.`);
/** "7:30", "0730", "730" → "07.30"; anything else is refused naming the field. */
export const pukulSchema = (label: string) =>
  z
    .string()
    .transform(normalisasiPukul)
    .pipe(z.string().regex(/^([01]\d|2[0-3])\.[0-5]\d$/, `${label} ditulis seperti 07.30.`));

/**
 * Who is invited, by rule. Every given criterion must hold (AND); within one criterion any value
 * (OR). Units are matched by name or id, with their sub-units when `subunit` is true.
 * `{ "unit": ["Dinas Pendidikan"], "subunit": true }` is everyone in that office and its schools.
 */
export const AturanPesertaSchema = z
  .object({
    unit: z.array(z.union([Id, wajib(200, 'Nama unit')])).max(500).default([]),
    subunit: z.boolean().default(true),
    status: z.array(z.enum(STATUS_KEPEGAWAIAN)).max(10).default([]),
    jenisJabatan: z.array(z.enum(JENIS_JABATAN)).max(10).default([]),
    /** Eselon levels as written (`II`, `III.a`): `III` covers III.a and III.b. */
    eselon: z.array(wajib(10, 'Eselon')).max(20).default([]),
    /** Golongan codes (`III/a`, `IX`), or a range's ends in `golonganDari` / `golonganSampai`. */
    golongan: z.array(wajib(10, 'Golongan')).max(40).default([]),
    golonganDari: teks(10, 'Golongan').nullable().default(null),
    golonganSampai: teks(10, 'Golongan').nullable().default(null),
    /** Inactive staff are never invited by a rule (a clerk may still add one by hand). */
  })
  .strict();
export type AturanPeserta = z.output<typeof AturanPesertaSchema>;

export const NarasumberSchema = z.object({ nama: wajib(200, 'Nama narasumber'), jabatan: teks(300, 'Jabatan narasumber').default(''), instansi: teks(300, 'Instansi narasumber').default('') });
export type Narasumber = z.output<typeof NarasumberSchema>;

export const KegiatanInputSchema = z
  .object({
    judul: wajib(300, 'Judul'),
    /** A kind from the setting's list (`sosialisasi`, `apel-ikrar`, …); the service checks it. */
    jenis: z.string().trim().regex(/^[a-z0-9-]{2,40}$/, 'Jenis kegiatan tidak dikenal.'),
    tanggal: tanggalIso('Tanggal'),
    jam: pukulSchema('Jam mulai'),
    /** After this time a scan is "terlambat"; null: nobody is late. */
    batasTerlambat: pukulSchema('Batas terlambat').nullable().default(null),
    jamSelesai: pukulSchema('Jam selesai').nullable().default(null),
    zonaWaktu: z.enum(['WIB', 'WITA', 'WIT']).default('WIB'),
    tempat: wajib(300, 'Tempat'),
    mode: z.enum(MODE_KEGIATAN).default('luring'),
    /** The meeting link for daring and hybrid events. */
    tautan: teks(500, 'Tautan').nullable().default(null),
    /** The instansi profile that organises it (its kop heads the documents); null: the first office profile. */
    penyelenggaraId: Id.nullable().default(null),
    /** Who signs the daftar hadir and the report; null: none chosen yet. */
    penandatanganId: Id.nullable().default(null),
    /** "Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026". */
    pemilihan: teks(300, 'Pemilihan').default(''),
    narasumber: z.array(NarasumberSchema).max(30).default([]),
    catatan: teks(4000, 'Catatan').default(''),
    peserta: AturanPesertaSchema.default({ unit: [], subunit: true, status: [], jenisJabatan: [], eselon: [], golongan: [], golonganDari: null, golonganSampai: null }),
  })
  .strict();
export type KegiatanInput = z.output<typeof KegiatanInputSchema>;

export interface JumlahKehadiran {
  peserta: number;
  /** hadir + terlambat */
  hadir: number;
  terlambat: number;
  /** Per status (every status present, zero when none). */
  perStatus: Record<StatusHadir, number>;
  /** Not yet recorded at all. */
  belum: number;
}

export interface Kegiatan extends KegiatanInput {
  id: number;
  status: StatusKegiatan;
  /** When the participant list was closed (snapshot); null while it follows its rules. */
  pesertaDitetapkanAt: string | null;
  /** "Meja hadir" (other desks over the office network) is on for this event. */
  mejaAktif: boolean;
  jumlah: JumlahKehadiran;
  foto: FotoKegiatan[];
  createdAt: string;
  updatedAt: string;
}

export interface FotoKegiatan {
  id: number;
  sha256: string;
  keterangan: string;
  /** A download token for showing it. */
  file: string;
  lebar: number;
  tinggi: number;
}

export type KegiatanRingkas = Pick<Kegiatan, 'id' | 'judul' | 'jenis' | 'tanggal' | 'jam' | 'tempat' | 'status' | 'jumlah'>;

/** One participant as invited (the person's data when the row was made: later registry changes do not rewrite it). */
export interface PesertaKegiatan {
  id: number;
  kegiatanId: number;
  /** null for a guest outside the registry. */
  pegawaiId: number | null;
  /** With gelar, as signed. */
  nama: string;
  nip: string | null;
  nik: string | null;
  status: StatusKepegawaian | null;
  golongan: string | null;
  /** "Penata Muda Tingkat I, III/b". */
  pangkat: string | null;
  jabatan: string | null;
  jenisJabatan: JenisJabatan | null;
  eselon: string | null;
  unitKerja: string | null;
  /** The perangkat daerah (top of the unit's tree): the group in every list and recap; guests: their instansi. */
  unitInduk: string;
  unitIndukId: number | null;
  tamu: boolean;
  sumber: 'aturan' | 'manual' | 'tamu';
  /** Set when added after the list was closed. */
  ditambahAt: string | null;
  /** Current attendance (the last entry not reversed); null: not yet recorded. */
  kehadiran: { status: StatusHadir; waktu: string; meja: string; logId: number } | null;
}

export const TamuSchema = z
  .object({
    nama: wajib(200, 'Nama tamu'),
    jabatan: teks(300, 'Jabatan').default(''),
    /** Instansi vertikal, kecamatan, desa, Forkopimda …: the group the guest is listed under. */
    instansi: wajib(300, 'Instansi'),
    /** 16 digits, spaces allowed; empty: none. A desk finds the guest by it, so anything else is refused here. */
    nik: z
      .string()
      .transform((s) => s.replace(/\s+/g, ''))
      .pipe(z.string().regex(/^(\d{16})?$/, 'NIK terdiri atas 16 angka.'))
      .transform((s) => s || null)
      .nullable()
      .default(null),
  })
  .strict();

export const PesertaQuerySchema = z.object({
  kegiatanId: Id,
  teks: z.string().max(200).default(''),
  unitIndukId: Id.nullable().default(null),
  /** `belum`: not yet recorded; `tidak-hadir`: recorded with a reason or not at all. */
  kehadiran: z.enum(['semua', 'hadir', 'belum', 'tidak-hadir']).default('semua'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(200),
});

/** A scan or a typed entry at a desk. The nonce is the desk's: a resent entry is answered, never counted twice. */
export const PindaiSchema = z
  .object({
    kegiatanId: Id,
    /** What the scanner typed or the clerk keyed: a NIP (any spacing), a pledge-form code, or a participant's card code. */
    masukan: z.string().max(200).default(''),
    /** Chosen from a name search instead of typed. */
    pesertaId: Id.nullable().default(null),
    /** Default: hadir, or terlambat after the cut-off. A reason status marks an absence. */
    status: z.enum(STATUS_HADIR).nullable().default(null),
    meja: wajib(40, 'Nama meja').default('Meja 1'),
    operator: teks(100, 'Operator').default(''),
    nonce: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Nonce tidak valid.'),
    /** When the desk saw it (a desk that was offline sends its scans later); default: now. */
    waktu: z.iso.datetime({ offset: true }).nullable().default(null),
    cara: z.enum(CARA_CATAT).default('ketik'),
  })
  .strict();

export interface HasilPindaiKegiatan {
  hasil: HasilPindai;
  /** For the banner, a metre away: "Hadir", "Sudah tercatat pukul 07.42 di Meja 2", "Bukan peserta kegiatan ini". */
  judul: string;
  pesan: string;
  peserta: PesertaKegiatan | null;
  /** bukan-peserta: the registered person the desk may add. */
  pegawai: { id: number; nama: string; nip: string | null; unitKerja: string | null } | null;
  /** duplikat: what was recorded first. */
  sebelumnya: { status: StatusHadir; waktu: string; meja: string } | null;
  /** The log entry this scan made (a resent nonce returns the first answer with the same id). */
  logId: number;
  /** True when this nonce had already been received: nothing new was counted. */
  ulangan: boolean;
}

export interface LogKehadiran {
  id: number;
  waktu: string;
  meja: string;
  operator: string;
  cara: CaraCatat;
  masukan: string;
  hasil: HasilPindai | 'batal';
  status: StatusHadir | null;
  pesertaId: number | null;
  nama: string | null;
  /** For a reversal: the entry it undoes, and why. */
  membatalkanId: number | null;
  alasan: string | null;
  /** This entry was later reversed. */
  dibatalkan: boolean;
}

export interface RekapBaris {
  unitIndukId: number | null;
  unit: string;
  jumlah: JumlahKehadiran;
  /** hadir / peserta, 0–100, one decimal. */
  persenHadir: number;
}
export interface RekapKegiatan {
  kegiatan: KegiatanRingkas;
  baris: RekapBaris[];
  total: RekapBaris;
}

const nonce = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Nonce tidak valid.');

/** Events, their participants and attendance at the desk. */
export const kegiatanChannels = {
  'kegiatan.jenis.list': channel<{ kode: string; label: string }[]>()(none),
  'kegiatan.jenis.save': channel<{ kode: string; label: string }[]>()(
    z.object({ daftar: z.array(z.object({ kode: z.string().trim().regex(/^[a-z0-9-]{2,40}$/, 'Kode jenis: huruf kecil, angka, tanda hubung.'), label: wajib(100, 'Nama jenis') })).min(1).max(50) }),
  ),
  'kegiatan.list': channel<KegiatanRingkas[]>()(z.object({ teks: z.string().max(200).default('') })),
  'kegiatan.get': channel<Kegiatan>()(z.object({ id: Id })),
  'kegiatan.create': channel<Kegiatan>()(z.object({ data: KegiatanInputSchema })),
  'kegiatan.update': channel<Kegiatan>()(z.object({ id: Id, data: KegiatanInputSchema })),
  /** Closes the event: no more scans, desk sessions end. */
  'kegiatan.selesai': channel<Kegiatan>()(z.object({ id: Id })),

  /** How many and who a rule would invite, per perangkat daerah, before it is applied. */
  'kegiatan.peserta.pratinjau': channel<{ jumlah: number; perUnit: { unit: string; jumlah: number }[] }>()(z.object({ aturan: AturanPesertaSchema })),
  'kegiatan.peserta.list': channel<{ total: number; rows: PesertaKegiatan[] }>()(PesertaQuerySchema),
  'kegiatan.peserta.tambah': channel<{ ditambah: number; sudahAda: number }>()(z.object({ kegiatanId: Id, pegawaiIds: z.array(Id).min(1).max(50_000) })),
  'kegiatan.peserta.tamu': channel<PesertaKegiatan>()(z.object({ kegiatanId: Id, tamu: TamuSchema })),
  /** Before the list is closed a row is removed; after, only with a reason (kept, marked). */
  'kegiatan.peserta.hapus': channel<{ id: number }>()(z.object({ kegiatanId: Id, pesertaId: Id, alasan: teks(300, 'Alasan').default('') })),
  /** Takes the snapshot: from now on registry changes do not alter the list. */
  'kegiatan.peserta.tetapkan': channel<Kegiatan>()(z.object({ kegiatanId: Id })),

  'kegiatan.hadir.pindai': channel<HasilPindaiKegiatan>()(PindaiSchema),
  /** Undo: a reversal entry with a reason, never a delete. */
  'kegiatan.hadir.batal': channel<LogKehadiran>()(
    z.object({ kegiatanId: Id, logId: Id, alasan: wajib(300, 'Alasan pembatalan'), meja: wajib(40, 'Nama meja').default('Meja 1'), operator: teks(100, 'Operator').default(''), nonce }).strict(),
  ),
  /** Marks everyone not yet recorded (in a unit, or those listed) with a reason. People already recorded are left as they are. */
  'kegiatan.hadir.tandai': channel<{ ditandai: number; dilewati: number }>()(
    z
      .object({
        kegiatanId: Id,
        status: z.enum(STATUS_ALASAN),
        unitIndukId: Id.nullable().default(null),
        pesertaIds: z.array(Id).max(50_000).default([]),
        meja: wajib(40, 'Nama meja').default('Meja 1'),
        operator: teks(100, 'Operator').default(''),
        nonce,
      })
      .strict(),
  ),
  'kegiatan.hadir.log': channel<{ total: number; rows: LogKehadiran[] }>()(
    z.object({ kegiatanId: Id, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) }),
  ),
  'kegiatan.rekap': channel<RekapKegiatan>()(z.object({ id: Id })),
  /** The data of a Surat Undangan for this event (addressees from its participants), for the document form. */
  /**
   * `unit`: one addressee per perangkat daerah (its head) and per guest, the usual apel invitation;
   * `peserta`: every participant by name (a sosialisasi for named staff), up to the letter's 500 lines.
   */
  'kegiatan.undangan': channel<Record<string, unknown>>()(z.object({ id: Id, tujuan: z.enum(['unit', 'peserta']).default('unit') })),
  'kegiatan.foto.tambah': channel<FotoKegiatan>()(z.object({ kegiatanId: Id, file: FileToken, keterangan: teks(300, 'Keterangan').default('') })),
  'kegiatan.foto.hapus': channel<{ id: number }>()(z.object({ kegiatanId: Id, fotoId: Id })),
} as const;

export type { ModeKegiatan };
