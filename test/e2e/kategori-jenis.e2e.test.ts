import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seeText, type App } from './harness';

describe('Kelompok jenis dokumen (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('moves the Surat Edaran to the letters’ group and back, kept across a reload', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/pengaturan?bagian=halaman`);
    const card = page.getByTestId('kategori-jenis');
    const se = card.getByLabel('Surat Edaran', { exact: false });
    expect(await se.inputValue()).toBe('penetapan');
    await se.selectOption('korespondensi');
    await seeText(page.locator('.toast-region'), 'kini mengikuti kelompok surat (korespondensi)');
    expect(core.halaman.kategori(core.jenis.get('surat-edaran'))).toBe('korespondensi');
    await app.shot('45-kelompok-jenis');

    await page.reload();
    expect(await page.getByTestId('kategori-jenis').getByLabel('Surat Edaran', { exact: false }).inputValue()).toBe('korespondensi');
    await page.getByTestId('kategori-jenis').getByLabel('Surat Edaran', { exact: false }).selectOption('penetapan');
    await seeText(page.locator('.toast-region'), 'kini mengikuti kelompok produk hukum');
    expect(core.halaman.kategori(core.jenis.get('surat-edaran'))).toBe('penetapan');
  });
});
