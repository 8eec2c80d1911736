import { isChannel } from '../../../../shared/contract/index';
import type { AturanKasus } from '../../../../shared/contract/aturan-kasus';
import { ApiError, transport } from '../../api/client';

/** True when this build's contract carries the channel (other areas add some of the case channels). */
export const adaChannel = (name: string): boolean => isChannel(name);

/**
 * Calls a channel another area adds (the rule sets, the case documents), which this build may not
 * have yet: without it the call fails like any refused call, with a message the clerk can read.
 */
export async function panggilLain<T>(channel: string, input: unknown): Promise<T> {
  if (!isChannel(channel)) throw new ApiError({ code: 'KANAL_TIDAK_DIKENAL', message: `Fitur ini belum tersedia pada versi Netra ini (${channel}).` });
  const r = await (transport.invoke as (c: string, i: unknown) => Promise<{ ok: true; value: unknown } | { ok: false; error: ApiError['data'] }>)(channel, input);
  if (!r.ok) throw new ApiError(r.error);
  return r.value as T;
}

/** The rule sets in force on an incident date; null when this build cannot tell before saving. */
export async function aturanBerlaku(tanggal: string): Promise<AturanKasus[] | null> {
  if (!adaChannel('aturan.berlaku')) return null;
  return panggilLain<AturanKasus[]>('aturan.berlaku', { tanggal });
}

/** The candidates an ATURAN_PILIH refusal lists: `field: aturanId`, message `"<id>: <name> (<period>)"`. */
export function calonAturan(e: unknown): { id: number; label: string }[] {
  if (!(e instanceof ApiError) || e.data.code !== 'ATURAN_PILIH') return [];
  return (e.data.fields ?? []).flatMap((f) => {
    const m = /^(\d+):\s*(.*)$/.exec(f.message);
    return f.field === 'aturanId' && m ? [{ id: Number(m[1]), label: m[2]! }] : [];
  });
}
