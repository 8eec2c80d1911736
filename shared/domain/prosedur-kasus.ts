/**
 * The disciplinary procedure's computations over a case's frozen rule set: which deadlines are
 * pending and how urgent, which dates the rules derive, who decides a sanction. Pure functions:
 * every number comes from the rule set or the holiday table, none is written here.
 */

import type { AturanIsi, Hukuman, PejabatBerwenang, Tenggat } from '../contract/aturan-kasus';
import { geser, selisihHariKerja, type Libur } from './hari-kerja';
import { parseEselon } from './jabatan';
import type { HasilKeputusan, JenjangJabatan, Lampu, Titik, TingkatHukuman } from './kasus';
import type { JenisJabatan, StatusKepegawaian } from './pegawai';

export type TanggalTitik = Partial<Record<Titik, string>>;

/** Titik a person never reaches unless a sanction is imposed. */
const HANYA_BILA_DIHUKUM: ReadonlySet<Titik> = new Set(['penyampaian', 'akhir-keberatan', 'mulai-hukuman', 'pencatatan']);

export interface KeadaanProsedur {
  /** Dates of the stages recorded so far. */
  titik: TanggalTitik;
  hasil: HasilKeputusan | null;
  /** The sanction's level once decided (rules limited to levels apply only then). */
  tingkat: TingkatHukuman | null;
  /** The procedure ended (selesai) or the person was archived: nothing is pending any more. */
  berakhir: boolean;
}

const berlakuUntuk = (t: Tenggat, k: KeadaanProsedur) =>
  !(k.hasil !== null && k.hasil !== 'hukuman' && HANYA_BILA_DIHUKUM.has(t.ke)) && (t.tingkat.length === 0 || k.tingkat === null || t.tingkat.includes(k.tingkat));

/** The recorded dates plus the ones `tepat` rules derive (when a sanction starts, when the objection window ends). */
export function lengkapiTitik(aturan: Pick<AturanIsi, 'tenggat'>, k: KeadaanProsedur, libur: Libur): TanggalTitik {
  const out: TanggalTitik = { ...k.titik };
  for (const t of aturan.tenggat) {
    const dari = out[t.dari];
    if (t.jenis === 'tepat' && dari && !out[t.ke] && berlakuUntuk(t, k)) out[t.ke] = geser(dari, t.jumlah, t.satuan, libur);
  }
  return out;
}

export interface HasilTenggat {
  kode: string;
  label: string;
  dari: Titik;
  ke: Titik;
  tanggal: string;
  terpenuhi: string | null;
  lampu: Lampu | null;
  sisaHariKerja: number;
  dasar: string;
}

/** "lewat" after the due date, "segera" within `ambangSegera` working days of it, else "aman". */
export function lampuUntuk(jatuhTempo: string, hariIni: string, ambangSegera: number, libur: Libur): { lampu: Lampu; sisa: number } {
  const sisa = selisihHariKerja(hariIni, jatuhTempo, libur);
  if (jatuhTempo < hariIni) return { lampu: 'lewat', sisa };
  return { lampu: sisa <= ambangSegera ? 'segera' : 'aman', sisa };
}

/**
 * The `paling-lambat` deadlines whose start has happened: pending ones with their light, met ones
 * with the date they were met. Sorted by due date.
 */
export function hitungTenggat(aturan: Pick<AturanIsi, 'tenggat'>, k: KeadaanProsedur, hariIni: string, ambangSegera: number, libur: Libur): HasilTenggat[] {
  const titik = lengkapiTitik(aturan, k, libur);
  const out: HasilTenggat[] = [];
  for (const t of aturan.tenggat) {
    if (t.jenis !== 'paling-lambat' || !berlakuUntuk(t, k)) continue;
    const dari = titik[t.dari];
    if (!dari) continue;
    const tanggal = geser(dari, t.jumlah, t.satuan, libur);
    const terpenuhi = titik[t.ke] ?? null;
    if (!terpenuhi && k.berakhir) continue;
    const { lampu, sisa } = terpenuhi ? { lampu: null, sisa: 0 } : lampuUntuk(tanggal, hariIni, ambangSegera, libur);
    out.push({ kode: t.kode, label: t.label, dari: t.dari, ke: t.ke, tanggal, terpenuhi, lampu, sisaHariKerja: sisa, dasar: t.dasar });
  }
  return out.sort((a, b) => a.tanggal.localeCompare(b.tanggal));
}

const URUTAN_LAMPU: Record<Lampu, number> = { lewat: 0, segera: 1, aman: 2 };
/** The most urgent light of a list (null when nothing is pending). */
export function lampuTerburuk(list: readonly { lampu: Lampu | null }[]): Lampu | null {
  let best: Lampu | null = null;
  for (const { lampu } of list) if (lampu && (best === null || URUTAN_LAMPU[lampu] < URUTAN_LAMPU[best])) best = lampu;
  return best;
}

/**
 * A `paling-cepat` rule broken by a date about to be recorded: the rule and the earliest allowed
 * date, or null when every such rule holds.
 */
export function langgarJarak(aturan: Pick<AturanIsi, 'tenggat'>, titik: TanggalTitik, libur: Libur): { tenggat: Tenggat; palingCepat: string; tanggal: string } | null {
  for (const t of aturan.tenggat) {
    if (t.jenis !== 'paling-cepat') continue;
    const dari = titik[t.dari];
    const ke = titik[t.ke];
    if (!dari || !ke) continue;
    const palingCepat = geser(dari, t.jumlah, t.satuan, libur);
    if (ke < palingCepat) return { tenggat: t, palingCepat, tanggal: ke };
  }
  return null;
}

/** The position class of the deciding-official table, from the registry's fields. */
export function jenjangDari(status: StatusKepegawaian | null, jenisJabatan: JenisJabatan | null, eselon: string | null): JenjangJabatan {
  if (status === 'NON_ASN') return 'NON-ASN';
  if (jenisJabatan) return jenisJabatan;
  const e = parseEselon(eselon);
  if (e) return e.tingkat <= 2 ? 'JPT' : e.tingkat === 3 ? 'ADMINISTRATOR' : 'PENGAWAS';
  return 'PELAKSANA';
}

/** The table's row for this position class and sanction level, or null when the table has none. */
export function pejabatBerwenang(aturan: Pick<AturanIsi, 'pejabat'>, jenjang: JenjangJabatan, tingkat: TingkatHukuman): PejabatBerwenang | null {
  return aturan.pejabat.find((p) => p.jenjang === jenjang && p.tingkat === tingkat) ?? null;
}

/** A sanction of the set that applies to people of this status. */
export function hukumanUntuk(aturan: Pick<AturanIsi, 'hukuman'>, kode: string, status: StatusKepegawaian | null): Hukuman | null {
  const h = aturan.hukuman.find((x) => x.kode === kode);
  if (!h) return null;
  return status === null || h.untuk.includes(status) ? h : null;
}

/**
 * When a sanction ends: `durasiBulan` months after it starts, the day before the same date
 * (1 Maret + 6 bulan → 31 Agustus); null for one without duration or a permanent one.
 */
export function akhirHukuman(h: Pick<Hukuman, 'durasiBulan' | 'tetap'>, mulai: string, libur: Libur): string | null {
  if (h.tetap || h.durasiBulan === null) return null;
  return geser(geser(mulai, h.durasiBulan, 'bulan', libur), -1, 'hari', libur);
}

/** The highest disciplinary level of the catalogue entries a case names (what the examination prepares for). */
export function tingkatTertinggi(aturan: Pick<AturanIsi, 'pelanggaran'>, kode: readonly string[]): TingkatHukuman | null {
  const order: TingkatHukuman[] = ['ringan', 'sedang', 'berat', 'pemberhentian'];
  let best = -1;
  for (const k of kode) {
    const p = aturan.pelanggaran.find((x) => x.kode === k);
    if (p) best = Math.max(best, order.indexOf(p.tingkat));
  }
  return best >= 0 ? order[best]! : null;
}
