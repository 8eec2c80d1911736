import type { z } from 'zod';

export type KategoriDokumen = 'penetapan' | 'korespondensi';
import type { InstansiProfil, Penandatangan, SkemaNomorInput, TandaTangan } from '../../contract/dokumen';
import type { NaskahDinas, PageSetup } from '../model';
import type { Daerah } from '../daerah';
import type { EntriDasarHukum } from '../dasar-hukum';
import type { Placeholder, Teks, TextSlot } from '../teks';
import type { BagianFormulir, FieldOf } from './formulir';

/** Everything a document type needs besides its own data. */
export interface BuildContext {
  setup: PageSetup;
  profil: InstansiProfil;
  penandatangan: Penandatangan;
  tandaTangan: TandaTangan;
  /** The letter number, or a visible stand-in in previews. */
  nomor: string;
  /** ISO date of the letter / decree. */
  tanggal: string;
  /** The texts (one version) with their placeholders still in. */
  teks: Teks;
  /** The legal bases a `dasar-hukum` slot may name by code (the list as it was, for an archived document). */
  dasarHukum: readonly EntriDasarHukum[];
  /**
   * The category this build follows: the type's own, or the one the clerk set in Pengaturan (the SE's
   * category is marked verify in format-dokumen.md); signature lines and page setup follow it.
   */
  kategori: KategoriDokumen;
}

/** The data schemas a document type may have: an object (its keys are what the form fields name). */
export type DataSchema = z.ZodObject;

/**
 * A document type, with its own data type kept: schema, editable texts, form, numbering defaults
 * and how its blocks are composed. `daftarkan` (registry.ts) turns it into a registry entry.
 */
export interface JenisDef<S extends DataSchema = DataSchema, J extends string = string> {
  /** The id in the contract, the database and file names of the CLI: "surat-undangan". */
  jenis: J;
  label: string;
  keterangan: string;
  /** Short code for file names, e.g. "SE", "UND", "SK-SATGAS". */
  kodeFile: string;
  schema: S;
  slots: TextSlot[];
  placeholders: Placeholder[];
  /** Version 1 of the texts, shipped with Netra (the folder's teks.json): one text per slot. */
  teksBawaan: Teks;
  /** Numbering until the clerk saves a scheme; types sharing `seri` share one counter per year. */
  penomoran: SkemaNomorInput;
  /** The form, section by section; every field names a key of the schema. */
  formulir: readonly BagianFormulir<FieldOf<z.input<S>>>[];
  /**
   * Schema keys the form does not edit but carries unchanged from the data it was filled with (the
   * case and person ids, the hearing's questions and answers): every key is a field or carried.
   */
  terbawa?: readonly (keyof z.input<S> & string)[];
  /** Example data (demo, CLI `dokumen contoh`): contohUntuk(SUKAMAJU, 2026). Never the starting values of a real office's form. */
  contoh: z.input<S>;
  /** The demo's starting values for an office of `daerah`, so its own region appears. */
  contohUntuk(daerah: Daerah, tahun: number): z.input<S>;
  /**
   * Permendagri 1/2023 category: 'penetapan' (pengaturan/penetapan: keputusan, surat edaran) or
   * 'korespondensi' (surat dinas, undangan, nota dinas, berita acara …). Signature lines, titles and the
   * default page setup follow it (format-dokumen.md).
   */
  kategori: KategoriDokumen;
  /** Issued by the regional head (kop and signature of the Bupati/Wali Kota) rather than by an office. */
  olehKepalaDaerah: boolean;
  /** The subject line for the register and the archive. */
  hal(data: z.output<S>): string;
  /** Staff the document names, for the archive links. */
  pegawaiIds(data: z.output<S>): number[];
  /** The addressees for the agenda book (a decree has none). */
  tujuan?(data: z.output<S>): string[];
  build(data: z.output<S>, ctx: BuildContext): NaskahDinas;
  /**
   * The archive's file name without ".docx", when the type has its own rule (uploads to I'DIS/SIASN
   * want NIP, type and date); null or absent: the default name (code, number, date).
   */
  namaBerkas?(data: z.output<S>, info: { nomor: string; tanggal: string }): string | null;
}
