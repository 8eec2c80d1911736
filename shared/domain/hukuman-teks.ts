/**
 * Words of a sanction as documents print them, from the case's frozen rule set: the duration in
 * figures and words ("6 (enam) bulan"), the name and consequence with {durasi}, {mulai}, {selesai}
 * filled, and a rule's amount ("15 (lima belas) hari kerja"). Every number comes from the rule set.
 */
import type { Hukuman, Tenggat } from '../contract/aturan-kasus';
import { SATUAN_LABEL } from './kasus';
import { formatTanggal } from './tanggal';
import { angkaDenganTerbilang, terbilang } from './terbilang';

/** "6 (enam) bulan"; empty for a sanction without duration or a permanent one. */
export const durasiTeks = (h: Pick<Hukuman, 'durasiBulan' | 'tetap'>): string => (h.tetap || h.durasiBulan === null ? '' : angkaDenganTerbilang(h.durasiBulan, 'bulan'));

/** The sanction's name with its duration: "pemotongan tunjangan kinerja sebesar 25% … selama 6 (enam) bulan". */
export const namaHukuman = (h: Pick<Hukuman, 'nama' | 'durasiBulan' | 'tetap'>): string => h.nama.replace(/\{durasi\}/g, durasiTeks(h)).replace(/\s+/g, ' ').trim();

/**
 * The consequence (the decree's KEDUA) with {durasi}, {mulai} and {selesai} filled. Before delivery
 * the dates are not known yet (the sanction starts from the day the rule set derives after receipt):
 * then the text says so in words instead of leaving a blank.
 */
export function isiAkibat(h: Pick<Hukuman, 'akibat' | 'durasiBulan' | 'tetap'>, mulai: string | null, selesai: string | null): string {
  let s = h.akibat.replace(/\{durasi\}/g, durasiTeks(h));
  s = mulai ? s.replace(/\{mulai\}/g, formatTanggal(mulai)) : s.replace(/tanggal \{mulai\}/g, 'tanggal berlakunya hukuman disiplin ini').replace(/\{mulai\}/g, 'berlakunya hukuman disiplin ini');
  s = selesai
    ? s.replace(/\{selesai\}/g, formatTanggal(selesai))
    : s.replace(/(sampai dengan )?tanggal \{selesai\}/g, (_m, sd: string | undefined) => `${sd ?? ''}berakhirnya jangka waktu tersebut`).replace(/\{selesai\}/g, 'berakhirnya jangka waktu tersebut');
  return s.replace(/\s+/g, ' ').trim();
}

/** A rule's amount in figures, words and unit: "15 (lima belas) hari kerja". */
export const jumlahTeks = (t: Pick<Tenggat, 'jumlah' | 'satuan'>): string => angkaDenganTerbilang(Math.abs(t.jumlah), SATUAN_LABEL[t.satuan]);

/** The n-th day a `tepat` rule names: "hari kerja ke-15 (lima belas)". */
export const keTeks = (t: Pick<Tenggat, 'jumlah' | 'satuan'>): string => `${SATUAN_LABEL[t.satuan].replace(' kalender', '')} ke-${Math.abs(t.jumlah)} (${terbilang(Math.abs(t.jumlah))})`;
