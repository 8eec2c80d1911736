import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { openApp, seeText, type App } from './harness';

const LIMIT = 64 * 1024;

describe('local web host in the browser', () => {
  let app: App;
  beforeAll(async () => {
    // stays on the first page the host opens (the home screen), as a clerk who just typed the address
    app = await openApp({ host: { maxUploadBytes: LIMIT }, halaman: null });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens with the secret, then keeps it out of the address bar and out of reach of scripts', async () => {
    const { page, host } = app;
    expect(page.url()).toBe(`${host.origin}/`);
    await seeText(page.locator('h1.topbar-title'), 'Beranda');
    expect(await page.evaluate(() => document.cookie)).not.toContain(app.host.secret);
    // A route opened with the secret lands on that route, without the secret.
    await page.goto(`${host.url}#/unit-kerja`);
    expect(page.url()).toBe(`${host.origin}/#/unit-kerja`);
    await page.goBack();
    expect(page.url()).toBe(`${host.origin}/`);
  });

  it('shows the locked page, and serves no data, to a browser without the secret', async () => {
    const context = await app.browser.newContext({ locale: 'id-ID' });
    try {
      const page = await context.newPage();
      const res = await page.goto(`${app.host.origin}/`);
      expect(res?.status()).toBe(401);
      await seeText(page.locator('h1'), 'Buka Netra dengan alamat lengkapnya');
      await seeText(page.locator('body'), 'alamat lengkap yang dicetak di terminal saat Netra dijalankan');
      const api = await page.evaluate(async () => {
        const r = await fetch('./api/app.info', { method: 'POST', body: '{}' });
        return { status: r.status, body: await r.text() };
      });
      expect(api.status).toBe(401);
      expect(api.body).not.toContain('"ok":true');
      // A wrong secret in the address is no better.
      expect((await page.goto(`${app.host.origin}/?kunci=salah-0123456789abcdef`))?.status()).toBe(401);
    } finally {
      await context.close();
    }
  });

  it('opens from a link on another site: the redirect after the secret still carries the cookie', async () => {
    // A page on another origin (localhost is another site than 127.0.0.1) links to the printed address.
    const other = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<a id="buka" href="${app.host.url}#/pegawai">Buka Netra</a>`);
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const context = await app.browser.newContext({ locale: 'id-ID' });
    try {
      const page = await context.newPage();
      await page.goto(`http://localhost:${(other.address() as AddressInfo).port}/`);
      // The page moves on by itself (a Strict cookie is withheld on a redirect that began elsewhere); the fragment is lost.
      await Promise.all([page.waitForURL(`${app.host.origin}/`), page.click('#buka')]);
      // the fragment is lost, so it opens on the home screen
      await seeText(page.locator('h1.topbar-title'), 'Beranda');
      // The address with the secret did not stay in the history: back leads to the linking page.
      await page.goBack();
      expect(page.url()).toBe(`http://localhost:${(other.address() as AddressInfo).port}/`);
    } finally {
      await context.close();
      await new Promise((r) => other.close(r));
    }
  });

  it('shows an answer that is not JSON as an error naming the status, not as a parse failure', async () => {
    const { page } = app;
    await page.route('**/api/pegawai.list', (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>Bad Gateway dari proksi</body></html>' }),
    );
    try {
      await page.goto(`${app.host.url}#/pegawai`);
      const text = await seeText(page.locator('main'), 'Layanan Netra menjawab tidak terduga (HTTP 502)');
      expect(text).not.toMatch(/<html|Unexpected token|JSON/);
    } finally {
      await page.unroute('**/api/pegawai.list');
    }
  });

  it('says "Berkas terlalu besar" with the limit when the import file is over it', async () => {
    const { page } = app;
    const file = path.join(tempDir('netra-e2e-file-'), 'besar.csv');
    const row = 'Nama Pegawai;199001012020011001\n';
    fs.writeFileSync(file, `NAMA;NIP\n${row.repeat(Math.ceil((LIMIT * 2) / row.length))}`);
    await page.goto(`${app.host.url}#/pegawai`);
    await page.getByRole('button', { name: 'Impor Excel/CSV' }).first().click();
    const dialog = page.getByTestId('dialog-impor');
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(file);
    const text = await seeText(dialog.getByTestId('galat-impor'), 'Berkas terlalu besar');
    expect(text).toContain('batas unggahan 64 KB');
    expect(text).not.toMatch(/menghubungi|Failed to fetch|JSON/);
    await app.shot('web-unggahan-terlalu-besar');
  });
});
