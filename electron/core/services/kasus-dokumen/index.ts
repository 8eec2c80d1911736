import type { JenisDokumen } from '../../../../shared/contract/dokumen';
import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import { isiBeritaAcaraPenyampaian } from './berita-acara-penyampaian';
import { isiKeputusanHukumanDisiplin } from './keputusan-hukuman-disiplin';
import { isiLaporanTindakLanjut } from './laporan-tindak-lanjut';
import { isiPanggilanPenyampaian } from './panggilan-penyampaian';
import { isiPernyataanSanksiMoral } from './pernyataan-sanksi-moral';

/** A type's data from a case and one of its people: pure, refusing (AppError) what the case cannot fill yet. */
export type IsiDariKasus = (kasus: Kasus, terlapor: Terlapor) => Record<string, unknown>;

/** The document types a case fills, one line per type. */
export const ISI_DARI_KASUS: Partial<Record<JenisDokumen, IsiDariKasus>> = {
  'keputusan-hukuman-disiplin': isiKeputusanHukumanDisiplin,
  'pernyataan-sanksi-moral': isiPernyataanSanksiMoral,
  'panggilan-penyampaian': isiPanggilanPenyampaian,
  'berita-acara-penyampaian': isiBeritaAcaraPenyampaian,
  'laporan-tindak-lanjut': isiLaporanTindakLanjut,
};
