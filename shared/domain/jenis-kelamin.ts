/** Sex as written in staff spreadsheets. */

import type { JenisKelamin } from './pegawai';

export const JENIS_KELAMIN_LABEL: Record<JenisKelamin, string> = {
  L: 'Laki-laki',
  P: 'Perempuan',
};

const WORDS: Record<string, JenisKelamin> = {
  l: 'L',
  lk: 'L',
  laki: 'L',
  lakilaki: 'L',
  lelaki: 'L',
  pria: 'L',
  m: 'L',
  male: 'L',
  '1': 'L',
  p: 'P',
  pr: 'P',
  perempuan: 'P',
  prp: 'P',
  wanita: 'P',
  w: 'P',
  f: 'P',
  female: 'P',
  '2': 'P',
};

/**
 * `L`/`P` from L, P, Laki-laki, Laki Laki, Lk, Perempuan, Pr, Pria, Wanita, M, F, Male, Female, 1, 2
 * (case-insensitive; spaces, dashes and dots ignored). Null when not recognised.
 */
export function parseJenisKelamin(raw: string): JenisKelamin | null {
  const key = raw.toLowerCase().replace(/[\s\-_.]+/g, '');
  return WORDS[key] ?? null;
}
