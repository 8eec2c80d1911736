/**
 * Enter-to-banner timing of the last scans, read by the bench (test/bench/meja-ui.ts) and the
 * browser tests: the Enter's event time stamp, and the first frame after the banner showed the answer.
 */
export interface UkurBanner {
  nonce: string;
  enter: number;
  banner: number | null;
}

declare global {
  interface Window {
    __netraMeja?: UkurBanner[];
  }
}

const MAKS = 2000;

export function catatEnter(nonce: string, enter: number): void {
  const list = (window.__netraMeja ??= []);
  list.push({ nonce, enter, banner: null });
  if (list.length > MAKS) list.splice(0, list.length - MAKS);
}

export function catatBanner(nonce: string): void {
  const u = window.__netraMeja?.findLast((x) => x.nonce === nonce);
  if (!u || u.banner !== null) return;
  requestAnimationFrame(() => {
    u.banner = performance.now();
  });
}
