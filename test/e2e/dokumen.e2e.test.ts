import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PegawaiQuerySchema } from '../../shared/contract/schemas';
import { tempDir } from '../helpers/core';
import { hasSoffice, renderPdf } from '../helpers/libreoffice';
import { openApp, seeText, type App } from './harness';

const documentXml = (file: string) => strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);

describe('Pengaturan dan Dokumen (browser)', () => {
  let app: App;
  const files = tempDir('netra-e2e-dok-');
  beforeAll(async () => {
    app = await openApp({ demo: 120 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a logo that is not an image and keeps the one that is', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/pengaturan?bagian=instansi`);
    const profil = core.instansi.list().find((p) => p.jenisKop === 'dinas')!;
    const card = page.getByTestId('profil-instansi').filter({ hasText: profil.nama }).first();
    await card.getByRole('button', { name: 'Ubah' }).click();
    const form = page.getByTestId('form-instansi');
    const fake = path.join(files, 'logo.png');
    fs.writeFileSync(fake, '%PDF-1.7 bukan gambar');
    const chooser = page.waitForEvent('filechooser');
    await form.getByRole('button', { name: /logo…$/ }).click();
    await (await chooser).setFiles(fake);
    await seeText(form.getByTestId('logo-instansi'), 'PNG atau JPG');
    await app.shot('20-logo-ditolak');
    expect(core.instansi.get(profil.id).logo?.base64).toBe(profil.logo?.base64);
  });

  it('refuses texts with an unknown placeholder and saves a valid edit as a new version', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/pengaturan?bagian=teks`);
    const editor = page.getByTestId('editor-teks');
    await editor.waitFor();
    await page.getByTestId('pilih-jenis-teks').getByRole('tab', { name: 'Surat Undangan' }).click();
    const pembuka = editor.locator('#teks-pembuka');
    await pembuka.fill('Kami mengundang Saudara pada {tanggal_acara} untuk {acara}.');
    await seeText(editor, '{tanggal_acara} tidak dikenal');
    await app.shot('21-teks-galat');
    const save = editor.getByRole('button', { name: 'Simpan sebagai versi baru' });
    if (await save.isEnabled()) await save.click();
    expect(core.teks.versions('surat-undangan')).toHaveLength(1);

    await pembuka.fill('Dalam rangka {acara}, dengan hormat kami mengundang Saudara untuk hadir pada:');
    await seeText(page.getByTestId('pratinjau-naskah'), 'dengan hormat kami mengundang Saudara');
    await save.click();
    await seeText(page.getByTestId('riwayat-teks'), '2');
    expect(core.teks.latest('surat-undangan')).toMatchObject({ versi: 2 });
    expect(core.teks.latest('surat-undangan').teks.pembuka).toContain('Dalam rangka {acara}');
  });

  it('creates a numbered SK Satgas with a member found in the registry, previewed, archived and downloadable', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/dokumen?tab=buat`);
    await page.getByTestId('jenis-sk-satgas').click();
    const form = page.getByTestId('form-dokumen');
    await form.waitFor();
    const bupati = core.penandatangan.list().find((p) => p.jenis === 'kepala-daerah')!;
    await form.locator('#dok-profilId').selectOption(String(core.instansi.list().find((p) => p.jenisKop === 'kepala-daerah')!.id));
    await form.locator('#dok-tandaTangan-penandatanganId').selectOption(String(bupati.id));
    const someone = core.pegawai.list(PegawaiQuerySchema.parse({ limit: 1 })).rows[0]!;
    await form.getByTestId('cari-anggota').fill(someone.nip!.slice(0, 12));
    await page.getByRole('option').filter({ hasText: someone.nama }).first().click();
    const preview = page.getByTestId('pratinjau-naskah');
    await seeText(preview, 'MEMUTUSKAN');
    await seeText(preview, someone.nama);
    await app.shot('22-sk-pratinjau');
    await form.getByRole('button', { name: 'Simpan .docx' }).click();
    const hasil = page.getByTestId('hasil-dokumen');
    await seeText(hasil, '/Kep.0001/');
    await app.shot('23-sk-tersimpan');
    const [doc] = core.arsip.list({ text: '', jenis: 'sk-satgas', tahun: null, offset: 0, limit: 5 }).rows;
    expect(doc!.pegawaiIds).toEqual([someone.id]);

    const download = page.waitForEvent('download');
    await hasil.getByRole('button', { name: 'Simpan ke…' }).click();
    const saved = path.join(files, (await download).suggestedFilename());
    await (await download).saveAs(saved);
    const xml = documentXml(saved);
    expect(xml).toContain(doc!.nomor);
    expect(xml).toContain('MEMUTUSKAN');
    if (hasSoffice()) {
      const pdf = await renderPdf(saved);
      expect(Math.abs(pdf.heightPt - 935.4)).toBeLessThan(1);
      expect(pdf.text).toContain(someone.nama);
    }
  });

  it('refuses a manual number already in the register, and lists documents in the archive', async () => {
    const { page, core } = app;
    const taken = core.penomoran.list({ tahun: null, status: null })[0]!.nomor;
    await page.goto(`${app.host.url}#/dokumen?tab=buat`);
    await page.reload(); // a fresh form, not the SK just saved
    await page.getByTestId('jenis-surat-undangan').click();
    const form = page.getByTestId('form-dokumen');
    await form.getByLabel('Nomor manual').check();
    await form.locator('#dok-nomor-nomor').fill(taken);
    await form.getByRole('button', { name: 'Simpan .docx' }).click();
    await seeText(page.getByTestId('galat-dokumen').or(form.locator('.field-error')).first(), 'sudah tercatat');
    await app.shot('24-nomor-ganda');
    expect(core.arsip.list({ text: '', jenis: 'surat-undangan', tahun: null, offset: 0, limit: 5 }).total).toBe(0);

    await form.getByLabel('Ambil nomor otomatis saat disimpan').check();
    await form.getByRole('button', { name: 'Simpan .docx' }).click();
    await seeText(page.getByTestId('hasil-dokumen'), '800/0001/');
    await page.goto(`${app.host.url}#/dokumen?tab=arsip`);
    await seeText(page.getByTestId('daftar-arsip'), '800/0001/');
    expect(await page.getByTestId('baris-arsip').count()).toBe(2);
    await app.shot('25-arsip');
  });

  it('Tempel daftar asks whether to replace or add, and leaves out lines already in the list', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/dokumen?tab=buat`);
    await page.reload();
    await page.getByTestId('jenis-surat-undangan').click();
    const form = page.getByTestId('form-dokumen');
    const kepada = form.getByTestId('daftar-kepada');
    const values = () => kepada.locator('input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    // the demo starts from the example: four invitees
    await expect.poll(values).toEqual(['Kepala Dinas Pendidikan', 'Kepala Dinas Kesehatan', 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang', 'Para Camat']);

    await kepada.getByRole('button', { name: 'Tempel daftar…' }).click();
    let dialog = page.getByTestId('tempel-daftar');
    await dialog.getByLabel('Daftar yang ditempel').fill('1. Para Camat\n2. Kepala Dinas Sosial\n3. kepala dinas sosial\n4. Kepala Dinas Pendidikan');
    await seeText(dialog.getByTestId('tempel-ringkasan'), 'tambah: 1 baru, 3 sudah ada');
    await app.shot('28-tempel-daftar');
    await dialog.getByRole('button', { name: 'Tambahkan ke daftar' }).click();
    await expect.poll(values).toEqual(['Kepala Dinas Pendidikan', 'Kepala Dinas Kesehatan', 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang', 'Para Camat', 'Kepala Dinas Sosial']);

    await kepada.getByRole('button', { name: 'Tempel daftar…' }).click();
    dialog = page.getByTestId('tempel-daftar');
    await dialog.getByLabel('Daftar yang ditempel').fill('- Lurah\n- Camat\n- lurah');
    await dialog.getByRole('button', { name: 'Ganti 5 baris yang ada' }).click();
    await expect.poll(values).toEqual(['Lurah', 'Camat']);

    // "7:30" becomes "07.30" when the field is left
    const pukul = form.locator('#dok-data-pukulMulai');
    await pukul.fill('7:30');
    await pukul.blur();
    await expect.poll(() => pukul.inputValue()).toBe('07.30');
  });

  it('reserves a number and voids it with a reason in the register', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/dokumen?tab=agenda`);
    await page.getByRole('button', { name: 'Pesan nomor' }).click();
    const pesan = page.getByTestId('form-pesan-nomor');
    await pesan.locator('#pesan-jenis').selectOption('surat-edaran');
    await pesan.locator('#pesan-hal').fill('Edaran cuti bersama');
    await pesan.getByRole('button', { name: 'Pesan nomor' }).click();
    const agenda = page.getByTestId('buku-agenda');
    await seeText(agenda, 'Edaran cuti bersama');
    const row = page.getByTestId('baris-nomor').filter({ hasText: 'Edaran cuti bersama' });
    await row.getByRole('button', { name: 'Batalkan' }).click();
    const batal = page.getByTestId('form-batal-nomor');
    await batal.locator('#batal-alasan').fill('Salah jenis surat');
    await batal.getByRole('button', { name: 'Batalkan nomor' }).click();
    await seeText(row, 'Salah jenis surat');
    await app.shot('26-agenda');
    const n = core.penomoran.list({ tahun: null, status: 'batal' });
    expect(n.map((x) => [x.hal, x.alasanBatal])).toEqual([['Edaran cuti bersama', 'Salah jenis surat']]);
  });
});

describe('kantor baru tanpa data contoh (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a clerk fills the profile with a logo and a signatory, then writes a numbered Surat Edaran', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/pengaturan?bagian=instansi`);
    await page.getByRole('button', { name: 'Tambah profil' }).first().click();
    const ins = page.getByTestId('form-instansi');
    await ins.locator('#ins-nama').fill('Kesbangpol');
    await ins.locator('#ins-pemerintah').fill('PEMERINTAH KOTA MAJUJAYA');
    await ins.locator('#ins-kepalaDaerah').fill('WALI KOTA MAJUJAYA');
    await ins.locator('#ins-perangkatDaerah').fill('BADAN KESATUAN BANGSA DAN POLITIK');
    await ins.locator('#ins-alamat').fill('Jalan Merdeka Nomor 5, Majujaya');
    await ins.locator('#ins-kodePos').fill('123');
    await ins.locator('#ins-kota').fill('Majujaya');
    await ins.locator('#ins-kodeUnit').fill('Kesbangpol');
    const chooser = page.waitForEvent('filechooser');
    await ins.getByRole('button', { name: 'Pilih logo…' }).click();
    await (await chooser).setFiles(path.resolve(import.meta.dirname, '../../resources/logo-contoh.png'));
    await ins.getByRole('button', { name: 'Simpan' }).click();
    await seeText(ins.locator('#ins-kodePos-error'), '5 digit');
    await ins.locator('#ins-kodePos').fill('12345');
    await ins.getByRole('button', { name: 'Simpan' }).click();
    await ins.waitFor({ state: 'hidden' });
    const [profil] = core.instansi.list();
    expect(profil).toMatchObject({ nama: 'Kesbangpol', kodePos: '12345', logo: { type: 'png', widthPx: 200, heightPx: 240 } });

    await page.goto(`${app.host.url}#/pengaturan?bagian=penandatangan`);
    await page.getByRole('button', { name: 'Tambah penandatangan' }).first().click();
    const ttd = page.getByTestId('form-penandatangan');
    await ttd.locator('#ttd-jabatan').fill('Kepala Badan Kesatuan Bangsa dan Politik');
    await ttd.locator('#ttd-nama').fill('Rudi Hartono');
    await ttd.locator('#ttd-gelarBelakang').fill('S.Sos., M.Si.');
    await ttd.locator('#ttd-golongan').selectOption('IV/b');
    await ttd.locator('#ttd-nip').fill('197513312000031002'); // month 13
    await ttd.getByRole('button', { name: 'Simpan' }).click();
    await seeText(ttd.locator('#ttd-nip-error'), 'NIP');
    expect(core.penandatangan.list()).toHaveLength(0);
    await ttd.locator('#ttd-nip').fill('197512312000031002');
    await ttd.getByRole('button', { name: 'Simpan' }).click();
    await ttd.waitFor({ state: 'hidden' });
    expect(core.penandatangan.list()).toHaveLength(1);

    await page.goto(`${app.host.url}#/dokumen?tab=buat`);
    await page.getByTestId('jenis-surat-edaran').click();
    const form = page.getByTestId('form-dokumen');
    // A real office starts from an empty form: no sample region, election or addressees.
    await expect.poll(() => form.locator('#dok-data-tentang').inputValue()).toBe('');
    expect(await form.getByTestId('daftar-kepada').locator('input').count()).toBe(0);
    await form.locator('#dok-data-tentang').fill('Netralitas Aparatur Sipil Negara pada Pemilihan Wali Kota dan Wakil Wali Kota Majujaya Tahun 2026');
    await form.locator('#dok-data-pemilihan').fill('Pemilihan Wali Kota dan Wakil Wali Kota Majujaya Tahun 2026');
    await form.locator('#dok-data-tanggalPemungutan').fill('25/11/2026');
    await form.getByTestId('daftar-kepada').getByRole('button', { name: 'Tambah tujuan' }).click();
    await form.locator('#dok-data-kepada-0').fill('Kepala Perangkat Daerah');
    await form.locator('#dok-data-lingkungan').fill('di Lingkungan Pemerintah Kota Majujaya');
    await seeText(page.getByTestId('pratinjau-naskah'), 'SURAT EDARAN');
    // a circular is pengaturan: an office head signs it without titles, with pangkat and NIP
    await seeText(page.getByTestId('pratinjau-naskah'), 'NIP. 19751231 200003 1 002');
    expect(await page.getByTestId('pratinjau-naskah').innerText()).not.toContain('S.Sos.');
    await app.shot('27-se-baru');
    await form.getByRole('button', { name: 'Simpan .docx' }).click();
    await seeText(page.getByTestId('hasil-dokumen'), '800/0001/Kesbangpol/');
    const [doc] = core.arsip.list({ text: '', jenis: null, tahun: null, offset: 0, limit: 5 }).rows;
    const file = core.files.resolve(core.dokumen.fileToken(doc!.id)).path;
    const xml = documentXml(file);
    for (const s of ['BADAN KESATUAN BANGSA DAN POLITIK', 'NIP. 19751231 200003 1 002', 'Pemerintah Kota Majujaya', '>Rudi Hartono<']) expect(xml).toContain(s);
    expect(xml).not.toContain('S.Sos.');
  });
});
