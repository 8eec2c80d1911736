import type { z } from 'zod';
import { appChannels } from './app';
import { cadanganChannels } from './cadangan';
import { dasarHukumChannels } from './dasar-hukum';
import { dokumenChannels } from './dokumen';
import { ikrarChannels } from './ikrar';
import { kegiatanChannels } from './kegiatan';
import { kegiatanDokumenChannels } from './kegiatan-dokumen';
import { nomorChannels } from './nomor';
import { pegawaiChannels } from './pegawai';
import { pengaturanChannels } from './pengaturan';
import type { Result } from './result';
import { unitChannels } from './unit';
import { mejaChannels } from './meja';
import { liburChannels } from './libur';
import { aturanKasusChannels } from './aturan-kasus';
import { kasusChannels } from './kasus';
import { kasusDokumenChannels } from './kasus-dokumen';
import { hukumanChannels } from './hukuman';
import { kasusImporChannels } from './kasus-impor';
import { kasusRekapChannels } from './kasus-rekap';

export * from './result';
export * from './schemas';
export * from './types';
export * from './dokumen';
export * from './cadangan';
export * from './dasar-hukum';
export * from './kegiatan';
export * from './meja';
export * from './libur';
export * from './aturan-kasus';
export * from './kasus';
export * from './kasus-dokumen';
export * from './hukuman';
export * from './kasus-impor';
export * from './kasus-rekap';
export { KategoriSchema } from './pengaturan';
export type { Channel } from './channel';

/**
 * Every call the UI may make, one map per area (shared/contract/<area>.ts). The Electron IPC bridge,
 * the web host and the CLI serve exactly this map. Channel names are `<area>.<verb>`.
 */
export const contract = {
  ...appChannels,
  ...pegawaiChannels,
  ...unitChannels,
  ...pengaturanChannels,
  ...dasarHukumChannels,
  ...nomorChannels,
  ...dokumenChannels,
  ...cadanganChannels,
  ...ikrarChannels,
  ...kegiatanChannels,
  ...kegiatanDokumenChannels,
  ...mejaChannels,
  ...liburChannels,
  ...aturanKasusChannels,
  ...kasusChannels,
  ...kasusDokumenChannels,
  ...hukumanChannels,
  ...kasusImporChannels,
  ...kasusRekapChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as ChannelName[];

export function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The one call signature every transport implements. */
export type Invoke = <C extends ChannelName>(channel: C, input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
