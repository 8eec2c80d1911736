/** Full name with academic degrees, as printed in documents. */

export interface NamaParts {
  gelarDepan?: string | null;
  nama?: string | null;
  gelarBelakang?: string | null;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * `gelar depan + nama + ", " + gelar belakang`: `Dr. Siti Aminah, S.H., M.H.`.
 * Parts are trimmed, inner spaces collapsed, empty parts left out; stray and doubled commas in the
 * degrees are removed (`S.H.,,M.H.` → `S.H., M.H.`).
 */
export function namaLengkap(p: NamaParts): string {
  const depan = clean(p.gelarDepan).replace(/^,+|,+$/g, '').trim();
  const belakang = clean(p.gelarBelakang)
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g !== '')
    .join(', ');
  const inti = [depan, clean(p.nama)].filter((s) => s !== '').join(' ');
  if (!belakang) return inti;
  return inti ? `${inti}, ${belakang}` : belakang;
}
