import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core';
import { dispatch } from '../core/handlers';
import { CONTENT_SECURITY_POLICY } from '../core/security';

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
const MAX_JSON = 2 * 1024 * 1024;
const MAX_UPLOAD = 200 * 1024 * 1024;

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the contract over HTTP on 127.0.0.1 only:
 * POST /api/<channel> (JSON), POST /upload?name=… (raw bytes), GET /download/<token>.
 */
export function startWebHost(core: Core, opts: { port?: number; rendererDir: string }): Promise<WebHost> {
  const server = http.createServer((req, res) => {
    handle(core, opts.rendererDir, req, res).catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Kesalahan server lokal.' } });
      else res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

async function handle(core: Core, rendererDir: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  // Refuse other hosts (DNS rebinding) and cross-site posts.
  const host = req.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return send(res, 403, 'Host ditolak.');
  const url = new URL(req.url ?? '/', `http://${host}`);
  if (req.method === 'POST') {
    const origin = req.headers.origin;
    if (origin && new URL(origin).host !== host) return send(res, 403, 'Asal permintaan ditolak.');
  }
  if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
    const body = await readBody(req, MAX_JSON);
    let payload: unknown;
    try {
      payload = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return send(res, 400, { ok: false, error: { code: 'VALIDASI', message: 'Isi permintaan bukan JSON yang valid.' } });
    }
    return send(res, 200, await dispatch(core, decodeURIComponent(url.pathname.slice(5)), payload));
  }
  if (req.method === 'POST' && url.pathname === '/upload') {
    const name = url.searchParams.get('name') ?? 'berkas';
    const bytes = await readBody(req, MAX_UPLOAD);
    const file = core.files.storeUpload(name, bytes);
    return send(res, 200, { ok: true, value: { file, fileName: core.files.resolve(file).name } });
  }
  if (req.method === 'GET' && url.pathname.startsWith('/download/')) {
    let entry;
    try {
      entry = core.files.resolve(url.pathname.slice('/download/'.length));
    } catch {
      return send(res, 404, 'Berkas tidak ditemukan.');
    }
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
      'Content-Length': fs.statSync(entry.path).size,
    });
    fs.createReadStream(entry.path).pipe(res);
    return;
  }
  if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(rendererDir, url.pathname, res);
  send(res, 405, 'Metode tidak didukung.');
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const rel = path.normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = path.join(root, rel);
  if (!file.startsWith(path.resolve(root))) return send(res, 403, 'Ditolak.');
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) return send(res, 500, 'Antarmuka belum dibangun: jalankan "npm run build:renderer".');
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('Berkas terlalu besar.'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
