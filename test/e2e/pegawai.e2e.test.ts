import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PegawaiQuerySchema } from '../../shared/contract/schemas';
import { tempDir } from '../helpers/core';
import { openApp, seeText, type App } from './harness';

const all = PegawaiQuerySchema.parse({ aktif: 'semua' });
const countText = (n: number) => `${n.toLocaleString('id-ID')} pegawai`;

/** A messy local SIMPEG sheet: a title block, the header on row 4, and rows a clerk gets wrong. */
async function messySheet(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Rekap ASN');
  ws.addRow(['DAFTAR NOMINATIF PEGAWAI']);
  ws.addRow(['DINAS KESEHATAN KABUPATEN SUKAMAJU']);
  ws.addRow([]);
  ws.addRow(['NO', 'NIP', 'NAMA', 'L/P', 'TANGGAL LAHIR', 'GOL. RUANG', 'JABATAN', 'UNIT KERJA', 'KETERANGAN']);
  ws.addRow([1, '19800916 200501 1 003', 'Hendra Wijaya', 'L', '16 September 1980', 'III/d', 'Kepala Seksi Surveilans', 'Puskesmas Kedungwuni', '']);
  ws.addRow([2, '198807212012122001', 'Rina Marlina', 'Perempuan', '21-07-1988', 'III/b', 'Perawat Ahli Pertama', 'Puskesmas Kedungwuni', 'x']);
  // Excel turned this NIP into a number: its last digits are gone.
  // eslint-disable-next-line no-loss-of-precision -- a NIP stored as a number, as Excel does
  ws.addRow([3, 199103052019031004, 'Dedi Kurniawan', 'L', '05/03/1991', 'III/a', 'Pengelola Data', 'Puskesmas Kajen', '']);
  ws.addRow([4, '199204172020122002', 'Tanggal Keliru', 'P', '31-02-1992', 'III/a', 'Bidan Ahli Pertama', 'Puskesmas Kajen', '']);
  // A name a clerk pasted from somewhere: it must stay text in the database and in any export.
  ws.addRow([5, '199309092022031005', '=HYPERLINK("http://contoh.id")', 'L', '09-09-1993', 'II/c', 'Pengadministrasi Umum', 'Puskesmas Kajen', '']);
  const file = path.join(tempDir('netra-e2e-file-'), 'nominatif dinkes.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('halaman Pegawai (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ demo: 300 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the demo registry and finds staff as you type', async () => {
    const { page, core } = app;
    const total = core.pegawai.list({ ...all, aktif: 'aktif' }).total;
    await seeText(page.getByTestId('jumlah-pegawai'), countText(total));
    // Only the rows on screen exist in the DOM (virtualized), not all of them.
    const domRows = await page.locator('[data-testid="tabel-pegawai"] .grid-body [role="row"]').count();
    expect(domRows).toBeGreaterThan(5);
    expect(domRows).toBeLessThan(total);
    await app.shot('01-daftar-pegawai');

    const target = core.pegawai.list({ ...all, sort: 'nama' }).rows.find((p) => p.nip && p.status === 'PNS')!;
    await page.getByTestId('cari-pegawai').fill(target.nip!.slice(0, 14));
    await seeText(page.getByTestId('tabel-pegawai'), target.nama);
    await page.getByTestId('cari-pegawai').fill(target.nama.split(' ')[0]!.slice(0, 4).toLowerCase());
    await seeText(page.getByTestId('tabel-pegawai'), target.nama);
    await page.getByTestId('cari-pegawai').fill('zzqx tidak ada');
    await page.getByText('Tidak ada pegawai yang cocok.').waitFor();
    await page.getByTestId('tabel-pegawai').getByRole('button', { name: 'Reset filter' }).click();
    await seeText(page.getByTestId('jumlah-pegawai'), countText(total));
  });

  it('adds staff with the NIP decoded into the form, refuses a duplicate NIP, edits and deactivates', async () => {
    const { page, core } = app;
    const before = core.pegawai.list({ ...all, aktif: 'aktif' }).total;
    await page.getByRole('button', { name: 'Tambah Pegawai' }).first().click();
    const form = page.getByTestId('form-pegawai');
    await form.locator('#pg-nip').fill('197702142003122007');
    await seeText(form.getByTestId('nip-terbaca'), '14 Februari 1977');
    expect(await form.locator('#pg-tanggalLahir').inputValue()).toBe('14/02/1977');
    expect(await form.getByRole('radio', { name: 'Perempuan' }).isChecked()).toBe(true);
    await form.getByLabel('Nama (tanpa gelar)').fill('Sri Wahyuningsih');
    await form.locator('#pg-jabatan').fill('Analis Kebijakan Ahli Muda');
    const unit = core.units.list()[0]!;
    await form.locator('#pg-unitKerjaId').selectOption(String(unit.id));
    await app.shot('02-form-tambah');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await seeText(page.getByTestId('toast').first(), 'Sri Wahyuningsih ditambahkan');
    const created = core.pegawai.list({ ...all, text: '197702142003122007' }).rows[0]!;
    expect(created).toMatchObject({ nama: 'Sri Wahyuningsih', tanggalLahir: '1977-02-14', jenisKelamin: 'P', unitKerjaId: unit.id });
    await seeText(page.getByTestId('jumlah-pegawai'), countText(before + 1));

    // The same NIP again is refused at the field, and nothing is written.
    await page.getByRole('button', { name: 'Tambah Pegawai' }).first().click();
    await form.locator('#pg-nip').fill('197702142003122007');
    await form.getByLabel('Nama (tanpa gelar)').fill('Orang Lain');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await seeText(form.locator('#pg-nip-error'), 'sudah terdaftar atas nama Sri Wahyuningsih');
    await app.shot('03-nip-ganda');
    expect(core.pegawai.list({ ...all, text: 'Orang Lain' }).total).toBe(0);
    await form.getByRole('button', { name: 'Batal' }).click();
    const discard = page.getByTestId('konfirmasi');
    if (await discard.isVisible()) await discard.getByRole('button', { name: 'Buang isian' }).click();
    await form.waitFor({ state: 'hidden' });

    // Edit: find her, open the detail panel, change the jabatan.
    await page.getByTestId('cari-pegawai').fill('wahyuningsih');
    await page.getByTestId('tabel-pegawai').getByRole('gridcell', { name: 'Sri Wahyuningsih', exact: true }).click();
    const detail = page.getByTestId('detail-pegawai');
    await seeText(detail, '197702142003122007'.slice(0, 8));
    await detail.getByRole('button', { name: 'Ubah' }).click();
    await form.locator('#pg-jabatan').fill('Analis Kebijakan Ahli Madya');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await seeText(detail, 'Analis Kebijakan Ahli Madya');
    expect(core.pegawai.get(created.id).jabatan).toBe('Analis Kebijakan Ahli Madya');

    await detail.getByRole('button', { name: 'Nonaktifkan' }).click();
    await page.getByTestId('konfirmasi').getByRole('button', { name: 'Nonaktifkan' }).click();
    await detail.getByRole('button', { name: 'Aktifkan' }).waitFor();
    expect(core.pegawai.get(created.id).aktif).toBe(false);
    await app.shot('04-detail-nonaktif');
    await page.getByTestId('cari-pegawai').fill('');
    await seeText(page.getByTestId('jumlah-pegawai'), countText(before));
  });

  it('imports a messy sheet: row-level problems, nothing written until the clerk skips them', async () => {
    const { page, core } = app;
    const before = core.pegawai.list(all).total;
    const file = await messySheet();
    await page.getByRole('button', { name: 'Impor Excel/CSV' }).first().click();
    const dialog = page.getByTestId('dialog-impor');
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(file);
    // Mapping step: the header row was found below the title block.
    await seeText(dialog.getByRole('table', { name: 'Pemetaan kolom' }), 'TANGGAL LAHIR');
    await app.shot('05-impor-pemetaan');
    await dialog.getByRole('button', { name: 'Lanjut' }).click();

    const issues = dialog.getByTestId('daftar-masalah-impor');
    await seeText(issues, 'Text'); // how to fix a NIP Excel turned into a number
    const issueText = (await issues.textContent()) ?? '';
    expect(issueText).toMatch(/7\s*B/); // row 7 as Excel shows it, column B (NIP)
    expect(issueText).toMatch(/8\s*E/); // row 8, column E (31-02-1992)
    const importButton = dialog.getByRole('button', { name: /^Impor \d+ pegawai$/ });
    expect(await importButton.isDisabled()).toBe(true);
    await app.shot('06-impor-masalah');
    expect(core.pegawai.list(all).total).toBe(before);

    await dialog.getByLabel('Lewati baris yang bermasalah').check();
    await seeText(importButton, 'Impor 3 pegawai');
    await importButton.click();
    await seeText(dialog.getByTestId('hasil-impor'), '3');
    await app.shot('07-impor-hasil');
    await dialog.getByRole('button', { name: 'Selesai' }).click();
    await dialog.waitFor({ state: 'hidden' });

    expect(core.pegawai.list(all).total).toBe(before + 3);
    const hendra = core.pegawai.list({ ...all, text: 'Hendra Wijaya' }).rows[0]!;
    expect(hendra).toMatchObject({ nip: '198009162005011003', tanggalLahir: '1980-09-16', golongan: 'III/d' });
    expect(core.pegawai.list({ ...all, text: 'Dedi Kurniawan' }).total).toBe(0);
    const formulaName = core.pegawai.list({ ...all, text: '199309092022031005' }).rows[0]!;
    expect(formulaName.nama).toBe('=HYPERLINK("http://contoh.id")');
  });

  it('lets the clerk pick the name column when the header is not recognised', async () => {
    const { page, core } = app;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['NIP', 'PEGAWAI YBS', 'JABATAN', 'UNIT KERJA']);
    ws.addRow(['198111112006041007', 'Yusuf Maulana', 'Penyuluh Kesehatan', 'Puskesmas Kajen']);
    const file = path.join(tempDir('netra-e2e-file-'), 'rekap.xlsx');
    await wb.xlsx.writeFile(file);

    await page.getByRole('button', { name: 'Impor Excel/CSV' }).first().click();
    const dialog = page.getByTestId('dialog-impor');
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(file);
    await seeText(dialog.getByRole('table', { name: 'Pemetaan kolom' }), 'Wajib dipilih');
    const next = dialog.getByRole('button', { name: 'Lanjut' });
    expect(await next.isDisabled()).toBe(true);
    await dialog.locator('#map-nama').selectOption('1');
    await seeText(dialog.getByRole('table', { name: 'Pemetaan kolom' }), 'Yusuf Maulana');
    await next.click();
    await dialog.getByRole('button', { name: 'Impor 1 pegawai' }).click();
    await dialog.getByRole('button', { name: 'Selesai' }).click();
    expect(core.pegawai.list({ ...all, text: '198111112006041007' }).rows[0]?.nama).toBe('Yusuf Maulana');
  });

  it('exports the filtered registry to xlsx: NIP as text, formulas stay text', async () => {
    const { page, core } = app;
    await page.getByTestId('cari-pegawai').fill('puskesmas');
    const expected = core.pegawai.list({ ...all, aktif: 'aktif', text: 'puskesmas' }).total;
    expect(expected).toBeGreaterThanOrEqual(3);
    await seeText(page.getByTestId('jumlah-pegawai'), countText(expected));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor Excel' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = path.join(tempDir('netra-e2e-dl-'), d.suggestedFilename());
    await d.saveAs(saved);
    await seeText(page.getByTestId('toast').last(), `${expected} pegawai diekspor`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.worksheets[0]!;
    const headerRow = ws.getRow(ws.views[0]?.state === 'frozen' ? (ws.views[0].ySplit ?? 1) : 1);
    const headers = Array.from(headerRow.values as unknown[], (v) => String(v ?? ''));
    const nipCol = headers.indexOf('NIP');
    const namaCol = headers.findIndex((h) => h.startsWith('Nama'));
    expect(nipCol).toBeGreaterThan(0);
    const body: ExcelJS.Row[] = [];
    ws.eachRow((row, n) => {
      if (n > headerRow.number) body.push(row);
    });
    expect(body).toHaveLength(expected);
    const hendra = body.find((r) => r.getCell(nipCol).value === '198009162005011003');
    expect(hendra, 'NIP disimpan sebagai teks 18 digit').toBeDefined();
    const formulaRow = body.find((r) => r.getCell(nipCol).value === '199309092022031005')!;
    const cell = formulaRow.getCell(namaCol);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(String(cell.value)).toContain('=HYPERLINK(');
  });
});
