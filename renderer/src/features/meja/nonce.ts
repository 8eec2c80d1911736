/**
 * A desk's nonce for one entry (the core's `[A-Za-z0-9_-]{8,64}`). `crypto.randomUUID` exists only
 * in a secure context: a paired desk opens Netra over plain http on the office network, where it is
 * missing, so the same 128 bits come from `getRandomValues` (available everywhere) instead.
 */
export function buatNonce(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID().replace(/-/g, '');
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
