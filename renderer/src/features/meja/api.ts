import type { z } from 'zod';
import type { kegiatanChannels } from '../../../../shared/contract/kegiatan';
import type { Result } from '../../../../shared/contract/result';
import { ApiError, transport } from '../../api/client';

// The kegiatan channels typed from their own map (the desk needs only these).
type K = typeof kegiatanChannels;
export type KanalKegiatan = keyof K;
export type MasukKegiatan<C extends KanalKegiatan> = z.input<K[C]['input']>;
export type KeluarKegiatan<C extends KanalKegiatan> = NonNullable<K[C]['output']>;

const invoke = transport.invoke as unknown as (channel: string, input: unknown) => Promise<Result<unknown>>;

/** A kegiatan call answered as a Result (the offline queue needs the error code, not a throw). */
export function kirimKegiatan<C extends KanalKegiatan>(channel: C, input: MasukKegiatan<C>): Promise<Result<KeluarKegiatan<C>>> {
  return invoke(channel, input) as Promise<Result<KeluarKegiatan<C>>>;
}

/** A kegiatan call: its value, or ApiError. */
export async function panggil<C extends KanalKegiatan>(channel: C, input: MasukKegiatan<C>): Promise<KeluarKegiatan<C>> {
  const r = await kirimKegiatan(channel, input);
  if (!r.ok) throw new ApiError(r.error);
  return r.value;
}
