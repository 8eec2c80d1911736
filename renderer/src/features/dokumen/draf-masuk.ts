import { navigate } from '../../lib/route';

/**
 * A document's data prepared elsewhere (a pledge campaign's reminder letter, an event's invitation):
 * kept for the next visit of Dokumen → Buat dokumen, which opens that type's form filled with it.
 * sessionStorage: it survives the page change, never the session, and never reaches another window.
 */
const KUNCI = 'netra.dokumen.draf-masuk';

export interface DrafMasuk {
  jenis: string;
  data: Record<string, unknown>;
}

export function bukaDrafDokumen(jenis: string, data: Record<string, unknown>): void {
  sessionStorage.setItem(KUNCI, JSON.stringify({ jenis, data }));
  navigate('dokumen', { tab: 'buat', draf: String(Date.now()) });
}

/** The waiting draft, if any (read without removing: React may run an initializer twice). */
export function lihatDrafMasuk(): DrafMasuk | null {
  try {
    const v = JSON.parse(sessionStorage.getItem(KUNCI) ?? 'null') as DrafMasuk | null;
    return v && typeof v.jenis === 'string' && v.data && typeof v.data === 'object' ? v : null;
  } catch {
    return null;
  }
}

export function buangDrafMasuk(): void {
  sessionStorage.removeItem(KUNCI);
}
