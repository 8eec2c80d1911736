import { isPage } from '../../lib/route';

/**
 * Pages of this event that other parts of Netra provide: the desk (Meja hadir), the projector board
 * (Papan hadir) and the pledge campaigns. A link is offered only when this build has the page.
 */
export const HALAMAN_TERKAIT = {
  meja: { path: 'meja', param: 'kegiatan', label: 'Buka meja hadir' },
  papan: { path: 'papan', param: 'kegiatan', label: 'Papan hadir' },
  ikrar: { path: 'ikrar', param: 'kegiatan', label: 'Ikrar' },
} as const;

export type HalamanTerkait = keyof typeof HALAMAN_TERKAIT;

/** `#/meja?kegiatan=12` (`#/ikrar` without an event), or null when this build has no such page. */
export function tautanTerkait(h: HalamanTerkait, kegiatanId: number | null): string | null {
  const t = HALAMAN_TERKAIT[h];
  if (!isPage(t.path)) return null;
  return kegiatanId === null ? `#/${t.path}` : `#/${t.path}?${t.param}=${kegiatanId}`;
}
