import crypto from 'node:crypto';
import type http from 'node:http';

/** Query parameter that carries the per-launch secret in the address `npm run web` prints. */
export const SECRET_PARAM = 'kunci';
/** Header a non-browser client (tests, scripts) may send instead of the cookie. */
export const SECRET_HEADER = 'x-netra-kunci';

export const newSecret = (): string => crypto.randomBytes(32).toString('base64url');

/** Cookies on 127.0.0.1 are shared by every port: one name per port keeps two Netra hosts apart. */
export const cookieName = (port: number): string => `netra_kunci_${port}`;

/** Compares a presented secret with the expected one in constant time (hashing first evens out the lengths). */
export function secretMatcher(secret: string): (candidate: string | undefined) => boolean {
  const expected = crypto.createHash('sha256').update(secret).digest();
  return (candidate) => candidate !== undefined && crypto.timingSafeEqual(crypto.createHash('sha256').update(candidate).digest(), expected);
}

/** All values of one cookie in a Cookie header (a browser may send the same name twice). */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const out: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) out.push(part.slice(eq + 1).trim());
  }
  return out;
}

export interface Target {
  /** Decoded path, always starting with a single "/". */
  path: string;
  /** The path as sent, safe to put in a Location header (one leading slash, so never protocol-relative). */
  rawPath: string;
  query: URLSearchParams;
}

/**
 * Splits a request target into path and query; null when it is not an origin-form path or its
 * percent-encoding is malformed (decodeURIComponent over the whole query fails exactly when one
 * of its components would, since "&" and "=" cannot sit inside an escape).
 */
export function parseTarget(url: string | undefined): Target | null {
  if (!url || !url.startsWith('/')) return null;
  const q = url.indexOf('?');
  const rawPath = '/' + (q < 0 ? url : url.slice(0, q)).replace(/^[/\\]+/, '');
  const rawQuery = q < 0 ? '' : url.slice(q + 1);
  try {
    const path = decodeURIComponent(rawPath);
    decodeURIComponent(rawQuery);
    if (path.includes('\0')) return null;
    return { path, rawPath, query: new URLSearchParams(rawQuery) };
  } catch {
    return null;
  }
}

/** True when the Origin header is absent or names this very host; "null", garbage and other origins are refused. */
export function originAllowed(origin: string | undefined, host: string): boolean {
  if (origin === undefined) return true;
  try {
    const o = new URL(origin);
    return o.protocol === 'http:' && o.origin === new URL(`http://${host}`).origin;
  } catch {
    return false;
  }
}

/**
 * Fetch metadata (sent by every current browser, also where Origin is not): a request made by
 * another site, or by another port on 127.0.0.1 ("same-site", which also gets SameSite=Strict
 * cookies), is refused. Only a top-level navigation to a page may come from elsewhere (a link):
 * the linking page cannot read what it opens, and frames are excluded (mode "navigate" covers them too).
 */
export function fetchSiteAllowed(req: http.IncomingMessage, pageNavigationOk: boolean): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== 'cross-site' && site !== 'same-site') return true;
  return pageNavigationOk && req.headers['sec-fetch-mode'] === 'navigate' && req.headers['sec-fetch-dest'] === 'document';
}
