import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import { formatSize, startWebHost, type WebHost } from '../../../electron/web/server';
import { pns, tempDir } from '../../helpers/core';

const SECRET = 'kunci-uji-0123456789abcdefABCDEF';
const LIMIT = 64 * 1024;
const INDEX = '<!doctype html><title>Netra</title><div id="root">halaman-indeks</div>';
const ASSET = 'console.log("aset-netra");';
const DOWNLOAD = 'isi-berkas-unduhan';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

let core: Core;
let host: WebHost;
let token: string;
const replies: Reply[] = [];

/** One HTTP exchange with exact headers (no cookie jar, no fetch metadata unless given). */
function request(
  method: string,
  target: string,
  opts: { headers?: Record<string, string>; body?: Buffer | string; chunked?: boolean } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method, path: target, headers: opts.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const reply = { status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') };
        replies.push(reply);
        resolve(reply);
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (opts.body !== undefined) {
      if (opts.chunked) {
        // Unknown length: the host only learns the size while reading.
        const buf = Buffer.from(opts.body);
        for (let i = 0; i < buf.length; i += 16 * 1024) req.write(buf.subarray(i, i + 16 * 1024));
        req.end();
      } else req.end(opts.body);
    } else req.end();
  });
}

const withKey = { 'X-Netra-Kunci': SECRET };
const withCookie = () => ({ Cookie: `lain=1; ${host.cookie}=${SECRET}` });
const json = (r: Reply) => JSON.parse(r.text) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };

/** Every route, as the page calls it. */
const routes = () => [
  { name: '/api/app.info', method: 'POST', path: '/api/app.info', body: '{}', data: '"ok":true' },
  { name: '/api/pegawai.list', method: 'POST', path: '/api/pegawai.list', body: '{}', data: 'Budi Santoso' },
  { name: '/upload', method: 'POST', path: '/upload?name=data.csv', body: 'nip;nama', data: '"fileName":"data.csv"' },
  {
    name: '/download/<token>',
    method: 'GET',
    // The token exists only once beforeAll ran.
    get path() {
      return `/download/${token}`;
    },
    data: DOWNLOAD,
  },
  { name: '/ (index)', method: 'GET', path: '/', data: 'halaman-indeks' },
  { name: 'an asset', method: 'GET', path: '/assets/app.js', data: 'aset-netra' },
];

beforeAll(async () => {
  const rendererDir = tempDir('netra-web-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX);
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), ASSET);
  core = createCore({ dataDir: tempDir('netra-web-'), mode: 'web' });
  const created = await dispatch(core, 'pegawai.create', { data: pns() });
  expect(created.ok).toBe(true);
  const out = core.files.outputPath('laporan.txt');
  fs.writeFileSync(out.path, DOWNLOAD);
  token = out.token;
  host = await startWebHost(core, { rendererDir, secret: SECRET, maxUploadBytes: LIMIT, maxJsonBytes: LIMIT });
});

afterAll(async () => {
  await host.close();
  core.close();
});

describe('web host: the per-launch secret', () => {
  it('puts the secret in the printed URL, and names its cookie after the port', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?kunci=${SECRET}`);
    expect(host.cookie).toBe(`netra_kunci_${host.port}`);
  });

  it('makes a fresh random base64url secret per launch when none is given', async () => {
    const dir = tempDir('netra-web-renderer-');
    const [a, b] = await Promise.all([startWebHost(core, { rendererDir: dir }), startWebHost(core, { rendererDir: dir })]);
    try {
      expect(a.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(a.secret).not.toBe(b.secret);
      expect(a.cookie).not.toBe(b.cookie);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('refuses a secret that could not travel in a URL or cookie', async () => {
    await expect(startWebHost(core, { rendererDir: '.', secret: 'a b;c' })).rejects.toThrow(/base64url/);
  });

  for (const r of routes()) {
    it(`${r.name}: 401 and no data without the secret, or with a wrong one`, async () => {
      for (const headers of [
        {} as Record<string, string>,
        { 'X-Netra-Kunci': 'salah-0123456789abcdef' },
        { 'X-Netra-Kunci': `${SECRET}x` },
        { Cookie: `${host.cookie}=salah-0123456789abcdef` },
        { Cookie: `netra_kunci_1=${SECRET}` }, // another port's cookie
      ]) {
        const res = await request(r.method, r.path, { headers, body: r.body });
        expect(res.status, JSON.stringify(headers)).toBe(401);
        expect(res.text).not.toContain(r.data);
        expect(res.text).toContain('alamat lengkap');
      }
    });

    it(`${r.name}: served with the secret as header and as cookie`, async () => {
      for (const headers of [withKey, withCookie()]) {
        const res = await request(r.method, r.path, { headers, body: r.body });
        expect(res.status).toBe(200);
        expect(res.text).toContain(r.data);
      }
    });
  }

  it('answers API calls without the secret as a Result the UI can show', async () => {
    const res = await request('POST', '/api/app.info', { body: '{}' });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(json(res)).toMatchObject({ ok: false, error: { code: 'TIDAK_BERWENANG' } });
  });

  it('shows a short Indonesian page to a browser that opens the host without the secret', async () => {
    for (const target of ['/', '/?kunci=salah-0123456789abcdef']) {
      const res = await request('GET', target, { headers: { Accept: 'text/html', 'Sec-Fetch-Dest': 'document', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Site': 'none' } });
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('alamat lengkap yang dicetak di terminal saat Netra dijalankan');
      expect(res.text).toContain(`http://127.0.0.1:${host.port}/?kunci=…`);
      expect(res.text).not.toContain('halaman-indeks');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('trades the secret in the URL for an HttpOnly SameSite=Strict session cookie and drops it from the URL', async () => {
    const res = await request('GET', `/?kunci=${SECRET}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(res.text).not.toContain('halaman-indeks');
    const cookies = res.headers['set-cookie'] ?? [];
    expect(cookies).toHaveLength(1);
    const [pair, ...attrs] = cookies[0]!.split(';').map((s) => s.trim());
    expect(pair).toBe(`${host.cookie}=${SECRET}`);
    expect(attrs.map((a) => a.toLowerCase()).sort()).toEqual(['httponly', 'path=/', 'samesite=strict']);
    // The cookie it set opens the page it redirects to.
    const page = await request('GET', res.headers.location!, { headers: { Cookie: pair! } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('halaman-indeks');
  });

  it('opened from a link on another site, hands over the cookie on a page that moves on by itself', async () => {
    // A Strict cookie is withheld on a redirect chain that began on another site, so a 303 would land on the locked page.
    const nav = { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document' };
    const res = await request('GET', `/?kunci=${SECRET}&a=1`, { headers: nav });
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie']).toEqual([`${host.cookie}=${SECRET}; HttpOnly; SameSite=Strict; Path=/`]);
    expect(res.text).toContain('<meta http-equiv="refresh" content="0;url=/?a=1">');
    expect(res.text).not.toContain(SECRET);
    expect(res.text).not.toContain('halaman-indeks');
    const wrong = await request('GET', '/?kunci=salah-0123456789abcdef', { headers: nav });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('keeps the rest of the address when dropping the secret, and never redirects off the host', async () => {
    const res = await request('GET', `/pegawai/x?a=1&kunci=${SECRET}&b=dua%20tiga`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/pegawai/x?a=1&b=dua+tiga');
    const sneaky = await request('GET', `//evil.example/?kunci=${SECRET}`);
    expect(sneaky.status).toBe(303);
    expect(sneaky.headers.location).toBe('/evil.example/');
    const backslash = await request('GET', `/\\evil.example/?kunci=${SECRET}`);
    expect(backslash.headers.location).toBe('/evil.example/');
  });

  it('refuses a Host other than 127.0.0.1/localhost (DNS rebinding) even with the secret', async () => {
    const res = await request('POST', '/api/app.info', { headers: { ...withKey, Host: 'evil.example' }, body: '{}' });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('"ok":true');
  });
});

describe('web host: status codes', () => {
  const bigBody = Buffer.alloc(8 * 1024 * 1024, 0x61);

  it('answers an upload over the limit with 413 and the limit, received whole by a client still sending', async () => {
    for (const [body, chunked] of [
      [Buffer.alloc(LIMIT + 1, 0x61), false],
      [bigBody, false],
      [bigBody, true],
    ] as const) {
      const res = await request('POST', '/upload?name=besar.xlsx', { headers: withKey, body, chunked });
      expect(res.status).toBe(413);
      expect(json(res)).toEqual({ ok: false, error: { code: 'TERLALU_BESAR', message: 'Berkas terlalu besar: batas unggahan 64 KB.' } });
    }
    // Exactly at the limit is fine.
    const ok = await request('POST', '/upload?name=pas.csv', { headers: withKey, body: Buffer.alloc(LIMIT, 0x61) });
    expect(json(ok).ok).toBe(true);
  });

  it('gives a fetch() client the 413 message, not a connection reset', async () => {
    const res = await fetch(`${host.origin}/upload?name=besar.xlsx`, { method: 'POST', headers: withKey, body: bigBody });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('Berkas terlalu besar');
  });

  it('refuses an oversized body announced with Expect: 100-continue before it is sent', async () => {
    const res = await new Promise<{ status: number; body: string; continued: boolean }>((resolve, reject) => {
      let continued = false;
      const req = http.request({
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: '/upload?name=besar.xlsx',
        agent: false,
        headers: { ...withKey, Expect: '100-continue', 'Content-Length': String(bigBody.length) },
      });
      req.on('continue', () => {
        continued = true;
        req.end(bigBody);
      });
      req.on('response', (r) => {
        let body = '';
        r.on('data', (c: Buffer) => (body += c.toString()));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body, continued }));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(res.continued).toBe(false);
    expect(res.status).toBe(413);
    expect(res.body).toContain('Berkas terlalu besar');
    // An upload within the limit gets the go-ahead.
    const small = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: '/upload?name=kecil.csv',
        agent: false,
        headers: { ...withKey, Expect: '100-continue', 'Content-Length': '3' },
      });
      req.on('continue', () => req.end('a;b'));
      req.on('response', (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(small).toBe(200);
  });

  it('answers an API body over its limit with 413 as a Result', async () => {
    const res = await request('POST', '/api/pegawai.list', { headers: withKey, body: `{"cari":"${'x'.repeat(LIMIT)}"}` });
    expect(res.status).toBe(413);
    expect(json(res).error).toEqual({ code: 'TERLALU_BESAR', message: 'Isi permintaan terlalu besar: batasnya 64 KB.' });
  });

  it('answers a large body sent without the secret with 401, not a reset', async () => {
    const res = await request('POST', '/upload?name=besar.xlsx', { body: bigBody });
    expect(res.status).toBe(401);
  });

  it('answers malformed percent-encoding in path or query with 400, never 500', async () => {
    for (const target of ['/api/app.%E0%A4%A', '/api/%ZZ', '/upload?name=%E0%A4%A', '/upload?name=a%', '/%C0%AF', '/assets/%', `/download/${token}%`, '/?x=%FF']) {
      const post = target.startsWith('/api') || target.startsWith('/upload');
      const res = await request(post ? 'POST' : 'GET', target, { headers: withKey, body: post ? '{}' : undefined });
      expect(res.status, target).toBe(400);
      expect(res.text).toContain('penyandian persen');
    }
  });

  it('refuses a bad, unparseable or foreign Origin with 403, never 500', async () => {
    for (const origin of ['null', 'garbage', 'http://', 'http://evil.example', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`]) {
      for (const [method, target] of [
        ['POST', '/api/app.info'],
        ['POST', '/upload?name=a.csv'],
        ['GET', `/download/${token}`],
      ] as const) {
        const res = await request(method, target, { headers: { ...withKey, Origin: origin }, body: method === 'POST' ? '{}' : undefined });
        expect(res.status, `${origin} ${target}`).toBe(403);
        expect(res.text).not.toContain(DOWNLOAD);
      }
    }
    const own = await request('POST', '/api/app.info', { headers: { ...withKey, Origin: host.origin }, body: '{}' });
    expect(own.status).toBe(200);
  });

  it('refuses cross-site and same-site requests by Sec-Fetch-Site when there is no Origin', async () => {
    const cookie = withCookie();
    for (const site of ['cross-site', 'same-site']) {
      for (const [method, target] of [
        ['POST', '/api/pegawai.list'],
        ['POST', '/upload?name=a.csv'],
        ['GET', `/download/${token}`],
        ['GET', '/assets/app.js'],
      ] as const) {
        const res = await request(method, target, {
          headers: { ...cookie, 'Sec-Fetch-Site': site, 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'empty' },
          body: method === 'POST' ? '{}' : undefined,
        });
        expect(res.status, `${site} ${target}`).toBe(403);
        expect(res.text).not.toMatch(/Budi Santoso|isi-berkas|aset-netra/);
      }
      // A link from elsewhere may open the page itself (it cannot read it), but not in a frame.
      const nav = { ...cookie, 'Sec-Fetch-Site': site, 'Sec-Fetch-Mode': 'navigate' };
      expect((await request('GET', '/', { headers: { ...nav, 'Sec-Fetch-Dest': 'document' } })).status).toBe(200);
      expect((await request('GET', '/', { headers: { ...nav, 'Sec-Fetch-Dest': 'iframe' } })).status).toBe(403);
      expect((await request('GET', `/download/${token}`, { headers: { ...nav, 'Sec-Fetch-Dest': 'document' } })).status).toBe(403);
    }
    for (const site of ['same-origin', 'none']) {
      const res = await request('POST', '/api/pegawai.list', { headers: { ...cookie, 'Sec-Fetch-Site': site }, body: '{}' });
      expect(res.status).toBe(200);
    }
  });

  it('answers an unknown download token with 404 and a wrong method with 405', async () => {
    expect((await request('GET', '/download/tidak-ada', { headers: withKey })).status).toBe(404);
    expect((await request('GET', '/api/app.info', { headers: withKey })).status).toBe(405);
    expect((await request('PUT', '/', { headers: withKey })).status).toBe(405);
  });

  it('answers a request the HTTP parser rejects with 400 and the same headers', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(host.port, '127.0.0.1', () => socket.write('GET /a b c\r\nHost: 127.0.0.1\r\n\r\n'));
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
    expect(raw).toMatch(/\r\nReferrer-Policy: no-referrer\r\n/i);
  });

  it('sends nosniff and no-referrer on every response, and never a stack trace', () => {
    const statuses = new Set(replies.map((r) => r.status));
    // This runs last in the file: make sure the replies above covered every kind of answer.
    for (const s of [200, 303, 400, 401, 403, 404, 405, 413]) expect(statuses).toContain(s);
    for (const r of replies) {
      expect(r.headers['x-content-type-options'], `${r.status}`).toBe('nosniff');
      expect(r.headers['referrer-policy'], `${r.status}`).toBe('no-referrer');
      expect(r.text).not.toMatch(/\n\s+at |Error:|node:internal/);
    }
    expect(replies.length).toBeGreaterThan(60);
  });
});

describe('formatSize', () => {
  it('says sizes the way a file manager does', () => {
    expect(formatSize(200 * 1024 * 1024)).toBe('200 MB');
    expect(formatSize(2.5 * 1024 * 1024)).toBe('2,5 MB');
    expect(formatSize(64 * 1024)).toBe('64 KB');
    expect(formatSize(10)).toBe('10 bita');
  });
});
