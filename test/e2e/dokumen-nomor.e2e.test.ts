import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seeText, type App } from './harness';
import { openUndangan, settle, taken } from './nomor-helpers';

describe('satu surat, satu nomor (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ demo: 40 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Enter in "Hal" saves nothing; Ctrl+Enter saves once and the page shows the letter with its number', async () => {
    const { page, core } = app;
    const form = await openUndangan(app);
    const hal = form.locator('#dok-data-hal');
    await hal.fill('Undangan Apel Ikrar');
    await hal.press('Enter');
    await hal.press('Enter');
    await settle();
    expect(taken(core)).toEqual([]);
    await seeText(form.getByRole('button', { name: 'Simpan .docx' }), 'Ctrl+Enter');

    await hal.press('Control+Enter');
    const hasil = page.getByTestId('hasil-dokumen');
    await seeText(hasil, '800/0001/BKPSDM/');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Enter');
    await settle();
    expect(taken(core)).toEqual([expect.stringMatching(/^800\/0001\/BKPSDM\//)]);
    // the preview shows the number given, the form cannot be saved again
    await seeText(page.getByTestId('pratinjau-naskah'), '800/0001/BKPSDM/');
    expect(await page.getByTestId('pratinjau-naskah').textContent()).not.toContain('800/…');
    expect(await form.getByRole('button', { name: 'Simpan .docx' }).count()).toBe(0);
    expect(await hal.isDisabled()).toBe(true);
    await app.shot('30-tersimpan');
  });

  it('"Buat salinan" takes a new number only when saved; a double click on Simpan takes one', async () => {
    const { page, core } = app;
    const form = page.getByTestId('form-dokumen');
    await form.getByRole('button', { name: 'Buat salinan' }).click();
    const hal = form.locator('#dok-data-hal');
    expect(await hal.isDisabled()).toBe(false);
    expect(await hal.inputValue()).toBe('Undangan Apel Ikrar');
    await seeText(page.getByTestId('pratinjau-naskah'), '800/…/');
    expect(taken(core)).toHaveLength(1);
    await form.getByRole('button', { name: 'Simpan .docx' }).dblclick();
    await seeText(page.getByTestId('hasil-dokumen'), '800/0002/BKPSDM/');
    await settle();
    expect(taken(core)).toHaveLength(2);

    await form.getByRole('button', { name: 'Buat surat baru' }).click();
    await seeText(page.getByTestId('pratinjau-naskah'), '800/…/');
    expect(await page.getByTestId('hasil-dokumen').count()).toBe(0);
    // a triple click, for good measure
    await form.getByRole('button', { name: 'Simpan .docx' }).click({ clickCount: 3 });
    await seeText(page.getByTestId('hasil-dokumen'), '800/0003/BKPSDM/');
    await settle();
    expect(taken(core)).toHaveLength(3);
  });

  it('a request repeated after its answer was lost returns the first number', async () => {
    const { page, core } = app;
    const form = await openUndangan(app);
    let sent = 0;
    await page.route('**/api/dokumen.buat', async (route) => {
      sent++;
      await route.fetch(); // the answer never reaches the page …
      sent++;
      await route.fulfill({ response: await route.fetch() }); // … so the same request goes again
    });
    await form.getByRole('button', { name: 'Simpan .docx' }).click();
    await seeText(page.getByTestId('hasil-dokumen'), '800/0004/BKPSDM/');
    await page.unroute('**/api/dokumen.buat');
    expect(sent).toBe(2);
    expect(taken(core)).toHaveLength(4);
    expect(core.arsip.list({ text: '', jenis: null, tahun: null, offset: 0, limit: 10 }).total).toBe(4);
  });

  it('after a lost answer and an edit, the same key is refused with its number, and the clerk may save a new letter', async () => {
    const { page, core } = app;
    const form = await openUndangan(app);
    await page.route('**/api/dokumen.buat', async (route) => {
      await route.fetch(); // saved, but the answer is lost
      await route.abort('connectionreset');
    });
    await form.getByRole('button', { name: 'Simpan .docx' }).click();
    await seeText(page.getByTestId('galat-dokumen'), 'Tidak dapat menghubungi');
    await page.unroute('**/api/dokumen.buat');
    expect(taken(core)).toHaveLength(5);
    await form.locator('#dok-data-hal').fill('Undangan Apel Ikrar (diubah)');
    await form.getByRole('button', { name: 'Simpan .docx' }).click();
    await seeText(page.getByTestId('galat-dokumen'), '800/0005/BKPSDM/');
    expect(taken(core)).toHaveLength(5);
    await form.getByRole('button', { name: 'Simpan sebagai surat baru' }).click();
    await seeText(page.getByTestId('hasil-dokumen'), '800/0006/BKPSDM/');
    const halOf = (n: string) => core.penomoran.list({ tahun: null, status: null }).find((x) => x.nomor.startsWith(n))?.hal;
    expect([halOf('800/0005/'), halOf('800/0006/')]).toEqual(['Undangan Apel Ikrar Netralitas ASN', 'Undangan Apel Ikrar (diubah)']);
  });

  it('Esc on a filled form asks, with "Kembali ke formulir" focused', async () => {
    const { page } = app;
    const form = await openUndangan(app);
    const hal = form.locator('#dok-data-hal');
    await hal.fill('Undangan yang belum disimpan');
    await hal.press('Escape');
    const dialog = page.getByTestId('konfirmasi');
    await seeText(dialog, 'Tinggalkan formulir');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Kembali ke formulir');
    await app.shot('31-esc-formulir');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(await hal.inputValue()).toBe('Undangan yang belum disimpan');
    await hal.press('Escape');
    await dialog.getByRole('button', { name: 'Tinggalkan formulir' }).click();
    await page.getByTestId('jenis-surat-undangan').waitFor();
  });

  it('the agenda book shows the addressees and links a number to its letter; a voided number marks the letter BATAL', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/dokumen?tab=agenda`);
    const first = core.penomoran.list({ tahun: null, status: null }).find((n) => n.nomor.startsWith('800/0001/'))!;
    const row = page.getByTestId('baris-nomor').filter({ hasText: first.nomor });
    await seeText(row, 'Kepala Dinas Pendidikan; Kepala Dinas Kesehatan; dan 2 lainnya');
    await row.getByRole('button', { name: 'Batalkan' }).click();
    const batal = page.getByTestId('form-batal-nomor');
    await batal.locator('#batal-alasan').fill('Undangan ditunda');
    await batal.getByRole('button', { name: 'Batalkan nomor' }).click();
    await seeText(row, 'ditandai BATAL di arsip');
    await app.shot('32-agenda-tujuan');

    await row.getByTestId('tautan-arsip').click();
    const arsip = page.getByTestId('daftar-arsip');
    await seeText(arsip, first.nomor);
    expect(await page.getByTestId('cari-arsip').inputValue()).toBe(first.nomor);
    const letter = page.getByTestId('baris-arsip').filter({ hasText: first.nomor });
    expect(await letter.count()).toBe(1);
    await seeText(letter.getByTestId('tanda-batal'), 'BATAL');
    await seeText(letter, 'Nomor dibatalkan: Undangan ditunda');
    await app.shot('33-arsip-batal');
    await letter.getByRole('button', { name: 'Buat ulang' }).click();
    await seeText(page.getByTestId('toast').first(), 'bercap BATAL');
  });
});
