import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../core/security';

/**
 * The renderer is served from app://netra/… instead of file://, so the page has a real origin
 * ('self' in the CSP means only this bundle) and can read nothing else on disk.
 * Plain Node on purpose (no 'electron' import): index.ts wires it, tests run it as is.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'netra';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged. No corsEnabled (other origins cannot read it),
 * no bypassCSP, no service workers, no streaming: the bundle is a few small files.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export const mimeType = (file: string): string => MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * One path segment after percent-decoding: the characters a Vite build names its files with.
 * No leading dot (so no '.', '..' or hidden files), no separators of any platform, no ':' (drive
 * letters, Windows streams), no NUL or other control characters, no '%' (double encoding).
 */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
const MAX_DEPTH = 8;

/**
 * The file inside `root` that an app:// URL names, or null when the URL is not one of ours or its
 * path could leave `root` by any spelling. Pure: no file system access.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST || u.username !== '' || u.password !== '') return null;
  // The raw (still encoded) path, split before decoding: an encoded '/' or '\' can never make a segment.
  const raw = u.pathname;
  if (!raw.startsWith('/')) return null;
  const parts = raw === '/' ? ['index.html'] : raw.slice(1).split('/');
  if (parts.length > MAX_DEPTH) return null;
  const segments: string[] = [];
  for (const part of parts) {
    let s: string;
    try {
      s = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (!SEGMENT.test(s)) return null;
    segments.push(s);
  }
  const base = path.resolve(root);
  const target = path.resolve(base, ...segments);
  // Belt and braces: whatever the segments were, the result must stay strictly below root.
  const rel = path.relative(base, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return target;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | string;
}

const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

const plain = (status: number, text: string): AppResponse => ({
  status,
  headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  body: text,
});

/** A file the core registered under a token (core.files.resolve), or null when there is none. */
export type DownloadResolver = (token: string) => { path: string; name: string } | null;

/** `app://netra/download/<token>`: the same path the web host serves, so the renderer's `./download/…` works in both. */
const DOWNLOAD = /^\/download\/([A-Za-z0-9_-]{8,64})$/;
/** Only pictures are shown through the protocol (event photos, case evidence); every other file goes through Simpan/Buka over IPC. */
const IMAGE = /\.(png|jpe?g|gif|webp)$/i;

function safePath(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '' ? u.pathname : null;
  } catch {
    return null;
  }
}

async function serveDownload(method: string, token: string, resolve: DownloadResolver): Promise<AppResponse> {
  let entry: { path: string; name: string } | null;
  try {
    entry = resolve(token);
  } catch {
    entry = null;
  }
  if (!entry || !IMAGE.test(entry.path)) return plain(404, 'Tidak ditemukan.');
  try {
    const stat = await fs.promises.stat(entry.path);
    if (!stat.isFile()) return plain(404, 'Tidak ditemukan.');
    const body = method === 'HEAD' ? '' : new Uint8Array(await fs.promises.readFile(entry.path));
    return { status: 200, headers: { ...COMMON_HEADERS, 'Content-Type': mimeType(entry.path) }, body };
  } catch {
    return plain(404, 'Tidak ditemukan.');
  }
}

/**
 * Answers one app:// request from the files under `root` (out/renderer, inside app.asar when
 * packaged: Electron's fs reads the archive). Only regular files whose real path is still under
 * the real root: a symlink pointing out of it is refused like a '..'.
 */
export async function serveAppRequest(root: string, method: string, url: string, download?: DownloadResolver): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Metode tidak didukung.');
  const token = download ? DOWNLOAD.exec(safePath(url) ?? '')?.[1] : undefined;
  if (token && download) return serveDownload(method, token, download);
  const target = resolveAppPath(root, url);
  if (!target) return plain(404, 'Tidak ditemukan.');
  try {
    const [realRoot, realTarget] = await Promise.all([fs.promises.realpath(root), fs.promises.realpath(target)]);
    const rel = path.relative(realRoot, realTarget);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return plain(404, 'Tidak ditemukan.');
    const stat = await fs.promises.stat(realTarget);
    if (!stat.isFile()) return plain(404, 'Tidak ditemukan.');
    const body = method === 'HEAD' ? '' : new Uint8Array(await fs.promises.readFile(realTarget));
    return { status: 200, headers: { ...COMMON_HEADERS, 'Content-Type': mimeType(realTarget) }, body };
  } catch {
    return plain(404, 'Tidak ditemukan.');
  }
}

/**
 * Whether a page URL is the app's own: app://netra/…, or in development the electron-vite dev
 * server's origin (compared as an origin, so http://localhost:51730 is not http://localhost:5173).
 */
export function isAppUrl(url: string | null | undefined, devServerUrl: string | null): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST && u.username === '' && u.password === '';
  if (!devServerUrl) return false;
  try {
    const dev = new URL(devServerUrl);
    return (dev.protocol === 'http:' || dev.protocol === 'https:') && u.origin === dev.origin && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
