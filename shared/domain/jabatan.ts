/** Jenis jabatan, eselon and status kepegawaian as written in SIASN exports and local SIMPEG sheets. */

import type { JenisJabatan, StatusKepegawaian } from './pegawai';

/** Upper case, punctuation as spaces, spaces collapsed. */
function key(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

export interface Eselon {
  /** Normalised: `II.b`, `IV.a`, `V.a`, or just the level (`III`) when no sub-level was given. */
  kode: string;
  tingkat: 1 | 2 | 3 | 4 | 5;
}

const ESELON_LEVEL: Record<string, Eselon['tingkat']> = { I: 1, II: 2, III: 3, IV: 4, V: 5, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V'] as const;

/**
 * `II.b`, `II/b`, `IIb`, `ii b`, `2b`, `Eselon II.b`, `III`, `V` → `{ kode, tingkat }`;
 * null for empty, `Non Eselon` and anything unrecognised.
 */
export function parseEselon(raw: string | null | undefined): Eselon | null {
  if (!raw) return null;
  const s = raw.trim().replace(/^eselon\s*/i, '');
  const m = /^(V|IV|III|II|I|[1-5])(?:\s*[./-]?\s*([ab]))?$/i.exec(s);
  if (!m) return null;
  const tingkat = ESELON_LEVEL[(m[1] ?? '').toUpperCase()];
  if (!tingkat) return null;
  const sub = m[2]?.toLowerCase();
  return { kode: sub ? `${ROMAN[tingkat]}.${sub}` : ROMAN[tingkat], tingkat };
}

/**
 * Jenis jabatan from SIASN/SIMPEG wording. "Struktural" is resolved by eselon
 * (I–II → JPT, III → Administrator, IV–V → Pengawas); without an eselon it gives null.
 */
export function parseJenisJabatan(raw: string, eselon?: string | null): JenisJabatan | null {
  const k = key(raw).replace(/^JABATAN /, '');
  if (k === '') return null;
  if (k === 'JPT' || k.startsWith('JPT ') || k.includes('PIMPINAN TINGGI')) return 'JPT';
  if (k.startsWith('ADMINISTRATOR')) return 'ADMINISTRATOR';
  if (k.startsWith('PENGAWAS')) return 'PENGAWAS';
  if (k === 'JFU' || k.startsWith('FUNGSIONAL UMUM') || k.startsWith('PELAKSANA')) return 'PELAKSANA';
  if (k === 'JFT' || k.startsWith('FUNGSIONAL')) return 'FUNGSIONAL';
  if (k.startsWith('STRUKTURAL')) {
    const e = parseEselon(eselon);
    if (!e) return null;
    return e.tingkat <= 2 ? 'JPT' : e.tingkat === 3 ? 'ADMINISTRATOR' : 'PENGAWAS';
  }
  return null;
}

const STATUS_WORDS: Record<string, StatusKepegawaian> = {
  PNS: 'PNS',
  'PEGAWAI NEGERI SIPIL': 'PNS',
  CPNS: 'CPNS',
  'CALON PNS': 'CPNS',
  'CALON PEGAWAI NEGERI SIPIL': 'CPNS',
  PPPK: 'PPPK',
  P3K: 'PPPK',
  'PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA': 'PPPK',
  'PPPK PENUH WAKTU': 'PPPK',
  'PPPK PARUH WAKTU': 'PPPK_PARUH_WAKTU',
  'P3K PARUH WAKTU': 'PPPK_PARUH_WAKTU',
  'PPPK PW': 'PPPK_PARUH_WAKTU',
  'PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA PARUH WAKTU': 'PPPK_PARUH_WAKTU',
  HONORER: 'NON_ASN',
  'TENAGA HONORER': 'NON_ASN',
  PPNPN: 'NON_ASN',
  'NON ASN': 'NON_ASN',
  NONASN: 'NON_ASN',
  KONTRAK: 'NON_ASN',
  'TENAGA KONTRAK': 'NON_ASN',
  THL: 'NON_ASN',
  'TENAGA HARIAN LEPAS': 'NON_ASN',
  PTT: 'NON_ASN',
};

/**
 * Status kepegawaian from PNS, Pegawai Negeri Sipil, CPNS, Calon PNS, PPPK, P3K, PPPK Paruh Waktu,
 * and for non-ASN Honorer, PPNPN, Non ASN, Non-ASN, Kontrak, THL, PTT (case and punctuation ignored).
 */
export function parseStatusKepegawaian(raw: string): StatusKepegawaian | null {
  return STATUS_WORDS[key(raw)] ?? null;
}
