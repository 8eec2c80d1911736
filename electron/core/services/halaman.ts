import { PageSetupSchema } from '../../../shared/contract/dokumen';
import { DEFAULT_PAGE_SETUP, type PageSetup } from '../../../shared/dokumen/model';
import type { PengaturanRepository } from '../db/repositories/pengaturan';

const KUNCI = 'dokumen.halaman';

/** The page setup of every document (paper, margins, font), kept in pengaturan. */
export class HalamanService {
  constructor(private readonly settings: PengaturanRepository) {}

  /** The saved setup; the defaults when none was saved or a saved one no longer fits the schema. */
  get(): PageSetup {
    const parsed = PageSetupSchema.safeParse(this.settings.get<unknown>(KUNCI));
    return parsed.success ? parsed.data : structuredClone(DEFAULT_PAGE_SETUP);
  }

  save(setup: PageSetup): PageSetup {
    this.settings.set(KUNCI, PageSetupSchema.parse(setup));
    return this.get();
  }
}
