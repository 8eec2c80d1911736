import { TandaTanganSchema, type JenisDokumen, type TandaTangan } from '../../shared/contract/dokumen';
import { JENIS } from '../../shared/dokumen/jenis/index';
import { DEFAULT_PAGE_SETUP, DEFAULT_PAGE_SETUP_PENETAPAN, type NaskahDinas, type PageSetup } from '../../shared/dokumen/model';
import type { Teks } from '../../shared/dokumen/teks';
import { contohPenandatangan, contohProfil } from '../../electron/core/documents/contoh';
import { DASAR_HUKUM_BAWAAN } from '../../electron/core/db/migrations/007-dasar-hukum';
import type { EntriDasarHukum } from '../../shared/dokumen/dasar-hukum';
import seDefault from '../../resources/teks/surat-edaran.json';
import undDefault from '../../resources/teks/surat-undangan.json';
import skDefault from '../../resources/teks/sk-satgas.json';

export const TEKS_BAWAAN: Record<JenisDokumen, Teks> = { 'surat-edaran': seDefault, 'surat-undangan': undDefault, 'sk-satgas': skDefault };

/** The shipped legal-bases list, as a fresh database holds it. */
export const DASAR_HUKUM_CONTOH = DASAR_HUKUM_BAWAAN as readonly EntriDasarHukum[];

/** Which sample profile and signatory each type is built with: the Bupati for SE and SK, BKPSDM for invitations. */
const CONTOH: Record<JenisDokumen, { profil: number; penandatangan: number }> = {
  'surat-edaran': { profil: 1, penandatangan: 1 },
  'surat-undangan': { profil: 0, penandatangan: 0 },
  'sk-satgas': { profil: 1, penandatangan: 1 },
};

/** A document of a type from its example data, without a database. */
export function naskahContoh(
  jenis: JenisDokumen,
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
): NaskahDinas {
  const def = JENIS[jenis];
  const c = { profil: over.profil ?? CONTOH[jenis].profil, penandatangan: over.penandatangan ?? CONTOH[jenis].penandatangan };
  return def.build(def.schema.parse({ ...(def.contoh as object), ...over.data }), {
    setup: over.setup ?? (def.kategori === 'penetapan' ? DEFAULT_PAGE_SETUP_PENETAPAN : DEFAULT_PAGE_SETUP),
    profil: contohProfil(c.profil),
    penandatangan: contohPenandatangan(c.penandatangan),
    tandaTangan: TandaTanganSchema.parse({ penandatanganId: c.penandatangan + 1, ...over.tandaTangan }),
    nomor: over.nomor ?? '800/0012/BKPSDM/2026',
    tanggal: '2026-11-23',
    teks: { ...TEKS_BAWAAN[jenis], ...over.teks } as Teks,
    dasarHukum: over.dasarHukum ?? DASAR_HUKUM_CONTOH,
  });
}
