/**
 * Dates as a clerk reads and types them: dd/mm/yyyy, whatever the browser's locale (an `<input type="date">`
 * shows mm/dd/yyyy in an English browser). Values stay ISO `YYYY-MM-DD` in forms and requests.
 */
import { isValidIsoDate, parseTanggalTeks } from '../../../shared/domain/tanggal';

/** `2026-08-17` → `17/08/2026`; anything that is not an ISO date (half-typed text) is shown as it is. */
export function formatTanggalInput(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m && isValidIsoDate(value) ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

export type TanggalParse = { ok: true; iso: string } | { ok: false; pesan: string };

export const TANGGAL_CONTOH = '17/08/2026';

/**
 * Parse a typed date, day first: `17/08/2026`, `17-8-2026`, `17.08.2026`, `17082026`, `17 Agustus 2026`,
 * `2026-08-17`. Empty text is `{ ok: true, iso: '' }` (whether it is required is the form's business).
 * `min`/`max` are ISO bounds, inclusive.
 */
export function parseTanggalInput(text: string, bounds: { min?: string; max?: string } = {}): TanggalParse {
  const s = text.trim();
  if (s === '') return { ok: true, iso: '' };
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  const iso = parseTanggalTeks(compact ? `${compact[1]}/${compact[2]}/${compact[3]}` : s);
  if (!iso) {
    const parts = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(s);
    if (parts && parts[3]!.length !== 4) return { ok: false, pesan: `Tulis tahun dengan 4 angka, misalnya ${TANGGAL_CONTOH}.` };
    if (parts) return { ok: false, pesan: `Tanggal ${s} tidak ada di kalender.` };
    return { ok: false, pesan: `Tanggal tidak dikenali. Tulis HH/BB/TTTT, misalnya ${TANGGAL_CONTOH}.` };
  }
  if (bounds.min && iso < bounds.min) return { ok: false, pesan: `Tanggal paling awal ${formatTanggalInput(bounds.min)}.` };
  if (bounds.max && iso > bounds.max) return { ok: false, pesan: `Tanggal paling akhir ${formatTanggalInput(bounds.max)}.` };
  return { ok: true, iso };
}
