import { TandaTanganSchema, type TandaTangan } from '../../shared/contract/dokumen';
import { JENIS } from '../../shared/dokumen/jenis/index';
import type { JenisRegistry } from '../../shared/dokumen/jenis/registry';
import { DEFAULT_PAGE_SETUP, DEFAULT_PAGE_SETUP_PENETAPAN, type NaskahDinas, type PageSetup } from '../../shared/dokumen/model';
import type { Teks } from '../../shared/dokumen/teks';
import { contohPenandatangan, contohProfil } from '../../electron/core/documents/contoh';
import { DASAR_HUKUM_BAWAAN } from '../../electron/core/db/migrations/007-dasar-hukum';
import type { EntriDasarHukum } from '../../shared/dokumen/dasar-hukum';

/** The shipped legal-bases list, as a fresh database holds it. */
export const DASAR_HUKUM_CONTOH = DASAR_HUKUM_BAWAAN as readonly EntriDasarHukum[];

/**
 * A document of a type from its example data, without a database: built with the sample Bupati
 * (profile and signatory) for types the regional head issues, with the BKPSDM for the others
 * (or the sample profile and signatory `over` names).
 */
export function naskahContoh(
  jenis: string,
  over: {
    data?: Record<string, unknown>;
    setup?: PageSetup;
    tandaTangan?: Partial<TandaTangan>;
    nomor?: string;
    profil?: number;
    penandatangan?: number;
    teks?: Partial<Teks>;
    dasarHukum?: readonly EntriDasarHukum[];
  } = {},
  registry: JenisRegistry = JENIS,
): NaskahDinas {
  const def = registry.get(jenis);
  const i = def.olehKepalaDaerah ? 1 : 0;
  const c = { profil: over.profil ?? i, penandatangan: over.penandatangan ?? i };
  const siap = def.siapkan({ ...def.contoh, ...over.data });
  if (!siap.ok) throw new Error(`Data contoh ${jenis} ditolak: ${JSON.stringify(siap.masalah)}`);
  return siap.build({
    setup: over.setup ?? (def.kategori === 'penetapan' ? DEFAULT_PAGE_SETUP_PENETAPAN : DEFAULT_PAGE_SETUP),
    profil: contohProfil(c.profil),
    penandatangan: contohPenandatangan(c.penandatangan),
    tandaTangan: TandaTanganSchema.parse({ penandatanganId: c.penandatangan + 1, ...over.tandaTangan }),
    nomor: over.nomor ?? '800/0012/BKPSDM/2026',
    tanggal: '2026-11-23',
    teks: { ...def.teksBawaan, ...over.teks } as Teks,
    dasarHukum: over.dasarHukum ?? DASAR_HUKUM_CONTOH,
    kategori: def.kategori,
  });
}
