import { z } from 'zod';
import type { Pegawai, UnitKerja } from '../domain/pegawai';
import {
  Id,
  ImportOptionsSchema,
  PegawaiInputSchema,
  PegawaiQuerySchema,
  UnitInputSchema,
  FileToken,
  JobId,
  tanggalIso,
} from './schemas';
import type { AppInfo, ExportedFile, ImportPreview, ImportProgress, ImportReport, PegawaiPage, UnitAliasInfo, UnitSingkatan } from './types';
import {
  ArsipQuerySchema,
  DokumenBuatSchema,
  DokumenPratinjauSchema,
  InstansiProfilInputSchema,
  JENIS_DOKUMEN,
  PageSetupSchema,
  PenandatanganInputSchema,
  SkemaNomorInputSchema,
  STATUS_NOMOR,
  type DokumenArsip,
  type DokumenDibuat,
  type InstansiProfil,
  type JenisDokumenInfo,
  type KlasifikasiImpor,
  type KodeKlasifikasi,
  type NaskahDinas,
  type NomorSurat,
  type Penandatangan,
  type SkemaNomor,
  type TeksVersi,
} from './dokumen';
import type { PageSetup } from '../dokumen/model';
import { CadanganIdSchema, type Cadangan, type DaftarCadangan, type HasilPemulihan } from './cadangan';

export * from './result';
export * from './schemas';
export * from './types';
export * from './dokumen';
export * from './cadangan';

/** A channel: the schema its input must satisfy and, as a phantom, the type it answers with. */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });

const none = z.object({}).strict();

/** Every call the UI may make. The Electron IPC bridge, the web host and the CLI serve exactly this map. */
export const contract = {
  'app.info': channel<AppInfo>()(none),
  'pegawai.list': channel<PegawaiPage>()(PegawaiQuerySchema),
  'pegawai.get': channel<Pegawai>()(z.object({ id: Id })),
  'pegawai.create': channel<Pegawai>()(z.object({ data: PegawaiInputSchema })),
  'pegawai.update': channel<Pegawai>()(z.object({ id: Id, data: PegawaiInputSchema })),
  'pegawai.setAktif': channel<Pegawai>()(z.object({ id: Id, aktif: z.boolean() })),
  'pegawai.export': channel<ExportedFile>()(PegawaiQuerySchema.omit({ offset: true, limit: true }).extend({ jobId: JobId.nullable().default(null) })),
  'pegawai.importPreview': channel<ImportPreview>()(ImportOptionsSchema.pick({ file: true, mapping: true, update: true, fieldsOff: true, units: true, jobId: true })),
  /** The rows the import rejects, with a column of problems, as an .xlsx to fix in Excel. */
  'pegawai.importRejected': channel<ExportedFile>()(ImportOptionsSchema.pick({ file: true, mapping: true, update: true, fieldsOff: true, units: true, jobId: true })),
  'pegawai.importCommit': channel<ImportReport>()(ImportOptionsSchema),
  'unit.list': channel<UnitKerja[]>()(none),
  'unit.create': channel<UnitKerja>()(z.object({ data: UnitInputSchema })),
  'unit.update': channel<UnitKerja>()(z.object({ id: Id, data: UnitInputSchema })),
  'unit.merge': channel<UnitKerja>()(z.object({ sourceId: Id, targetId: Id })),
  'unit.delete': channel<{ id: number }>()(z.object({ id: Id })),
  // What the importer matches unit names with: abbreviations (editable list) and remembered other names.
  'unit.singkatan.list': channel<UnitSingkatan[]>()(none),
  'unit.singkatan.save': channel<UnitSingkatan[]>()(
    z.object({ daftar: z.array(z.object({ singkatan: z.string().max(60), kepanjangan: z.string().max(200) })).max(2000, 'Paling banyak 2000 singkatan.') }),
  ),
  'unit.alias.list': channel<UnitAliasInfo[]>()(none),
  'unit.alias.delete': channel<{ kunci: string }>()(z.object({ kunci: z.string().min(1).max(1000) }).strict()),
  'file.forget': channel<{ file: string }>()(z.object({ file: FileToken })),
  // Long jobs started by another call with a jobId: where they are, and a request to stop.
  'job.progress': channel<{ progress: ImportProgress | null }>()(z.object({ jobId: JobId })),
  'job.cancel': channel<{ cancelled: boolean }>()(z.object({ jobId: JobId })),

  // Pengaturan naskah dinas: instansi profiles (kop), signatories, page setup, numbering schemes, texts.
  'instansi.list': channel<InstansiProfil[]>()(none),
  'instansi.save': channel<InstansiProfil>()(z.object({ id: Id.nullable(), data: InstansiProfilInputSchema })),
  'instansi.setLogo': channel<InstansiProfil>()(z.object({ id: Id, file: FileToken })),
  'instansi.clearLogo': channel<InstansiProfil>()(z.object({ id: Id })),
  'instansi.delete': channel<{ id: number }>()(z.object({ id: Id })),
  'penandatangan.list': channel<Penandatangan[]>()(none),
  'penandatangan.save': channel<Penandatangan>()(z.object({ id: Id.nullable(), data: PenandatanganInputSchema })),
  'penandatangan.delete': channel<{ id: number }>()(z.object({ id: Id })),
  'halaman.get': channel<PageSetup>()(none),
  'halaman.save': channel<PageSetup>()(PageSetupSchema),
  'teks.jenis': channel<JenisDokumenInfo[]>()(none),
  'teks.versi': channel<TeksVersi[]>()(z.object({ jenis: z.enum(JENIS_DOKUMEN) })),
  'teks.simpan': channel<TeksVersi>()(
    z.object({ jenis: z.enum(JENIS_DOKUMEN), teks: z.record(z.string(), z.string().max(20_000)), catatan: z.string().trim().max(200).default('') }),
  ),

  // Numbering register (buku agenda surat keluar).
  'nomor.skema.list': channel<SkemaNomor[]>()(none),
  'nomor.skema.save': channel<SkemaNomor>()(z.object({ jenis: z.enum(JENIS_DOKUMEN), data: SkemaNomorInputSchema })),
  'nomor.pesan': channel<NomorSurat>()(
    z.object({
      jenis: z.enum(JENIS_DOKUMEN),
      hal: z.string().trim().min(1, 'Hal wajib diisi.').max(300),
      tanggal: tanggalIso('Tanggal'),
      /** The profile the letter will carry: its unit code goes into the number. Default: the first office profile. */
      profilId: Id.nullable().default(null),
    }),
  ),
  'nomor.batal': channel<NomorSurat>()(z.object({ id: Id, alasan: z.string().trim().min(3, 'Alasan pembatalan wajib diisi.').max(300) })),
  'nomor.list': channel<NomorSurat[]>()(
    z.object({ tahun: z.number().int().min(2000).max(2100).nullable().default(null), status: z.enum(STATUS_NOMOR).nullable().default(null) }),
  ),
  'nomor.export': channel<ExportedFile>()(z.object({ tahun: z.number().int().min(2000).max(2100) })),

  // Archive classification codes (kode klasifikasi) offered to the numbering schemes; editable and importable.
  'klasifikasi.list': channel<KodeKlasifikasi[]>()(none),
  /** Checked row by row in the service (bad codes, duplicates → `daftar.N.kode`), so the whole list gets one message. */
  'klasifikasi.save': channel<KodeKlasifikasi[]>()(
    z.object({ daftar: z.array(z.object({ kode: z.string().max(60), nama: z.string().max(1000) })).max(5000, 'Daftar kode klasifikasi paling banyak 5000 baris.') }),
  ),
  'klasifikasi.import': channel<KlasifikasiImpor>()(z.object({ file: FileToken })),

  // Documents and their archive.
  'dokumen.pratinjau': channel<NaskahDinas>()(DokumenPratinjauSchema),
  'dokumen.buat': channel<DokumenDibuat>()(DokumenBuatSchema),
  'dokumen.arsip': channel<{ total: number; rows: DokumenArsip[] }>()(ArsipQuerySchema),
  'dokumen.file': channel<{ file: string; fileName: string }>()(z.object({ id: Id })),
  'dokumen.buatUlang': channel<DokumenDibuat>()(z.object({ id: Id })),

  // Backups of the database and its archive files (Pengaturan → Cadangan). A restore names a listed
  // backup by its id, or a file the clerk picked (a token): never a path typed into the UI.
  'cadangan.list': channel<DaftarCadangan>()(none),
  'cadangan.buat': channel<Cadangan>()(z.object({ catatan: z.string().trim().max(200).default('') }).strict()),
  'cadangan.pulihkan': channel<HasilPemulihan>()(z.object({ id: CadanganIdSchema }).strict()),
  'cadangan.pulihkanBerkas': channel<HasilPemulihan>()(z.object({ file: FileToken }).strict()),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as ChannelName[];

export function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The one call signature every transport implements. */
export type Invoke = <C extends ChannelName>(channel: C, input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
import type { Result } from './result';
