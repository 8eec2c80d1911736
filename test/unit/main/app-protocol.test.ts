import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, isAppUrl, mimeType, resolveAppPath, serveAppRequest } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security';
import { tempDir } from '../../helpers/core';

const ROOT = path.resolve('/srv/netra/out/renderer');

describe('resolveAppPath', () => {
  it('maps app://netra/… to files under the root', () => {
    expect(resolveAppPath(ROOT, APP_ENTRY_URL)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://netra/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://netra/assets/index-BTLFIayD.js')).toBe(path.join(ROOT, 'assets', 'index-BTLFIayD.js'));
    expect(resolveAppPath(ROOT, 'app://netra/assets/index-CIEx-xZu.css?v=1#x')).toBe(path.join(ROOT, 'assets', 'index-CIEx-xZu.css'));
    expect(resolveAppPath(ROOT, 'app://netra/assets/logo%2Dkecil.png')).toBe(path.join(ROOT, 'assets', 'logo-kecil.png'));
  });

  it.each([
    // other schemes, hosts, ports, credentials
    'file:///etc/passwd',
    'https://netra/index.html',
    'app://evil/index.html',
    'app://NETRA/index.html',
    'app://netra:8080/index.html',
    'app://user:pw@netra/index.html',
    'app:netra/index.html',
    'app:///index.html',
    'not a url',
    '',
    // encoded traversal and separators
    'app://netra/..%2f..%2fetc%2fpasswd',
    'app://netra/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://netra/..%5c..%5cwindows%5cwin.ini',
    'app://netra/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://netra/%252e%252e/%252e%252e/package.json',
    'app://netra/assets%2findex.js',
    'app://netra/a\\..\\..\\b',
    // absolute paths and drives smuggled into a segment
    'app://netra/%2Fetc%2Fpasswd',
    'app://netra//etc/passwd',
    'app://netra/C:/Windows/win.ini',
    'app://netra/C%3A%5CWindows%5Cwin.ini',
    'app://netra/%5C%5Cserver%5Cshare%5Cx',
    // NUL, control characters, malformed escapes
    'app://netra/index.html%00.png',
    'app://netra/index%0a.html',
    'app://netra/%E0%A4%A',
    'app://netra/%zz',
    // hidden files, empty segments, the root itself
    'app://netra/.env',
    'app://netra/assets/.git/config',
    'app://netra/assets/',
    'app://netra/assets//index.js',
    // absurd depth
    `app://netra/${Array.from({ length: 20 }, () => 'a').join('/')}`,
  ])('refuses %j', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('keeps dot segments that the URL parser folds inside the root', () => {
    // The parser turns these into /etc/passwd and /package.json: still looked up below the root, never above.
    for (const url of ['app://netra/../../../etc/passwd', 'app://netra/assets/%2e%2e/%2e%2e/package.json', 'app://netra/.%2e/.%2e/x']) {
      const p = resolveAppPath(ROOT, url);
      expect(p).not.toBeNull();
      expect(path.relative(ROOT, p!).startsWith('..')).toBe(false);
    }
  });
});

describe('serveAppRequest', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    const base = tempDir('netra-app-protocol-');
    root = path.join(base, 'out', 'renderer');
    fs.mkdirSync(path.join(root, 'assets', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Netra</title>');
    fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
    outside = path.join(base, 'rahasia.txt');
    fs.writeFileSync(outside, 'data pegawai');
    fs.symlinkSync(outside, path.join(root, 'assets', 'tautan.txt'));
    fs.symlinkSync(base, path.join(root, 'assets', 'naik'));
  });

  it('serves files with their MIME type, the CSP and nosniff', async () => {
    const html = await serveAppRequest(root, 'GET', APP_ENTRY_URL);
    expect(html.status).toBe(200);
    expect(Buffer.from(html.body).toString()).toContain('<title>Netra</title>');
    expect(html.headers).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
    expect((await serveAppRequest(root, 'GET', 'app://netra/assets/index-abc.js')).headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect((await serveAppRequest(root, 'GET', 'app://netra/assets/index-abc.css')).headers['Content-Type']).toBe('text/css; charset=utf-8');
    const head = await serveAppRequest(root, 'HEAD', 'app://netra/assets/index-abc.js');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('refuses directories, missing files, symlinks out of the root and other methods', async () => {
    for (const url of ['app://netra/assets', 'app://netra/assets/sub', 'app://netra/tidak-ada.js', 'app://netra/assets/tautan.txt', 'app://netra/assets/naik/rahasia.txt', 'app://netra/..%2frahasia.txt']) {
      const r = await serveAppRequest(root, 'GET', url);
      expect(r.status, url).toBe(404);
      expect(String(r.body)).not.toContain('data pegawai');
      expect(r.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await serveAppRequest(root, 'POST', APP_ENTRY_URL)).status).toBe(405);
    expect((await serveAppRequest(path.join(root, 'tidak-ada'), 'GET', APP_ENTRY_URL)).status).toBe(404);
  });

  it('shows a registered picture by its download token (event photos), and nothing else through that path', async () => {
    const pic = path.join(path.dirname(outside), 'foto.png');
    fs.writeFileSync(pic, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const files: Record<string, string> = { tokenfoto1: pic, tokenteks1: outside };
    const resolve = (t: string) => (files[t] ? { path: files[t]!, name: path.basename(files[t]!) } : null);
    const ok = await serveAppRequest(root, 'GET', 'app://netra/download/tokenfoto1', resolve);
    expect(ok.status).toBe(200);
    expect(ok.headers['Content-Type']).toBe('image/png');
    expect(Buffer.from(ok.body as Uint8Array)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    for (const url of ['app://netra/download/tokenteks1', 'app://netra/download/tidakada1', 'app://netra/download/tokenfoto1/x', 'app://netra/download/%2e%2e%2ftokenfoto1', 'app://evil/download/tokenfoto1']) {
      const r = await serveAppRequest(root, 'GET', url, resolve);
      expect(r.status, url).not.toBe(200);
      expect(String(r.body)).not.toContain('data pegawai');
    }
    // without a resolver (or before the core is up) the path is a renderer path like any other
    expect((await serveAppRequest(root, 'GET', 'app://netra/download/tokenfoto1')).status).toBe(404);
  });

  it('names unknown extensions as bytes, never as something a browser would run', () => {
    expect(mimeType('x.exe')).toBe('application/octet-stream');
    expect(mimeType('X.HTML')).toBe('text/html; charset=utf-8');
  });
});

describe('the app scheme', () => {
  it('is standard and secure with fetch, and does not open itself to other origins or bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });

  it('isAppUrl accepts app://netra and, in development only, the dev server origin', () => {
    expect(isAppUrl('app://netra/index.html#/pegawai', null)).toBe(true);
    expect(isAppUrl('app://evil/index.html', null)).toBe(false);
    expect(isAppUrl('app://u@netra/index.html', null)).toBe(false);
    expect(isAppUrl('file:///tmp/index.html', null)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', null)).toBe(false);
    expect(isAppUrl(undefined, null)).toBe(false);
    expect(isAppUrl('', null)).toBe(false);
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/#/pegawai', dev)).toBe(true);
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.test/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'file:///x')).toBe(false);
  });
});
