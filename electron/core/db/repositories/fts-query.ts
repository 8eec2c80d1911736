/**
 * Turns what a clerk types into an FTS5 query: every word is a prefix and all must match.
 * A NIP typed with spaces or dots ("19850312 2010") is one number, so it is joined first.
 */
export function toFtsQuery(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (/^[\d\s.-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    return digits ? `"${digits}"*` : null;
  }
  const words = trimmed
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (!words.length) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
