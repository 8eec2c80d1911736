/**
 * Matching unit names as sheets write them ("BKPSDM", "Dinas Pendidikan & Kebudayaan", "RSUD Sukamaju")
 * against the registry's units: normalisation, expansion of abbreviations, and a similarity for
 * suggestions. Pure: the abbreviation list is data passed in.
 */

/** Lower case, no diacritics, "&" as "dan", punctuation as spaces, single spaces. */
export function normalizeUnitName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface Singkatan {
  singkatan: string;
  kepanjangan: string;
}

/** Longest abbreviation in words: "satpol pp", "sekretariat dprd". */
const MAX_PHRASE = 3;

/** Replaces abbreviations (whole words or phrases, longest first) by their expansion, in normalised form. */
export class UnitNameExpander {
  private readonly map = new Map<string, string>();

  constructor(list: readonly Singkatan[]) {
    for (const { singkatan, kepanjangan } of list) {
      const k = normalizeUnitName(singkatan);
      if (k) this.map.set(k, normalizeUnitName(kepanjangan));
    }
  }

  /** The comparison key of a unit name. */
  key(name: string): string {
    const words = normalizeUnitName(name).split(' ').filter(Boolean);
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      let hit: { len: number; text: string } | null = null;
      for (let len = Math.min(MAX_PHRASE, words.length - i); len >= 1 && !hit; len--) {
        const text = this.map.get(words.slice(i, i + len).join(' '));
        if (text !== undefined) hit = { len, text };
      }
      if (hit) {
        out.push(hit.text);
        i += hit.len;
      } else out.push(words[i++]!);
    }
    return out.join(' ');
  }
}

function trigrams(s: string): Map<string, number> {
  const padded = `  ${s} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const g = padded.slice(i, i + 3);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of character trigrams of two keys: 1 for equal, near 0 for unrelated. */
export function unitSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const ga = trigrams(a);
  const gb = trigrams(b);
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const n of ga.values()) na += n;
  for (const [g, n] of gb) {
    nb += n;
    const m = ga.get(g);
    if (m) common += Math.min(m, n);
  }
  return (2 * common) / (na + nb);
}
