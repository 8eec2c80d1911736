import { PageSetupSchema } from '../../../shared/contract/dokumen';
import type { KategoriDokumen } from '../../../shared/dokumen/jenis/types';
import { DEFAULT_PAGE_SETUP, DEFAULT_PAGE_SETUP_PENETAPAN, type PageSetup } from '../../../shared/dokumen/model';
import type { PengaturanRepository } from '../db/repositories/pengaturan';

/**
 * Letters keep the key every earlier release saved the one setup under, so that setup became the
 * letters' setup; migration 007 gave decrees a copy of it in Bookman Old Style 12.
 */
const KUNCI: Record<KategoriDokumen, string> = {
  korespondensi: 'dokumen.halaman',
  penetapan: 'dokumen.halaman.penetapan',
};

const BAWAAN: Record<KategoriDokumen, PageSetup> = {
  korespondensi: DEFAULT_PAGE_SETUP,
  penetapan: DEFAULT_PAGE_SETUP_PENETAPAN,
};

const kunciKategori = (jenis: string) => `dokumen.kategori.${jenis}`;

/**
 * The page setup (paper, margins, font) per category of document, and which category each type
 * follows, kept in pengaturan. The category is a setting because format-dokumen.md marks the SE's
 * (pengaturan/penetapan) as verify: a region that files circulars as korespondensi changes it here.
 */
export class HalamanService {
  constructor(private readonly settings: PengaturanRepository) {}

  /** The category a type follows: the clerk's choice, else the type's own. */
  kategori(jenis: { jenis: string; kategori: KategoriDokumen }): KategoriDokumen {
    const saved = this.settings.get<unknown>(kunciKategori(jenis.jenis));
    return saved === 'penetapan' || saved === 'korespondensi' ? saved : jenis.kategori;
  }

  /** Sets a type's category; `null` goes back to the type's own. */
  setKategori(jenis: { jenis: string; kategori: KategoriDokumen }, kategori: KategoriDokumen | null): KategoriDokumen {
    this.settings.set(kunciKategori(jenis.jenis), kategori);
    return this.kategori(jenis);
  }

  /** The saved setup of the category; its defaults when none was saved or a saved one no longer fits the schema. */
  get(kategori: KategoriDokumen = 'korespondensi'): PageSetup {
    const parsed = PageSetupSchema.safeParse(this.settings.get<unknown>(KUNCI[kategori]));
    return parsed.success ? parsed.data : structuredClone(BAWAAN[kategori]);
  }

  save(kategori: KategoriDokumen, setup: PageSetup): PageSetup {
    this.settings.set(KUNCI[kategori], PageSetupSchema.parse(setup));
    return this.get(kategori);
  }
}
