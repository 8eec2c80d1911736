import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/index';
import { tambahHari } from '../../shared/domain/hari-kerja';
import { todayIso } from '../../shared/domain/tanggal';
import { PERTANYAAN_PEMBUKA } from '../../renderer/src/features/kasus/pemeriksaan-templat';
import { pns } from '../helpers/core';
import { openApp, seeText, type App } from './harness';

async function call<C extends ChannelName>(app: App, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(app.core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.message}`);
  return r.value as OutputOf<C>;
}

const pemeriksa = { pegawaiId: null, nama: 'Drs. Hadi Wijaya', nip: '197001011995031001', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'Kepala Dinas Pendidikan', peran: '' };

describe('Examination editor (browser)', () => {
  let app: App;
  let kasusId = 0;
  let terlaporId = 0;
  const draftKey = () => `netra.pemeriksaan.${terlaporId}`;

  beforeAll(async () => {
    app = await openApp({ demo: 20, halaman: null });
    const budi = app.core.pegawai.create(pns({ nip: '198503122010011004', nama: 'Budi Santoso' }));
    const hariIni = todayIso();
    const k = await call(app, 'kasus.buat', {
      data: { sumber: 'bawaslu', pelapor: 'Bawaslu Kabupaten Sukamaju', nomorSurat: '045/PP.01.02/2026', tanggalDiterima: tambahHari(hariIni, -6), tanggalKejadian: tambahHari(hariIni, -20), pelanggaran: ['SKB-7'] },
      terlapor: [{ jenis: 'pegawai', pegawaiId: budi.id }],
    });
    kasusId = k.id;
    terlaporId = k.terlapor[0]!.id;
    await call(app, 'kasus.tahap.maju', { terlaporId, tanggal: tambahHari(hariIni, -5), data: { tahap: 'verifikasi' } });
    // the hearing is weeks ahead: always past the rule's minimum notice, whatever the holidays
    await call(app, 'kasus.tahap.maju', { terlaporId, tanggal: tambahHari(hariIni, -4), data: { tahap: 'panggilan-1', tanggalPeriksa: tambahHari(hariIni, 30), tempat: 'Ruang Rapat BKPSDM', pemeriksa } });
  });
  afterAll(async () => {
    await app?.close();
  });

  const buka = async () => {
    await app.page.goto(`${app.host.url}#/kasus?id=${kasusId}&orang=${terlaporId}`);
    await app.page.getByTestId('pemeriksaan-editor').waitFor();
  };
  const tersimpan = () => seeText(app.page.getByTestId('status-simpan'), /Tersimpan pukul \d\d\.\d\d/);
  const server = () => app.core.kasus.pemeriksaan(terlaporId).pasangan;

  it('types numbered pairs from the opening template, Ctrl+Enter adds the next, and they survive a reload', async () => {
    const { page } = app;
    await buka();
    await page.getByTestId('sisipkan-pembuka').click();
    expect(await page.locator('.pemeriksaan-pasangan').count()).toBe(PERTANYAAN_PEMBUKA.length);
    // focus lands on the first answer
    await page.keyboard.type('Sehat, dan saya bersedia diperiksa.');
    const last = page.getByLabel(`Jawaban ${PERTANYAAN_PEMBUKA.length}`, { exact: true });
    await last.fill('Mengerti, terkait unggahan saya di Facebook.');
    await last.press('Control+Enter');
    const n = PERTANYAAN_PEMBUKA.length + 1;
    // the new pair's question has the focus
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.bagian)).toBe('pertanyaan');
    await page.keyboard.type('Apakah benar foto ini Saudara unggah pada 20 Oktober?');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Benar.');
    await tersimpan();
    await page.waitForFunction((k) => window.localStorage.getItem(k) === null, draftKey());
    expect(server()).toHaveLength(n);
    expect(server()[0]).toEqual({ pertanyaan: PERTANYAAN_PEMBUKA[0], jawaban: 'Sehat, dan saya bersedia diperiksa.' });
    expect(server()[n - 1]).toEqual({ pertanyaan: 'Apakah benar foto ini Saudara unggah pada 20 Oktober?', jawaban: 'Benar.' });
    await app.shot('95-pemeriksaan');

    await page.reload();
    await page.getByTestId('pemeriksaan-editor').waitFor();
    await page.getByTestId(`pasangan-${n}`).waitFor();
    expect(await page.getByLabel(`Jawaban ${n}`, { exact: true }).inputValue()).toBe('Benar.');
    expect(await page.getByLabel('Jawaban 1', { exact: true }).inputValue()).toBe('Sehat, dan saya bersedia diperiksa.');
  });

  it('moves a pair with Alt+Up and saves the new order', async () => {
    const { page } = app;
    const before = server();
    const n = before.length;
    await page.getByLabel(`Pertanyaan ${n}`, { exact: true }).press('Alt+ArrowUp');
    await seeText(page.getByTestId('status-simpan'), 'Tersimpan');
    await expect.poll(() => server()[n - 2], { timeout: 8000 }).toEqual(before[n - 1]);
    expect(server()[n - 1]).toEqual(before[n - 2]);
  });

  it('keeps the draft when saving fails, restores it after a reload, and saves it on retry', async () => {
    const { page } = app;
    const n = server().length;
    // the host stops answering this channel
    await page.route('**/api/kasus.pemeriksaan.simpan', (r) => r.abort('connectionrefused'));
    const jawab = page.getByLabel(`Jawaban ${n}`, { exact: true });
    await jawab.press('Control+Enter');
    await page.keyboard.type('Siapa yang memotret Saudara saat itu?');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Teman satu kantor.');
    await seeText(page.getByTestId('status-simpan'), 'Gagal menyimpan');
    await seeText(page.getByTestId('status-simpan'), 'Ketikan aman di komputer ini');
    expect(server()).toHaveLength(n);
    const draft = await page.evaluate((k) => window.localStorage.getItem(k), draftKey());
    expect(draft).toContain('Teman satu kantor.');
    await app.shot('96-pemeriksaan-gagal');

    // closing the page while the host is away loses nothing: the draft comes back
    await page.reload();
    await page.getByTestId('pemeriksaan-editor').waitFor();
    await seeText(page.getByTestId('pemeriksaan-pulih'), 'dipulihkan dari komputer ini');
    expect(await page.getByLabel(`Jawaban ${n + 1}`, { exact: true }).inputValue()).toBe('Teman satu kantor.');
    await seeText(page.getByTestId('status-simpan'), 'Gagal menyimpan');

    // the host is back: "Coba lagi" saves it and the draft goes
    await page.unroute('**/api/kasus.pemeriksaan.simpan');
    await page.getByTestId('coba-simpan').click();
    await tersimpan();
    expect(server()).toHaveLength(n + 1);
    expect(server()[n]).toEqual({ pertanyaan: 'Siapa yang memotret Saudara saat itu?', jawaban: 'Teman satu kantor.' });
    expect(await page.evaluate((k) => window.localStorage.getItem(k), draftKey())).toBeNull();
  });

  it('saves what was just typed when the clerk leaves the page at once', async () => {
    const { page } = app;
    await buka();
    const n = server().length;
    await page.getByLabel(`Jawaban ${n}`, { exact: true }).fill('Teman satu kantor, Sdr. Andi.');
    // no waiting for the debounce: straight to another page
    await page.getByRole('link', { name: 'Beranda', exact: true }).click();
    await expect.poll(() => server()[n - 1]?.jawaban, { timeout: 8000 }).toBe('Teman satu kantor, Sdr. Andi.');
  });

  it('asks before removing a pair that has text', async () => {
    const { page } = app;
    await buka();
    const n = server().length;
    await page.getByRole('button', { name: `Hapus pasangan ${n}` }).click();
    const dialog = page.getByTestId('konfirmasi');
    await seeText(dialog, `Hapus pasangan nomor ${n}?`);
    await dialog.getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(() => server().length, { timeout: 8000 }).toBe(n - 1);
  });
});
