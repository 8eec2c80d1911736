import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PegawaiQuerySchema } from '../../shared/contract/schemas';
import { openApp, type App } from './harness';

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (l: Locator): Promise<Box> => {
  const b = await l.boundingBox();
  if (!b) throw new Error(`Elemen tidak tampil: ${String(l)}`);
  return b;
};
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The element is where the clerk can see it: inside the window and the form's scroll area, clear of the sticky footer and head. */
async function visibleInForm(page: Page, el: Locator): Promise<string | null> {
  const b = await boxOf(el);
  const vp = page.viewportSize()!;
  const scroll = await boxOf(page.locator('.dokumen-form-scroll'));
  const footer = await boxOf(page.locator('.dokumen-form-footer'));
  const head = await boxOf(page.locator('.dokumen-form-head'));
  if (b.y < 0 || b.y + b.height > vp.height || b.x < 0 || b.x + b.width > vp.width) return `di luar jendela ${JSON.stringify(b)}`;
  if (b.y < scroll.y - 0.5 || b.y + b.height > scroll.y + scroll.height + 0.5) return `terpotong area gulir ${JSON.stringify(b)} vs ${JSON.stringify(scroll)}`;
  if (overlaps(b, footer)) return `tertutup bilah bawah ${JSON.stringify(b)} vs ${JSON.stringify(footer)}`;
  if (overlaps(b, head)) return `tertutup kepala formulir ${JSON.stringify(b)} vs ${JSON.stringify(head)}`;
  return null;
}

describe('tata letak pada layar 1366×768 (browser)', () => {
  let app: App;
  let page: Page;
  beforeAll(async () => {
    app = await openApp({ demo: 60 });
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  it('the addressee list and the signatory picker come into view clear of the sticky bar when focused', async () => {
    await page.goto(`${app.host.url}#/dokumen?tab=buat`);
    await page.getByTestId('jenis-surat-undangan').click();
    const form = page.getByTestId('form-dokumen');
    await form.waitFor();
    const targets = [
      form.locator('#dok-tandaTangan-penandatanganId'),
      form.locator('#dok-profilId'),
      form.getByRole('button', { name: 'Tambah undangan' }),
      form.locator('[id^="dok-data-kepada"]').last(),
      form.locator('[id^="dok-data-tembusan"]').last(),
    ];
    for (const t of targets) {
      await page.locator('.dokumen-form-scroll').evaluate((el) => el.scrollTo(0, 0));
      await t.evaluate((el) => (el as HTMLElement).blur());
      await t.focus();
      expect(await visibleInForm(page, t), String(t)).toBeNull();
      await page.locator('.dokumen-form-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await t.evaluate((el) => (el as HTMLElement).blur());
      await t.focus();
      expect(await visibleInForm(page, t), String(t)).toBeNull();
    }
    await page.screenshot({ path: 'test-results/screens/40-1366-undangan.png' });
  });

  it('the staff search of the SK lists its matches above the sticky bar', async () => {
    await page.goto(`${app.host.url}#/dokumen?tab=buat`);
    await page.reload();
    await page.getByTestId('jenis-sk-satgas').click();
    const form = page.getByTestId('form-dokumen');
    await form.waitFor();
    const someone = app.core.pegawai.list(PegawaiQuerySchema.parse({ limit: 1 })).rows[0]!;
    const cari = form.getByTestId('cari-anggota');
    await cari.focus();
    await cari.fill(someone.nama.split(' ')[0]!);
    const options = page.getByRole('listbox', { name: 'Hasil pencarian pegawai' }).getByRole('option');
    await options.first().waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    const last = options.last();
    expect(await visibleInForm(page, cari)).toBeNull();
    const b = await boxOf(last);
    const footer = await boxOf(page.locator('.dokumen-form-footer'));
    await page.screenshot({ path: 'test-results/screens/41-1366-sk-cari.png' });
    expect(overlaps(b, footer), JSON.stringify({ b, footer })).toBe(false);
    const vp = page.viewportSize()!;
    // the list may float over the footer (it is on top), but its options must be on screen and not under it
    const topEl = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="option"]') !== null, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
    expect(b.y + b.height <= vp.height, JSON.stringify({ b, footer })).toBe(true);
    expect(topEl, JSON.stringify({ b, footer })).toBe(true);
  });

  it('the staff table fits 1366×768 without clipping its last column', async () => {
    await page.goto(`${app.host.url}#/pegawai`);
    const table = page.getByTestId('tabel-pegawai');
    await table.waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'test-results/screens/42-1366-pegawai.png' });
    const info = await table.evaluate((el) => {
      const scroller = (el.matches('.grid-scroller') ? el : el.querySelector('.grid-scroller')) as HTMLElement;
      const header = el.querySelector('.grid-header') as HTMLElement | null;
      const cells = header ? Array.from(header.children) as HTMLElement[] : [];
      const lastCell = cells[cells.length - 1];
      const r = scroller.getBoundingClientRect();
      return {
        scrollWidth: scroller.scrollWidth,
        clientWidth: scroller.clientWidth,
        right: Math.min(r.right, el.getBoundingClientRect().right),
        lastRight: lastCell?.getBoundingClientRect().right ?? null,
        lastText: lastCell?.textContent ?? null,
        windowScroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(info.windowScroll).toBe(0);
    expect(info.scrollWidth).toBeLessThanOrEqual(info.clientWidth);
    expect(info.lastRight).not.toBeNull();
    expect(info.lastRight!).toBeLessThanOrEqual(info.right + 0.5);
    expect(info.right).toBeLessThanOrEqual(page.viewportSize()!.width);
  });
});
