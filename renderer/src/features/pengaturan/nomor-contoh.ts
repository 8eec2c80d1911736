import { NOMOR_TOKENS, type SkemaNomorInput } from '../../../../shared/contract/index';

const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * A number as the pattern would give it, for the live example beside the form
 * (the core formats the real numbers).
 */
export function contohNomor(s: SkemaNomorInput, unitProfil: string, urut: number, tanggal = new Date()): string {
  const bulan = tanggal.getMonth();
  const values: Record<string, string> = {
    '{kode}': s.kode,
    '{urut}': String(urut).padStart(Math.max(1, s.padding || 1), '0'),
    '{unit}': s.unit || unitProfil,
    '{tahun}': String(tanggal.getFullYear()),
    '{bulan}': String(bulan + 1).padStart(2, '0'),
    '{bulan_romawi}': ROMAWI[bulan] ?? '',
  };
  return s.pola.replace(/\{[^{}]*\}/g, (token) => values[token] ?? token);
}

/** Tokens in the pattern that the numbering does not know, e.g. `{nomor}`. */
export function tokenTakDikenal(pola: string): string[] {
  const known = new Set<string>(NOMOR_TOKENS);
  return [...new Set(pola.match(/\{[^{}]*\}/g) ?? [])].filter((t) => !known.has(t));
}

/** What each token stands for, beside the token buttons. */
export const TOKEN_LABEL: Record<(typeof NOMOR_TOKENS)[number], string> = {
  '{kode}': 'kode klasifikasi',
  '{urut}': 'nomor urut',
  '{unit}': 'kode unit',
  '{tahun}': 'tahun',
  '{bulan}': 'bulan (01–12)',
  '{bulan_romawi}': 'bulan romawi (I–XII)',
};
