/**
 * Enter-to-banner timing of the last scans, read by the bench (test/bench/meja-ui.ts) and the
 * browser tests: the Enter's event time stamp, and the first frame after the banner showed the answer.
 */
export interface UkurBanner {
  nonce: string;
  /** The Enter key event's time stamp (for real hardware: when the key was pressed). */
  enter: number;
  /** When the page handled it (a replayed scanner's time stamps are synthetic: the bench counts from here). */
  ditangani: number;
  /** When the request left (after the entry was stored on the device). */
  kirim: number | null;
  /** When the core's answer reached the page. */
  jawab: number | null;
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
  list.push({ nonce, enter, ditangani: performance.now(), kirim: null, jawab: null, banner: null });
  if (list.length > MAKS) list.splice(0, list.length - MAKS);
}

export function catatBanner(nonce: string): void {
  const u = window.__netraMeja?.findLast((x) => x.nonce === nonce);
  if (!u || u.banner !== null) return;
  requestAnimationFrame(() => {
    u.banner = performance.now();
  });
}

export function catatJawab(nonce: string): void {
  const u = window.__netraMeja?.findLast((x) => x.nonce === nonce);
  if (u && u.jawab === null) u.jawab = performance.now();
}

export function catatKirim(nonce: string): void {
  const u = window.__netraMeja?.findLast((x) => x.nonce === nonce);
  if (u && u.kirim === null) u.kirim = performance.now();
}
