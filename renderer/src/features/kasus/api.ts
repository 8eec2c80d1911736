import { isChannel } from '../../../../shared/contract/index';
import type { AturanKasus } from '../../../../shared/contract/aturan-kasus';
import { ApiError, call, transport } from '../../api/client';

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

/**
 * The rule sets in force on an incident date (`berlaku`), and the ones the clerk may pick from when
 * that is not exactly one (`calon`: those in force, or every set when none is).
 */
export async function aturanBerlaku(tanggal: string): Promise<{ berlaku: AturanKasus[]; calon: AturanKasus[] }> {
  const berlaku = await call('aturan.berlaku', { tanggal });
  if (berlaku.length !== 0) return { berlaku, calon: berlaku.length > 1 ? berlaku : [] };
  return { berlaku, calon: await call('aturan.list', {}) };
}
