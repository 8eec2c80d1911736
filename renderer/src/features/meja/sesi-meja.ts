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
    res = await fetch('/meja/pasang', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
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

const KUNCI_SESI = 'netra.meja.sesi';

/** This device is a paired desk (set when it paired; its localStorage is the desk origin's own). */
export function mejaTerpasang(): MejaTerpasang | null {
  try {
    const v = JSON.parse(localStorage.getItem(KUNCI_SESI) ?? 'null') as MejaTerpasang | null;
    return v && typeof v.kegiatanId === 'number' ? v : null;
  } catch {
    return null;
  }
}

export function simpanMejaTerpasang(m: MejaTerpasang): void {
  localStorage.setItem(KUNCI_SESI, JSON.stringify(m));
}
