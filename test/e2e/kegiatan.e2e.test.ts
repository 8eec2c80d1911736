import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dispatch } from '../../electron/core/handlers/index';
import { parseEselon } from '../../shared/domain/jabatan';
import type { Pegawai, UnitKerja } from '../../shared/domain/pegawai';
import { openApp, seeText, type App } from './harness';

/** A channel's answer through the same dispatch the web host uses (throws on a refusal). */
async function panggil<T>(app: App, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(app.core, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

interface Rekap {
  baris: { unitIndukId: number | null; unit: string; jumlah: { peserta: number; hadir: number; belum: number; perStatus: Record<string, number> } }[];
  total: { jumlah: { peserta: number; hadir: number; belum: number; perStatus: Record<string, number> } };
}

/** Cells of the recap table's row for a unit, by column. */
async function barisRekap(page: Page, unit: string): Promise<Record<string, string>> {
  const row = page.getByTestId('tabel-rekap').locator(`tr[data-unit="${unit}"]`);
  return row.evaluate((tr) => Object.fromEntries([...tr.querySelectorAll('td[data-kolom]')].map((td) => [td.getAttribute('data-kolom')!, td.textContent!.trim()])));
}

/** How many pixels of the canvas something was drawn on. */
const pikselTerisi = (page: Page) =>
  page.getByTestId('grafik-rekap').locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d')!;
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n;
  });

const angka = (s: string) => Number(s.replace(/\./g, ''));

/** Every XML part's text of a downloaded .docx/.xlsx (tags removed), to find names in it. */
function teksOffice(file: string): string {
  const parts = unzipSync(fs.readFileSync(file));
  return Object.entries(parts)
    .filter(([n]) => n.endsWith('.xml'))
    .map(([, b]) => strFromU8(b).replace(/<[^>]+>/g, ' '))
    .join(' ')
    .replace(/&amp;/g, '&');
}

/** Waits for the toast that says `pesan`, saves its file through "Simpan ke…" and reads it. */
async function unduhDariToast(page: Page, pesan: string): Promise<{ nama: string; teks: string }> {
  const toast = page.getByTestId('toast').filter({ hasText: pesan }).last();
  await toast.waitFor();
  const dl = page.waitForEvent('download');
  await toast.getByRole('button', { name: 'Simpan ke…' }).click();
  const d = await dl;
  const file = await d.path();
  await toast.getByRole('button', { name: 'Tutup notifikasi' }).click();
  return { nama: d.suggestedFilename(), teks: teksOffice(file) };
}

describe('Kegiatan: apel untuk dua unit (browser)', () => {
  let app: App;
  let unitA: UnitKerja;
  let unitB: UnitKerja;
  let kegiatanId = 0;
  let diharapkan = 0;
  let penyelenggara: { id: number; nama: string };
  /** Anything the app's Content-Security-Policy refused (chart.js must draw without eval or inline script). */
  const csp: string[] = [];

  beforeAll(async () => {
    app = await openApp({ demo: 300 });
    app.page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    const units = await panggil<UnitKerja[]>(app, 'unit.list', {});
    const akar = units.filter((u) => u.parentId === null && u.jenis === 'PERANGKAT_DAERAH');
    // Two perangkat daerah with active staff; the count the rule must give, asked independently (the registry filter includes sub-units).
    const aktif = async (u: UnitKerja) => (await panggil<{ total: number }>(app, 'pegawai.list', { unitKerjaId: u.id, aktif: 'aktif', limit: 1 })).total;
    const dengan = [];
    for (const u of akar) {
      const n = await aktif(u);
      if (n >= 3) dengan.push({ u, n });
      if (dengan.length === 2) break;
    }
    expect(dengan).toHaveLength(2);
    unitA = dengan[0]!.u;
    unitB = dengan[1]!.u;
    diharapkan = dengan[0]!.n + dengan[1]!.n;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates an apel: Enter does not save, the times are normalised, Ctrl+Enter saves', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/kegiatan`);
    await page.getByTestId('kegiatan-baru').click();
    const form = page.getByTestId('form-kegiatan');
    await form.getByLabel('Judul kegiatan').fill('Apel Ikrar Netralitas ASN');
    await form.getByLabel('Jenis').selectOption('apel-ikrar');
    await form.getByLabel('Tanggal').fill('17/08/2026');
    await form.getByLabel('Jam mulai').fill('7:30');
    await form.getByLabel('Batas terlambat').fill('0745');
    await form.getByLabel('Tempat').fill('Halaman Kantor Bupati');
    // Organised under a kop other than the one a letter would start with.
    const profiles = app.core.instansi.list();
    const biasa = profiles.find((p) => p.jenisKop === 'dinas') ?? profiles[0]!;
    penyelenggara = profiles.find((p) => p.id !== biasa.id)!;
    await form.getByLabel('Penyelenggara (kop dokumen)').selectOption(String(penyelenggara.id));
    expect(await form.getByLabel('Jam mulai').inputValue()).toBe('07.30');
    expect(await form.getByLabel('Batas terlambat').inputValue()).toBe('07.45');
    await form.getByLabel('Tempat').press('Enter');
    await page.waitForTimeout(300);
    expect(await form.isVisible()).toBe(true);
    expect((await panggil<unknown[]>(app, 'kegiatan.list', {})).length).toBe(0);
    // Daring asks for the link; luring hides it again.
    await form.getByLabel('Daring').check();
    await form.getByLabel('Tautan rapat daring').waitFor();
    await form.getByLabel('Luring (tatap muka)').check();
    expect(await form.getByLabel('Tautan rapat daring').count()).toBe(0);
    await app.shot('60-kegiatan-form');
    await form.getByLabel('Tempat').press('Control+Enter');
    await form.waitFor({ state: 'detached' });
    await page.waitForURL(/#\/kegiatan\?id=\d+&tab=peserta/);
    kegiatanId = Number(new URL(page.url().replace('#/', '')).searchParams.get('id'));
    const k = await panggil<{ jam: string; batasTerlambat: string; jenis: string }>(app, 'kegiatan.get', { id: kegiatanId });
    expect(k).toMatchObject({ jam: '07.30', batasTerlambat: '07.45', jenis: 'apel-ikrar' });
  });

  it('chooses two units by rule, previews the count per unit, applies it and closes the list', async () => {
    const { page } = app;
    const aturan = page.getByTestId('aturan-peserta');
    await aturan.getByTestId('aturan-unit').selectOption(String(unitA.id));
    await aturan.getByTestId('aturan-unit').selectOption(String(unitB.id));
    await seeText(aturan.getByTestId('pratinjau-jumlah'), String(diharapkan));
    const pratinjau = await aturan.getByTestId('pratinjau-peserta').textContent();
    expect(pratinjau).toContain(unitA.nama);
    expect(pratinjau).toContain(unitB.nama);
    await app.shot('61-kegiatan-aturan');
    await aturan.getByTestId('terapkan-aturan').click();
    await seeText(page.getByTestId('jumlah-tampil'), `${diharapkan} peserta`);

    await page.getByTestId('tetapkan-peserta').click();
    const dlg = page.getByTestId('konfirmasi');
    await seeText(dlg, 'perubahan data pegawai sesudahnya tidak lagi mengubah');
    await dlg.getByRole('button', { name: 'Tetapkan daftar' }).click();
    await seeText(page.getByTestId('status-daftar'), 'Daftar peserta ditetapkan');
    const k = await panggil<{ pesertaDitetapkanAt: string | null }>(app, 'kegiatan.get', { id: kegiatanId });
    expect(k.pesertaDitetapkanAt).not.toBeNull();
  });

  it('adds a guest and, after the list was closed, a person who is then marked as added', async () => {
    const { page } = app;
    await page.getByTestId('tambah-tamu-buka').click();
    const tamu = page.getByTestId('tambah-tamu');
    await tamu.getByLabel('Nama (dengan gelar)').fill('Drs. Bambang Camatno');
    await tamu.getByLabel('Jabatan').fill('Camat Sukamaju');
    await tamu.getByLabel('Instansi').fill('Kecamatan');
    await tamu.getByTestId('simpan-tamu').click();
    await tamu.waitFor({ state: 'detached' });
    await seeText(page.getByTestId('jumlah-tampil'), `${diharapkan + 1} peserta`);

    // Someone of a third unit, added by hand.
    const lain = (await panggil<{ rows: Pegawai[] }>(app, 'pegawai.list', { aktif: 'aktif', limit: 500 })).rows.find(
      (p) => p.unitKerjaId !== null && !p.unitKerjaNama?.includes(unitA.nama) && !p.unitKerjaNama?.includes(unitB.nama) && p.nip,
    )!;
    const bukanPeserta = await panggil<{ total: number }>(app, 'kegiatan.peserta.list', { kegiatanId, teks: lain.nip });
    expect(bukanPeserta.total).toBe(0);
    await page.getByTestId('tambah-pegawai-buka').click();
    const dlg = page.getByTestId('tambah-pegawai');
    await dlg.getByTestId('cari-anggota').fill(lain.nip!);
    await dlg.getByRole('option').first().waitFor();
    await dlg.getByTestId('cari-anggota').press('Enter');
    await dlg.getByTestId('simpan-tambah').click();
    await dlg.waitFor({ state: 'detached' });
    await page.getByTestId('cari-peserta').fill(lain.nip!);
    await seeText(page.getByTestId('jumlah-tampil'), '1 peserta');
    await seeText(page.getByTestId('tabel-peserta'), 'ditambahkan');
    await app.shot('62-kegiatan-ditambahkan');
    await page.getByTestId('cari-peserta').fill('');
  });

  it('shows the recap per unit with the chart drawn, figures matching the participants, and marks a unit’s absent', async () => {
    const { page } = app;
    // Three people of unit A come in through the desk channel.
    const peserta = await panggil<{ rows: { nip: string | null; unitIndukId: number | null }[] }>(app, 'kegiatan.peserta.list', { kegiatanId, unitIndukId: unitA.id, limit: 3 });
    for (const [i, p] of peserta.rows.entries())
      await panggil(app, 'kegiatan.hadir.pindai', { kegiatanId, masukan: p.nip!, nonce: `uji-hadir-${i}-abcdef` });

    await page.getByTestId('tab-kegiatan').getByRole('tab', { name: 'Rekap kehadiran' }).click();
    const rekap = await panggil<Rekap>(app, 'kegiatan.rekap', { id: kegiatanId });
    expect(rekap.total.jumlah.peserta).toBe(diharapkan + 2);
    const a = rekap.baris.find((b) => b.unitIndukId === unitA.id)!;
    await page.getByTestId('tabel-rekap').waitFor();
    const sel = await barisRekap(page, a.unit);
    expect(angka(sel.peserta!)).toBe(a.jumlah.peserta);
    expect(angka(sel.hadir!)).toBe(3);
    expect(angka(sel.belum!)).toBe(a.jumlah.peserta - 3);
    const total = await page.getByTestId('rekap-total').locator('td[data-kolom="peserta"]').textContent();
    expect(angka(total!)).toBe(diharapkan + 2);
    await page.waitForTimeout(400); // the chart's short animation
    expect(await pikselTerisi(page)).toBeGreaterThan(500);
    expect(csp).toEqual([]);
    await app.shot('63-kegiatan-rekap');

    // Live: a scan elsewhere shows up without touching the page.
    const lagi = await panggil<{ rows: { nip: string | null }[] }>(app, 'kegiatan.peserta.list', { kegiatanId, unitIndukId: unitB.id, limit: 1 });
    await panggil(app, 'kegiatan.hadir.pindai', { kegiatanId, masukan: lagi.rows[0]!.nip!, nonce: 'uji-hadir-b-abcdef' });
    const b = rekap.baris.find((x) => x.unitIndukId === unitB.id)!;
    const deadline = Date.now() + 10_000;
    while (angka((await barisRekap(page, b.unit)).hadir!) !== 1) {
      if (Date.now() > deadline) throw new Error('Rekap tidak diperbarui sendiri.');
      await page.waitForTimeout(250);
    }

    const dl = page.waitForEvent('download');
    await page.getByTestId('unduh-rekap').click();
    const d = await dl;
    expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(teksOffice(await d.path())).toContain(a.unit);

    // Everyone of unit A not yet recorded: izin.
    await page.getByTestId('tabel-rekap').locator(`tr[data-unit="${a.unit}"]`).getByRole('button', { name: 'Tandai…' }).click();
    const dlg = page.getByTestId('tandai-alasan');
    await dlg.getByLabel('Izin').check();
    await dlg.getByTestId('simpan-tandai').click();
    await dlg.waitFor({ state: 'detached' });
    await seeText(page.getByTestId('tabel-rekap').locator(`tr[data-unit="${a.unit}"] td[data-kolom="izin"]`), String(a.jumlah.peserta - 3));
    expect(angka((await barisRekap(page, a.unit)).belum!)).toBe(0);
  });

  it('makes the daftar hadir and hands the invitation to the document form', async () => {
    const { page } = app;
    await page.getByTestId('tab-kegiatan').getByRole('tab', { name: 'Dokumen' }).click();
    const kartu = page.getByTestId('kartu-daftar-hadir');
    const tombol = kartu.getByTestId('buat-daftar-hadir');
    // Both formats, each saved through the toast's "Simpan ke…" and read back: the two units and the guest are in it.
    await tombol.click();
    let isi = await unduhDariToast(page, 'Daftar hadir siap');
    expect(isi.nama).toMatch(/\.docx$/);
    expect(isi.teks).toContain(unitA.nama);
    expect(isi.teks).toContain(unitB.nama);
    expect(isi.teks).toContain('Bambang Camatno');
    await kartu.getByLabel('Excel (.xlsx)').check();
    await tombol.click();
    isi = await unduhDariToast(page, '.xlsx');
    expect(isi.nama).toMatch(/\.xlsx$/);
    expect(isi.teks).toContain(unitA.nama);
    // One unit only: the other unit is not in it.
    await kartu.getByTestId('dh-unit').selectOption(String(unitA.id));
    await tombol.click();
    isi = await unduhDariToast(page, '.xlsx');
    expect(isi.teks).toContain(unitA.nama);
    expect(isi.teks).not.toContain(unitB.nama);
    await kartu.getByTestId('dh-unit').selectOption('');
    await page.getByTestId('buat-laporan').click();
    isi = await unduhDariToast(page, 'Laporan kegiatan siap');
    expect(isi.teks).toContain('Apel Ikrar Netralitas ASN');
    // A photo for the report: refused when it is not an image, shown as a thumbnail when it is.
    const foto = page.getByTestId('foto-kegiatan');
    const palsu = path.join(app.dataDir, 'bukan-foto.png');
    fs.writeFileSync(palsu, '%PDF-1.7 bukan gambar');
    let chooser = page.waitForEvent('filechooser');
    await foto.getByTestId('unggah-foto').click();
    await (await chooser).setFiles(palsu);
    const dlgFoto = page.getByTestId('foto-dialog');
    await dlgFoto.getByTestId('simpan-foto').click();
    await seeText(dlgFoto.locator('.form-error'), 'bukan-foto.png');
    await dlgFoto.getByRole('button', { name: 'Batal' }).click();
    chooser = page.waitForEvent('filechooser');
    await foto.getByTestId('unggah-foto').click();
    await (await chooser).setFiles(path.resolve(import.meta.dirname, '../../resources/logo-contoh.png'));
    await dlgFoto.getByLabel('Keterangan foto').fill('Pembacaan ikrar');
    await dlgFoto.getByTestId('simpan-foto').click();
    await dlgFoto.waitFor({ state: 'detached' });
    const img = foto.getByTestId('foto').locator('img');
    await img.waitFor();
    await page.waitForFunction((el) => (el as HTMLImageElement).complete, await img.elementHandle());
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    expect(await foto.getByTestId('foto').textContent()).toContain('Pembacaan ikrar');
    await app.shot('67-kegiatan-dokumen');

    await page.getByTestId('buat-undangan').click();
    await page.waitForURL(/#\/dokumen\?tab=buat/);
    const form = page.getByTestId('form-dokumen');
    await form.waitFor();
    expect(await form.getAttribute('data-jenis')).toBe('surat-undangan');
    await seeText(form.getByTestId('draf-asal'), 'Apel Ikrar Netralitas ASN');
    // Addressed to the head of each unit, the guest by the post: one line each.
    const kepada = await form.locator('input[id^="dok-data-kepada-"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(kepada).toContain(`Kepala ${unitA.nama}`);
    expect(kepada).toContain(`Kepala ${unitB.nama}`);
    expect(kepada.some((k) => k.startsWith('Camat Sukamaju'))).toBe(true);
    expect(new Set(kepada).size).toBe(kepada.length);
    // The organiser's kop, not the usual pairing.
    await expect.poll(() => form.locator('#dok-profilId').inputValue(), { timeout: 10_000 }).toBe(String(penyelenggara.id));
    await app.shot('64-kegiatan-undangan');
  });

  it('links to the desk and the projector board of this event', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/kegiatan?id=${kegiatanId}&tab=peserta`);
    expect(await page.getByTestId('buka-papan').getAttribute('href')).toBe(`#/papan?kegiatan=${kegiatanId}`);
    await page.getByTestId('buka-meja').click();
    await page.waitForURL(new RegExp(`#/meja\\?kegiatan=${kegiatanId}$`));
    await seeText(page.getByTestId('judul-kegiatan'), 'Apel Ikrar Netralitas ASN');
  });

  it('gives one absent participant a reason from the list', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/kegiatan?id=${kegiatanId}&tab=peserta`);
    const belum = await panggil<{ rows: { id: number; nama: string; nip: string | null }[] }>(app, 'kegiatan.peserta.list', { kegiatanId, unitIndukId: unitB.id, kehadiran: 'belum', limit: 1 });
    const orang = belum.rows[0]!;
    await page.getByTestId('cari-peserta').fill(orang.nip!);
    await seeText(page.getByTestId('jumlah-tampil'), '1 peserta');
    await page.getByTestId(`peserta-${orang.id}`).getByRole('button', { name: /^Keterangan tidak hadir/ }).click();
    const dlg = page.getByTestId('tandai-alasan');
    await dlg.getByLabel('Sakit').check();
    await dlg.getByTestId('simpan-tandai').click();
    await dlg.waitFor({ state: 'detached' });
    await seeText(page.getByTestId(`peserta-${orang.id}`).getByTestId('status-hadir'), 'Sakit');
    const rekap = await panggil<Rekap>(app, 'kegiatan.rekap', { id: kegiatanId });
    expect(rekap.baris.find((b) => b.unitIndukId === unitB.id)!.jumlah.perStatus.sakit).toBe(1);
    // Recorded now: no second reason offered from the list.
    expect(await page.getByTestId(`peserta-${orang.id}`).getByRole('button', { name: /^Keterangan tidak hadir/ }).count()).toBe(0);
    await page.getByTestId('cari-peserta').fill('');
  });

  it('removes a participant after the list was closed only with a reason', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/kegiatan?id=${kegiatanId}&tab=peserta`);
    await page.getByTestId('cari-peserta').fill('Camatno');
    await seeText(page.getByTestId('jumlah-tampil'), '1 peserta');
    await page.getByTestId('tabel-peserta').getByRole('button', { name: /^Hapus .*Camatno/ }).click();
    const dlg = page.getByTestId('hapus-peserta');
    await dlg.getByRole('button', { name: 'Hapus dari peserta' }).click();
    await seeText(dlg.locator('.form-error'), 'Tulis alasan');
    await dlg.getByLabel('Alasan').fill('Diwakili Sekretaris Camat');
    await dlg.getByRole('button', { name: 'Hapus dari peserta' }).click();
    await dlg.waitFor({ state: 'detached' });
    await seeText(page.getByTestId('jumlah-tampil'), '0 peserta');
    const rekap = await panggil<Rekap>(app, 'kegiatan.rekap', { id: kegiatanId });
    expect(rekap.total.jumlah.peserta).toBe(diharapkan + 1);
    await page.getByTestId('cari-peserta').fill('');
  });

  it('invites by eselon across the pemda without naming a unit', async () => {
    const { page } = app;
    const rapat = await panggil<{ id: number }>(app, 'kegiatan.create', {
      data: { judul: 'Rapat Koordinasi Pejabat Eselon II', jenis: 'rakor', tanggal: '2026-08-10', jam: '09.00', tempat: 'Ruang Rapat Sekda' },
    });
    const semua = await panggil<{ rows: Pegawai[] }>(app, 'pegawai.list', { aktif: 'aktif', limit: 1000 });
    const eselonII = semua.rows.filter((p) => parseEselon(p.eselon)?.tingkat === 2).length;
    expect(eselonII).toBeGreaterThan(0);
    await page.goto(`${app.host.url}#/kegiatan?id=${rapat.id}&tab=peserta`);
    const aturan = page.getByTestId('aturan-peserta');
    await seeText(aturan.getByTestId('pratinjau-peserta'), 'Pilih sedikitnya satu kriteria');
    await aturan.getByLabel('Eselon II', { exact: true }).check();
    await seeText(aturan.getByTestId('pratinjau-jumlah'), String(eselonII));
    await aturan.getByTestId('terapkan-aturan').click();
    await seeText(page.getByTestId('jumlah-tampil'), `${eselonII} peserta`);
  });

  it('offers a kind of event added in Pengaturan', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/pengaturan?bagian=kegiatan`);
    const card = page.getByTestId('jenis-kegiatan');
    await card.getByRole('button', { name: 'Tambah jenis' }).click();
    await card.getByRole('textbox').last().fill('Bimbingan Teknis Netralitas');
    await seeText(card, 'bimbingan-teknis-netralitas');
    await app.shot('70-pengaturan-jenis-kegiatan');
    await page.getByTestId('simpan-jenis-kegiatan').click();
    await seeText(page.locator('.toast-region'), 'Daftar jenis kegiatan disimpan');
    const jenis = await panggil<{ kode: string; label: string }[]>(app, 'kegiatan.jenis.list', {});
    expect(jenis.map((j) => j.kode)).toContain('bimbingan-teknis-netralitas');
    await page.goto(`${app.host.url}#/kegiatan?baru=1`);
    const form = page.getByTestId('form-kegiatan');
    await form.getByLabel('Jenis').selectOption('bimbingan-teknis-netralitas');
    // A changed form asks before it is thrown away.
    await form.getByRole('button', { name: 'Batal' }).click();
    await page.getByTestId('konfirmasi').getByRole('button', { name: 'Buang isian' }).click();
    await form.waitFor({ state: 'detached' });
    expect(page.url()).toMatch(/#\/kegiatan$/);
  });

  it('fits 1366×768: the list, the participants and the recap are not clipped', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    const page = await context.newPage();
    try {
      await page.goto(app.host.url);
      const clipped = () =>
        page.evaluate(() => {
          const out: string[] = [];
          const root = document.scrollingElement!;
          if (root.scrollWidth > root.clientWidth + 1) out.push(`halaman melebar ${root.scrollWidth}`);
          for (const el of document.querySelectorAll<HTMLElement>('.topbar-actions > *, .search-row > *, .rekap-aksi > *, .tabs')) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < 0)) out.push(`${el.className || el.tagName} ${Math.round(r.left)}–${Math.round(r.right)}`);
          }
          return out;
        });
      await page.goto(`${app.host.url}#/kegiatan`);
      await page.getByTestId('tabel-kegiatan').waitFor();
      expect(await clipped()).toEqual([]);
      await page.screenshot({ path: 'test-results/screens/68-1366-daftar-kegiatan.png' });
      // The form: its save button in view, nothing wider than the dialog.
      await page.getByTestId('kegiatan-baru').click();
      const form = page.getByTestId('form-kegiatan');
      const simpan = (await form.getByTestId('simpan-kegiatan').boundingBox())!;
      expect(simpan.y + simpan.height).toBeLessThanOrEqual(768);
      expect(await form.locator('.dialog-body').evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      await page.screenshot({ path: 'test-results/screens/71-1366-form-kegiatan.png' });
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });
      await page.goto(`${app.host.url}#/kegiatan?id=${kegiatanId}&tab=peserta`);
      await page.getByTestId('tabel-peserta').locator('.grid-body .grid-row').first().waitFor();
      expect(await clipped()).toEqual([]);
      // The rule editor beside its preview.
      await page.getByTestId('tampil-aturan').click();
      const aturan = page.getByTestId('aturan-peserta');
      await aturan.waitFor();
      const kotak = (await aturan.boundingBox())!;
      const pratinjau = (await aturan.getByTestId('pratinjau-peserta').boundingBox())!;
      expect(pratinjau.x + pratinjau.width).toBeLessThanOrEqual(kotak.x + kotak.width + 0.5);
      expect(await aturan.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      await page.screenshot({ path: 'test-results/screens/72-1366-aturan.png' });
      await page.getByTestId('tampil-aturan').click();
      // The last column (remove) of the participants is inside the table's visible width.
      const grid = (await page.getByTestId('tabel-peserta').boundingBox())!;
      const hapus = (await page.getByTestId('tabel-peserta').locator('.grid-body .grid-row .row-actions').first().boundingBox())!;
      expect(hapus.x + hapus.width).toBeLessThanOrEqual(grid.x + grid.width + 0.5);
      const tombol = (await page.getByTestId('tabel-peserta').locator('.grid-body .grid-row .row-actions button').first().boundingBox())!;
      expect(tombol.x + tombol.width).toBeLessThanOrEqual(hapus.x + hapus.width + 0.5);
      // No cell of the first row is cut by an overflowing button or badge (text may end in an ellipsis, controls may not).
      const terpotong = await page
        .getByTestId('tabel-peserta')
        .locator('.grid-body .grid-row')
        .first()
        .evaluate((row) => [...row.querySelectorAll('button, .badge')].filter((b) => b.getBoundingClientRect().right > b.closest('.grid-cell')!.getBoundingClientRect().right + 0.5).length);
      expect(terpotong).toBe(0);
      // Header and rows share one column template that fills the width: the last column ends at the table's edge.
      const inner = await page.getByTestId('tabel-peserta').evaluate((el) => el.getBoundingClientRect().left + el.clientWidth);
      expect(Math.abs(hapus.x + hapus.width - inner)).toBeLessThan(2);
      const kolomKepala = await page.getByTestId('tabel-peserta').locator('.grid-head-row > .grid-cell').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
      const kolomBaris = await page.getByTestId('tabel-peserta').locator('.grid-body .grid-row').first().locator('> .grid-cell').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
      expect(kolomBaris).toEqual(kolomKepala);
      await page.screenshot({ path: 'test-results/screens/65-1366-peserta.png' });
      await page.goto(`${app.host.url}#/kegiatan?id=${kegiatanId}&tab=rekap`);
      await page.getByTestId('tabel-rekap').waitFor();
      expect(await clipped()).toEqual([]);
      await page.screenshot({ path: 'test-results/screens/66-1366-rekap.png' });
    } finally {
      await context.close();
    }
  });
});
