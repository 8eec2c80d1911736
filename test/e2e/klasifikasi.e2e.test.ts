import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { openApp, seeText, type App } from './harness';

describe('Kode klasifikasi (browser)', () => {
  let app: App;
  const files = tempDir('netra-e2e-klas-');
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('edits the list inline, shows row errors, imports a CSV and offers the codes to the schemes', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/pengaturan?bagian=penomoran`);
    const card = page.getByTestId('kode-klasifikasi');
    await seeText(card, '20 kode.');
    expect(await card.getByLabel('Nama baris 15', { exact: true }).inputValue()).toBe('Kepegawaian');

    await card.getByRole('button', { name: 'Tambah kode' }).click();
    await card.getByLabel('Kode baris 21', { exact: true }).fill('800');
    await card.getByLabel('Nama baris 21', { exact: true }).fill('Ganda');
    await card.getByRole('button', { name: 'Simpan' }).click();
    await seeText(card, 'Kode 800 sudah ada di baris 15.');
    await card.getByLabel('Kode baris 21', { exact: true }).fill('800.1.6.5');
    await card.getByLabel('Nama baris 21', { exact: true }).fill('Cuti');
    await card.getByRole('button', { name: 'Simpan' }).click();
    await seeText(card, '21 kode.');
    expect(core.klasifikasi.list().find((k) => k.kode === '800.1.6.5')?.nama).toBe('Cuti');

    const bad = path.join(files, 'salah.csv');
    fs.writeFileSync(bad, 'Daftar\nKode;Uraian\n800.9;Pengangkatan\n8x;Salah\n');
    let chooser = page.waitForEvent('filechooser');
    await card.getByRole('button', { name: 'Impor Excel/CSV…' }).click();
    await (await chooser).setFiles(bad);
    await seeText(card.getByTestId('klasifikasi-galat-impor'), 'baris 4 kolom Kode (A)');
    expect(core.klasifikasi.list()).toHaveLength(21);

    const good = path.join(files, 'kode.csv');
    fs.writeFileSync(good, 'Kode;Uraian\n800.9;Pengangkatan\n800;Kepegawaian dan Diklat\n');
    chooser = page.waitForEvent('filechooser');
    await card.getByRole('button', { name: 'Impor Excel/CSV…' }).click();
    await (await chooser).setFiles(good);
    await seeText(page.locator('.toast-region'), '2 kode diimpor');
    await seeText(page.getByTestId('kode-klasifikasi'), '22 kode.');
    await app.shot('40-kode-klasifikasi');

    const options = await page.locator('#nomor-surat-edaran-kode-pilihan option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain('800.9');
    const skema = page.getByTestId('skema-surat-edaran');
    await skema.getByLabel('Kode klasifikasi').fill('800.9');
    await seeText(skema, 'Pengangkatan');
    // a code that is not in the list is refused, naming it
    await skema.getByLabel('Kode klasifikasi').fill('800.77');
    await skema.getByRole('button', { name: 'Simpan' }).click();
    await seeText(skema, 'Kode klasifikasi 800.77 tidak ada di daftar kode klasifikasi');
    expect(core.penomoran.skema('surat-edaran').kode).toBe('800');
  });
});
