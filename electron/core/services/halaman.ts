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

/** The page setup (paper, margins, font) per category of document, kept in pengaturan. */
export class HalamanService {
  constructor(private readonly settings: PengaturanRepository) {}

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
