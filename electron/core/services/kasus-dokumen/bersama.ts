/**
 * What every case document takes from the case in the same way: the person's identity as printed,
 * the suspected violation from the frozen catalogue, the officials as team rows, the latest record of
 * a stage, and the archived documents of the case by type.
 */
import type { InstansiProfil, DokumenArsip } from '../../../../shared/contract/dokumen';
import type { Kasus, PejabatKasus, TahapMaju, TahapRecord, TanyaJawab, Terlapor } from '../../../../shared/contract/kasus';
import type { KasusDokumenDataInput } from '../../../../shared/contract/kasus-dokumen';
import { titleCase } from '../../../../shared/dokumen/bagian';
import type { AnggotaInput } from '../../../../shared/dokumen/jenis/anggota';
import type { Tahap } from '../../../../shared/domain/kasus';
import { pangkatLabel } from '../../../../shared/domain/pangkat';
import { rangkai } from '../../../../shared/domain/rangkaian';
import { formatTanggal } from '../../../../shared/domain/tanggal';

/** What a fill function reads besides the case and the person: pure data, so each is tested on hand-made cases. */
export interface KonteksIsi {
  /** The hearing's question/answer pairs (kasus.pemeriksaan). */
  pasangan: readonly TanyaJawab[];
  /** The caller's choice of Surat Panggilan I or II; null: from the stages. */
  ke: KasusDokumenDataInput['ke'];
  /** The kop the document goes out under (names the regional head for the deciding official). */
  profil: InstansiProfil | null;
}

/** No hearing, no choice, no kop: what a fill function assumes when called with the case alone. */
export const KONTEKS_KOSONG: KonteksIsi = { pasangan: [], ke: null, profil: null };

/** The identity fields of every case document. */
export function identitas(t: Terlapor): { nama: string; nip: string; pangkat: string; jabatan: string; unitKerja: string } {
  const unit = [t.unitKerja, t.unitInduk, t.instansi].map((s) => s.trim()).filter(Boolean);
  return {
    nama: t.nama,
    nip: t.nip ?? '',
    pangkat: t.golongan ? pangkatLabel(t.golongan, 'dokumen') : (t.pangkat ?? ''),
    jabatan: t.jabatan,
    // "SD Negeri 2, Dinas Pendidikan": the unit and the perangkat daerah it belongs to, once each
    unitKerja: [...new Set(unit)].join(', '),
  };
}

/** A rule set's "verify" mark is for the settings screen, not for the printed citation. */
const tanpaTandaPeriksa = (s: string) => s.replace(/\s*\((periksa|verify)\)\s*$/i, '').trim();

/** The catalogue entries the case names, as "dugaan pelanggaran disiplin berupa … sebagaimana dimaksud dalam …". */
export function pelanggaran(k: Kasus): { uraian: string; pasal: string } {
  const entri = k.pelanggaran.flatMap((kode) => k.aturan.isi.pelanggaran.filter((p) => p.kode === kode));
  const uraian = entri.map((p) => p.uraian.trim()).filter(Boolean);
  const pasal = [...new Set(entri.map((p) => tanpaTandaPeriksa(p.pasal || p.dasar)).filter(Boolean))];
  return { uraian: rangkai(uraian, 'serta'), pasal: rangkai(pasal, 'dan') };
}

/** "a", "a dan b", "a, b, dan c". */
/** A case official as a row of the documents' team lists. */
export const anggotaDari = (p: PejabatKasus, peran?: string): AnggotaInput => ({
  pegawaiId: p.pegawaiId,
  nama: p.nama,
  nip: p.nip ?? '',
  jabatan: p.jabatan,
  pangkat: p.pangkat ?? '',
  peran: peran ?? (p.peran || 'Anggota'),
});

/** The stage data a record of stage T carries (the two summonses share one shape). */
type DataTahap<T extends Tahap> = TahapMaju extends infer M ? (M extends { tahap: infer X } ? (T extends X ? M : never) : never) : never;
type RecordTahap<T extends Tahap> = TahapRecord & { data: DataTahap<T> };

/** The latest record of a stage, with its data typed; undefined when the stage was never entered. */
export function tahapTerakhir<T extends Exclude<Tahap, 'diterima'>>(t: Terlapor, tahap: T): RecordTahap<T> | undefined {
  const list = t.riwayat.filter((r): r is RecordTahap<T> => r.tahap === tahap && r.data.tahap === tahap);
  return list.reduce<RecordTahap<T> | undefined>((last, r) => (!last || r.tanggal > last.tanggal || (r.tanggal === last.tanggal && r.id > last.id) ? r : last), undefined);
}

/** The examiners: the tim pemeriksa when formed, else the official a summons named, else the direct superior. */
export function pemeriksaDari(t: Terlapor): AnggotaInput[] {
  if (t.tim.length) return t.tim.map((p) => anggotaDari(p));
  const dipanggil = tahapTerakhir(t, 'panggilan-2')?.data.pemeriksa ?? tahapTerakhir(t, 'panggilan-1')?.data.pemeriksa;
  if (dipanggil) return [anggotaDari(dipanggil, dipanggil.peran || 'Atasan langsung')];
  return t.atasan ? [anggotaDari(t.atasan, 'Atasan langsung')] : [];
}

/** The standing (not voided) documents of a type in the case whose subject names the person, oldest first. */
export function dokumenUntuk(k: Kasus, jenis: string, t: Pick<Terlapor, 'nama'>, halAwal?: string): DokumenArsip[] {
  return k.dokumen.filter((d) => d.jenis === jenis && d.batal === null && d.hal.includes(t.nama) && (!halAwal || d.hal.startsWith(halAwal)));
}

/** "Rekomendasi Bawaslu Kabupaten Sukamaju Nomor … tanggal …": what the case started from. */
export function dasarLaporan(k: Kasus): string {
  const jenis = k.sumber === 'bawaslu' ? 'Rekomendasi' : k.sumber === 'media' ? 'Pemberitaan' : ['lapor', 'pengaduan', 'pengaduan-bkn'].includes(k.sumber) ? 'Pengaduan' : 'Surat';
  const dari = k.pelapor.trim();
  const nomor = k.nomorSurat.trim() ? ` Nomor ${k.nomorSurat.trim()}` : '';
  return `${jenis}${dari ? ` ${dari}` : ''}${nomor} tanggal ${formatTanggal(k.tanggalSurat ?? k.tanggalDiterima)}`;
}

/** "Bupati Sukamaju", from the kop's regional head. */
export const kepalaDaerahDari = (p: InstansiProfil | null) => (p?.kepalaDaerah.trim() ? titleCase(p.kepalaDaerah) : '');
