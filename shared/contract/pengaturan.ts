import { z } from 'zod';
import type { KategoriDokumen } from '../dokumen/jenis/types';
import type { PageSetup } from '../dokumen/model';
import { channel, none } from './channel';
import {
  InstansiProfilInputSchema,
  JENIS_DOKUMEN,
  PageSetupSchema,
  PenandatanganInputSchema,
  type InstansiProfil,
  type JenisDokumenInfo,
  type Penandatangan,
  type TeksVersi,
} from './dokumen';
import { FileToken, Id } from './schemas';

/** Permendagri 1/2023 category of a document type (JenisDef.kategori). */
export const KategoriSchema = z.enum(['penetapan', 'korespondensi']) satisfies z.ZodType<KategoriDokumen>;

/** Which category a document type follows: the clerk's choice (Pengaturan → Kertas & huruf) or its own. */
export interface KategoriJenis {
  jenis: string;
  label: string;
  kategori: KategoriDokumen;
  /** The type's own category, what "Kembalikan" goes back to. */
  bawaan: KategoriDokumen;
}

/** Pengaturan naskah dinas: instansi profiles (kop), signatories, page setup, texts. */
export const pengaturanChannels = {
  'instansi.list': channel<InstansiProfil[]>()(none),
  'instansi.save': channel<InstansiProfil>()(z.object({ id: Id.nullable(), data: InstansiProfilInputSchema })),
  'instansi.setLogo': channel<InstansiProfil>()(z.object({ id: Id, file: FileToken })),
  'instansi.clearLogo': channel<InstansiProfil>()(z.object({ id: Id })),
  /** The state emblem of the kop jabatan, apart from the regional logo. */
  'instansi.setLambang': channel<InstansiProfil>()(z.object({ id: Id, file: FileToken })),
  'instansi.clearLambang': channel<InstansiProfil>()(z.object({ id: Id })),
  'instansi.delete': channel<{ id: number }>()(z.object({ id: Id })),
  'penandatangan.list': channel<Penandatangan[]>()(none),
  'penandatangan.save': channel<Penandatangan>()(z.object({ id: Id.nullable(), data: PenandatanganInputSchema })),
  'penandatangan.delete': channel<{ id: number }>()(z.object({ id: Id })),
  /** Page setup per category of document (format-dokumen.md: Bookman Old Style for decrees, Arial for letters). */
  'halaman.get': channel<PageSetup>()(z.object({ kategori: KategoriSchema.default('korespondensi') })),
  'halaman.save': channel<PageSetup>()(z.object({ kategori: KategoriSchema, setup: PageSetupSchema })),
  'halaman.kategori': channel<KategoriJenis[]>()(none),
  /** `kategori: null` goes back to the type's own category. Documents already archived keep theirs. */
  'halaman.setKategori': channel<KategoriJenis>()(z.object({ jenis: z.enum(JENIS_DOKUMEN), kategori: KategoriSchema.nullable() }).strict()),
  'teks.jenis': channel<JenisDokumenInfo[]>()(none),
  'teks.versi': channel<TeksVersi[]>()(z.object({ jenis: z.enum(JENIS_DOKUMEN) })),
  'teks.simpan': channel<TeksVersi>()(
    z.object({ jenis: z.enum(JENIS_DOKUMEN), teks: z.record(z.string(), z.string().max(20_000)), catatan: z.string().trim().max(200).default('') }),
  ),
} as const;
