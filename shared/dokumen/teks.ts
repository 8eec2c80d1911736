/**
 * Editable texts of a document type: named slots whose text carries placeholders such as {nama}
 * or {tanggal_kegiatan}. The defaults ship in each type folder (shared/dokumen/jenis/<jenis>/teks.json); each edit is stored as a new version.
 */

export interface Placeholder {
  key: string;
  /** What it is filled with, shown beside the editor. */
  description: string;
  /** A sample value for the live preview. */
  example: string;
}

/**
 * paragraf: paragraphs separated by a blank line; daftar: one list item per line; dasar-hukum: one legal
 * basis per line, a code from the legal-bases list or a citation typed in full; pilihan: one of `pilihan`.
 */
export type SlotKind = 'paragraf' | 'daftar' | 'dasar-hukum' | 'pilihan';

export interface TextSlot {
  key: string;
  label: string;
  kind: SlotKind;
  /** The choices of a `pilihan` slot (a layout setting kept with the texts, so archived documents keep theirs). */
  pilihan?: readonly { value: string; label: string }[];
}

/** The texts of one document type, slot key → text. */
export type Teks = Record<string, string>;

/** Same texts, a slot missing on one side counting as empty (an editor fills every slot, a stored version may lack a new one). */
export function sameTeks(a: Teks, b: Teks): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? '') === (b[k] ?? ''));
}

const PLACEHOLDER = /\{([^{}\n]*)\}/g;

export interface TeksProblem {
  slot: string;
  message: string;
}

/**
 * Checks every slot: each known slot present, no unknown slots, every placeholder known and well formed.
 * Returns the problems in Indonesian, naming the slot and the placeholder.
 */
export function checkTeks(teks: Teks, slots: readonly TextSlot[], placeholders: readonly Placeholder[]): TeksProblem[] {
  const problems: TeksProblem[] = [];
  const known = new Set(placeholders.map((p) => p.key));
  const slotKeys = new Set(slots.map((s) => s.key));
  for (const key of Object.keys(teks))
    if (!slotKeys.has(key)) problems.push({ slot: key, message: `Bagian teks "${key}" tidak dikenal untuk jenis dokumen ini.` });
  for (const slot of slots) {
    const text = teks[slot.key];
    if (text === undefined) {
      problems.push({ slot: slot.key, message: `Bagian "${slot.label}" belum ada.` });
      continue;
    }
    if (slot.kind === 'pilihan') {
      const options = slot.pilihan ?? [];
      if (!options.some((o) => o.value === text))
        problems.push({ slot: slot.key, message: `Bagian "${slot.label}": pilih salah satu dari ${options.map((o) => `"${o.label}"`).join(' atau ')}.` });
      continue;
    }
    const unknown = new Set<string>();
    for (const m of text.matchAll(PLACEHOLDER)) if (!known.has(m[1]!)) unknown.add(m[1]!);
    for (const u of unknown)
      problems.push({
        slot: slot.key,
        message: `Bagian "${slot.label}": isian {${u}} tidak dikenal. Isian yang tersedia: ${[...known].map((k) => `{${k}}`).join(', ')}.`,
      });
    const stray = text.replace(PLACEHOLDER, '');
    if (/[{}]/.test(stray))
      problems.push({ slot: slot.key, message: `Bagian "${slot.label}": kurung kurawal tidak berpasangan. Tulis isian sebagai {nama_isian}.` });
  }
  return problems;
}

/** Replaces each {key} with its value; keys without a value stay visible as {key} (never silently empty). */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => values[key] ?? whole);
}

/** A paragraf slot as paragraphs (blank-line separated), a daftar slot as items (one per line). */
export function slotParts(text: string, kind: SlotKind): string[] {
  const parts = kind === 'paragraf' ? text.split(/\n\s*\n/) : text.split(/\n/);
  return parts.map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p !== '');
}
