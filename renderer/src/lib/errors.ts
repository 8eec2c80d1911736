import { ApiError } from '../api/client';

/** The Indonesian message to show for any failure. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.data.message;
  if (e instanceof Error && e.message) return e.message;
  return 'Terjadi kesalahan tak terduga.';
}

/**
 * Per-field messages of a VALIDASI error, keyed by the input's own field name
 * (`data.nama` from the contract schema and `nama` from the service both become `nama`).
 */
export function fieldErrors(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(e instanceof ApiError) || !e.data.fields) return out;
  for (const f of e.data.fields) {
    const key = f.field.replace(/^data\./, '');
    if (!(key in out)) out[key] = f.message;
  }
  return out;
}
