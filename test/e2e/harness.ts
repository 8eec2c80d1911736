import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { createCore, type Core } from '../../electron/core/core';
import { startWebHost, type WebHost, type WebHostOptions } from '../../electron/web/server';
import { tempDir } from '../helpers/core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(p)) throw new Error(`Chromium tidak ditemukan di ${p}. Pasang paket Debian "chromium" (lihat .ci/run).`);
  return p;
}

export interface App {
  core: Core;
  host: WebHost;
  browser: Browser;
  page: Page;
  dataDir: string;
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

const rendererDir = path.resolve(import.meta.dirname, '../../out/renderer');
export const SHOTS_DIR = path.resolve(import.meta.dirname, '../../test-results/screens');

/**
 * Starts the web host over a fresh data folder (optionally with demo data) and opens the UI at
 * `host.url`, the address with the per-launch secret: the host trades it for a session cookie and
 * redirects to the bare origin, so `page.goto(\`${host.url}#/…\`)` opens any route with the secret.
 * The app's first page is the home screen; the tests start on `halaman` (the staff list unless told,
 * as they did before the home screen existed; `null` stays on the home screen).
 */
export async function openApp(opts: { demo?: number; host?: Omit<WebHostOptions, 'rendererDir'>; halaman?: string | null } = {}): Promise<App> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Jalankan "npm run build:renderer" lebih dulu.');
  const dataDir = tempDir('netra-e2e-');
  const core = createCore({ dataDir, mode: 'web' });
  if (opts.demo) core.demo.load({ pegawai: opts.demo, seed: 7 });
  const host = await startWebHost(core, { ...opts.host, rendererDir });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e: Error) => pageErrors.push(e.message));
  await page.goto(host.url);
  if (page.url() !== `${host.origin}/`) throw new Error(`Halaman awal tidak terbuka: ${page.url()}`);
  const halaman = opts.halaman === undefined ? 'pegawai' : opts.halaman;
  if (halaman) await page.evaluate((h) => (window.location.hash = h), `#/${halaman}`);
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  return {
    core,
    host,
    browser,
    page,
    dataDir,
    async shot(name) {
      const file = path.join(SHOTS_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close() {
      await browser.close();
      await host.close();
      core.close();
      if (pageErrors.length) throw new Error(`Galat di halaman: ${pageErrors.join(' | ')}`);
    },
  };
}

/** Waits until the element's text contains `text` (Playwright's own expect is not part of playwright-core). */
export async function seeText(locator: Locator, text: string | RegExp, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    last = (await locator.textContent({ timeout }).catch(() => null)) ?? '';
    if (typeof text === 'string' ? last.includes(text) : text.test(last)) return last;
    if (Date.now() > deadline) throw new Error(`Teks ${String(text)} tidak muncul. Teks terakhir: "${last.slice(0, 400)}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
