import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core';
import { dispatch, toErrorData } from '../core/handlers';
import { CONTENT_SECURITY_POLICY } from '../core/security';
import {
  SECRET_HEADER,
  SECRET_PARAM,
  cookieName,
  cookieValues,
  fetchSiteAllowed,
  newSecret,
  originAllowed,
  parseTarget,
  secretMatcher,
} from './guard';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const MB = 1024 * 1024;
export const DEFAULT_MAX_JSON = 2 * MB;
export const DEFAULT_MAX_UPLOAD = 200 * MB;
/** How long an oversized body is read and discarded so the client gets the 413 instead of a reset. */
const DRAIN_MS = 30_000;
const HOST_RE = /^(127\.0\.0\.1|localhost)(:\d+)?$/;

/** Sent with every response, errors included. */
export const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
};

export interface WebHostOptions {
  port?: number;
  rendererDir: string;
  /** Per-launch secret; a fresh random one unless a test passes its own. */
  secret?: string;
  maxUploadBytes?: number;
  maxJsonBytes?: number;
}

export interface WebHost {
  /** The address to open: it carries the secret, which the first load turns into a cookie. */
  url: string;
  /** This host's origin, without the secret (what the browser shows after the first load). */
  origin: string;
  port: number;
  secret: string;
  /** Name of the session cookie (one per port). */
  cookie: string;
  close(): Promise<void>;
}

interface Ctx {
  core: Core;
  rendererDir: string;
  maxUpload: number;
  maxJson: number;
  secret: string;
  isSecret: (candidate: string | undefined) => boolean;
  cookie: string;
}

type Kind = 'api' | 'upload' | 'download' | 'page';

/**
 * Serves the built renderer and the contract over HTTP on 127.0.0.1 only:
 * POST /api/<channel> (JSON), POST /upload?name=… (raw bytes), GET /download/<token>.
 * Every request needs the per-launch secret (session cookie or X-Netra-Kunci header).
 */
export function startWebHost(core: Core, opts: WebHostOptions): Promise<WebHost> {
  const secret = opts.secret ?? newSecret();
  // It travels in a URL and a cookie value: base64url only, and long enough not to be guessed.
  if (!/^[A-Za-z0-9_-]{16,}$/.test(secret)) return Promise.reject(new Error('Kunci web host harus base64url, minimal 16 karakter.'));
  const ctx: Ctx = {
    core,
    rendererDir: opts.rendererDir,
    maxUpload: opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD,
    maxJson: opts.maxJsonBytes ?? DEFAULT_MAX_JSON,
    secret,
    isSecret: secretMatcher(secret),
    cookie: '', // known once the port is
  };
  const serve = (req: http.IncomingMessage, res: http.ServerResponse, expectsContinue: boolean) => {
    for (const [k, v] of Object.entries(BASE_HEADERS)) res.setHeader(k, v);
    handle(ctx, req, res, expectsContinue).catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Kesalahan server lokal.' } });
      else res.destroy();
    });
  };
  const server = http.createServer((req, res) => serve(req, res, false));
  // Answer `Expect: 100-continue` ourselves: an oversized body is refused before the client sends it.
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => serve(req, res, true));
  server.on('clientError', answerClientError);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      ctx.cookie = cookieName(port);
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/?${SECRET_PARAM}=${secret}`,
        origin,
        port,
        secret,
        cookie: ctx.cookie,
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** A request the HTTP parser rejected: a short answer with the same headers, never a bare reset. */
export function answerClientError(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const [status, text] =
    err.code === 'HPE_HEADER_OVERFLOW' ? ['431 Request Header Fields Too Large', 'Kepala permintaan terlalu besar.']
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? ['408 Request Timeout', 'Permintaan terlalu lama.']
    : ['400 Bad Request', 'Permintaan tidak sah.'];
  const body = Buffer.from(text, 'utf8');
  const head = [`HTTP/1.1 ${status}`, 'Connection: close', 'Content-Type: text/plain; charset=utf-8', `Content-Length: ${body.length}`]
    .concat(Object.entries(BASE_HEADERS).map(([k, v]) => `${k}: ${v}`))
    .join('\r\n');
  socket.end(Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body]));
}

function kindOf(rawPath: string): Kind {
  if (rawPath.startsWith('/api/')) return 'api';
  if (rawPath === '/upload') return 'upload';
  if (rawPath.startsWith('/download/')) return 'download';
  return 'page';
}

async function handle(ctx: Ctx, req: http.IncomingMessage, res: http.ServerResponse, expectsContinue: boolean): Promise<void> {
  // Other host names could be a DNS-rebinding page that resolves to 127.0.0.1.
  const host = req.headers.host ?? '';
  if (!HOST_RE.test(host)) return sendText(res, 403, 'Host ditolak: buka Netra lewat alamat 127.0.0.1 yang dicetak saat Netra dijalankan.');
  const rawPath = (req.url ?? '').split('?')[0] ?? '';
  const kind = kindOf(rawPath.replace(/^[/\\]+/, '/'));
  const target = parseTarget(req.url);
  if (!target) return refuse(req, res, kind, 400, 'VALIDASI', 'Alamat permintaan tidak sah: penyandian persen (%) rusak.');
  if (!originAllowed(req.headers.origin, host) || !fetchSiteAllowed(req, kind === 'page'))
    return refuse(req, res, kind, 403, 'DITOLAK', 'Permintaan dari situs lain ditolak.');

  const method = req.method ?? 'GET';
  const isGet = method === 'GET' || method === 'HEAD';
  const presented = target.query.get(SECRET_PARAM);
  if (kind === 'page' && isGet && presented !== null) {
    if (!ctx.isSecret(presented)) return refuseLocked(req, res, kind);
    // Trade the secret in the address for a session cookie, and drop it from the address bar and history.
    target.query.delete(SECRET_PARAM);
    const rest = target.query.toString();
    const location = target.rawPath + (rest ? `?${rest}` : '');
    const setCookie = `${ctx.cookie}=${ctx.secret}; HttpOnly; SameSite=Strict; Path=/`;
    const site = req.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') {
      // Opened from a link elsewhere: the browser withholds a Strict cookie on a redirect chain that
      // began on another site, so the page itself moves on (a same-origin navigation that carries it;
      // the fragment does not survive this, the home page opens).
      res.setHeader('Set-Cookie', setCookie);
      return sendHtml(res, 200, simplePage('Netra', '<p>Membuka Netra…</p>', `<meta http-equiv="refresh" content="0;url=${escapeHtml(location)}">`));
    }
    res.writeHead(303, { Location: location, 'Set-Cookie': setCookie, 'Cache-Control': 'no-store', 'Content-Length': 0 });
    res.end();
    return;
  }
  const header = req.headers[SECRET_HEADER];
  const authorized =
    ctx.isSecret(typeof header === 'string' ? header : undefined) || cookieValues(req.headers.cookie, ctx.cookie).some((v) => ctx.isSecret(v));
  if (!authorized) return refuseLocked(req, res, kind);

  if (kind === 'api') {
    if (method !== 'POST') return refuse(req, res, kind, 405, 'VALIDASI', 'Metode tidak didukung: gunakan POST.');
    const body = await readBody(req, res, ctx.maxJson, expectsContinue);
    if (body === 'aborted') return;
    if (body === 'too-large') return tooLarge(res, `Isi permintaan terlalu besar: batasnya ${formatSize(ctx.maxJson)}.`);
    let payload: unknown;
    try {
      payload = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'VALIDASI', message: 'Isi permintaan bukan JSON yang valid.' } });
    }
    return sendJson(res, 200, await dispatch(ctx.core, target.path.slice('/api/'.length), payload));
  }
  if (kind === 'upload') {
    if (method !== 'POST') return refuse(req, res, kind, 405, 'VALIDASI', 'Metode tidak didukung: gunakan POST.');
    const body = await readBody(req, res, ctx.maxUpload, expectsContinue);
    if (body === 'aborted') return;
    if (body === 'too-large') return tooLarge(res, `Berkas terlalu besar: batas unggahan ${formatSize(ctx.maxUpload)}.`);
    try {
      const file = ctx.core.files.storeUpload(target.query.get('name') ?? 'berkas', body);
      return sendJson(res, 200, { ok: true, value: { file, fileName: ctx.core.files.resolve(file).name } });
    } catch (e) {
      return sendJson(res, 200, { ok: false, error: toErrorData(e) });
    }
  }
  if (!isGet) return refuse(req, res, kind, 405, 'VALIDASI', 'Metode tidak didukung.');
  if (kind === 'download') return serveDownload(ctx, target.path.slice('/download/'.length), res);
  return serveStatic(ctx.rendererDir, target.path, res);
}

function serveDownload(ctx: Ctx, token: string, res: http.ServerResponse): void {
  let entry;
  let size;
  try {
    entry = ctx.core.files.resolve(token);
    size = fs.statSync(entry.path).size;
  } catch {
    return sendText(res, 404, 'Berkas tidak ditemukan atau sudah kedaluwarsa.');
  }
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
    'Content-Length': size,
    'Cache-Control': 'no-store',
  });
  pipeline(fs.createReadStream(entry.path), res, () => undefined);
}

export function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const base = path.resolve(root);
  let file = path.resolve(base, `.${path.posix.normalize(pathname)}`);
  const rel = path.relative(base, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return sendText(res, 403, 'Ditolak.');
  const isFile = (f: string) => {
    try {
      return fs.statSync(f).isFile();
    } catch {
      return false;
    }
  };
  // Paths the single-page app owns fall back to its index.
  if (!isFile(file)) file = path.join(base, 'index.html');
  if (!isFile(file)) return sendText(res, 500, 'Antarmuka belum dibangun: jalankan "npm run build:renderer".');
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  pipeline(fs.createReadStream(file), res, () => undefined);
}

/**
 * Reads a body up to `limit` bytes. Past the limit the rest is read and discarded (for at most
 * DRAIN_MS) so the 413 reaches a client that is still sending; closing at once would reset the
 * connection and the browser would show a network error instead of the message.
 */
export function readBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  limit: number,
  expectsContinue: boolean,
): Promise<Buffer | 'too-large' | 'aborted'> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (expectsContinue) {
    // The client waits for our go-ahead: refuse before it sends anything.
    if (declared > limit) return Promise.resolve('too-large');
    res.writeContinue();
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    let timer: NodeJS.Timeout | undefined;
    const done = (v: Buffer | 'too-large' | 'aborted') => {
      clearTimeout(timer);
      resolve(v);
    };
    const overflow = () => {
      over = true;
      chunks.length = 0;
      timer = setTimeout(() => done('too-large'), DRAIN_MS);
    };
    if (declared > limit) overflow();
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > limit) overflow();
      else chunks.push(c);
    });
    req.on('end', () => done(over ? 'too-large' : Buffer.concat(chunks, size)));
    req.on('close', () => {
      if (!req.complete) done('aborted');
    });
    req.on('error', () => done('aborted'));
  });
}

function tooLarge(res: http.ServerResponse, message: string): void {
  sendJson(res, 413, { ok: false, error: { code: 'TERLALU_BESAR', message } }, { Connection: 'close' });
}

/** 1 MB = 1024 × 1024 bytes, as the file manager shows it. */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bita'];
  return `${value.toLocaleString('id-ID', { maximumFractionDigits: 1 })} ${unit}`;
}

const LOCKED_MESSAGE =
  'Akses ditolak: Netra hanya bisa dibuka dengan alamat lengkap (berisi "?kunci=…") yang dicetak di terminal saat Netra dijalankan. Salin alamat itu seutuhnya ke peramban; setelah Netra dijalankan ulang, gunakan alamat yang baru.';

function refuseLocked(req: http.IncomingMessage, res: http.ServerResponse, kind: Kind): void {
  if (kind === 'page' && wantsHtml(req)) return sendHtml(res, 401, lockedPage(req.headers.host ?? '127.0.0.1'));
  refuse(req, res, kind, 401, 'TIDAK_BERWENANG', LOCKED_MESSAGE);
}

function refuse(req: http.IncomingMessage, res: http.ServerResponse, kind: Kind, status: number, code: string, message: string): void {
  if (kind === 'api' || kind === 'upload') return sendJson(res, status, { ok: false, error: { code, message } });
  if (kind === 'page' && wantsHtml(req)) return sendHtml(res, status, simplePage('Netra: permintaan ditolak', message));
  sendText(res, status, message);
}

export function wantsHtml(req: http.IncomingMessage): boolean {
  const dest = req.headers['sec-fetch-dest'];
  return dest ? dest === 'document' : (req.headers.accept ?? '').includes('text/html');
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function simplePage(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}<title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:42rem;margin:4rem auto;padding:0 1rem;line-height:1.6;color:#1f2937">${body.startsWith('<') ? body : `<p>${escapeHtml(body)}</p>`}</body></html>`;
}

function lockedPage(host: string): string {
  return simplePage(
    'Netra: buka dengan alamat lengkap',
    `<h1 style="font-size:1.4rem">Buka Netra dengan alamat lengkapnya</h1>
<p>Halaman ini terkunci. Netra hanya bisa dibuka dengan <strong>alamat lengkap yang dicetak di terminal saat Netra dijalankan</strong>, misalnya <code>http://${escapeHtml(host)}/?kunci=…</code>. Salin alamat itu seutuhnya (termasuk bagian <code>?kunci=…</code>) ke peramban.</p>
<p>Setelah Netra dijalankan ulang, alamatnya berganti: gunakan alamat yang baru.</p>`,
  );
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), extra);
}

export function sendText(res: http.ServerResponse, status: number, text: string): void {
  send(res, status, 'text/plain; charset=utf-8', text);
}

export function sendHtml(res: http.ServerResponse, status: number, html: string): void {
  send(res, status, 'text/html; charset=utf-8', html);
}

function send(res: http.ServerResponse, status: number, type: string, text: string, extra: Record<string, string> = {}): void {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}
