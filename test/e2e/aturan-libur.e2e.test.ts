import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { openApp, seeText, type App } from './harness';

describe('Hari libur dan aturan kasus (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('adds a holiday and sees it listed; the working-day count skips it; a seeded row is confirmed; a sheet is reviewed then applied', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/pengaturan?bagian=libur`);
    const section = page.getByTestId('bagian-libur');
    await section.getByLabel('Tahun', { exact: true }).selectOption('2027');
    const table = page.getByTestId('daftar-libur');
    await seeText(table, 'Hari Proklamasi');
    await seeText(page.getByTestId('ringkas-libur'), '5 hari libur, 5 belum diperiksa dengan SKB');
    // a holiday on a Saturday moves no deadline: said on its row
    await seeText(table.locator('tr[data-tanggal="2027-05-01"]'), 'akhir pekan');
    expect(await table.locator('tr[data-tanggal="2027-06-01"]').textContent()).not.toContain('akhir pekan');

    await page.getByRole('button', { name: 'Tambah hari libur' }).click();
    const dialog = page.getByTestId('form-libur');
    await dialog.getByLabel('Tanggal', { exact: true }).fill('08/02/2027');
    await dialog.getByLabel('Jenis', { exact: true }).selectOption('cuti-bersama');
    await dialog.getByLabel('Nama hari libur').fill('Cuti bersama Tahun Baru Imlek');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await seeText(page.locator('.toast-region'), '8 Februari 2027 (Cuti bersama Tahun Baru Imlek) ditambahkan');
    const row = table.locator('tr[data-tanggal="2027-02-08"]');
    await seeText(row, 'Senin, 8 Februari 2027');
    await seeText(row, 'Cuti bersama');
    expect(await row.textContent()).not.toContain('periksa dengan SKB');
    expect(core.libur.list(2027).find((l) => l.tanggal === '2027-02-08')).toMatchObject({ jenis: 'cuti-bersama', periksa: false });

    // the same date again is refused, saying what is there
    await page.getByRole('button', { name: 'Tambah hari libur' }).click();
    await dialog.getByLabel('Tanggal', { exact: true }).fill('08/02/2027');
    await dialog.getByLabel('Nama hari libur').fill('Lain');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await seeText(dialog, 'sudah tercatat sebagai hari libur "Cuti bersama Tahun Baru Imlek"');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await page.getByRole('button', { name: 'Buang isian' }).click();

    // a seeded row carries its mark until the clerk confirms it
    const merdeka = table.locator('tr[data-tanggal="2027-08-17"]');
    await seeText(merdeka, 'periksa dengan SKB');
    await merdeka.getByRole('button', { name: 'Tandai 17 Agustus 2027 sudah diperiksa' }).click();
    await seeText(page.getByTestId('ringkas-libur'), '6 hari libur, 4 belum diperiksa dengan SKB');
    expect(await merdeka.textContent()).not.toContain('periksa dengan SKB');

    // Friday 5 Feb + 1 working day: Monday is the new cuti bersama, so Tuesday
    const hitung = page.getByTestId('hitung-hari-kerja');
    await hitung.getByLabel('Dari tanggal').fill('05/02/2027');
    await hitung.getByLabel('ditambah').fill('1');
    await hitung.getByRole('button', { name: 'Hitung' }).click();
    await seeText(page.getByTestId('hasil-hari-kerja'), 'Selasa, 9 Februari 2027');
    await seeText(page.getByTestId('hasil-hari-kerja'), 'Melewati: 8 Februari 2027 Cuti bersama Tahun Baru Imlek');
    await app.shot('80-hari-libur');

    // import: the review says what is added and what would change; nothing is written until "Terapkan"
    const file = path.join(tempDir(), 'libur-2027.csv');
    fs.writeFileSync(file, 'Tanggal,Nama,Jenis\n06/02/2027,Tahun Baru Imlek 2578 Kongzili,nasional\n01/05/2027,Hari Buruh,nasional\n25/12/2027,Hari Raya Natal,nasional\n');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Impor Excel/CSV' }).click();
    await (await chooser).setFiles(file);
    const review = page.getByTestId('tinjau-impor-libur');
    await seeText(review.getByTestId('impor-libur-tambah'), 'Tahun Baru Imlek 2578 Kongzili');
    await seeText(review.getByTestId('impor-libur-ubah'), 'Hari Buruh Internasional (Libur nasional) → Hari Buruh (Libur nasional)');
    await seeText(review, '1 sudah sama (1 di antaranya akan ditandai sudah diperiksa)');
    expect(core.libur.list(2027).some((l) => l.tanggal === '2027-02-06')).toBe(false);
    await app.shot('81-tinjau-impor-libur');
    await review.getByRole('button', { name: 'Terapkan' }).click();
    await seeText(page.locator('.toast-region'), '1 ditambahkan, 1 diubah, 1 ditandai sudah diperiksa');
    await seeText(table.locator('tr[data-tanggal="2027-02-06"]'), 'Tahun Baru Imlek 2578 Kongzili');
    expect(core.libur.list(2027).find((l) => l.tanggal === '2027-05-01')?.nama).toBe('Hari Buruh');

    // a bad sheet: the review lists row and column, and cannot be applied
    const bad = path.join(tempDir(), 'salah.csv');
    fs.writeFileSync(bad, 'Tanggal,Nama\n31/02/2027,Salah\n');
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Impor Excel/CSV' }).click();
    await (await chooser2).setFiles(bad);
    await seeText(review.getByTestId('masalah-impor-libur'), 'Baris 2, kolom Tanggal (A): "31/02/2027" bukan tanggal');
    expect(await review.getByRole('button', { name: 'Terapkan' }).isDisabled()).toBe(true);
    await review.getByRole('button', { name: 'Batal' }).click();
  });

  it('edits a deadline rule amount and saves a new version; a bad amount is named by row and column', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/pengaturan?bagian=aturan`);
    const list = page.getByTestId('daftar-aturan');
    const card = list.locator('li[data-kode="SKB-2022"]');
    await seeText(card, 'versi 1');
    await seeText(list.locator('li[data-kode="SKB-2020"]'), '10 September 2020 – 21 September 2022');
    await app.shot('84-aturan-daftar');
    await card.getByRole('button', { name: 'Buka SKB-2022' }).click();
    const editor = page.getByTestId('editor-aturan');
    await editor.getByTestId('tab-aturan').getByRole('tab', { name: 'Tenggat' }).click();
    const tenggat = editor.getByTestId('aturan-tenggat');
    const jumlah = tenggat.getByRole('spinbutton', { name: /^Jumlah, baris \d+ \(penyampaian\)$/ });
    expect(await jumlah.inputValue()).toBe('14');
    // the "periksa" mark shows with the source
    const row = tenggat.locator('tr[data-baris="penyampaian"]');
    expect(await row.locator('.badge-warning').getAttribute('title')).toContain('Perban BKN 6/2022');
    await app.shot('82-aturan-tenggat');

    await jumlah.fill('');
    await editor.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    await seeText(editor.getByTestId('galat-aturan'), /Tenggat baris \d+ \(penyampaian\), Jumlah/);
    expect(core.aturanKasus.list().find((a) => a.kode === 'SKB-2022')!.versi).toBe(1);

    await jumlah.fill('21');
    await editor.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    await seeText(page.locator('.toast-region'), 'SKB-2022 disimpan sebagai versi 2');
    const saved = core.aturanKasus.list().find((a) => a.kode === 'SKB-2022')!;
    expect(saved.versi).toBe(2);
    expect(saved.isi.tenggat.find((t) => t.kode === 'penyampaian')?.jumlah).toBe(21);
    await seeText(card, 'versi 2');

    // the sanctions with their durations are there to view and edit too
    await card.getByRole('button', { name: 'Buka SKB-2022' }).click();
    await editor.getByTestId('tab-aturan').getByRole('tab', { name: 'Hukuman' }).click();
    expect(await editor.getByTestId('aturan-hukuman').getByRole('spinbutton', { name: /^Lama \(bulan\), baris \d+ \(potongan-tukin-25-9\)$/ }).inputValue()).toBe('9');
    await app.shot('83-aturan-hukuman');
    await editor.getByTestId('tab-aturan').getByRole('tab', { name: 'Pejabat berwenang' }).click();
    await seeText(editor.getByTestId('aturan-pejabat'), 'Pejabat Pembina Kepegawaian');
    await app.shot('85-aturan-pejabat');
    // the history keeps version 1; its content comes back as a new version
    const riwayat = editor.getByTestId('riwayat-aturan');
    await riwayat.locator('summary').click();
    await seeText(riwayat, 'Versi 2 (sekarang)');
    await riwayat.getByRole('button', { name: 'Muat isi versi 1' }).click();
    await seeText(riwayat, 'Isi versi 1 dimuat');
    await editor.getByTestId('tab-aturan').getByRole('tab', { name: 'Tenggat' }).click();
    expect(await tenggat.getByRole('spinbutton', { name: /^Jumlah, baris \d+ \(penyampaian\)$/ }).inputValue()).toBe('14');
    await editor.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    await seeText(page.locator('.toast-region'), 'SKB-2022 disimpan sebagai versi 3');
    expect(core.aturanKasus.list().find((a) => a.kode === 'SKB-2022')!.isi.tenggat.find((t) => t.kode === 'penyampaian')?.jumlah).toBe(14);
    await card.getByRole('button', { name: 'Buka SKB-2022' }).click();
    await editor.getByRole('button', { name: '← Semua perangkat aturan' }).click();
    await seeText(list, 'SKB-2020');
  });
});
