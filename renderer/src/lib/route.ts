import { useEffect, useState } from 'react';

export type PageId = 'beranda' | 'pegawai' | 'unit-kerja' | 'kegiatan' | 'ikrar' | 'kasus' | 'dokumen' | 'pengaturan' | LayarPenuhId;
/** Pages without the sidebar: the check-in desk, the projector board and a desk's pairing screen. */
export type LayarPenuhId = 'meja' | 'papan' | 'pasang';
export const LAYAR_PENUH: readonly LayarPenuhId[] = ['meja', 'papan', 'pasang'];

export interface Route {
  page: PageId;
  params: URLSearchParams;
}

const PAGES: readonly PageId[] = ['beranda', 'pegawai', 'unit-kerja', 'kegiatan', 'ikrar', 'kasus', 'dokumen', 'pengaturan', ...LAYAR_PENUH];

/** True when this build has a page at `#/<path>` (links to pages other parts add, such as the desk page). */
export const isPage = (path: string): path is PageId => (PAGES as readonly string[]).includes(path);

/** `#/unit-kerja` → unit-kerja page; `#/pengaturan?bagian=teks` → pengaturan with params. Empty or unknown → beranda (the home screen). */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?');
  const page = (PAGES as readonly string[]).includes(path) ? (path as PageId) : 'beranda';
  return { page, params: new URLSearchParams(query) };
}

export function navigate(page: PageId, params?: Record<string, string>): void {
  const q = params ? new URLSearchParams(params).toString() : '';
  window.location.hash = `#/${page}${q ? `?${q}` : ''}`;
}

/** The current hash route, following back/forward and links. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
