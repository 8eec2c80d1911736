import type { z } from 'zod';

export type KategoriDokumen = 'penetapan' | 'korespondensi';
import type { InstansiProfil, JenisDokumen, Penandatangan, TandaTangan } from '../../contract/dokumen';
import type { NaskahDinas, PageSetup } from '../model';
import type { Daerah } from '../daerah';
import type { EntriDasarHukum } from '../dasar-hukum';
import type { Placeholder, Teks, TextSlot } from '../teks';

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
}

/** A document type: its data schema, its editable texts and how its blocks are composed. */
export interface JenisDef<S extends z.ZodType = z.ZodType> {
  jenis: JenisDokumen;
  label: string;
  keterangan: string;
  /** Short code for file names, e.g. "SE", "UND", "SK-SATGAS". */
  kodeFile: string;
  schema: S;
  slots: TextSlot[];
  placeholders: Placeholder[];
  /** Example data (demo, CLI `dokumen contoh`): contohUntuk(SUKAMAJU, 2026). */
  contoh: z.input<S>;
  /** The form's starting values for an office of `daerah`, so its own region appears, not the demo's. */
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
}
