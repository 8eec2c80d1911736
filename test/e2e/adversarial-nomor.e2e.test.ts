import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seeText, type App } from './harness';
import { openUndangan, settle, taken } from './nomor-helpers';

describe('adversarial: one letter, one number, with a slow host (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ demo: 20 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Ctrl+Enter three times and a double click while the first save is still under way: one number', async () => {
    const { page, core } = app;
    const form = await openUndangan(app);
    let requests = 0;
    await page.route('**/api/dokumen.buat', async (route) => {
      requests++;
      await new Promise((r) => setTimeout(r, 1500)); // a slow disk, a busy machine
      await route.fulfill({ response: await route.fetch() });
    });
    const hal = form.locator('#dok-data-hal');
    await hal.fill('Undangan Rapat Koordinasi');
    await hal.press('Control+Enter');
    await hal.press('Control+Enter').catch(() => undefined);
    await page.keyboard.press('Control+Enter');
    await form
      .getByRole('button', { name: /Simpan/ })
      .first()
      .dblclick({ timeout: 500 })
      .catch(() => undefined);
    await seeText(page.getByTestId('hasil-dokumen'), '800/0001/BKPSDM/');
    await settle();
    await page.unroute('**/api/dokumen.buat');
    expect(taken(core)).toEqual([expect.stringMatching(/^800\/0001\/BKPSDM\//)]);
    expect(core.arsip.list({ text: '', jenis: null, tahun: null, offset: 0, limit: 10 }).total).toBe(1);
    // repeats that reached the host, if any, carried the same key and took nothing
    expect(requests).toBeGreaterThanOrEqual(1);
  });

  it('Enter at the end of the tembusan list adds a line; Ctrl+Enter then names the empty line in Indonesian and takes nothing', async () => {
    const { page, core } = app;
    const form = await openUndangan(app);
    const before = taken(core).length;
    const last = form.locator('[id^="dok-data-tembusan-"]').last();
    await last.click();
    await last.press('End');
    await last.press('Enter');
    await page.keyboard.press('Control+Enter');
    // was zod's "Terlalu kecil: diharapkan string memiliki >=1 karakter"
    await seeText(form, 'Baris ini kosong: isi atau hapus barisnya.');
    await settle();
    expect(taken(core).length).toBe(before);
    await app.shot('adv-tembusan-kosong');
  });

  it('with warnings: Ctrl+Enter then Enter twice goes back to the form; "Tetap simpan" double-clicked takes one number', async () => {
    const { page, core } = app;
    const form = await openUndangan(app);
    const before = taken(core).length;
    const bupati = core.penandatangan.list().find((p) => p.jenis === 'kepala-daerah')!;
    await form.locator('#dok-tandaTangan-penandatanganId').selectOption(String(bupati.id));
    await seeText(page.getByTestId('peringatan-dokumen'), 'tetapi memakai kop perangkat daerah');
    const hal = form.locator('#dok-data-hal');
    await hal.press('Control+Enter');
    const ask = page.getByTestId('konfirmasi');
    await seeText(ask, 'Kop, lampiran atau tembusan tidak cocok');
    // the safe choice has the focus: Enter, Enter never saves
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await settle();
    expect(taken(core).length).toBe(before);
    await hal.press('Control+Enter');
    await seeText(ask, 'Kop, lampiran atau tembusan tidak cocok');
    await ask
      .getByRole('button', { name: 'Tetap simpan' })
      .dblclick()
      .catch(() => undefined);
    await seeText(page.getByTestId('hasil-dokumen'), '800/');
    await settle();
    expect(taken(core).length).toBe(before + 1);
  });
});
