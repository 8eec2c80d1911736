/** Letter numbers from a pattern such as `{kode}/{urut}/{unit}/{tahun}` → `800/0123/BKPSDM/2026`. */

import { NOMOR_TOKENS } from '../../../shared/contract/dokumen';

const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;
const TOKEN = /\{([^{}]*)\}/g;

export interface NomorParts {
  kode: string;
  /** The counter, or a stand-in such as "…" in previews. */
  urut: number | string;
  /** Digits of {urut}, zero-padded: 4 → 0007. */
  padding: number;
  unit: string;
  /** ISO date of the letter: gives {tahun}, {bulan} and {bulan_romawi}. */
  tanggal: string;
}

export function formatNomor(pola: string, p: NomorParts): string {
  const bulan = Number(p.tanggal.slice(5, 7));
  const values: Record<string, string> = {
    kode: p.kode,
    urut: typeof p.urut === 'string' ? p.urut : String(p.urut).padStart(p.padding, '0'),
    unit: p.unit,
    tahun: p.tanggal.slice(0, 4),
    bulan: String(bulan).padStart(2, '0'),
    bulan_romawi: ROMAWI[bulan - 1] ?? '',
  };
  return pola.replace(TOKEN, (whole, key: string) => values[key] ?? whole);
}

/** Tokens of the pattern that are not among NOMOR_TOKENS, as written (`{nomor}`). */
export function unknownTokens(pola: string): string[] {
  const known = new Set<string>(NOMOR_TOKENS);
  return [...new Set([...pola.matchAll(TOKEN)].map((m) => m[0]).filter((t) => !known.has(t)))];
}

/** The same spelling for what clerks type in different ways: trimmed, single spaces, none around `/`. */
export function normalizeNomor(nomor: string): string {
  return nomor.trim().replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/');
}
