import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seeText, type App } from './harness';

describe('Dasar hukum dan kertas per kelompok dokumen (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('adds a regional regulation with LN/TLN and an amendment, refuses a taken code, and the SK text shows where it is cited', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/pengaturan?bagian=dasar-hukum`);
    const table = page.getByTestId('daftar-dasar-hukum');
    await seeText(table, 'SKB-NETRALITAS-2022');
    // by hierarchy then date: UU 23/2014 before UU 20/2023
    const kode = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kode')));
    expect(kode.indexOf('UU-23-2014')).toBeLessThan(kode.indexOf('UU-20-2023'));

    await page.getByRole('button', { name: 'Tambah dasar hukum' }).click();
    const dialog = page.getByTestId('form-dasar-hukum');
    await dialog.getByLabel('Jenis', { exact: true }).selectOption('perda');
    await dialog.getByLabel('Sebutan', { exact: true }).fill('Peraturan Daerah Kabupaten Sukamaju');
    await dialog.getByLabel('Nomor', { exact: true }).fill('5');
    await dialog.getByLabel('Tahun', { exact: true }).fill('2016');
    await dialog.getByLabel('Tentang', { exact: true }).fill('Pembentukan dan Susunan Perangkat Daerah');
    await dialog.getByLabel('Nomor Lembaran Daerah').fill('5');
    await dialog.getByLabel('Nomor Tambahan Lembaran').fill('3');
    await seeText(dialog.getByTestId('kutipan-dasar-hukum'), 'Lembaran Daerah Kabupaten … Tahun 2016 Nomor 5, Tambahan Lembaran Daerah Kabupaten … Nomor 3');
    await dialog.getByLabel('Kode singkat').fill('uu-23-2014');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await seeText(dialog, 'Kode uu-23-2014 sudah dipakai untuk Undang-Undang Nomor 23 Tahun 2014');
    await dialog.getByLabel('Kode singkat').fill('');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await seeText(page.locator('.toast-region'), 'PERDA-5-2016 ditambahkan');
    expect(core.dasarHukum.list().find((d) => d.kode === 'PERDA-5-2016')).toMatchObject({ jenis: 'perda', ln: '5', tln: '3' });
    await app.shot('50-dasar-hukum');

    // the SK's texts: a click adds the code; the order shown is the decree's, whatever the typed order
    await page.goto(`${app.host.url}#/pengaturan?bagian=teks`);
    await page.getByTestId('pilih-jenis-teks').getByRole('tab', { name: 'Keputusan Pembentukan Satgas Netralitas' }).click();
    const slot = page.getByTestId('slot-mengingat');
    await slot.getByRole('button', { name: '+ PERDA-5-2016' }).click();
    await expect.poll(() => slot.locator('textarea').inputValue()).toMatch(/SKB-NETRALITAS-2022\nPERDA-5-2016$/);
    const urutan = slot.getByTestId('urutan-mengingat');
    await seeText(urutan, 'Peraturan Daerah Kabupaten Sukamaju Nomor 5 Tahun 2016');
    const items = await urutan.locator('li').allTextContents();
    expect(items[0]).toMatch(/^Undang-Undang Nomor 23 Tahun 2014/);
    expect(items[items.length - 1]).toMatch(/^Peraturan Daerah Kabupaten Sukamaju Nomor 5 Tahun 2016/);
    await seeText(slot.getByTestId('urutan-memperhatikan'), 'Keputusan Bersama');
    await slot.scrollIntoViewIfNeeded();
    await app.shot('51-teks-dasar-hukum');
  });

  it('keeps one page setup per category: decrees in Bookman Old Style, letters in Arial', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/pengaturan?bagian=halaman`);
    const form = page.getByTestId('form-halaman');
    await expect.poll(() => form.getAttribute('data-kategori')).toBe('penetapan');
    await expect.poll(() => form.getByLabel('Jenis huruf').inputValue()).toBe('Bookman Old Style');
    await form.getByLabel('Margin kiri (mm)').fill('35');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await seeText(page.locator('.toast-region'), 'Kertas dan huruf untuk keputusan & surat edaran disimpan');
    expect(core.halaman.get('penetapan').margin.left).toBe(35);
    expect(core.halaman.get('korespondensi').margin.left).toBe(30);

    await page.getByTestId('pilih-kategori-halaman').getByRole('tab', { name: 'Surat dinas & undangan' }).click();
    await expect.poll(() => form.getAttribute('data-kategori')).toBe('korespondensi');
    await expect.poll(() => form.getByLabel('Jenis huruf').inputValue()).toBe('Arial');
    expect(await form.getByLabel('Margin kiri (mm)').inputValue()).toBe('30');
  });
});
