/**
 * What the fill functions of the sanction's documents share: the person's identity as printed, the
 * decided sanction from the case's frozen rule set, the breach in words, and the archived decree.
 * Pure functions of the case: every number comes from its rule set, none is written here.
 */
import type { Hukuman, Pelanggaran } from '../../../../shared/contract/aturan-kasus';
import type { DokumenArsip } from '../../../../shared/contract/dokumen';
import type { Kasus, TahapData, Terlapor } from '../../../../shared/contract/kasus';
import { AppError } from '../../../../shared/contract/result';
import { TAHAP_LABEL } from '../../../../shared/domain/kasus';
import { rangkai } from '../../../../shared/domain/rangkaian';

export const tolak = (message: string, field = 'jenis'): never => {
  throw new AppError('VALIDASI', message, [{ field, message }]);
};

/** The person as the documents print them (the case's snapshot of the registry). */
export function identitasDari(t: Terlapor) {
  if (t.jenis !== 'pegawai') tolak(`${t.nama} belum ditautkan ke data pegawai: tautkan dulu sebelum membuat dokumen hukuman.`);
  return { nama: t.nama, nip: t.nip ?? '', pangkat: t.pangkat ?? '', jabatan: t.jabatan, unitKerja: t.unitKerja };
}

/** The last record of a stage, with its data. */
export function tahapTerakhir<T extends 'keputusan' | 'penyampaian' | 'lhp' | 'panggilan-1' | 'panggilan-2'>(t: Terlapor, tahap: T): { tanggal: string; data: TahapData<T> } | null {
  const r = [...t.riwayat].reverse().find((x) => x.tahap === tahap);
  return r ? { tanggal: r.tanggal, data: r.data as TahapData<T> } : null;
}

/** The decided sanction in the case's frozen rule set; refused, saying where the person stands, before a decision. */
export function hukumanDiputus(k: Kasus, t: Terlapor): Hukuman {
  if (t.hasil !== 'hukuman' || !t.hukuman) tolak(`${t.nama} belum diputus dijatuhi hukuman disiplin (tahap sekarang: ${TAHAP_LABEL[t.tahap]}).`);
  const h = k.aturan.isi.hukuman.find((x) => x.kode === t.hukuman);
  if (!h) return tolak(`Hukuman "${t.hukuman}" tidak ada di perangkat aturan kasus ${k.nomorRegister} (${k.aturan.nama}).`);
  return h;
}

/** Marks for the clerk ("(periksa)", "(verify)") stay in the rule set, never in a printed document. */
export const tanpaTandaPeriksa = (s: string) => s.replace(/\s*\((periksa|verify)[^)]*\)/gi, '').trim();

/** The catalogue entries the case names, in its order (a code the set lacks is left out). */
export function pelanggaranKasus(k: Kasus): Pelanggaran[] {
  return k.pelanggaran.flatMap((kode) => k.aturan.isi.pelanggaran.filter((p) => p.kode === kode));
}

/** "a; dan b": items joined as one phrase. */

/** What the person did, continuing "telah …": the examination report's finding, else the catalogue's words. */
export function perbuatanDari(k: Kasus, t: Terlapor): string {
  const lhp = tahapTerakhir(t, 'lhp');
  // it continues "telah …": a finding typed as a sentence ("Melakukan …") starts lower-case, an acronym ("ASN …") stays
  if (lhp?.data.bentuk.trim()) return lhp.data.bentuk.trim().replace(/[.;]+$/, '').replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLowerCase());
  return rangkai(pelanggaranKasus(k).map((p) => p.uraian));
}

/** The articles broken, from the catalogue entries the case names. */
export function pasalDari(k: Kasus, hanya?: (p: Pelanggaran) => boolean): string {
  return rangkai([...new Set(pelanggaranKasus(k).filter((p) => !hanya || hanya(p)).map((p) => tanpaTandaPeriksa(p.pasal)).filter(Boolean))]);
}

/**
 * The decree of sanction made for this person in Netra (newest that stands): the archive lists a
 * case's documents, and the decree's subject names the person's NIP (or, without one, the name).
 */
export function keputusanArsip(k: Kasus, t: Terlapor): DokumenArsip | null {
  const kunci = t.nip ? `NIP ${t.nip}` : `atas nama ${t.nama}`;
  return [...k.dokumen].reverse().find((d) => d.jenis === 'keputusan-hukuman-disiplin' && d.batal === null && d.hal.includes(kunci)) ?? null;
}
