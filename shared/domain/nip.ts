/** NIP (PNS) / NI PPPK (18 digits) and NIK (16 digits): normalising, checking, printing. */

import type { JenisKelamin } from './pegawai';
import { formatTanggal, isValidDate, isValidIsoDate, parseTanggalTeks, toIsoDate } from './tanggal';

/** Digits 13–14 of an NI PPPK: instead of a month they hold this code after the year of appointment. */
export const KODE_NI_PPPK = '21';

export type NipResult =
  | {
      ok: true;
      nip: string;
      /** Birth date from digits 1–8, `YYYY-MM-DD`. */
      tanggalLahir: string;
      /** TMT CPNS from digits 9–14, `YYYY-MM`; null for an NI PPPK, whose digits 13–14 are the code 21, not a month. */
      tmtCpns: string | null;
      /** Year from digits 9–12 (TMT CPNS, or the year of PPPK appointment). */
      tahunPengangkatan: number;
      /** `NI_PPPK` when digits 13–14 are 21, else `NIP`. */
      jenisNomor: 'NIP' | 'NI_PPPK';
      jenisKelamin: JenisKelamin;
      nomorUrut: number;
    }
  | { ok: false; message: string };

export type NikResult = { ok: true; nik: string } | { ok: false; message: string };

/**
 * Removes what people type or paste between the digits (spaces including NBSP, dots, dashes,
 * underscores) and a leading apostrophe (Excel's text marker). Everything else is kept, so that
 * letters are rejected by the checks rather than silently dropped.
 */
export function normalizeNip(raw: string): string {
  return raw.replace(/[\s.\-_\u2010-\u2015\u2212]/g, '').replace(/^'/, '');
}

/** Explanation for a NIP that Excel stored as a number, which has already lost its last digits. */
export function nipAsNumberMessage(shown?: string | number | null): string {
  const tampil = shown === undefined || shown === null || shown === '' ? '' : ` (tampil sebagai ${String(shown).trim()})`;
  return (
    `NIP tersimpan di Excel sebagai angka${tampil}, sehingga sudah rusak: Excel hanya menyimpan 15 digit angka, ` +
    'jadi digit terakhir NIP 18 digit hilang atau berubah menjadi 0 (misalnya tampil sebagai 1.98503E+17 atau berakhiran 000). ' +
    'Perbaiki di Excel: format kolom NIP sebagai Teks (klik kanan kolom > Format Cells > Text), lalu ketik ulang atau tempel ulang ' +
    "NIP dari sumber aslinya (atau awali setiap NIP dengan tanda petik, misalnya '198503122010011004), simpan, kemudian impor lagi."
  );
}

/** The same explanation without the displayed value. */
export const NIP_AS_NUMBER_MESSAGE = nipAsNumberMessage();

/** Text that looks like a number Excel printed in scientific notation (`1.98503E+17`, `1,98503E+17`). */
export function looksLikeExcelNumber(raw: string): boolean {
  return /^\s*\d+(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+\s*$/.test(raw);
}

function foreignChars(s: string): string {
  return [...new Set(s.replace(/\d/g, ''))].map((c) => `"${c}"`).join(', ');
}

/**
 * Checks an 18-digit NIP or NI PPPK: birth date (digits 1–8), TMT CPNS year-month (9–14) not before
 * age 18 and not after `today`, sex digit (15), serial 001–999 (16–18). An NI PPPK carries the code
 * 21 instead of a month (`199001012022212001`: appointed 2022); then only the year is checked.
 */
export function parseNip(raw: string, today: Date = new Date()): NipResult {
  if (looksLikeExcelNumber(raw)) return { ok: false, message: nipAsNumberMessage(raw) };
  const nip = normalizeNip(raw);
  if (nip === '') return { ok: false, message: 'NIP kosong; isi 18 digit angka, misalnya 19850312 201001 1 004.' };
  if (/\D/.test(nip))
    return {
      ok: false,
      message: `NIP hanya boleh berisi angka (spasi, titik dan tanda hubung boleh); ditemukan ${foreignChars(nip)}.`,
    };
  if (nip.length !== 18) {
    const hint = nip.length === 17 ? ' (kurang satu digit)' : nip.length === 19 ? ' (kelebihan satu digit)' : '';
    return { ok: false, message: `NIP harus 18 digit angka; ditemukan ${nip.length} digit${hint}. Periksa kembali NIP-nya pada SK atau data SIASN.` };
  }

  const lahir = nip.slice(0, 8);
  const by = Number(lahir.slice(0, 4));
  const bm = Number(lahir.slice(4, 6));
  const bd = Number(lahir.slice(6, 8));
  if (!isValidDate(by, bm, bd))
    return { ok: false, message: `Tanggal lahir pada NIP (digit 1–8: ${lahir}) bukan tanggal yang valid.` };
  if (by < 1900)
    return { ok: false, message: `Tanggal lahir pada NIP (digit 1–8: ${lahir}) tidak masuk akal: tahun lahir sebelum 1900.` };

  const tmt = nip.slice(8, 14);
  const ty = Number(tmt.slice(0, 4));
  const tm = Number(tmt.slice(4, 6));
  const pppk = tmt.slice(4, 6) === KODE_NI_PPPK;
  const lahirTeks = formatTanggal(toIsoDate(by, bm, bd));
  if (pppk) {
    if (ty < by + 18)
      return {
        ok: false,
        message:
          `Tahun pengangkatan pada NI PPPK (digit 9–12: ${ty}) lebih awal dari usia 18 tahun pemiliknya ` +
          `(lahir ${lahirTeks}); paling awal ${by + 18}.`,
      };
    if (ty > today.getFullYear())
      return { ok: false, message: `Tahun pengangkatan pada NI PPPK (digit 9–12: ${ty}) berada di masa depan.` };
  } else {
    if (tm < 1 || tm > 12)
      return {
        ok: false,
        message:
          `TMT CPNS pada NIP (digit 9–14: ${tmt}) bukan tahun-bulan yang valid; bulan harus 01 sampai 12 ` +
          `(atau kode 21 pada NI PPPK).`,
      };
    const earliest = (by + 18) * 12 + bm;
    if (ty * 12 + tm < earliest)
      return {
        ok: false,
        message:
          `TMT CPNS pada NIP (digit 9–14: ${tmt}) lebih awal dari usia 18 tahun pemiliknya ` +
          `(lahir ${lahirTeks}); paling awal ${by + 18}${String(bm).padStart(2, '0')}.`,
      };
    const nowYm = today.getFullYear() * 12 + today.getMonth() + 1;
    if (ty * 12 + tm > nowYm)
      return { ok: false, message: `TMT CPNS pada NIP (digit 9–14: ${tmt}) berada di masa depan.` };
  }

  const sex = nip.charAt(14);
  if (sex !== '1' && sex !== '2')
    return {
      ok: false,
      message: `Digit ke-15 NIP menunjukkan jenis kelamin dan harus 1 (laki-laki) atau 2 (perempuan); ditemukan ${sex}.`,
    };

  const urut = nip.slice(15);
  if (urut === '000')
    return {
      ok: false,
      message:
        'Nomor urut pada NIP (digit 16–18: 000) harus 001 sampai 999. NIP yang berakhiran 000 biasanya rusak karena ' +
        'kolom NIP di Excel tersimpan sebagai angka; format kolom sebagai Teks lalu ketik ulang NIP-nya.',
    };

  return {
    ok: true,
    nip,
    tanggalLahir: toIsoDate(by, bm, bd),
    tmtCpns: pppk ? null : `${tmt.slice(0, 4)}-${tmt.slice(4, 6)}`,
    tahunPengangkatan: ty,
    jenisNomor: pppk ? 'NI_PPPK' : 'NIP',
    jenisKelamin: sex === '1' ? 'L' : 'P',
    nomorUrut: Number(urut),
  };
}

/** `198503122010011004` → `19850312 201001 1 004`; anything that is not 18 digits after normalising is returned unchanged. */
export function formatNip(nip: string): string {
  const n = normalizeNip(nip);
  if (!/^\d{18}$/.test(n)) return nip;
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}

const JK_TEKS: Record<JenisKelamin, string> = { L: 'laki-laki', P: 'perempuan' };

/**
 * Contradictions between a NIP and the separately entered sex and birth date. Empty when they agree,
 * when a field is empty, or when the NIP itself is not 18 digits (that is reported by `parseNip`).
 * Messages about the birth date mention "lahir"; messages about the sex do not.
 */
export function checkNipConsistency(
  nip: string,
  fields: { jenisKelamin?: JenisKelamin | null; tanggalLahir?: string | null },
): string[] {
  const n = normalizeNip(nip);
  if (!/^\d{18}$/.test(n)) return [];
  const out: string[] = [];
  const sex = n.charAt(14);
  const nipJk: JenisKelamin | null = sex === '1' ? 'L' : sex === '2' ? 'P' : null;
  if (fields.jenisKelamin && nipJk && fields.jenisKelamin !== nipJk)
    out.push(
      `Jenis kelamin ${JK_TEKS[fields.jenisKelamin]} tidak sesuai dengan NIP: digit ke-15 NIP adalah ${sex} (${JK_TEKS[nipJk]}).`,
    );
  if (fields.tanggalLahir) {
    const given = isValidIsoDate(fields.tanggalLahir) ? fields.tanggalLahir : parseTanggalTeks(fields.tanggalLahir);
    const y = Number(n.slice(0, 4));
    const m = Number(n.slice(4, 6));
    const d = Number(n.slice(6, 8));
    if (given && isValidDate(y, m, d)) {
      const fromNip = toIsoDate(y, m, d);
      if (given !== fromNip)
        out.push(
          `Tanggal lahir ${formatTanggal(given)} tidak sesuai dengan NIP: digit 1–8 NIP menunjukkan ${formatTanggal(fromNip)}.`,
        );
    }
  }
  return out;
}

/** Checks a 16-digit NIK (KTP). */
export function parseNik(raw: string): NikResult {
  if (looksLikeExcelNumber(raw))
    return {
      ok: false,
      message:
        `NIK tersimpan di Excel sebagai angka (tampil sebagai ${raw.trim()}), sehingga digit terakhirnya sudah hilang. ` +
        'Format kolom sebagai Teks, ketik ulang NIK-nya, lalu impor lagi.',
    };
  const nik = normalizeNip(raw);
  if (nik === '') return { ok: false, message: 'NIK kosong; isi 16 digit angka sesuai KTP.' };
  if (/\D/.test(nik)) return { ok: false, message: `NIK hanya boleh berisi angka; ditemukan ${foreignChars(nik)}.` };
  if (nik.length !== 16) return { ok: false, message: `NIK harus 16 digit angka sesuai KTP; ditemukan ${nik.length} digit.` };
  return { ok: true, nik };
}
