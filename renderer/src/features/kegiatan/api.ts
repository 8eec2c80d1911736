import type { z } from 'zod';
import { isChannel } from '../../../../shared/contract/index';
import type { ExportedFile } from '../../../../shared/contract/types';
import { kegiatanChannels } from '../../../../shared/contract/kegiatan';
import { ApiError, transport } from '../../api/client';

type K = typeof kegiatanChannels;
export type KegiatanChannel = keyof K;
export type KInput<C extends KegiatanChannel> = z.input<K[C]['input']>;
export type KOutput<C extends KegiatanChannel> = NonNullable<K[C]['output']>;

/**
 * A call to a `kegiatan.*` channel, typed by the area's own map (shared/contract/kegiatan.ts), so
 * these pages build whether or not the contract index registers the area yet.
 */
export async function kcall<C extends KegiatanChannel>(channel: C, input: KInput<C>): Promise<KOutput<C>> {
  const r = await (transport.invoke as (c: string, i: unknown) => Promise<{ ok: true; value: unknown } | { ok: false; error: ApiError['data'] }>)(channel, input);
  if (!r.ok) throw new ApiError(r.error);
  return r.value as KOutput<C>;
}

/** The event documents (daftar hadir, laporan, rekap workbook): their own area, which may not be in this build yet. */
export interface DokumenKegiatanInput {
  'kegiatan.daftarHadir': { id: number; format: 'docx' | 'xlsx'; pisahPerUnit: boolean; unitIndukId: number | null };
  'kegiatan.laporan': { id: number };
  'kegiatan.rekap.export': { id: number };
}
export type DokumenKegiatanChannel = keyof DokumenKegiatanInput;

/** True when this build's contract carries the channel (a button for a missing one is not offered). */
export const adaChannel = (name: string): boolean => isChannel(name);

export async function buatDokumenKegiatan<C extends DokumenKegiatanChannel>(channel: C, input: DokumenKegiatanInput[C]): Promise<ExportedFile> {
  const r = await (transport.invoke as (c: string, i: unknown) => Promise<{ ok: true; value: unknown } | { ok: false; error: ApiError['data'] }>)(channel, input);
  if (!r.ok) throw new ApiError(r.error);
  return r.value as ExportedFile;
}

/** A fresh nonce for an attendance entry: a repeat of the same request is never counted twice. */
export const nonceBaru = (): string => crypto.randomUUID().replace(/-/g, '');
