import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { dispatch } from '../../electron/core/handlers/index';
import type { Kasus } from '../../shared/contract/kasus';
import { tambahHariKerja } from '../../shared/domain/hari-kerja';
import type { Pegawai } from '../../shared/domain/pegawai';
import { formatTanggal } from '../../shared/domain/tanggal';
import { tempDir } from '../helpers/core';
import { openApp, seeText, SHOTS_DIR, type App } from './harness';

async function panggil<T>(app: App, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(app.core, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** dd/mm/yyyy as a clerk types it. */
const ketik = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Nothing wider than the window, and the element inside it. */
async function muat(page: Page, el?: Locator): Promise<void> {
  const w = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, main: document.querySelector('.main')!.scrollWidth, mainClient: document.querySelector('.main')!.clientWidth }));
  expect(w.doc, 'lebar halaman').toBeLessThanOrEqual(1366);
  expect(w.main, 'lebar area utama').toBeLessThanOrEqual(w.mainClient + 1);
  if (el) {
    const b = (await el.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(1366 + 0.5);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(768 + 0.5);
  }
}

/** A screenshot of the 1366×768 page, for a person to look at (test-results/screens). */
const foto = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });

describe('Kasus: rekomendasi Bawaslu sampai teguran tertulis (browser, 1366×768)', () => {
  let app: App;
  let page: Page;
  let guru: Pegawai;
  let staf: Pegawai;
  let kasusId = 0;
  let libur: Set<string>;
  const audit = async () => panggil<{ aksi: string }[]>(app, 'kasus.audit', { kasusId });
  const detail = async () => panggil<Kasus>(app, 'kasus.get', { id: kasusId });

  beforeAll(async () => {
    app = await openApp({ demo: 300 });
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e: Error) => errors.push(e.message));
    (page as unknown as { __errors: string[] }).__errors = errors;
    const list = await panggil<{ rows: Pegawai[] }>(app, 'pegawai.list', { status: 'PNS', limit: 500 });
    const withNip = list.rows.filter((p) => p.nip && p.jabatan);
    const kelas = (p: Pegawai) => (p.jenisJabatan === 'FUNGSIONAL' ? 0 : p.jenisJabatan === 'PELAKSANA' ? 1 : p.jenisJabatan === 'PENGAWAS' ? 2 : 3);
    withNip.sort((a, b) => kelas(a) - kelas(b));
    guru = withNip[0]!;
    staf = withNip[1]!;
    expect(guru && staf).toBeTruthy();
    libur = new Set(app.core.db.prepare('SELECT tanggal FROM hari_libur').pluck().all() as string[]);
  });
  afterAll(async () => {
    const errors = (page as unknown as { __errors?: string[] })?.__errors ?? [];
    await page?.context().close();
    await app?.close();
    expect(errors).toEqual([]);
  });

  it('takes in a Bawaslu recommendation for two employees and a village head outside the registry', async () => {
    await page.goto(`${app.host.url}#/kasus`);
    // the menu entry is a real page now
    const nav = page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kasus', exact: true });
    expect(await nav.getAttribute('aria-current')).toBe('page');
    // the clerk's name goes into the audit trail
    await page.getByTestId('buka-pengaturan-kasus').click();
    await page.getByTestId('pengaturan-kasus').locator('#pk-petugas').fill('Siti Aminah');
    await page.getByTestId('simpan-pengaturan-kasus').click();
    await page.getByTestId('pengaturan-kasus').waitFor({ state: 'detached' });
    await page.getByTestId('kasus-baru').click();
    const form = page.getByTestId('form-kasus');
    await form.locator('#ks-sumber').selectOption('bawaslu');
    await form.locator('#ks-pelapor').fill('Bawaslu Kabupaten Sukamaju');
    await form.locator('#ks-nomorSurat').fill('045/PP.01.02/K.JB-12/09/2026');
    await form.locator('#ks-tanggalSurat').fill('29/09/2026');
    await form.locator('#ks-tanggalDiterima').fill('01/10/2026');
    await form.locator('#ks-tanggalKejadian').fill('20/09/2026');
    // the catalogue is the one of the rule set in force on the incident date
    await seeText(form.getByTestId('aturan-berlaku'), 'SKB Netralitas ASN 2022');
    await form.getByTestId('katalog-pelanggaran').getByRole('checkbox', { name: /^SKB-3 / }).check();
    await form.locator('#ks-kategoriPelapor').fill('Kampanye di media sosial');
    await form.locator('#ks-kronologi').fill('Terlapor mengunggah foto bersama calon dengan simbol jari.');
    // nobody named yet: refused with the reason under the people section
    await page.getByTestId('simpan-kasus').click();
    await seeText(form.getByTestId('terlapor-editor'), 'paling sedikit satu terlapor');

    const cari = form.getByTestId('terlapor-editor').getByTestId('cari-anggota');
    for (const p of [guru, staf]) {
      await cari.fill(p.nip!);
      await form.getByRole('listbox', { name: 'Hasil pencarian pegawai' }).getByRole('option').first().waitFor();
      await cari.press('Enter');
    }
    await form.getByTestId('tambah-luar').click();
    await form.locator('#ks-terlapor-2-luarJenis').selectOption('kepala-desa');
    await form.locator('#ks-terlapor-2-nama').fill('Sutrisno');
    await form.locator('#ks-terlapor-2-jabatan').fill('Kepala Desa Mekarsari');
    await form.locator('#ks-terlapor-2-instansi').fill('Desa Mekarsari');
    expect(await form.getByTestId('terlapor-draf').count()).toBe(3);
    await muat(page, form);
    await foto(page, 'kasus-baru');
    await page.getByTestId('simpan-kasus').click();
    await page.getByTestId('ringkasan-kasus').waitFor();
    kasusId = Number(new URLSearchParams(page.url().split('?')[1]).get('id'));
    const k = await detail();
    expect(k.terlapor.map((t) => [t.jenis, t.pegawaiId])).toEqual([
      ['pegawai', guru.id],
      ['pegawai', staf.id],
      ['luar', null],
    ]);
    expect(k.aturan.kode).toBe('SKB-2022');
    await seeText(page.getByTestId('aturan-kasus'), 'SKB Netralitas ASN 2022');
    // the follow-up deadline (14 days from receipt) passed long ago: red light, with its words
    await seeText(page.getByTestId('lampu-kasus'), 'Lewat tenggat');
    // the village head shows the route the rule set gives
    await page.getByTestId(`pilih-terlapor-${k.terlapor[2]!.id}`).click();
    await seeText(page.getByTestId('jalur-luar'), 'Diteruskan kepada Bupati');
    await muat(page);
    await foto(page, 'kasus-terlapor-luar');
  });

  it('edits the intake data against the frozen catalogue, and uploads a screenshot shown as a thumbnail', async () => {
    await page.getByRole('tab', { name: 'Kronologi & bukti' }).click();
    await seeText(page.getByTestId('pelanggaran-kasus'), 'SKB-3');
    await page.getByTestId('ubah-kasus').click();
    const form = page.getByTestId('form-kasus');
    await form.locator('#ks-lokasi').fill('Kecamatan Sukamaju');
    await form.getByRole('checkbox', { name: /^SKB-2 / }).check();
    await page.getByTestId('simpan-kasus').click();
    await seeText(page.getByTestId('data-kasus'), 'Kecamatan Sukamaju');
    await seeText(page.getByTestId('pelanggaran-kasus'), 'SKB-2');
    expect((await detail()).pelanggaran).toEqual(['SKB-3', 'SKB-2']);

    const png = path.join(tempDir(), 'tangkapan.png');
    // a real 200×240 picture
    fs.copyFileSync(path.resolve(import.meta.dirname, '../../resources/logo-contoh.png'), png);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('unggah-bukti').click();
    await (await chooser).setFiles(png);
    await page.getByTestId('bukti-dialog').locator('#bukti-keterangan').fill('Unggahan Facebook');
    await page.getByTestId('simpan-bukti').click();
    const img = page.getByTestId('bukti').getByTestId('bukti-gambar');
    await img.waitFor();
    expect(await img.evaluate(async (el: HTMLImageElement) => (el.complete ? el.naturalWidth : await new Promise<number>((r) => (el.onload = () => r(el.naturalWidth)))))).toBe(200);
    await muat(page);
    await foto(page, 'kasus-kronologi');
  });

  it('runs the first employee to a written reprimand through every stage, guards shown at their fields', async () => {
    const k0 = await detail();
    const t = k0.terlapor[0]!;
    await page.goto(`${app.host.url}#/kasus?id=${kasusId}&tab=terlapor&orang=${t.id}`);
    const panel = page.getByTestId('terlapor-panel');
    await panel.waitFor();
    const dialog = page.getByTestId('tahap-dialog');
    const simpan = async () => {
      await page.getByTestId('simpan-tahap').click();
      await dialog.waitFor({ state: 'detached' });
    };
    const tahap = async (label: string) => seeText(panel.getByTestId('tahap-terlapor'), label);

    await panel.getByTestId('maju-verifikasi').click();
    await dialog.locator('#tf-tanggal').fill('02/10/2026');
    await dialog.locator('#tf-catatan').fill('Tangkapan layar diperiksa.');
    await simpan();
    await tahap('Verifikasi');

    // summons: the examination only 3 working days after the letter is refused, the rule's date said at the field
    await panel.getByTestId('maju-panggilan-1').click();
    await dialog.locator('#tf-tanggal').fill('05/10/2026');
    await dialog.locator('#tf-tanggalPeriksa').fill('08/10/2026');
    await dialog.locator('#tf-tempat').fill('Ruang Rapat BKPSDM');
    await dialog.locator('#tf-pemeriksa-nama').fill('Drs. Hadi Wijaya, M.Si.');
    await dialog.locator('#tf-pemeriksa-jabatan').fill('Kepala Bidang Pembinaan dan Disiplin');
    await muat(page, dialog);
    await page.getByTestId('simpan-tahap').click();
    const earliest = tambahHariKerja('2026-10-05', 7, libur);
    const tgl = formatTanggal(earliest);
    await seeText(dialog.locator('#tf-tanggalPeriksa-error'), 'terlalu dekat');
    await seeText(dialog.locator('#tf-tanggalPeriksa-error'), tgl);
    await seeText(dialog.getByTestId('galat-tahap'), 'paling cepat');
    await foto(page, 'kasus-panggilan-ditolak');
    expect((await detail()).terlapor[0]!.tahap).toBe('verifikasi');
    await dialog.locator('#tf-tanggalPeriksa').fill(ketik(earliest));
    await simpan();
    await tahap('Panggilan I');

    // the sedang violation needs a tim pemeriksa before the hearing
    await panel.getByTestId('maju-pemeriksaan').click();
    expect(await dialog.locator('#tf-tanggal').inputValue()).toBe(ketik(earliest));
    await dialog.getByLabel('Hadir', { exact: true }).check();
    await page.getByTestId('simpan-tahap').click();
    await seeText(dialog.getByTestId('galat-tahap'), 'tim pemeriksa');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await page.getByRole('button', { name: 'Buang isian' }).click();
    await panel.getByTestId('ubah-tim').click();
    const tim = page.getByTestId('tim-dialog');
    await tim.locator('#tim-0-nama').fill('Drs. Hadi Wijaya, M.Si.');
    await tim.locator('#tim-0-jabatan').fill('Kepala Bidang Pembinaan dan Disiplin');
    await tim.getByTestId('tambah-anggota-tim').click();
    await tim.locator('#tim-1-nama').fill('Ir. Agus Priyanto');
    await tim.locator('#tim-1-jabatan').fill('Inspektur Pembantu Wilayah I');
    await page.getByTestId('simpan-tim').click();
    await tim.waitFor({ state: 'detached' });
    await seeText(panel.getByTestId('tim-terlapor'), 'Ir. Agus Priyanto');

    await panel.getByTestId('maju-pemeriksaan').click();
    await dialog.getByLabel('Hadir', { exact: true }).check();
    await simpan();
    await tahap('Pemeriksaan');
    // the examination Q&A has its place in the person's panel from here on
    await panel.getByTestId('pemeriksaan-slot').waitFor();
    await panel.getByTestId('pemeriksaan-slot').scrollIntoViewIfNeeded();
    await muat(page);
    await foto(page, 'kasus-pemeriksaan');

    const lhpTgl = tambahHariKerja(earliest, 1, libur);
    await panel.getByTestId('maju-lhp').click();
    await dialog.locator('#tf-tanggal').fill(ketik(lhpTgl));
    await dialog.getByLabel('Pelanggaran terbukti').check();
    await dialog.locator('#tf-usulanHukuman').selectOption('teguran-tertulis');
    await simpan();
    await tahap('Laporan hasil pemeriksaan');

    const kepTgl = tambahHariKerja(lhpTgl, 1, libur);
    await panel.getByTestId('maju-keputusan').click();
    await dialog.locator('#tf-tanggal').fill(ketik(kepTgl));
    // outcome and sanction come from the report; the deciding official is shown with its reason
    expect(await dialog.locator('#tf-hukuman').inputValue()).toBe('teguran-tertulis');
    const pej = await panggil<{ label: string }>(app, 'kasus.pejabat', { terlaporId: t.id, hukuman: 'teguran-tertulis' });
    await seeText(dialog.getByTestId('pejabat-berwenang'), pej.label);
    await muat(page, dialog);
    await foto(page, 'kasus-keputusan');
    await simpan();
    await tahap('Keputusan');
    await seeText(panel.getByTestId('hasil-terlapor'), 'teguran tertulis');
    // delivery is now due within the rule's working days: its deadline is listed with its basis
    await seeText(panel.getByTestId('tenggat-terlapor'), 'Keputusan disampaikan paling lama 14 hari kerja');

    const sampai = tambahHariKerja(kepTgl, 1, libur);
    await panel.getByTestId('maju-penyampaian').click();
    await dialog.locator('#tf-tanggal').fill(ketik(sampai));
    await dialog.locator('#tf-tanggalDiterima').fill(ketik(sampai));
    await simpan();
    await tahap('Penyampaian keputusan');

    // recording inside the objection window is refused; the day after it ends is accepted
    await panel.getByTestId('maju-pencatatan').click();
    await dialog.locator('#tf-tanggal').fill(ketik(tambahHariKerja(sampai, 2, libur)));
    await page.getByTestId('simpan-tahap').click();
    await seeText(dialog.locator('#tf-tanggal-error'), 'Masa keberatan berakhir');
    const catat = tambahHariKerja(sampai, 16, libur);
    await dialog.locator('#tf-tanggal').fill(ketik(catat));
    await simpan();
    await tahap('SIASN');

    await panel.getByTestId('maju-tindak-lanjut').click();
    await dialog.locator('#tf-tanggal').fill(ketik(catat));
    await dialog.locator('#tf-nomorSurat').fill('800/123/BKPSDM/2026');
    expect(await dialog.locator('#tf-kepada-0').inputValue()).toBe('Bawaslu Kabupaten Sukamaju');
    await simpan();
    await tahap('Tindak lanjut');

    await panel.getByTestId('maju-selesai').click();
    await dialog.locator('#tf-tanggal').fill(ketik(catat));
    await simpan();
    await tahap('Selesai');
    // nothing pending for this person: no light, and the follow-up deadline shows as met
    await seeText(panel.getByTestId('lampu-terlapor'), 'Tidak ada tenggat');
    await seeText(panel.locator('[data-kode="tindak-lanjut"]'), 'Terpenuhi');
    await seeText(panel.getByTestId('langkah-berikutnya'), 'sudah selesai');
    expect(await panel.getByTestId('riwayat-item').count()).toBe(10);
    // the others still wait: the case's light stays red
    await seeText(page.getByTestId('lampu-kasus'), 'Lewat tenggat');
    const k = await detail();
    expect(k.terlapor[0]).toMatchObject({ tahap: 'selesai', hasil: 'hukuman', hukuman: 'teguran-tertulis', lampu: null });
    await muat(page);
    await foto(page, 'kasus-selesai');
  });

  it('corrects a recorded step with a reason; the audit trail shows who, what, old and new', async () => {
    const panel = page.getByTestId('terlapor-panel');
    const dialog = page.getByTestId('tahap-dialog');
    await panel.getByRole('button', { name: /^Perbaiki Verifikasi/ }).click();
    await dialog.locator('#tf-catatan').fill('Tangkapan layar dan tautan unggahan diperiksa.');
    await page.getByTestId('simpan-tahap').click();
    await seeText(dialog.locator('#tf-alasanUbah-error'), 'alasan');
    await dialog.locator('#tf-alasanUbah').fill('Catatan dilengkapi.');
    await page.getByTestId('simpan-tahap').click();
    await dialog.waitFor({ state: 'detached' });
    await seeText(panel.getByTestId('riwayat-terlapor'), 'tautan unggahan');

    await page.getByRole('tab', { name: 'Jejak audit' }).click();
    const tabel = page.getByTestId('tabel-audit');
    await seeText(tabel, 'Tahap diperbaiki');
    const rows = tabel.getByTestId('audit-baris');
    const aksi = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-aksi')));
    expect(aksi.filter((a) => a === 'tahap')).toHaveLength(9);
    expect(aksi).toEqual(expect.arrayContaining(['buat', 'tambah-terlapor', 'ubah', 'tambah-bukti', 'tim-pemeriksa', 'ubah-tahap']));
    expect(aksi.length).toBe((await audit()).length);
    expect(await rows.first().locator('td').nth(1).textContent()).toBe('Siti Aminah');
    const koreksi = rows.filter({ hasText: 'Tahap diperbaiki' });
    await seeText(koreksi, 'Catatan dilengkapi.');
    await seeText(koreksi, 'Tangkapan layar diperiksa.');
    // stage moves read as words and dates, not raw JSON
    const maju = await rows.filter({ hasText: 'Tahap dicatat' }).last().textContent();
    expect(maju).toContain('Verifikasi / klarifikasi');
    expect(maju).not.toContain('{');
    await muat(page);
    await foto(page, 'kasus-audit');
  });

  it('adds a person found later as not identified, then links them to the registry', async () => {
    const list = await panggil<{ rows: Pegawai[] }>(app, 'pegawai.list', { status: 'PNS', limit: 500 });
    const ketiga = list.rows.find((p) => p.nip && p.id !== guru.id && p.id !== staf.id)!;
    await page.getByRole('tab', { name: 'Terlapor' }).click();
    await page.getByTestId('tambah-terlapor').click();
    const d = page.getByTestId('tambah-terlapor-dialog');
    await d.getByTestId('tambah-belum-dikenal').click();
    await d.locator('#ks-terlapor-0-nama').fill('Rina');
    await d.locator('#ks-terlapor-0-keterangan').fill('akun Facebook "Rina Sukamaju"');
    await page.getByTestId('simpan-terlapor').click();
    await d.waitFor({ state: 'detached' });
    const panel = page.getByTestId('terlapor-panel');
    await seeText(panel.getByTestId('identitas-terlapor'), 'Belum dikenali');
    await panel.getByTestId('tautkan-terlapor').click();
    const cari = page.getByTestId('tautkan-dialog').getByTestId('cari-anggota');
    await cari.fill(ketiga.nip!);
    await page.getByTestId('tautkan-dialog').getByRole('option').first().waitFor();
    await cari.press('Enter');
    await page.getByTestId('tautkan-dialog').waitFor({ state: 'detached' });
    await seeText(panel.getByTestId('identitas-terlapor'), 'Pegawai');
    const k = await detail();
    expect(k.terlapor[3]).toMatchObject({ jenis: 'pegawai', pegawaiId: ketiga.id });
    expect((await audit()).map((a) => a.aksi).slice(0, 2)).toEqual(['tautkan', 'tambah-terlapor']);
  });

  it('archives the case with a reason and restores it', async () => {
    await page.getByTestId('arsipkan-kasus').click();
    const d = page.getByTestId('alasan-dialog');
    await page.getByTestId('alasan-simpan').click();
    await seeText(d, 'wajib diisi');
    await d.locator('#alasan-input').fill('Rekomendasi dicabut Bawaslu.');
    await page.getByTestId('alasan-simpan').click();
    await seeText(page.getByTestId('kasus-diarsipkan'), 'Rekomendasi dicabut Bawaslu.');
    expect((await detail()).diarsipkan).toBe(true);
    // gone from the open list, found under Arsip
    await page.goto(`${app.host.url}#/kasus`);
    await page.getByTestId('tabel-kasus').waitFor();
    await page.getByTestId('jumlah-kasus').filter({ hasText: 'kasus' }).waitFor();
    expect(await page.getByTestId(`kasus-${kasusId}`).count()).toBe(0);
    await page.getByTestId('saring-arsip').check();
    await page.getByTestId(`kasus-${kasusId}`).click();
    await page.getByTestId('pulihkan-kasus').click();
    await page.getByTestId('kasus-diarsipkan').waitFor({ state: 'detached' });
    expect((await detail()).diarsipkan).toBe(false);
    expect((await audit()).slice(0, 2).map((a) => a.aksi)).toEqual(['pulihkan', 'arsipkan']);
    await page.getByRole('tab', { name: 'Jejak audit' }).click();
    await seeText(page.getByTestId('tabel-audit'), 'Kasus dipulihkan');
  });

  it('asks for the rule set when none is in force on the incident date, and uses the one picked', async () => {
    await page.goto(`${app.host.url}#/kasus`);
    await page.getByTestId('kasus-baru').click();
    const form = page.getByTestId('form-kasus');
    await form.locator('#ks-sumber').selectOption('lapor');
    await form.locator('#ks-tanggalDiterima').fill('10/05/2019');
    await form.locator('#ks-tanggalKejadian').fill('17/04/2019');
    await form.getByTestId('tambah-belum-dikenal').click();
    await form.locator('#ks-terlapor-0-nama').fill('Pengunggah video');
    const pilih = form.getByTestId('pilih-aturan');
    await seeText(pilih, 'Tidak ada aturan yang berlaku pada tanggal kejadian 17 April 2019');
    expect(await pilih.getByRole('radio').count()).toBe(2);
    await page.getByTestId('simpan-kasus').click();
    await seeText(pilih.getByRole('alert'), 'Pilih perangkat aturan');
    expect((await panggil<{ total: number }>(app, 'kasus.list', { teks: 'Pengunggah video' })).total).toBe(0);
    await pilih.getByRole('radio', { name: /SKB-2020/ }).check();
    // the picked set's catalogue is offered at once
    await form.getByTestId('katalog-pelanggaran').getByRole('checkbox', { name: /^SKB-9 / }).waitFor();
    await page.getByTestId('simpan-kasus').click();
    await seeText(page.getByTestId('aturan-kasus'), 'SKB Netralitas ASN 2020');
  });

  it('filters the list by light, stage and source, and by text', async () => {
    await page.goto(`${app.host.url}#/kasus`);
    await page.getByTestId('saring-arsip').uncheck();
    const row = page.getByTestId(`kasus-${kasusId}`);
    await row.waitFor();
    await seeText(row, 'Bawaslu Kabupaten Sukamaju');
    await seeText(row, '1 Oktober 2026');
    await seeText(row.getByTestId('lampu-kasus'), 'Lewat tenggat');
    await page.getByTestId('saring-lampu').selectOption('aman');
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('saring-lampu').selectOption('lewat');
    await row.waitFor();
    await page.getByTestId('saring-sumber').selectOption('bkn');
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('saring-sumber').selectOption('');
    await page.getByTestId('saring-lampu').selectOption('');
    await page.getByTestId('cari-kasus').fill('Sutrisno');
    await row.waitFor();
    await page.getByTestId('cari-kasus').fill('tidak ada yang begini');
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('cari-kasus').fill('');
    await row.waitFor();
    await muat(page);
    await foto(page, 'kasus-daftar');
  });
});
