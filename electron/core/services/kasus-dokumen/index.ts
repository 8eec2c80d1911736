/**
 * Case documents filled from the case (`kasus.dokumen.data`): one pure fill function per document
 * type, of the case, the person and (for some) the hearing and the kop, tested on hand-made cases;
 * and the service that reads those from the case core and picks the kop the type starts with.
 */
import type { JenisDokumen } from '../../../../shared/contract/dokumen';
import type { Kasus, Terlapor } from '../../../../shared/contract/kasus';
import type { KasusDokumenData, KasusDokumenDataInput } from '../../../../shared/contract/kasus-dokumen';
import { AppError } from '../../../../shared/contract/result';
import type { JenisRegistry } from '../../../../shared/dokumen/jenis/registry';
import { pasanganAwal } from '../../../../shared/dokumen/pasangan';
import type { KasusRepository } from '../../db/repositories/kasus';
import type { InstansiService } from '../instansi';
import type { KasusService } from '../kasus';
import type { PenandatanganService } from '../penandatangan';
import type { KonteksIsi } from './bersama';
import { isiBeritaAcaraPemeriksaan } from './berita-acara-pemeriksaan';
import { isiBeritaAcaraPenyampaian } from './berita-acara-penyampaian';
import { isiKeputusanHukumanDisiplin } from './keputusan-hukuman-disiplin';
import { isiKeputusanPembebasanSementara } from './keputusan-pembebasan-sementara';
import { isiKeputusanTimPemeriksa } from './keputusan-tim-pemeriksa';
import { isiLaporanHasilPemeriksaan } from './laporan-hasil-pemeriksaan';
import { isiLaporanTindakLanjut } from './laporan-tindak-lanjut';
import { isiPanggilanPenyampaian } from './panggilan-penyampaian';
import { isiPernyataanSanksiMoral } from './pernyataan-sanksi-moral';
import { isiSuratPanggilan } from './surat-panggilan';

/**
 * A type's data from a case and one of its people: pure, refusing (AppError) what the case cannot
 * fill yet. `konteks` carries the hearing, the caller's options and the kop, for the types that use them.
 */
export type IsiDariKasus = (kasus: Kasus, terlapor: Terlapor, konteks?: KonteksIsi) => Record<string, unknown>;

/** The document types a case fills, one line per type. */
export const ISI_DARI_KASUS: Partial<Record<JenisDokumen, IsiDariKasus>> = {
  'surat-panggilan': isiSuratPanggilan,
  'berita-acara-pemeriksaan': isiBeritaAcaraPemeriksaan,
  'laporan-hasil-pemeriksaan': isiLaporanHasilPemeriksaan,
  'keputusan-tim-pemeriksa': isiKeputusanTimPemeriksa,
  'keputusan-pembebasan-sementara': isiKeputusanPembebasanSementara,
  'keputusan-hukuman-disiplin': isiKeputusanHukumanDisiplin,
  'pernyataan-sanksi-moral': isiPernyataanSanksiMoral,
  'panggilan-penyampaian': isiPanggilanPenyampaian,
  'berita-acara-penyampaian': isiBeritaAcaraPenyampaian,
  'laporan-tindak-lanjut': isiLaporanTindakLanjut,
};

export class KasusDokumenService {
  constructor(
    private readonly kasus: KasusService,
    private readonly repo: KasusRepository,
    private readonly instansi: InstansiService,
    private readonly penandatangan: PenandatanganService,
    private readonly jenis: JenisRegistry,
    private readonly isiDari: Partial<Record<string, IsiDariKasus>> = ISI_DARI_KASUS,
  ) {}

  /** The types this core fills from a case, in the registry's order. */
  jenisKasus(): string[] {
    return this.jenis.ids.filter((j) => this.isiDari[j] !== undefined);
  }

  data(q: KasusDokumenDataInput): KasusDokumenData {
    const def = this.jenis.get(q.jenis);
    const isi = this.isiDari[q.jenis];
    if (!isi)
      throw new AppError('VALIDASI', `${def.label} tidak diisi dari kasus. Jenis yang diisi dari kasus: ${this.jenisKasus().map((j) => this.jenis.label(j)).join(', ')}.`, [
        { field: 'jenis', message: 'Jenis dokumen ini tidak diisi dari kasus.' },
      ]);
    const row = this.repo.terlaporById(q.terlaporId);
    if (!row) throw new AppError('TIDAK_DITEMUKAN', `Terlapor dengan id ${q.terlaporId} tidak ada.`, [{ field: 'terlaporId', message: 'Terlapor tidak ada.' }]);
    if (q.kasusId !== undefined && q.kasusId !== row.kasus_id)
      throw new AppError('VALIDASI', `Terlapor dengan id ${q.terlaporId} bukan terlapor kasus ini; buka kasusnya sendiri untuk membuat dokumennya.`, [{ field: 'terlaporId', message: 'Terlapor kasus lain.' }]);
    const kasus = this.kasus.get(row.kasus_id);
    const terlapor = kasus.terlapor.find((t) => t.id === q.terlaporId);
    if (!terlapor) throw new AppError('TIDAK_DITEMUKAN', `Terlapor dengan id ${q.terlaporId} tidak ada di kasus ${kasus.nomorRegister}.`);
    const { profil } = pasanganAwal(def.olehKepalaDaerah, this.instansi.list(), this.penandatangan.list());
    const data = isi(kasus, terlapor, { pasangan: this.kasus.pemeriksaan(q.terlaporId).pasangan, ke: q.ke, profil: profil ?? null });
    return { jenis: q.jenis, data, profilId: profil?.id ?? null };
  }
}
