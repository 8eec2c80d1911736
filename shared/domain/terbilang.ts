/** Numbers in Indonesian words (terbilang) and Indonesian number formatting. */

const SATUAN = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;

export const TERBILANG_MAX = 999_999_999_999_999;

/** 1–999 in words; '' for 0. */
function ratusan(n: number): string {
  const words: string[] = [];
  const r = Math.floor(n / 100);
  const rest = n % 100;
  if (r === 1) words.push('seratus');
  else if (r > 1) words.push(`${SATUAN[r]} ratus`);
  if (rest >= 20) {
    words.push(`${SATUAN[Math.floor(rest / 10)]} puluh`);
    if (rest % 10) words.push(SATUAN[rest % 10] ?? '');
  } else if (rest >= 12) words.push(`${SATUAN[rest - 10]} belas`);
  else if (rest === 11) words.push('sebelas');
  else if (rest === 10) words.push('sepuluh');
  else if (rest > 0) words.push(SATUAN[rest] ?? '');
  return words.join(' ');
}

const SKALA = [
  [1_000_000_000_000, 'triliun'],
  [1_000_000_000, 'miliar'],
  [1_000_000, 'juta'],
  [1_000, 'ribu'],
] as const;

/**
 * An integer 0 … 999.999.999.999.999 in Indonesian words: `nol`, `sebelas`, `seratus sebelas`,
 * `seribu seratus`, `satu juta lima ratus ribu`, `satu miliar`. One thousand is `seribu`; exactly one
 * million alone is `sejuta`, otherwise `satu juta` (as in `satu juta lima ratus ribu`).
 * @throws RangeError for non-integers and numbers outside the range.
 */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > TERBILANG_MAX)
    throw new RangeError(
      `Terbilang hanya untuk bilangan bulat 0 sampai ${formatAngka(TERBILANG_MAX)}; diterima ${String(n)}.`,
    );
  if (n === 0) return 'nol';
  if (n === 1_000_000) return 'sejuta';
  const words: string[] = [];
  let rest = n;
  for (const [size, name] of SKALA) {
    const k = Math.floor(rest / size);
    rest -= k * size;
    if (k === 0) continue;
    words.push(size === 1_000 && k === 1 ? 'seribu' : `${ratusan(k)} ${name}`);
  }
  if (rest) words.push(ratusan(rest));
  return words.join(' ');
}

/**
 * `1500000` → `1.500.000`; `1234.5` → `1.234,5`: Indonesian grouping, every digit kept, the same
 * in documents and on screen (no dependence on the runtime's locale data).
 */
export function formatAngka(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  // integers through BigInt: String(1e21) would be "1e+21"
  const [int = '0', frac] = Number.isInteger(n) ? [BigInt(Math.abs(n)).toString()] : String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${sign}${grouped},${frac}` : `${sign}${grouped}`;
}

/**
 * `12, 'bulan'` → `12 (dua belas) bulan`; `7, 'hari kerja'` → `7 (tujuh) hari kerja`;
 * `25, '%'` → `25% (dua puluh lima persen)`.
 */
export function angkaDenganTerbilang(n: number, satuan?: string): string {
  const words = terbilang(n);
  const s = (satuan ?? '').trim();
  if (s === '%') return `${formatAngka(n)}% (${words} persen)`;
  return s ? `${formatAngka(n)} (${words}) ${s}` : `${formatAngka(n)} (${words})`;
}

/**
 * `1500000` → `Rp1.500.000,00 (satu juta lima ratus ribu rupiah)`. Sen (two decimals) are kept and
 * spelled (`Rp10,50 (sepuluh rupiah lima puluh sen)`).
 * @throws RangeError for negative amounts or amounts beyond the terbilang range.
 */
export function rupiah(n: number): string {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`Jumlah rupiah harus 0 atau lebih; diterima ${String(n)}.`);
  const totalSen = Math.round(n * 100);
  const rp = Math.floor(totalSen / 100);
  const sen = totalSen % 100;
  const words = `${terbilang(rp)} rupiah${sen ? ` ${terbilang(sen)} sen` : ''}`;
  return `Rp${formatAngka(rp)},${String(sen).padStart(2, '0')} (${words})`;
}
