/** Lines of a pasted list: one item per line, a leading "1.", "2)", "-" or "•" removed, blank lines dropped. */
export const barisDaftar = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:\d+[.)]|[-•*])\s+/, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** Two lines are the same item when they differ only in case and spacing. */
const kunci = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');

export type CaraTempel = 'ganti' | 'tambah';

export interface HasilTempel {
  items: string[];
  /** Pasted lines left out because the list (or the paste itself) already had them. */
  ganda: string[];
}

/**
 * A pasted list merged into a list: `ganti` replaces it, `tambah` adds after its filled lines.
 * Either way every item appears once (the first one stays), so pasting the same list twice, or a
 * list with repeats, never doubles an addressee.
 */
export function tempelDaftar(items: readonly string[], pasted: readonly string[], cara: CaraTempel): HasilTempel {
  const seen = new Set<string>();
  const out: string[] = [];
  const ganda: string[] = [];
  const base = cara === 'tambah' ? items.filter((s) => s.trim()) : [];
  for (const s of base) {
    seen.add(kunci(s));
    out.push(s);
  }
  for (const s of pasted) {
    const k = kunci(s);
    if (!k) continue;
    if (seen.has(k)) ganda.push(s);
    else {
      seen.add(k);
      out.push(s);
    }
  }
  return { items: out, ganda };
}

/** The pasted lines the list does not have yet, each once: what pasting into one of its lines adds. */
export const barisBaru = (items: readonly string[], pasted: readonly string[]): string[] =>
  tempelDaftar(items, pasted, 'tambah').items.slice(items.filter((s) => s.trim()).length);
