import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jaringanMeja } from '../../electron/web/meja';
import type { FormulirIkrar } from '../../shared/contract/ikrar';
import { openApp, seeText, type App } from './harness';
import { call, pindaiUsb } from './meja-helpers';

/** The return desk's banner once it shows a given result for a given person. */
async function banner(page: Page, hasil: string, nama: string) {
  const b = page.getByTestId('meja-banner');
  const deadline = Date.now() + 10_000;
  for (;;) {
    if ((await b.getAttribute('data-hasil')) === hasil && ((await b.textContent()) ?? '').includes(nama)) return b;
    if (Date.now() > deadline) throw new Error(`Banner ${hasil} untuk ${nama} tidak muncul; terakhir: ${await b.textContent()}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** The return desk is on screen with its input focused, and React has run its effects (the scanner listener) since. */
async function siap(page: Page) {
  await page.getByTestId('meja-masukan').waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'meja-masukan');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
}

describe('the check-in desk also receives signed pledge forms (browser)', () => {
  let app: App;
  let kegiatanId: number;
  let kampanyeId: number;
  let forms: FormulirIkrar[];
  let deskCtx: BrowserContext;
  let desk: Page;

  beforeAll(async () => {
    app = await openApp({ demo: 200 });
    app.core.meja.setJaringan(jaringanMeja(app.core, { rendererDir: path.resolve(import.meta.dirname, '../../out/renderer'), port: 0, bind: '127.0.0.1' }));
    const tops = app.core.units.list().filter((u) => u.parentId === null);
    const k = await call(app, 'kegiatan.create', {
      data: { judul: 'Apel Ikrar Netralitas ASN', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Alun-alun', peserta: { unit: tops.slice(0, 2).map((u) => u.id), subunit: true } },
    });
    kegiatanId = k.id;
    const c = await call(app, 'ikrar.create', { data: { judul: 'Pakta Integritas Apel', pemilihan: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026', kegiatanId, tanggal: '2026-12-07' } });
    kampanyeId = c.id;
    forms = (await call(app, 'ikrar.formulir.list', { kampanyeId })).rows;
    deskCtx = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    desk = await deskCtx.newPage();
  });
  afterAll(async () => {
    await deskCtx?.close();
    await app?.core.meja.setJaringan(null);
    await app?.close();
  });

  it("the organiser's desk switches to the campaign's return desk: a form is received once, the second scan is amber", async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/meja?kegiatan=${kegiatanId}`);
    await page.getByTestId('buka-terima-ikrar').click();
    await page.getByTestId('meja-ikrar').waitFor();
    // the return desk listens once its campaign has loaded (its input has focus then)
    await siap(page);
    const f = forms[0]!;
    await pindaiUsb(page, f.kode);
    await banner(page, 'tercatat', f.nama);
    await pindaiUsb(page, f.kode);
    await banner(page, 'duplikat', f.nama);
    expect((await call(app, 'ikrar.get', { id: kampanyeId })).jumlah.kembali).toBe(1);
    // back to check-in: the form's code there records attendance, not a second return
    await page.getByTestId('kembali-ke-hadir').click();
    await page.getByTestId('meja-hadir').waitFor();
  });

  it('a desk paired over the office network receives forms of its event too, under its own desk name', async () => {
    const status = await call(app, 'meja.aktifkan', { kegiatanId, aktif: true });
    await desk.goto(status.qr!);
    await desk.getByTestId('nama-pasang').fill('Pintu Timur');
    await desk.getByRole('button', { name: 'Pasangkan meja ini' }).click();
    await seeText(desk.getByTestId('judul-kegiatan'), 'Apel Ikrar Netralitas ASN');
    await desk.getByTestId('buka-terima-ikrar').click();
    await desk.getByTestId('meja-ikrar').waitFor();
    // the return desk listens once its campaign has loaded (its input has focus then)
    await siap(desk);
    const f = forms[1]!;
    await pindaiUsb(desk, f.kode);
    await banner(desk, 'tercatat', f.nama);
    const back = (await call(app, 'ikrar.formulir.list', { kampanyeId, kembali: 'kembali' })).rows;
    expect(back.map((x) => [x.nama, x.kembali?.meja])).toEqual(
      expect.arrayContaining([
        [forms[0]!.nama, expect.any(String)],
        [f.nama, 'Pintu Timur'],
      ]),
    );
    expect(back).toHaveLength(2);
  });
});
