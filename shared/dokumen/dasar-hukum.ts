/**
 * Legal bases (dasar hukum) as a decree cites them: the citation of one entry with its Lembaran
 * Negara numbers and amendment chain, and a slot's lines (entry codes or free text) sorted into
 * Mengingat (regulations, by hierarchy then date) and Memperhatikan (SKB, circulars …).
 */
import { JENIS_DASAR_HUKUM_INFO, type DasarHukumInput, type JenisDasarHukum } from '../contract/dasar-hukum';
import type { TeksProblem, TextSlot } from './teks';

export type EntriDasarHukum = Omit<DasarHukumInput, 'periksa'> & { periksa?: boolean };

/** "Kabupaten Sukamaju" for the Lembaran Daerah of a region's own regulations. */
export interface KonteksKutipan {
  wilayah: string;
}

const sebutanOf = (e: EntriDasarHukum) => e.sebutan.trim() || JENIS_DASAR_HUKUM_INFO[e.jenis].sebutan;

/** "Nomor 23 Tahun 2014"; an SKB's numbers already carry their years. */
function nomorTahun(e: EntriDasarHukum): string {
  return /\bTahun\b/i.test(e.nomor) ? `Nomor ${e.nomor}` : `Nomor ${e.nomor} Tahun ${e.tahun}`;
}

/** "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587)"; '' without numbers. */
export function lembaran(e: EntriDasarHukum, k: KonteksKutipan): string {
  const kind = JENIS_DASAR_HUKUM_INFO[e.jenis].lembaran;
  const ln = e.ln.trim();
  const tln = e.tln.trim();
  if (!kind || (!ln && !tln)) return '';
  const parts: string[] = [];
  switch (kind) {
    case 'negara':
      if (ln) parts.push(`Lembaran Negara Republik Indonesia Tahun ${e.tahun} Nomor ${ln}`);
      if (tln) parts.push(`Tambahan Lembaran Negara Republik Indonesia Nomor ${tln}`);
      break;
    case 'berita-negara':
      if (ln) parts.push(`Berita Negara Republik Indonesia Tahun ${e.tahun} Nomor ${ln}`);
      break;
    case 'daerah':
      if (ln) parts.push(`Lembaran Daerah ${k.wilayah} Tahun ${e.tahun} Nomor ${ln}`);
      if (tln) parts.push(`Tambahan Lembaran Daerah ${k.wilayah} Nomor ${tln}`);
      break;
    case 'berita-daerah':
      if (ln) parts.push(`Berita Daerah ${k.wilayah} Tahun ${e.tahun} Nomor ${ln}`);
      break;
  }
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** The order a chain is read in: older first (date, else year, then number). */
export function bandingTanggal(a: EntriDasarHukum, b: EntriDasarHukum): number {
  const da = a.tanggal || `${a.tahun}-00-00`;
  const db = b.tanggal || `${b.tahun}-00-00`;
  if (da !== db) return da < db ? -1 : 1;
  return a.nomor.localeCompare(b.nomor, 'id', { numeric: true });
}

/** Hierarchy first (UU, PP, Perpres, Permen, Perda, Perkada; what is not a regulation last), then date, older first. */
export function bandingDasarHukum(a: EntriDasarHukum, b: EntriDasarHukum): number {
  const ra = JENIS_DASAR_HUKUM_INFO[a.jenis].peringkat ?? 99;
  const rb = JENIS_DASAR_HUKUM_INFO[b.jenis].peringkat ?? 99;
  return ra !== rb ? ra - rb : bandingTanggal(a, b);
}

/** One entry as cited, without the final punctuation: name, number, subject, LN/TLN, then its amendment chain. */
export function kutipan(e: EntriDasarHukum, byKode: ReadonlyMap<string, EntriDasarHukum>, k: KonteksKutipan): string {
  const base = `${sebutanOf(e)} ${nomorTahun(e)} tentang ${e.tentang.trim()}${lembaran(e, k)}`;
  const chain = e.diubahDengan
    .map((kode) => byKode.get(kode.toUpperCase()))
    .filter((x): x is EntriDasarHukum => x !== undefined)
    .sort(bandingTanggal);
  const last = chain[chain.length - 1];
  if (!last) return base;
  const cara = chain.length === 1 ? 'sebagaimana telah diubah dengan' : 'sebagaimana telah beberapa kali diubah, terakhir dengan';
  return `${base} ${cara} ${sebutanOf(last)} ${nomorTahun(last)} tentang ${last.tentang.trim()}${lembaran(last, k)}`;
}

/** Free text typed as a citation: its kind from how it starts, its year from "Tahun NNNN", to sort it with the others. */
const AWALAN: readonly [RegExp, JenisDasarHukum][] = [
  [/^Undang-Undang\b/i, 'uu'],
  [/^Peraturan Pemerintah Pengganti\b/i, 'perppu'],
  [/^Peraturan Pemerintah\b/i, 'pp'],
  [/^Peraturan Presiden\b/i, 'perpres'],
  [/^Peraturan Menteri\b/i, 'permen'],
  [/^Peraturan (Badan|Kepala Badan|Lembaga)\b/i, 'perban'],
  [/^Peraturan Daerah\b/i, 'perda'],
  [/^Peraturan (Bupati|Wali ?kota|Gubernur)\b/i, 'perkada'],
  [/^Keputusan Bersama\b/i, 'skb'],
  [/^Surat Edaran\b/i, 'se'],
  [/^Keputusan\b/i, 'keputusan'],
];

export interface ButirDasarHukum {
  teks: string;
  /** The entry a line named by its code; null for free text. */
  kode: string | null;
  /** Regulation (Mengingat) or not (Memperhatikan). */
  peraturan: boolean;
  periksa: boolean;
}

export interface SusunanDasarHukum {
  mengingat: ButirDasarHukum[];
  memperhatikan: ButirDasarHukum[];
}

/**
 * A slot's lines as the decree cites them. A line that is an entry's code becomes its citation; any
 * other line is kept as typed (older texts and one-off citations) and sorted by the kind and year it
 * starts with; a line whose kind cannot be told stays a regulation, after the others, in its own order.
 */
export function susunDasarHukum(lines: readonly string[], daftar: readonly EntriDasarHukum[], k: KonteksKutipan): SusunanDasarHukum {
  const byKode = new Map(daftar.map((e) => [e.kode.toUpperCase(), e]));
  const seen = new Set<string>();
  const rows: { butir: ButirDasarHukum; sort: EntriDasarHukum | null; index: number }[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim().replace(/[;.]+$/, '').trim();
    if (!line) return;
    const e = byKode.get(line.toUpperCase());
    if (e) {
      if (seen.has(e.kode.toUpperCase())) return;
      seen.add(e.kode.toUpperCase());
      const peraturan = JENIS_DASAR_HUKUM_INFO[e.jenis].peringkat !== null;
      rows.push({ butir: { teks: kutipan(e, byKode, k), kode: e.kode, peraturan, periksa: e.periksa ?? false }, sort: e, index });
      return;
    }
    const jenis = AWALAN.find(([re]) => re.test(line))?.[1] ?? null;
    const tahun = Number(/\bTahun\s+(\d{4})\b/i.exec(line)?.[1] ?? 0);
    const sort = jenis && tahun ? ({ jenis, tahun, tanggal: '', nomor: '', sebutan: '', tentang: '', ln: '', tln: '', diubahDengan: [], kode: '' } as EntriDasarHukum) : null;
    rows.push({ butir: { teks: line, kode: null, peraturan: jenis === null || JENIS_DASAR_HUKUM_INFO[jenis].peringkat !== null, periksa: false }, sort, index });
  });
  rows.sort((a, b) => {
    if (a.sort && b.sort) return bandingDasarHukum(a.sort, b.sort) || a.index - b.index;
    if (a.sort || b.sort) return a.sort ? -1 : 1;
    return a.index - b.index;
  });
  return { mengingat: rows.filter((r) => r.butir.peraturan).map((r) => r.butir), memperhatikan: rows.filter((r) => !r.butir.peraturan).map((r) => r.butir) };
}

/** The entries a slot's lines name, with every entry their amendment chains name: what an archived document keeps. */
export function dasarHukumDipakai<E extends EntriDasarHukum>(lines: readonly string[], daftar: readonly E[]): E[] {
  const byKode = new Map(daftar.map((e) => [e.kode.toUpperCase(), e]));
  const out = new Map<string, E>();
  const add = (kode: string) => {
    const e = byKode.get(kode.trim().replace(/[;.]+$/, '').trim().toUpperCase());
    if (!e || out.has(e.kode.toUpperCase())) return;
    out.set(e.kode.toUpperCase(), e);
    e.diubahDengan.forEach(add);
  };
  lines.forEach(add);
  return [...out.values()];
}

/** A line written as a code (no spaces, e.g. UU-23-2014) rather than a citation typed in full. */
export const tampakKode = (line: string) => /^[A-Za-z0-9][A-Za-z0-9.\-/]{1,39}$/.test(line.trim().replace(/[;.]+$/, ''));

/**
 * Lines of `dasar-hukum` slots that look like a code but name no entry of the list: refused, since they
 * would print as the bare code. Messages name the slot and the code.
 */
export function periksaKodeDasarHukum(teks: Readonly<Record<string, string>>, slots: readonly TextSlot[], ada: (kode: string) => boolean): TeksProblem[] {
  const problems: TeksProblem[] = [];
  for (const slot of slots.filter((s) => s.kind === 'dasar-hukum')) {
    const unknown = (teks[slot.key] ?? '')
      .split('\n')
      .map((l) => l.trim().replace(/[;.]+$/, ''))
      .filter((l) => l && tampakKode(l) && !ada(l));
    if (unknown.length)
      problems.push({
        slot: slot.key,
        message: `Bagian "${slot.label}": kode ${unknown.join(', ')} tidak ada di daftar dasar hukum (Pengaturan → Dasar hukum). Tambahkan ke daftar, perbaiki kodenya, atau tulis kutipannya lengkap.`,
      });
  }
  return problems;
}
