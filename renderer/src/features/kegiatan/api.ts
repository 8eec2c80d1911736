import { isChannel } from '../../../../shared/contract/index';
import type { ExportedFile } from '../../../../shared/contract/types';
import { ApiError, transport } from '../../api/client';

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
