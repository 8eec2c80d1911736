import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seeText, type App } from './harness';

describe('tanggal dd/mm/yyyy di browser berbahasa Inggris (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ demo: 20 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows and reads the letter date day first in an en-US browser', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    try {
      const page = await context.newPage();
      await page.goto(`${app.host.url}#/dokumen?tab=buat`);
      await page.getByTestId('jenis-surat-undangan').click();
      const form = page.getByTestId('form-dokumen');
      const tanggal = form.locator('#dok-tanggal');
      expect(await tanggal.getAttribute('type')).toBe('text');
      await tanggal.fill('1/2/2026');
      await tanggal.blur();
      // 1 February (day first), written back as dd/mm/yyyy, and the preview agrees.
      expect(await tanggal.inputValue()).toBe('01/02/2026');
      await seeText(form, '1 Februari 2026');
      await seeText(page.getByTestId('pratinjau-naskah'), '1 Februari 2026');
      await tanggal.fill('31/02/2026');
      await tanggal.blur();
      await seeText(form.locator('#dok-tanggal-format'), 'tidak ada di kalender');
    } finally {
      await context.close();
    }
  });
});
