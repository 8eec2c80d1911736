import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PegawaiQuerySchema } from '../../shared/contract/schemas';
import { openApp, seeText, type App } from './harness';

const all = PegawaiQuerySchema.parse({ aktif: 'semua' });

describe('Pengaturan → Cadangan (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ demo: 60 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('makes a backup, then a staff member added afterwards is gone after restoring it, and the app keeps working', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/pengaturan?bagian=cadangan`);
    const section = page.getByTestId('bagian-cadangan');
    await seeText(section, 'Belum ada cadangan.');
    await section.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
    await seeText(page.getByTestId('toast').first(), 'Cadangan dibuat');
    const table = section.getByTestId('daftar-cadangan');
    await seeText(table, 'Manual');
    await seeText(table, '60');
    await app.shot('50-cadangan-daftar');

    // a staff member added after the backup, through the form
    await page.goto(`${app.host.url}#/pegawai`);
    await page.getByRole('button', { name: 'Tambah Pegawai' }).first().click();
    const form = page.getByTestId('form-pegawai');
    await form.locator('#pg-nip').fill('197702142003122007');
    await form.getByLabel('Nama (tanpa gelar)').fill('Sri Setelah Cadangan');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await seeText(page.getByTestId('toast').first(), 'Sri Setelah Cadangan ditambahkan');
    expect(core.pegawai.list({ ...all, text: 'Setelah Cadangan' }).total).toBe(1);

    await page.goto(`${app.host.url}#/pengaturan?bagian=cadangan`);
    await seeText(table, 'Manual');
    await table.getByRole('row').filter({ hasText: 'Manual' }).getByRole('button', { name: /Pulihkan/ }).click();
    const dialog = page.getByTestId('konfirmasi');
    await seeText(dialog, 'cadangan pengaman');
    await app.shot('51-cadangan-konfirmasi');
    await dialog.getByRole('button', { name: 'Pulihkan' }).click();
    await seeText(page.locator('.toast-region'), 'Data dipulihkan: 60 pegawai');
    expect(core.pegawai.list({ ...all, text: 'Setelah Cadangan' }).total).toBe(0);
    // the safety backup of the state before the restore is listed, with the added staff member counted
    await seeText(table, 'Pengaman sebelum pemulihan');
    expect(await table.getByRole('row').filter({ hasText: 'Pengaman sebelum pemulihan' }).textContent()).toContain('61');
    await app.shot('52-cadangan-dipulihkan');

    // the same running app answers from the restored data
    await page.goto(`${app.host.url}#/pegawai`);
    await page.getByTestId('cari-pegawai').fill('Setelah Cadangan');
    await page.getByText('Tidak ada pegawai yang cocok.').waitFor();
  });
});
