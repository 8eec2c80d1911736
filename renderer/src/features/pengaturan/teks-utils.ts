import type { Teks, TextSlot } from '../../../../shared/dokumen/teks';

const PLACEHOLDER = /\{([^{}\n]*)\}/g;

/** The keys of the placeholders written in a text, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Every slot present (empty when the version lacks it, a choice's first option), and nothing else. */
export function completeTeks(teks: Teks, slots: readonly TextSlot[]): Teks {
  return Object.fromEntries(slots.map((s) => [s.key, teks[s.key] ?? (s.kind === 'pilihan' ? (s.pilihan?.[0]?.value ?? '') : '')]));
}

export { sameTeks } from '../../../../shared/dokumen/teks';

/** Demo data of a document type as the record `dokumen.pratinjau` expects. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
