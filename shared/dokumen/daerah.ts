import type { InstansiProfil } from '../contract/dokumen';
import { titleCase } from './bagian';

/** The region a profile belongs to, in the words documents use. */
export interface Daerah {
  /** "Bupati", "Wali Kota", "Gubernur". */
  kepala: string;
  /** "Sukamaju". */
  nama: string;
  /** "Pemerintah Kabupaten Sukamaju". */
  pemerintah: string;
}

const KEPALA = [
  { pattern: /^WALI\s*KOTA\s+/i, kepala: 'Wali Kota' },
  { pattern: /^GUBERNUR\s+/i, kepala: 'Gubernur' },
  { pattern: /^BUPATI\s+/i, kepala: 'Bupati' },
];

/** From "BUPATI SUKAMAJU" and "PEMERINTAH KABUPATEN SUKAMAJU"; unknown titles fall back to Bupati. */
export function daerahDari(p: Pick<InstansiProfil, 'kepalaDaerah' | 'pemerintah'>): Daerah {
  const head = p.kepalaDaerah.trim();
  const hit = KEPALA.find((k) => k.pattern.test(head));
  const nama = titleCase(hit ? head.replace(hit.pattern, '') : head.split(/\s+/).slice(1).join(' ') || head);
  return { kepala: hit?.kepala ?? 'Bupati', nama, pemerintah: titleCase(p.pemerintah) };
}

/**
 * "Kabupaten Sukamaju" from "PEMERINTAH KABUPATEN SUKAMAJU": the region as the Lembaran Daerah,
 * the regional budget and the regional Bawaslu name it.
 */
export const wilayahDari = (pemerintah: string) => titleCase(pemerintah.replace(/^\s*Pemerintah\s+/i, ''));

/** "Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026". */
export const namaPemilihan = (d: Daerah, tahun: number) => `Pemilihan ${d.kepala} dan Wakil ${d.kepala} ${d.nama} Tahun ${tahun}`;

export const SUKAMAJU: Daerah = { kepala: 'Bupati', nama: 'Sukamaju', pemerintah: 'Pemerintah Kabupaten Sukamaju' };
