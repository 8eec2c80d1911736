/**
 * The code on a pledge form (QR and printed under it): `IK1-CCCC-FFFFF-KKKKKKKK`, campaign id,
 * form id and a check value, all in Crockford base32. Only `[A-Z0-9-]`: a USB scanner types it
 * the same on any keyboard layout where letters and digits sit where US keys put them, and QR
 * codes hold it in their compact alphanumeric mode (version 2, 25×25 modules, at level Q).
 *
 * The check value is a keyed MAC (HMAC-SHA256 of the ids, first 40 bits) with a key kept in the
 * data folder, so a desk refuses a code that this Netra did not print, offline. shared/ cannot
 * reach node:crypto, so callers pass the keyed MAC (core: kode-formulir-kunci.ts); the format,
 * normalising and checking live here so the core and the desk page agree on them.
 */

/** A keyed MAC over the message bytes (HMAC-SHA256 with the data folder's key in the core). */
export type FormMac = (message: Uint8Array) => Uint8Array;

export interface KodeFormulir {
  kampanyeId: number;
  formulirId: number;
}

export type KodeFormulirHasil =
  | { ok: true; kode: string; kampanyeId: number; formulirId: number }
  /** format: not a form code as typed or scanned; periksa: well-formed, but its check value is not ours. */
  | { ok: false; alasan: 'format' | 'periksa'; pesan: string };

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'IK1';
const CAMPAIGN_DIGITS = 4;
const FORM_DIGITS = 5;
const CHECK_DIGITS = 8; // 40 bits: a made-up code passes with probability 1 in 10^12
const LENGTH = PREFIX.length + CAMPAIGN_DIGITS + FORM_DIGITS + CHECK_DIGITS;
export const KAMPANYE_ID_MAKS = 32 ** CAMPAIGN_DIGITS - 1;
export const FORMULIR_ID_MAKS = 32 ** FORM_DIGITS - 1;
/** Printed length with separators, e.g. for sizing the text under the QR. */
export const PANJANG_KODE = LENGTH + 3;

/** The message is ASCII; shared/ has no TextEncoder (no DOM or Node types). */
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function base32(n: number, digits: number): string {
  let s = '';
  for (let i = 0; i < digits; i++) {
    s = ALPHABET[n % 32]! + s;
    n = Math.floor(n / 32);
  }
  return s;
}

function checkValue(id: KodeFormulir, mac: FormMac): string {
  // Kind and version in the message: a MAC made for another kind of code never passes for this one.
  const tag = mac(ascii(`${PREFIX}|${id.kampanyeId}|${id.formulirId}`));
  if (tag.length < 5) throw new Error('MAC kode formulir terlalu pendek.');
  let bits = 0;
  for (let i = 0; i < 5; i++) bits = bits * 256 + tag[i]!;
  return base32(bits, CHECK_DIGITS);
}

function checkId(name: string, value: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < 1 || value > max) throw new Error(`${name} ${value} di luar rentang kode formulir (1–${max}).`);
}

/** The code printed on one form. */
export function buatKodeFormulir(id: KodeFormulir, mac: FormMac): string {
  checkId('Nomor kampanye ikrar', id.kampanyeId, KAMPANYE_ID_MAKS);
  checkId('Nomor formulir', id.formulirId, FORMULIR_ID_MAKS);
  return `${PREFIX}-${base32(id.kampanyeId, CAMPAIGN_DIGITS)}-${base32(id.formulirId, FORM_DIGITS)}-${checkValue(id, mac)}`;
}

const format = (pesan: string): KodeFormulirHasil => ({ ok: false, alasan: 'format', pesan });
const CONTOH = `contoh ${PREFIX}-0001-0000A-7KQ2M9XD`;

/**
 * Reads a code as a scanner typed it or a clerk keyed it: spaces, tabs and line ends dropped,
 * lower case raised (Caps Lock on the scanner's host), hyphens optional, and Crockford's look-alikes
 * O → 0 and I/L → 1 accepted in the base32 part. Anything else is refused with what was wrong.
 */
export function bacaKodeFormulir(text: string, mac: FormMac): KodeFormulirHasil {
  const typed = text.replace(/\s+/g, '');
  if (!typed) return format('Kode formulir kosong.');
  // Before raising case: 'ß'.toUpperCase() is 'SS', which would hide a wrong layout behind a length error.
  const stray = /[^A-Za-z0-9-]/.exec(typed);
  if (stray) {
    return format(
      `Kode formulir memuat tanda "${stray[0]}" yang tidak ada dalam kode (hanya huruf A–Z, angka dan tanda hubung). ` +
        'Bila kode dipindai, periksa tata letak papan ketik komputer ini (harus Inggris/AS atau Indonesia).',
    );
  }
  const compact = typed.toUpperCase().replace(/-/g, '');
  if (/^\d{18}$/.test(compact)) return format('Ini NIP, bukan kode formulir ikrar.');
  if (!compact.startsWith(PREFIX)) return format(`Bukan kode formulir ikrar: kode formulir diawali ${PREFIX} (${CONTOH}).`);
  if (compact.length !== LENGTH) {
    return format(`Kode formulir harus ${LENGTH} huruf/angka tanpa tanda hubung (${CONTOH}); yang terbaca ${compact.length}.`);
  }
  const body = compact.slice(PREFIX.length).replace(/O/g, '0').replace(/[IL]/g, '1');
  const bad = /[^0-9A-HJKMNP-TV-Z]/.exec(body);
  if (bad) return format(`Kode formulir memuat huruf "${bad[0]}" yang tidak dipakai dalam kode (U tidak pernah dicetak).`);
  const decode = (s: string) => [...s].reduce((n, c) => n * 32 + ALPHABET.indexOf(c), 0);
  const kampanyeId = decode(body.slice(0, CAMPAIGN_DIGITS));
  const formulirId = decode(body.slice(CAMPAIGN_DIGITS, CAMPAIGN_DIGITS + FORM_DIGITS));
  if (kampanyeId === 0 || formulirId === 0) return format('Kode formulir tidak sah: nomor kampanye atau nomor formulirnya nol.');
  const check = body.slice(CAMPAIGN_DIGITS + FORM_DIGITS);
  if (!sameText(check, checkValue({ kampanyeId, formulirId }, mac))) {
    return {
      ok: false,
      alasan: 'periksa',
      pesan: 'Kode formulir tidak dikenali: tanda periksanya tidak cocok. Formulir ini tidak dicetak oleh Netra ini, atau kodenya salah ketik.',
    };
  }
  return { ok: true, kode: buatKodeFormulir({ kampanyeId, formulirId }, mac), kampanyeId, formulirId };
}

/** Compares without stopping at the first difference, so timing does not reveal how much of a guess was right. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
