import { z } from 'zod';
import { id as indonesian } from 'zod/v4/locales';
import { fieldErrors } from '../../../shared/contract/validasi';

// Zod's own messages (for rules without a message of their own) in Indonesian, as in the core.
z.config(indonesian());

/** Field path → first message, e.g. `kepada.2` or `anggota.0.nama`; empty when the value is valid. */
export function schemaErrors(schema: z.ZodType, value: unknown): Record<string, string> {
  const r = schema.safeParse(value);
  const out: Record<string, string> = {};
  if (r.success) return out;
  for (const f of fieldErrors(r.error)) if (!(f.field in out)) out[f.field] = f.message;
  return out;
}

/** Messages whose path starts with `prefix.` (or equals it), with the prefix removed. */
export function errorsUnder(errors: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, m] of Object.entries(errors)) {
    if (k === prefix) out[''] = m;
    else if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = m;
  }
  return out;
}

/** Focuses the element with this id once the current render is on screen. */
export function focusLater(id: string): void {
  window.setTimeout(() => {
    const el = document.getElementById(id);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  }, 0);
}
