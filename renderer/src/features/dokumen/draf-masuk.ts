import type { JenisDokumen } from '../../../../shared/contract/index';
import { JENIS } from '../../../../shared/dokumen/jenis/index';
import { navigate } from '../../lib/route';

/**
 * A draft handed to "Buat dokumen" by another page (an event's invitation): the type and the data
 * its form starts from. Kept in sessionStorage until the form has taken it, so a StrictMode double
 * render or a reload in between does not lose it; the form clears it once shown.
 */
export interface DrafMasuk {
  jenis: JenisDokumen;
  data: Record<string, unknown>;
  /** Where it came from, said above the form ("Kegiatan: Apel Ikrar …"). */
  asal: string;
  /** The instansi profile whose kop it goes out under (an event's organiser); absent: the usual pairing. */
  profilId?: number | null;
}

const KUNCI = 'netra.draf-dokumen';

export function kirimDraf(d: DrafMasuk): void {
  sessionStorage.setItem(KUNCI, JSON.stringify(d));
}

/** The waiting draft, if any and of a type this window knows; it stays until `hapusDraf`. */
export function lihatDraf(): DrafMasuk | null {
  const raw = sessionStorage.getItem(KUNCI);
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Partial<DrafMasuk>;
    if (typeof d.jenis !== 'string' || !JENIS.ada(d.jenis) || typeof d.data !== 'object' || d.data === null) return null;
    return { jenis: d.jenis, data: d.data, asal: typeof d.asal === 'string' ? d.asal : '', profilId: typeof d.profilId === 'number' ? d.profilId : null };
  } catch {
    return null;
  }
}

export function hapusDraf(): void {
  sessionStorage.removeItem(KUNCI);
}

/** Hands `data` to Dokumen → Buat dokumen and goes there: the form of `jenis` opens filled with it. */
export function bukaDrafDokumen(jenis: JenisDokumen, data: Record<string, unknown>, asal = '', profilId: number | null = null): void {
  kirimDraf({ jenis, data, asal, profilId });
  navigate('dokumen', { tab: 'buat' });
}
