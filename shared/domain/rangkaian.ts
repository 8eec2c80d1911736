/**
 * A series in running Indonesian text: "a", "a dan b", "a, b, dan c" (a comma before the last word
 * only from three items on). Empty items are left out.
 */
export function rangkai(list: readonly string[], kata: 'dan' | 'serta' | 'atau' = 'dan'): string {
  const l = list.map((s) => s.trim()).filter(Boolean);
  if (l.length <= 1) return l[0] ?? '';
  return `${l.slice(0, -1).join(', ')}${l.length > 2 ? ',' : ''} ${kata} ${l[l.length - 1]}`;
}
