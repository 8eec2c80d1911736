import type { AturanIsi } from '../../../shared/contract/aturan-kasus';
import type { HukumanPegawai, HukumanRingkas, StatusHukuman } from '../../../shared/contract/hukuman';
import { AppError } from '../../../shared/contract/result';
import { namaHukuman } from '../../../shared/domain/hukuman-teks';
import { namaLengkap } from '../../../shared/domain/nama';
import { pangkatLabel } from '../../../shared/domain/pangkat';
import type { Pegawai } from '../../../shared/domain/pegawai';
import { formatTanggal, todayIso } from '../../../shared/domain/tanggal';
import type { HukumanRepository, HukumanRow } from '../db/repositories/hukuman';

/**
 * Where a sanction stands on a date: not yet in force (decided, not delivered, or starting later),
 * in force (from its start to its end; a permanent one never ends), or over (ended, or one without a
 * duration already given).
 */
export function statusPada(h: Pick<HukumanPegawai, 'mulai' | 'selesai' | 'tetap'>, tanggal: string): StatusHukuman {
  if (h.mulai === null || tanggal < h.mulai) return 'belum-berlaku';
  if (h.tetap) return 'berlaku';
  return h.selesai !== null && tanggal <= h.selesai ? 'berlaku' : 'selesai';
}

/** "pemotongan tunjangan kinerja … (1 Desember 2026 s.d. 31 Mei 2027, kasus 2026/003)": a sanction in one line. */
export function uraianHukuman(h: HukumanPegawai): string {
  const masa = h.mulai ? (h.tetap ? `sejak ${formatTanggal(h.mulai)}` : h.selesai ? `${formatTanggal(h.mulai)} s.d. ${formatTanggal(h.selesai)}` : `sejak ${formatTanggal(h.mulai)}`) : 'keputusan belum disampaikan';
  const sk = h.nomorKeputusan ? `, Keputusan Nomor ${h.nomorKeputusan}` : '';
  return `${h.nama} (${masa}; kasus ${h.nomorRegister}${sk})`;
}

/** The sanction register: a person's sanctions from the cases, and the certificate of not being under one. */
export class HukumanRegisterService {
  constructor(
    private readonly repo: HukumanRepository,
    private readonly pegawai: (id: number) => Pegawai,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every decided sanction of the person, newest first, with its status on `tanggal` (default today). */
  daftar(pegawaiId: number, tanggal: string | null = null): HukumanRingkas {
    this.pegawai(pegawaiId); // an unknown id is refused by name
    const pada = tanggal ?? todayIso(this.now());
    const hukuman = this.repo.byPegawai(pegawaiId).map((r) => this.dari(r, pada));
    return { pegawaiId, tanggal: pada, hukuman, berlaku: hukuman.filter((h) => h.status === 'berlaku'), belumBerlaku: hukuman.filter((h) => h.status === 'belum-berlaku') };
  }

  /** The sanctions in force on `tanggal`: "sedang menjalani hukuman disiplin" when not empty. */
  sedangMenjalani(pegawaiId: number, tanggal: string): HukumanPegawai[] {
    return this.daftar(pegawaiId, tanggal).berlaku;
  }

  /**
   * The data of the surat keterangan tidak sedang menjalani hukuman disiplin, as of `tanggal`. Refused
   * when the register shows a sanction in force on that date, or one decided and not yet in force
   * (a certificate then would be untrue a few days later), naming it.
   */
  suratKeterangan(pegawaiId: number, tanggal: string, keperluan: string): { jenis: 'surat-keterangan-hukdis'; data: Record<string, unknown> } {
    const p = this.pegawai(pegawaiId);
    const r = this.daftar(pegawaiId, tanggal);
    const nama = namaLengkap(p);
    if (r.berlaku.length) {
      const message = `Surat keterangan tidak dapat dibuat: ${nama} sedang menjalani hukuman disiplin pada ${formatTanggal(tanggal)}: ${r.berlaku.map(uraianHukuman).join('; ')}.`;
      throw new AppError('VALIDASI', message, [{ field: 'pegawaiId', message }]);
    }
    if (r.belumBerlaku.length) {
      const message = `Surat keterangan tidak dapat dibuat: ${nama} sudah diputus dijatuhi hukuman disiplin yang belum berlaku pada ${formatTanggal(tanggal)}: ${r.belumBerlaku.map(uraianHukuman).join('; ')}.`;
      throw new AppError('VALIDASI', message, [{ field: 'pegawaiId', message }]);
    }
    return {
      jenis: 'surat-keterangan-hukdis',
      data: {
        pegawaiId: p.id,
        nama,
        nip: p.nip ?? '',
        pangkat: p.golongan ? pangkatLabel(p.golongan, 'dokumen') : '',
        jabatan: p.jabatan ?? '',
        unitKerja: p.unitKerjaNama ?? '',
        keperluan,
        tembusan: [],
      },
    };
  }

  /**
   * The check before a document is saved: a surat keterangan names a person of the registry (the
   * register can only speak for them) and is refused while a sanction is in force or decided.
   */
  syaratDokumen(jenis: string, data: Record<string, unknown>, tanggal: string): void {
    if (jenis !== 'surat-keterangan-hukdis') return;
    const id = data.pegawaiId;
    if (typeof id !== 'number') {
      const message = 'Surat keterangan tidak sedang menjalani hukuman disiplin dibuat dari register hukuman: pilih pegawainya dari data pegawai (Pegawai → Surat keterangan hukuman disiplin).';
      throw new AppError('VALIDASI', message, [{ field: 'data.pegawaiId', message }]);
    }
    this.suratKeterangan(id, tanggal, '');
  }

  private dari(r: HukumanRow, tanggal: string): HukumanPegawai {
    const isi = (JSON.parse(r.aturan_beku) as { isi?: Partial<AturanIsi> }).isi;
    const h = isi?.hukuman?.find((x) => x.kode === r.hukuman);
    const base = {
      kasusId: r.kasus_id,
      terlaporId: r.terlapor_id,
      nomorRegister: r.nomor_register,
      kode: r.hukuman,
      // a code the frozen set no longer names is shown as the code, never dropped
      nama: h ? namaHukuman(h) : r.hukuman,
      tingkat: h?.tingkat ?? null,
      tetap: h?.tetap ?? false,
      sanksiMoral: r.sanksi_moral,
      tanggalKeputusan: r.tanggal_keputusan,
      nomorKeputusan: r.nomor_keputusan,
      mulai: r.hukuman_mulai,
      selesai: r.hukuman_selesai,
    };
    return { ...base, status: statusPada(base, tanggal) };
  }
}
