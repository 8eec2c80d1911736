/**
 * Privacy mode's masking: what a name or an identity number looks like on screen while the clerk
 * presents (a projector, a shared screen). Pure string functions: the data, documents and exports
 * never go through them.
 */

/** Fixed length, so the mask does not tell how long the hidden part is. */
const BINTANG = '****';

/** Titles before a name (`Dr.`, `Drs.`, `H.`, `Hj.`, `Ir.`, `Prof.`): kept, they identify nobody. */
const GELAR_DEPAN = /^(?:[A-Za-z]{1,5}\.)+$/;

const hurufPertama = (s: string): string => Array.from(s)[0] ?? '';

/**
 * `Budi Santoso, S.E.` → `Budi S****`; `Dr. Siti Aminah Lubis` → `Dr. Siti A****`; `Sutrisno` → `S****`.
 * The first given name stays (a presenter can still say "Pak Budi"), the rest becomes one initial;
 * degrees after the comma are dropped. Empty stays empty.
 */
export function samarkanNama(nama: string | null | undefined): string {
  const inti = (nama ?? '').split(',')[0]!.replace(/\s+/g, ' ').trim();
  if (!inti) return '';
  const kata = inti.split(' ');
  let i = 0;
  while (i < kata.length - 1 && GELAR_DEPAN.test(kata[i]!)) i++;
  const depan = kata.slice(0, i);
  const sisa = kata.slice(i);
  if (sisa.length === 1) return [...depan, `${hurufPertama(sisa[0]!)}${BINTANG}`].join(' ');
  return [...depan, sisa[0]!, `${hurufPertama(sisa[1]!)}${BINTANG}`].join(' ');
}

/**
 * An identity number with only its first part shown, grouped as a NIP is printed:
 * `198503122010011004` (or `19850312 201001 1 004`) → `19850312 ****** * ***`. Any other number
 * (NIK, a local id) keeps its first four characters; every other letter or digit becomes `*`, spaces
 * and dashes stay, so the shape is recognisable and nothing else is.
 */
export function samarkanNip(nip: string | null | undefined): string {
  const s = (nip ?? '').trim();
  if (!s) return '';
  const digits = s.replace(/[\s.]/g, '');
  if (/^\d{18}$/.test(digits)) return `${digits.slice(0, 8)} ****** * ***`;
  let shown = 0;
  return Array.from(s)
    .map((c) => {
      if (!/[\p{L}\p{N}]/u.test(c)) return c;
      return shown++ < 4 ? c : '*';
    })
    .join('');
}

/** Phone numbers and e-mail addresses in a detail view: only their kind shows. */
export function samarkanKontak(nilai: string | null | undefined): string {
  const s = (nilai ?? '').trim();
  if (!s) return '';
  const at = s.indexOf('@');
  if (at > 0) return `${hurufPertama(s)}${BINTANG}@${s.slice(at + 1)}`;
  return s.replace(/\d(?=(?:\D*\d){3})/g, '*');
}

/**
 * Free text that may quote known people (an audit entry's old and new value, a document's title):
 * every occurrence of their names and numbers is replaced by its mask (longest first, so
 * `Budi Santoso, S.E.` is masked whole before `Budi Santoso`), and so is any NIP-shaped number.
 */
export function samarkanDalam(teks: string, orang: readonly { nama?: string | null; nip?: string | null }[]): string {
  const ganti: [string, string][] = [];
  for (const o of orang) {
    const nama = (o.nama ?? '').trim();
    if (nama) {
      ganti.push([nama, samarkanNama(nama)]);
      const inti = nama.split(',')[0]!.trim();
      if (inti && inti !== nama) ganti.push([inti, samarkanNama(inti)]);
    }
    const nip = (o.nip ?? '').replace(/\s+/g, '');
    if (nip) {
      ganti.push([nip, samarkanNip(nip)]);
      if (/^\d{18}$/.test(nip)) ganti.push([`${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`, samarkanNip(nip)]);
    }
  }
  ganti.sort((a, b) => b[0].length - a[0].length);
  let out = teks;
  for (const [dari, ke] of ganti) out = out.split(dari).join(ke);
  // any other NIP-shaped number (18 digits, grouped or not) is someone's too
  return out.replace(/(?<!\d)\d{8} ?\d{6} ?\d ?\d{3}(?!\d)/g, (m) => samarkanNip(m));
}
