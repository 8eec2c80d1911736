import type { AppErrorData, Result } from '../../../../shared/contract/result';
import { ApiError } from '../../api/client';

/** What the desk learns when it pairs (a subset of the host's InfoMeja). */
export interface MejaTerpasang {
  sesiId: number;
  kegiatanId: number;
  meja: string;
  operator: string;
}

const galat = (message: string, code: AppErrorData['code'] = 'INTERNAL') => new ApiError({ code, message });

/**
 * POST /meja/pasang on the office-network listener: trades the 6-digit code for a desk-only session
 * cookie. Not a contract channel: the listener answers it before any session exists.
 */
export async function pasangMeja(body: { kode: string; nama: string; operator: string }): Promise<MejaTerpasang> {
  let res: Response;
  try {
    // The desk's clock goes along: the organiser's Netra puts this desk's scan times on its own clock.
    res = await fetch('/meja/pasang', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...body, jam: new Date().toISOString() }) });
  } catch (e) {
    throw galat(`Tidak dapat menghubungi Netra penyelenggara: ${(e as Error).message}. Periksa jaringan kantor dan alamatnya.`, 'TERPUTUS');
  }
  let r: Result<MejaTerpasang>;
  try {
    r = (await res.json()) as Result<MejaTerpasang>;
  } catch {
    throw galat(`Netra penyelenggara menjawab tidak terduga (HTTP ${res.status}).`);
  }
  if (!r.ok) throw new ApiError(r.error);
  return r.value;
}

/** Ends this desk's session on the listener (the cookie is cleared there). */
export async function keluarMeja(): Promise<void> {
  await fetch('/meja/keluar', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).catch(() => undefined);
}
