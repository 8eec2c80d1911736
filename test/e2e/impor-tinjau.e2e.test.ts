import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PegawaiQuerySchema } from '../../shared/contract/schemas';
import { readGrid } from '../../electron/core/sheets/read';
import { tempDir } from '../helpers/core';
import { writeSheet } from '../helpers/sheets';
import { openApp, seeText, type App } from './harness';

const all = PegawaiQuerySchema.parse({ aktif: 'semua', limit: 1000 });

const xlsx = writeSheet;

describe('tinjauan impor (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ demo: 200 });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function openFile(file: string) {
    const { page } = app;
    await page.getByRole('button', { name: 'Impor Excel/CSV' }).first().click();
    const dialog = page.getByTestId('dialog-impor');
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(file);
    await dialog.getByRole('button', { name: 'Lanjut' }).click();
    return dialog;
  }

  it('an update shows each change as old → new, a field can be left out, and empty cells keep stored data', async () => {
    const { core, page } = app;
    const someone = core.pegawai.list({ ...all, status: 'PNS' }).rows.find((p) => p.nip && p.tempatLahir && p.jabatan)!;
    const file = await xlsx('pembaruan.xlsx', ['NIP', 'NAMA', 'TEMPAT LAHIR', 'JABATAN', 'EMAIL'], [[someone.nip, someone.nama, 'Kota Baru Sekali', null, 'baru@sukamajukab.go.id']]);
    const dialog = await openFile(file);
    await dialog.getByLabel('Perbarui data pegawai yang sudah ada (berdasarkan NIP/NIK, atau nama dan tanggal lahir)').check();
    const changes = dialog.getByTestId('perubahan-impor');
    await seeText(changes, 'Kota Baru Sekali');
    const text = (await changes.textContent()) ?? '';
    expect(text).toContain(someone.tempatLahir!);
    expect(text).not.toContain('Jabatan'); // the empty jabatan cell changes nothing
    await app.shot('10-impor-perubahan');
    // leave the email as stored
    await changes.getByLabel(/^Email/).uncheck();
    await seeText(changes, '(dibiarkan)');
    await dialog.getByRole('button', { name: 'Impor 1 pegawai' }).click();
    await seeText(dialog.getByTestId('hasil-impor'), 'Impor selesai');
    await dialog.getByRole('button', { name: 'Selesai' }).click();
    const after = core.pegawai.get(someone.id);
    expect(after).toMatchObject({ tempatLahir: 'Kota Baru Sekali', jabatan: someone.jabatan, email: someone.email, nama: someone.nama });
    void page;
  });

  it('units written another way are matched, a misspelling is offered its closest unit, and nothing is created unseen', async () => {
    const { core } = app;
    const unitsBefore = core.units.list().length;
    const file = await xlsx(
      'unit.xlsx',
      ['NIP', 'NAMA', 'UNIT KERJA'],
      [
        ['198703152010012001', 'Rina Alias Satu', 'BKPSDM'],
        ['198804162011012002', 'Sari Alias Dua', 'RSUD Sukamaju'],
        ['198905172012012003', 'Tono Salah Eja', 'Dinas Pendidkan'],
        ['199006182013011004', 'Umar Unit Baru', 'Kantor Urusan Khusus Netra'],
      ],
    );
    const dialog = await openFile(file);
    const review = dialog.getByTestId('unit-baru');
    await seeText(review, 'Dinas Pendidkan');
    // only the misspelling and the really new unit are listed; BKPSDM and RSUD Sukamaju were matched
    const listed = await review.locator('tr[data-unit]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')));
    expect(listed.sort()).toEqual(['Dinas Pendidkan', 'Kantor Urusan Khusus Netra']);
    // the misspelling arrives with its closest unit already chosen, visibly
    const typo = review.locator('tr[data-unit="Dinas Pendidkan"]');
    expect(await typo.getByLabel(/Sama dengan Dinas Pendidikan/).isChecked()).toBe(true);
    const fresh = review.locator('tr[data-unit="Kantor Urusan Khusus Netra"]');
    expect(await fresh.getByLabel('Buat unit baru').isChecked()).toBe(true);
    await app.shot('11-impor-unit-baru');
    await dialog.getByRole('button', { name: 'Impor 4 pegawai' }).click();
    await seeText(dialog.getByTestId('hasil-impor'), 'Impor selesai');
    await dialog.getByRole('button', { name: 'Selesai' }).click();

    expect(core.units.list().length).toBe(unitsBefore + 1);
    const unitOf = (nama: string) => core.pegawai.list({ ...all, text: nama }).rows[0]!.unitKerjaNama;
    expect(unitOf('Rina Alias Satu')).toBe('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia');
    expect(unitOf('Sari Alias Dua')).toBe('Rumah Sakit Umum Daerah Sukamaju');
    expect(unitOf('Tono Salah Eja')).toBe('Dinas Pendidikan');
    expect(unitOf('Umar Unit Baru')).toBe('Kantor Urusan Khusus Netra');
  });

  it('the remembered other name is listed under Unit Kerja and can be forgotten; abbreviations are editable there', async () => {
    const { page, core } = app;
    await page.getByRole('link', { name: 'Unit Kerja' }).click();
    await page.getByRole('button', { name: 'Singkatan & nama lain' }).click();
    const dialog = page.getByTestId('dialog-nama-lain');
    await seeText(dialog.getByTestId('daftar-alias'), 'Dinas Pendidkan');
    const values = () => dialog.getByTestId('daftar-singkatan').locator('input').evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
    expect(await values()).toContain('Satpol PP');
    await app.shot('12-nama-lain');
    await dialog.getByRole('button', { name: 'Lupakan nama Dinas Pendidkan' }).click();
    await dialog.getByText('Belum ada.', { exact: false }).waitFor();
    expect(core.unitAlias.aliases()).toEqual([]);
    // the clerk's own abbreviation, saved for the next import
    await dialog.getByRole('button', { name: 'Tambah singkatan' }).click();
    await dialog.getByLabel('Singkatan baris 1', { exact: true }).fill('DPK');
    await dialog.getByLabel('Kepanjangan baris 1', { exact: true }).fill('Dinas Perikanan dan Kelautan');
    await dialog.getByRole('button', { name: 'Simpan singkatan' }).click();
    await seeText(page.locator('.toast-stack, [role="status"]').first(), 'singkatan disimpan').catch(() => undefined);
    for (let i = 0; i < 50 && !core.unitAlias.singkatan().some((x) => x.singkatan === 'DPK'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(core.unitAlias.singkatan().find((x) => x.singkatan === 'DPK')).toMatchObject({ kepanjangan: 'Dinas Perikanan dan Kelautan', bawaan: false });
    await dialog.getByRole('button', { name: 'Tutup', exact: true }).last().click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'Pegawai' }).click();
  });

  it('rejected rows download as an .xlsx with the original cells and the problem of each row', async () => {
    const { page } = app;
    const file = await xlsx('salah.xlsx', ['NIP', 'NAMA', 'TGL LAHIR'], [['19850312201001100', 'Kurang Satu Digit', null], ['199202022015032001', 'Tanggal Salah', '31-02-1992']]);
    const dialog = await openFile(file);
    await seeText(dialog.getByTestId('daftar-masalah-impor'), 'kurang satu digit');
    const download = page.waitForEvent('download');
    await dialog.getByTestId('unduh-ditolak').click();
    const d = await download;
    expect(d.suggestedFilename()).toBe('salah - baris ditolak.xlsx');
    const saved = path.join(tempDir('netra-e2e-dl-'), d.suggestedFilename());
    await d.saveAs(saved);
    const grid = await readGrid(saved);
    expect(grid.rows.map((r) => r.cells[1])).toEqual(['NAMA', 'Kurang Satu Digit', 'Tanggal Salah']);
    expect(String(grid.rows[2]!.cells[3])).toContain('31-02-1992');
    // Esc with a file chosen and nothing imported asks first; the safe choice has the focus
    await page.keyboard.press('Escape');
    const ask = page.getByTestId('konfirmasi');
    await seeText(ask, 'Belum ada data yang diimpor');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Kembali ke impor');
    await page.keyboard.press('Enter');
    await ask.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await ask.getByRole('button', { name: 'Tutup impor' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
  it('a preview that fails after a unit decision puts the choice back, so the ticks match what the Impor button writes', async () => {
    const { core, page } = app;
    const file = await xlsx('gagal.xlsx', ['NIP', 'NAMA', 'UNIT KERJA'], [['199107192014012005', 'Wati Pratinjau Gagal', 'Dinas Pendidkan']]);
    const dialog = await openFile(file);
    const typo = dialog.getByTestId('unit-baru').locator('tr[data-unit="Dinas Pendidkan"]');
    expect(await typo.getByLabel(/Sama dengan Dinas Pendidikan/).isChecked()).toBe(true);
    await page.route('**/api/pegawai.importPreview', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'FILE', message: 'Berkas sementara hilang.' } }) }),
    );
    // click, not check(): the wizard puts the choice back when the preview fails, which check() reports as a failed click
    await typo.getByLabel('Buat unit baru').click();
    await seeText(dialog.getByTestId('galat-impor'), 'Berkas sementara hilang');
    await page.unroute('**/api/pegawai.importPreview');
    expect(await typo.getByLabel(/Sama dengan Dinas Pendidikan/).isChecked()).toBe(true);
    expect(await typo.getByLabel('Buat unit baru').isChecked()).toBe(false);
    // the error of this step does not follow the clerk back to the mapping step
    await dialog.getByRole('button', { name: 'Kembali' }).click();
    expect(await dialog.getByRole('button', { name: 'Lanjut' }).isEnabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Lanjut' }).click();
    const unitsBefore = core.units.list().length;
    await dialog.getByRole('button', { name: 'Impor 1 pegawai' }).click();
    await seeText(dialog.getByTestId('hasil-impor'), 'Impor selesai');
    await dialog.getByRole('button', { name: 'Selesai' }).click();
    expect(core.units.list().length).toBe(unitsBefore);
    expect(core.pegawai.list({ ...all, text: 'Wati Pratinjau Gagal' }).rows[0]!.unitKerjaNama).toBe('Dinas Pendidikan');
  });

  it('closing the wizard stops polling the progress even when the core answers late', async () => {
    const { page } = app;
    const file = await xlsx('lambat.xlsx', ['NIP', 'NAMA'], [['199208202015012006', 'Yudi Jawaban Lambat']]);
    let polls = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/job.progress')) polls++;
    });
    await page.route('**/api/pegawai.importPreview', async (route) => {
      await new Promise((r) => setTimeout(r, 3000));
      await route.continue().catch(() => undefined);
    });
    await page.getByRole('button', { name: 'Impor Excel/CSV' }).first().click();
    const dialog = page.getByTestId('dialog-impor');
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(file);
    await dialog.getByTestId('progres-impor').waitFor();
    await dialog.getByRole('button', { name: 'Batal', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await new Promise((r) => setTimeout(r, 400));
    const atClose = polls;
    await new Promise((r) => setTimeout(r, 1500));
    await page.unroute('**/api/pegawai.importPreview');
    expect(polls - atClose).toBe(0);
  });
});
