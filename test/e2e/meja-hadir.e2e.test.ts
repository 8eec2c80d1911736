import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf, PesertaKegiatan } from '../../shared/contract/index';
import { formatNip } from '../../shared/domain/nip';
import { openApp, seeText, type App } from './harness';
import { pindaiUsb } from './meja-helpers';

async function call<C extends ChannelName>(app: App, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(app.core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.message}`);
  return r.value as OutputOf<C>;
}

describe('meja hadir: check-in at the door (browser)', () => {
  let app: App;
  let kegiatanId: number;
  let peserta: PesertaKegiatan[];
  let luar: { id: number; nama: string; nip: string };
  const banner = () => app.page.getByTestId('banner-hadir');
  const rekap = () => call(app, 'kegiatan.rekap', { id: kegiatanId });
  const pesertaNo = (i: number) => peserta.filter((p) => p.nip && p.nip.length === 18)[i]!;
  /** Waits for the banner of a new answer (another nonce than `before`). */
  const bannerBaru = async (before: string | null, hasil: string) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const n = await banner().getAttribute('data-nonce');
      const h = await banner().getAttribute('data-hasil');
      if (n && n !== before && h === hasil) return;
      if (Date.now() > deadline) throw new Error(`Banner ${hasil} tidak muncul; terakhir ${h} (${n}): ${await banner().textContent()}`);
      await new Promise((r) => setTimeout(r, 30));
    }
  };
  const nonceKini = () => banner().getAttribute('data-nonce');

  beforeAll(async () => {
    app = await openApp({ demo: 400 });
    // Two perangkat daerah with the most staff are invited; someone of a third is not.
    const tops = app.core.units.list().filter((u) => u.parentId === null);
    const sizes = await Promise.all(tops.map(async (u) => ({ u, n: (await call(app, 'kegiatan.peserta.pratinjau', { aturan: { unit: [u.id], subunit: true } })).jumlah })));
    sizes.sort((a, b) => b.n - a.n);
    const [a, b, c] = sizes;
    const k = await call(app, 'kegiatan.create', {
      data: { judul: 'Apel Ikrar Netralitas ASN', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Halaman Kantor Bupati', peserta: { unit: [a!.u.id, b!.u.id], subunit: true } },
    });
    kegiatanId = k.id;
    peserta = (await call(app, 'kegiatan.peserta.list', { kegiatanId, limit: 5000 })).rows;
    const cUnit = c!.u;
    const outsider = app.core.pegawai.list({ ...(await import('../../shared/contract/schemas')).PegawaiQuerySchema.parse({ unitKerjaId: cUnit.id, limit: 50 }) }).rows.find((p) => p.nip && p.nip.length === 18)!;
    luar = { id: outsider.id, nama: outsider.nama, nip: outsider.nip! };
    await app.page.goto(`${app.host.url}#/meja?kegiatan=${kegiatanId}`);
    await seeText(app.page.getByTestId('judul-kegiatan'), 'Apel Ikrar Netralitas ASN');
    await app.page.getByTestId('nama-meja').fill('Meja Utama');
    await app.page.getByTestId('operator-meja').fill('Rina');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('checks in by a typed NIP with spaces: green, with name and unit', async () => {
    const { page } = app;
    const p = pesertaNo(0);
    const box = page.getByTestId('kotak-meja');
    await box.click();
    // A person typing: 120 ms a key is not a scan; Enter in the box sends it.
    await box.pressSequentially(formatNip(p.nip!), { delay: 120 });
    await page.keyboard.press('Enter');
    await bannerBaru(null, 'tercatat');
    expect(await banner().getAttribute('data-warna')).toBe('hijau');
    await seeText(banner(), p.nama);
    await seeText(banner(), 'Hadir');
    await seeText(banner(), p.unitKerja ?? p.unitInduk);
    expect(await box.inputValue()).toBe('');
    const log = (await call(app, 'kegiatan.hadir.log', { kegiatanId })).rows[0]!;
    expect(log).toMatchObject({ pesertaId: p.id, hasil: 'tercatat', meja: 'Meja Utama', operator: 'Rina', cara: 'ketik' });
    await app.shot('meja-01-hijau');
  });

  it('takes a scanner burst while the name-search box has focus, and leaves that box as it was', async () => {
    const { page } = app;
    const p = pesertaNo(1);
    const box = page.getByTestId('kotak-meja');
    await box.click();
    await box.pressSequentially('sit', { delay: 150 });
    const before = await nonceKini();
    await pindaiUsb(page, p.nip!);
    await bannerBaru(before, 'tercatat');
    await seeText(banner(), p.nama);
    expect(await box.inputValue()).toBe('sit');
    const log = (await call(app, 'kegiatan.hadir.log', { kegiatanId })).rows[0]!;
    expect(log).toMatchObject({ pesertaId: p.id, cara: 'pindai', masukan: p.nip });
    await box.fill('');
  });

  it('finds a participant by name with the arrow keys and Enter', async () => {
    const { page } = app;
    const p = pesertaNo(2);
    const box = page.getByTestId('kotak-meja');
    const kata = p.nama.split(/[ ,]/)[0]!.replace(/\./g, '');
    await box.click();
    await box.pressSequentially(p.nama.replace(/,.*$/, ''), { delay: 30 });
    await seeText(page.getByTestId('hasil-cari-meja'), p.nama);
    const opsi = page.getByTestId('hasil-cari-meja').getByRole('option');
    const names = await opsi.allTextContents();
    const idx = names.findIndex((t) => t.startsWith(p.nama));
    expect(idx).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < idx; i++) await page.keyboard.press('ArrowDown');
    const before = await nonceKini();
    await page.keyboard.press('Enter');
    await bannerBaru(before, 'tercatat');
    await seeText(banner(), p.nama);
    expect(kata.length).toBeGreaterThan(0);
    expect((await call(app, 'kegiatan.hadir.log', { kegiatanId })).rows[0]).toMatchObject({ pesertaId: p.id, cara: 'cari' });
  });

  it('a second scan of the same person is amber with the time and the desk', async () => {
    const { page } = app;
    const p = pesertaNo(0);
    const before = await nonceKini();
    await pindaiUsb(page, p.nip!);
    await bannerBaru(before, 'duplikat');
    expect(await banner().getAttribute('data-warna')).toBe('kuning');
    const text = await seeText(banner(), /Sudah tercatat pukul \d\d\.\d\d di Meja Utama/);
    expect(text).toContain(p.nama);
    await app.shot('meja-02-kuning');
    expect((await rekap()).total.jumlah.hadir).toBe(3);
  });

  it('someone not invited is red, and is added and recorded from the banner', async () => {
    const { page } = app;
    const before = await nonceKini();
    await pindaiUsb(page, luar.nip);
    await bannerBaru(before, 'bukan-peserta');
    expect(await banner().getAttribute('data-warna')).toBe('merah');
    await seeText(banner(), 'Bukan peserta kegiatan ini');
    await seeText(banner(), luar.nama);
    await app.shot('meja-03-merah');
    const adding = await nonceKini();
    await banner().getByRole('button', { name: 'Tambahkan sebagai peserta?' }).click();
    await bannerBaru(adding, 'tercatat');
    await seeText(banner(), luar.nama);
    const row = (await call(app, 'kegiatan.peserta.list', { kegiatanId, teks: luar.nip })).rows[0]!;
    expect(row.kehadiran?.status).toBe('hadir');
    expect(row.ditambahAt).not.toBeNull();
  });

  it('an unknown input and a number that is no NIP are red and say why', async () => {
    const { page } = app;
    const box = page.getByTestId('kotak-meja');
    await box.click();
    await box.pressSequentially('1234 5678', { delay: 100 });
    const before = await nonceKini();
    await page.keyboard.press('Enter');
    await bannerBaru(before, 'tidak-dikenal');
    await seeText(banner(), 'bukan NIP');
    const b2 = await nonceKini();
    await pindaiUsb(page, 'XYZ-FORM-0001');
    await bannerBaru(b2, 'tidak-dikenal');
    await seeText(banner(), 'tidak dikenali');
  });

  it('undoes a check-in with a reason: a reversal entry, the person is missing again', async () => {
    const { page } = app;
    const p = pesertaNo(1);
    const hadirSebelum = (await rekap()).total.jumlah.hadir;
    const item = page.getByTestId('riwayat-meja').locator('li', { hasText: p.nama }).filter({ has: page.getByRole('button', { name: 'Batalkan' }) });
    await item.first().getByRole('button', { name: 'Batalkan' }).click();
    const dlg = page.getByTestId('dialog-batal-hadir');
    await dlg.getByRole('button', { name: 'Batalkan kehadiran' }).click();
    await seeText(dlg, 'Tulis alasan pembatalan');
    await dlg.getByLabel('Alasan').fill('salah orang');
    await dlg.getByRole('button', { name: 'Batalkan kehadiran' }).click();
    await seeText(page.getByTestId('riwayat-meja'), 'dibatalkan: salah orang');
    expect((await rekap()).total.jumlah.hadir).toBe(hadirSebelum - 1);
    const log = (await call(app, 'kegiatan.hadir.log', { kegiatanId })).rows;
    expect(log[0]).toMatchObject({ hasil: 'batal', alasan: 'salah orang', pesertaId: p.id, meja: 'Meja Utama' });
    expect(log.find((r) => r.id === log[0]!.membatalkanId)?.dibatalkan).toBe(true);
    // the undone person shows among the missing of their unit
    await seeText(page.getByTestId('belum-hadir'), p.unitInduk);
  });

  it('keeps scans while offline, sends them in order when back: none lost, none counted twice', async () => {
    const { page } = app;
    const context = page.context();
    const hadirSebelum = (await rekap()).total.jumlah.hadir;
    const orang = [pesertaNo(3), pesertaNo(4), pesertaNo(5)];
    await context.setOffline(true);
    for (const p of orang) {
      await pindaiUsb(page, p.nip!);
    }
    await seeText(page.getByTestId('antrian-meja'), 'Offline: 3 pemindaian menunggu');
    expect(await banner().getAttribute('data-hasil')).toBe('menunggu');
    await app.shot('meja-04-offline');
    expect((await rekap()).total.jumlah.hadir).toBe(hadirSebelum);
    await context.setOffline(false);
    await page.waitForFunction(() => !document.querySelector('[data-testid="antrian-meja"]'), null, { timeout: 15_000 });
    const r = await rekap();
    expect(r.total.jumlah.hadir).toBe(hadirSebelum + 3);
    const log = (await call(app, 'kegiatan.hadir.log', { kegiatanId, limit: 3 })).rows.reverse();
    expect(log.map((l) => l.pesertaId)).toEqual(orang.map((p) => p.id));
    // the desk's time of each scan, not the time it reached Netra: in the order scanned
    expect([...log].sort((a, b) => a.waktu.localeCompare(b.waktu)).map((l) => l.id)).toEqual(log.map((l) => l.id));
  });

  it('an answer lost on the way back is sent again and counted once (the nonce)', async () => {
    const { page } = app;
    const p = pesertaNo(6);
    const hadirSebelum = (await rekap()).total.jumlah.hadir;
    let dropped = 0;
    // The request reaches Netra and is recorded, but the desk never sees the answer.
    await page.route('**/api/kegiatan.hadir.pindai', async (route) => {
      if (dropped++ === 0) {
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    const before = await nonceKini();
    await pindaiUsb(page, p.nip!);
    await bannerBaru(before, 'tercatat');
    await page.unroute('**/api/kegiatan.hadir.pindai');
    expect(dropped).toBeGreaterThanOrEqual(2);
    expect((await rekap()).total.jumlah.hadir).toBe(hadirSebelum + 1);
    const log = (await call(app, 'kegiatan.hadir.log', { kegiatanId, limit: 5 })).rows.filter((l) => l.pesertaId === p.id);
    expect(log).toHaveLength(1);
  });

  it('a scan not yet sent survives a reload of the desk page', async () => {
    const { page } = app;
    const p = pesertaNo(9);
    const hadirSebelum = (await rekap()).total.jumlah.hadir;
    await page.route('**/api/kegiatan.hadir.pindai', (route) => route.abort('internetdisconnected'));
    await pindaiUsb(page, p.nip!);
    await seeText(page.getByTestId('antrian-meja'), 'Offline: 1 pemindaian menunggu');
    await page.reload();
    await seeText(page.getByTestId('antrian-meja'), '1 pemindaian menunggu');
    await seeText(page.getByTestId('riwayat-meja'), p.nip!);
    expect((await rekap()).total.jumlah.hadir).toBe(hadirSebelum);
    await page.unroute('**/api/kegiatan.hadir.pindai');
    await page.waitForFunction(() => !document.querySelector('[data-testid="antrian-meja"]'), null, { timeout: 15_000 });
    expect((await rekap()).total.jumlah.hadir).toBe(hadirSebelum + 1);
    await seeText(page.getByTestId('riwayat-meja'), p.nama);
  });

  it('shows the live counts and the papan hadir per unit', async () => {
    const { page } = app;
    const r = await rekap();
    await seeText(page.getByTestId('jumlah-hadir'), `${r.total.jumlah.hadir} / ${r.total.jumlah.peserta}`);
    const papan = await page.context().newPage();
    await papan.goto(`${app.host.origin}/#/papan?kegiatan=${kegiatanId}`);
    await seeText(papan.getByTestId('papan-total'), `${r.total.jumlah.hadir} / ${r.total.jumlah.peserta}`);
    for (const b of r.baris) await seeText(papan.getByTestId('papan-unit').locator(`li[data-unit="${b.unit}"]`), `${b.jumlah.hadir} / ${b.jumlah.peserta}`);
    // it follows new scans by itself
    const p = pesertaNo(7);
    await call(app, 'kegiatan.hadir.pindai', { kegiatanId, masukan: p.nip!, nonce: 'papan-uji-0001', meja: 'Meja 3' });
    await seeText(papan.getByTestId('papan-total'), `${r.total.jumlah.hadir + 1} / ${r.total.jumlah.peserta}`, 8000);
    await papan.setViewportSize({ width: 1280, height: 720 });
    await papan.screenshot({ path: `${(await import('./harness')).SHOTS_DIR}/meja-05-papan.png` });
    await papan.close();
  });

  it('says so plainly when the event is closed', async () => {
    const { page } = app;
    await call(app, 'kegiatan.selesai', { id: kegiatanId });
    const before = await nonceKini();
    await pindaiUsb(page, pesertaNo(8).nip!);
    await bannerBaru(before, 'ditutup');
    await seeText(page.getByTestId('kegiatan-ditutup'), 'Kegiatan ini sudah ditutup');
  });
});
