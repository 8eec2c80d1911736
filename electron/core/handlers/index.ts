import { z } from 'zod';
import { id as indonesian } from 'zod/v4/locales';
import { AppError, contract, isChannel, type AppErrorData, type ChannelName, type Result } from '../../../shared/contract/index';
import type { Core } from '../core';
import { isZodError, validationError } from '../../../shared/contract/validasi';
import { SheetError } from '../sheets/errors';
import { appHandlers } from './app';
import { cadanganHandlers } from './cadangan';
import { dasarHukumHandlers } from './dasar-hukum';
import { dokumenHandlers } from './dokumen';
import { ikrarHandlers } from './ikrar';
import { kegiatanHandlers } from './kegiatan';
import { kegiatanDokumenHandlers } from './kegiatan-dokumen';
import { nomorHandlers } from './nomor';
import { pegawaiHandlers } from './pegawai';
import { pengaturanHandlers } from './pengaturan';
import type { Handler } from './types';
import { unitHandlers } from './unit';
import { mejaHandlers } from './meja';
import { liburHandlers } from './libur';
import { aturanKasusHandlers } from './aturan-kasus';
import { kasusHandlers } from './kasus';
import { kasusDokumenHandlers } from './kasus-dokumen';
import { hukumanHandlers } from './hukuman';
import { kasusImporHandlers, kasusRekapHandlers } from './kasus-impor';

export { APP_VERSION } from './app';
export { rejectedFileName } from './pegawai';

z.config(indonesian());

type Handlers = { [C in ChannelName]: Handler<C> };

/** Contract → services, one map per area (handlers/<area>.ts). The type makes it exhaustive: a channel without a handler does not compile. */
const handlers: Handlers = {
  ...appHandlers,
  ...pegawaiHandlers,
  ...unitHandlers,
  ...pengaturanHandlers,
  ...dasarHukumHandlers,
  ...nomorHandlers,
  ...dokumenHandlers,
  ...cadanganHandlers,
  ...ikrarHandlers,
  ...kegiatanHandlers,
  ...kegiatanDokumenHandlers,
  ...mejaHandlers,
  ...liburHandlers,
  ...aturanKasusHandlers,
  ...kasusHandlers,
  ...kasusDokumenHandlers,
  ...hukumanHandlers,
  ...kasusImporHandlers,
  ...kasusRekapHandlers,
};

/**
 * The single entry for every transport: checks the channel name and validates the payload
 * against the contract's schema before any service sees it. Never throws.
 */
export async function dispatch(core: Core, channel: string, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail({ code: 'KANAL_TIDAK_DIKENAL', message: `Perintah "${channel}" tidak dikenal.` });
  const parsed = contract[channel].input.safeParse(payload ?? {});
  if (!parsed.success) return fail(validationError(parsed.error).toData());
  try {
    const run = handlers[channel] as (core: Core, input: unknown) => unknown;
    return { ok: true, value: await run(core, parsed.data) };
  } catch (e) {
    return fail(toErrorData(e));
  }
}

/** Any error as the data every transport sends (IPC, web host, CLI, job worker); a schema's complaint is VALIDASI, never a stack. */
export function toErrorData(e: unknown): AppErrorData {
  if (e instanceof AppError) return e.toData();
  if (isZodError(e)) return validationError(e).toData();
  if (e instanceof SheetError) return { code: 'FILE', message: e.message };
  const err = e as Error & { code?: string };
  if (typeof err?.code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(err.code))
    return {
      code: 'DATABASE',
      message: 'Perubahan ini belum disimpan karena data sedang ditulis oleh proses lain (misalnya impor yang sedang berjalan). Tunggu sampai selesai, lalu coba lagi.',
    };
  if (typeof err?.code === 'string' && err.code.startsWith('SQLITE_'))
    return { code: 'DATABASE', message: `Kesalahan basis data: ${err.message}` };
  console.error(e);
  return { code: 'INTERNAL', message: `Terjadi kesalahan tak terduga: ${err?.message ?? String(e)}` };
}

function fail(error: AppErrorData): Result<never> {
  return { ok: false, error };
}
