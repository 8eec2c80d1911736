import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { jaringanMeja } from '../../electron/web/meja';
import type { ChannelName, InputOf, OutputOf, PesertaKegiatan } from '../../shared/contract/index';
import { openApp, seeText, type App } from './harness';
import { pindaiUsb } from './meja-helpers';

async function call<C extends ChannelName>(app: App, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(app.core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.message}`);
  return r.value as OutputOf<C>;
}

/** The QR the organiser's screen shows, read back from its pixels. */
function bacaQr(dataUrl: string): string | null {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

const bannerBaru = async (page: Page, before: string | null, hasil: string) => {
  const banner = page.getByTestId('banner-hadir');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const n = await banner.getAttribute('data-nonce');
    const h = await banner.getAttribute('data-hasil');
    if (n && n !== before && h === hasil) return banner;
    if (Date.now() > deadline) throw new Error(`Banner ${hasil} tidak muncul; terakhir ${h}: ${await banner.textContent()}`);
    await new Promise((r) => setTimeout(r, 30));
  }
};

describe('meja hadir: a second desk paired over the office network (browser)', () => {
  let app: App;
  let kegiatanId: number;
  let peserta: PesertaKegiatan[];
  let deskCtx: BrowserContext;
  let desk: Page;
  const orang = (i: number) => peserta.filter((p) => p.nip?.length === 18)[i]!;

  beforeAll(async () => {
    app = await openApp({ demo: 300 });
    // The office-network listener on 127.0.0.1 (a test cannot rely on a LAN), serving the same build.
    app.core.meja.setJaringan(jaringanMeja(app.core, { rendererDir: path.resolve(import.meta.dirname, '../../out/renderer'), port: 0, bind: '127.0.0.1' }));
    const tops = app.core.units.list().filter((u) => u.parentId === null);
    const k = await call(app, 'kegiatan.create', {
      data: { judul: 'Apel Ikrar Netralitas ASN', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Alun-alun', peserta: { unit: tops.slice(0, 3).map((u) => u.id), subunit: true } },
    });
    kegiatanId = k.id;
    peserta = (await call(app, 'kegiatan.peserta.list', { kegiatanId, limit: 5000 })).rows;
    await app.page.goto(`${app.host.url}#/meja?kegiatan=${kegiatanId}`);
    await app.page.getByTestId('nama-meja').fill('Meja 1');
    deskCtx = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    desk = await deskCtx.newPage();
  });
  afterAll(async () => {
    await deskCtx?.close();
    await app?.core.meja.setJaringan(null);
    await app?.close();
  });

  it('the organiser turns Meja hadir on: address, a QR that decodes to it with the code, and the 6-digit code', async () => {
    const { page } = app;
    await page.getByTestId('tombol-meja-lain').click();
    const panel = page.getByTestId('panel-meja-lain');
    await panel.getByTestId('nyalakan-meja').click();
    const kodeText = await seeText(panel.getByTestId('kode-meja'), /^\d{3} \d{3}$/);
    const kode = kodeText.replace(' ', '');
    const alamat = (await panel.getByTestId('alamat-meja').textContent()) ?? '';
    expect(alamat).toMatch(/http:\/\/127\.0\.0\.1:\d+\/meja/);
    await panel.getByTestId('qr-meja').waitFor();
    const qr = bacaQr((await panel.getByTestId('qr-meja').getAttribute('src'))!);
    expect(qr).toBe(`${alamat.match(/http:\/\/[\d.:]+\/meja/)![0]}?kode=${kode}`);
    await app.shot('meja-06-panel-pasang');
    // The desk opens the QR's address: the pairing form comes with the code filled in.
    await desk.goto(qr!);
    await desk.getByTestId('pasang-meja').waitFor();
    expect(await desk.getByTestId('kode-pasang').inputValue()).toBe(kode);
    await desk.getByTestId('nama-pasang').fill('Meja 2');
    await desk.getByLabel('Petugas').fill('Siti');
    await desk.getByRole('button', { name: 'Pasangkan meja ini' }).click();
    await seeText(desk.getByTestId('judul-kegiatan'), 'Apel Ikrar Netralitas ASN');
    expect(await desk.getByTestId('nama-meja').inputValue()).toBe('Meja 2');
    expect(await desk.getByTestId('nama-meja').isDisabled()).toBe(true);
    expect(await desk.getByTestId('tombol-meja-lain').count()).toBe(0);
    // The used code is gone from the organiser's screen; the desk is listed.
    await seeText(panel.getByTestId('daftar-meja'), 'Meja 2');
    expect((await panel.getByTestId('kode-meja').textContent())?.replace(' ', '')).not.toBe(kode);
  });

  it('both desks scan the same event: the second scan of a person is amber and names the other desk', async () => {
    const p = orang(0);
    await desk.getByTestId('kotak-meja').click();
    await pindaiUsb(desk, p.nip!);
    const b2 = await bannerBaru(desk, null, 'tercatat');
    await seeText(b2, p.nama);
    await app.page.getByTestId('dialog-meja-lain').getByRole('button', { name: 'Tutup' }).click();
    await pindaiUsb(app.page, p.nip!);
    const b1 = await bannerBaru(app.page, null, 'duplikat');
    await seeText(b1, /Sudah tercatat pukul \d\d\.\d\d di Meja 2/);
    // and the other way round
    const q = orang(1);
    const sebelum = await app.page.getByTestId('banner-hadir').getAttribute('data-nonce');
    await pindaiUsb(app.page, q.nip!);
    await bannerBaru(app.page, sebelum, 'tercatat');
    const before = await desk.getByTestId('banner-hadir').getAttribute('data-nonce');
    await pindaiUsb(desk, q.nip!);
    await seeText(await bannerBaru(desk, before, 'duplikat'), 'di Meja 1');
    const log = (await call(app, 'kegiatan.hadir.log', { kegiatanId })).rows;
    expect(log.filter((l) => l.meja === 'Meja 2').map((l) => [l.hasil, l.operator])).toEqual([
      ['duplikat', 'Siti'],
      ['tercatat', 'Siti'],
    ]);
    expect((await call(app, 'kegiatan.rekap', { id: kegiatanId })).total.jumlah.hadir).toBe(2);
  });

  it('the paired desk searches names and sees the counts of its event', async () => {
    const p = orang(2);
    const box = desk.getByTestId('kotak-meja');
    await box.click();
    await box.pressSequentially(p.nama.replace(/,.*$/, ''), { delay: 30 });
    await seeText(desk.getByTestId('hasil-cari-meja'), p.nama);
    await box.fill('');
    const r = await call(app, 'kegiatan.rekap', { id: kegiatanId });
    await seeText(desk.getByTestId('jumlah-hadir'), `${r.total.jumlah.hadir} / ${r.total.jumlah.peserta}`);
    await desk.screenshot({ path: path.join(path.dirname(await app.shot('meja-07-organiser')), 'meja-07-meja-2.png') });
  });

  it('a revoked desk says so plainly, keeps what it scanned, and sends it after pairing again', async () => {
    const { page } = app;
    await page.getByTestId('tombol-meja-lain').click();
    const panel = page.getByTestId('panel-meja-lain');
    await panel.getByTestId('daftar-meja').getByRole('button', { name: 'Cabut' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cabut' }).click();
    await seeText(panel.getByTestId('daftar-meja'), 'dicabut');
    // The desk's next scan is refused by the listener: the desk says why and keeps the scan.
    const p = orang(3);
    await pindaiUsb(desk, p.nip!);
    await seeText(desk.getByTestId('sesi-meja-berakhir'), 'Sesi meja ini sudah berakhir');
    await seeText(desk.getByTestId('sesi-meja-berakhir'), '1 pemindaian belum terkirim');
    await desk.screenshot({ path: path.join(path.dirname(await app.shot('meja-08-organiser')), 'meja-08-dicabut.png') });
    expect((await call(app, 'kegiatan.peserta.list', { kegiatanId, teks: p.nip! })).rows[0]!.kehadiran).toBeNull();
    // Pair again with the new code: the kept scan goes through, counted once.
    const kode = ((await panel.getByTestId('kode-meja').textContent()) ?? '').replace(' ', '');
    expect(kode).toMatch(/^\d{6}$/);
    await desk.getByTestId('pasang-lagi').click();
    await desk.getByTestId('kode-pasang').fill(kode);
    await desk.getByTestId('nama-pasang').fill('Meja 2');
    await desk.getByRole('button', { name: 'Pasangkan meja ini' }).click();
    await seeText(desk.getByTestId('judul-kegiatan'), 'Apel Ikrar Netralitas ASN');
    await desk.waitForFunction(() => !document.querySelector('[data-testid="antrian-meja"]'), null, { timeout: 15_000 });
    const row = (await call(app, 'kegiatan.peserta.list', { kegiatanId, teks: p.nip! })).rows[0]!;
    expect(row.kehadiran).toMatchObject({ status: 'hadir', meja: 'Meja 2' });
  });

  it('closing the event ends the desk session: the listener stops, and the desk says it is cut off', async () => {
    await call(app, 'kegiatan.selesai', { id: kegiatanId });
    expect(app.core.meja.status().aktif).toBe(false);
    const text = await seeText(desk.getByTestId('meja-terputus'), 'Tidak tersambung ke Netra sejak pukul', 10_000);
    expect(text).toContain('Bila kegiatan sudah ditutup atau Meja hadir dimatikan');
    // what it scans now stays on the device, nothing is lost silently
    await pindaiUsb(desk, orang(4).nip!);
    await seeText(desk.getByTestId('antrian-meja'), 'Offline: 1 pemindaian menunggu');
    const sessions = await call(app, 'meja.sesi.list', { kegiatanId });
    expect(sessions.filter((s) => s.aktif)).toHaveLength(0);
  });
});
