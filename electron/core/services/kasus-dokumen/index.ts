/**
 * Case documents filled from the case (`kasus.dokumen.data`): one pure fill function per document
 * type, of the case, the person and the hearing (tested on hand-made cases), and the service that
 * reads those from the case core and picks the kop the type starts with.
 */
import type { JenisDokumen } from '../../../../shared/contract/dokumen';
import type { KasusDokumenData, KasusDokumenDataInput } from '../../../../shared/contract/kasus-dokumen';
import { AppError } from '../../../../shared/contract/result';
import type { JenisRegistry } from '../../../../shared/dokumen/jenis/registry';
import { pasanganAwal } from '../../../../shared/dokumen/pasangan';
import type { KasusRepository } from '../../db/repositories/kasus';
import type { InstansiService } from '../instansi';
import type { KasusService } from '../kasus';
import type { PenandatanganService } from '../penandatangan';
import type { IsiKasus } from './bersama';
import { isiBeritaAcaraPemeriksaan } from './berita-acara-pemeriksaan';
import { isiKeputusanPembebasanSementara } from './keputusan-pembebasan-sementara';
import { isiKeputusanTimPemeriksa } from './keputusan-tim-pemeriksa';
import { isiLaporanHasilPemeriksaan } from './laporan-hasil-pemeriksaan';
import { isiSuratPanggilan } from './surat-panggilan';

export type PengisiDokumen = (i: IsiKasus) => Record<string, unknown>;

/** The document types a case fills, one line per type. */
export const PENGISI_DOKUMEN_KASUS: Partial<Record<JenisDokumen, PengisiDokumen>> = {
  'surat-panggilan': isiSuratPanggilan,
  'berita-acara-pemeriksaan': isiBeritaAcaraPemeriksaan,
  'laporan-hasil-pemeriksaan': isiLaporanHasilPemeriksaan,
  'keputusan-tim-pemeriksa': isiKeputusanTimPemeriksa,
  'keputusan-pembebasan-sementara': isiKeputusanPembebasanSementara,
};

export class KasusDokumenService {
  constructor(
    private readonly kasus: KasusService,
    private readonly repo: KasusRepository,
    private readonly instansi: InstansiService,
    private readonly penandatangan: PenandatanganService,
    private readonly jenis: JenisRegistry,
    private readonly pengisi: Partial<Record<string, PengisiDokumen>> = PENGISI_DOKUMEN_KASUS,
  ) {}

  /** The types this core fills from a case, in the registry's order. */
  jenisKasus(): string[] {
    return this.jenis.ids.filter((j) => this.pengisi[j] !== undefined);
  }

  data(q: KasusDokumenDataInput): KasusDokumenData {
    const def = this.jenis.get(q.jenis);
    const isi = this.pengisi[q.jenis];
    if (!isi)
      throw new AppError('VALIDASI', `${def.label} tidak diisi dari kasus. Jenis yang diisi dari kasus: ${this.jenisKasus().map((j) => this.jenis.label(j)).join(', ')}.`, [
        { field: 'jenis', message: 'Jenis dokumen ini tidak diisi dari kasus.' },
      ]);
    const row = this.repo.terlaporById(q.terlaporId);
    if (!row) throw new AppError('TIDAK_DITEMUKAN', `Terlapor dengan id ${q.terlaporId} tidak ada.`, [{ field: 'terlaporId', message: 'Terlapor tidak ada.' }]);
    const kasus = this.kasus.get(row.kasus_id);
    const terlapor = kasus.terlapor.find((t) => t.id === q.terlaporId);
    if (!terlapor) throw new AppError('TIDAK_DITEMUKAN', `Terlapor dengan id ${q.terlaporId} tidak ada di kasus ${kasus.nomorRegister}.`);
    const { profil } = pasanganAwal(def.olehKepalaDaerah, this.instansi.list(), this.penandatangan.list());
    const data = isi({ kasus, terlapor, pasangan: this.kasus.pemeriksaan(q.terlaporId).pasangan, opsi: q, profil: profil ?? null });
    return { jenis: q.jenis, data, profilId: profil?.id ?? null };
  }
}
