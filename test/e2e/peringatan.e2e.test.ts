import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seeText, type App } from './harness';

describe('Dokumen: kop and signature follow the signer (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ demo: 60 });
  });
  afterAll(async () => {
    await app?.close();
  });

  const arsipUndangan = () => app.core.arsip.list({ text: '', jenis: 'surat-undangan', tahun: null, offset: 0, limit: 5 }).total;

  it('the sample invitation starts consistent; the Bupati signing on the office kop warns, and saving asks first', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/dokumen?tab=buat`);
    await page.getByTestId('jenis-surat-undangan').click();
    const form = page.getByTestId('form-dokumen');
    const preview = page.getByTestId('pratinjau-naskah');
    await seeText(preview, 'KEPALA BADAN KEPEGAWAIAN');
    await expect.poll(() => preview.locator('[data-kop="dinas"]').count()).toBeGreaterThan(0);
    // the sample: BKPSDM kop, signed by the Kepala BKPSDM, no copy to the signer
    await page.waitForTimeout(600);
    expect(await page.getByTestId('peringatan-dokumen').count()).toBe(0);

    const bupati = core.penandatangan.list().find((p) => p.jenis === 'kepala-daerah')!;
    await form.locator('#dok-tandaTangan-penandatanganId').selectOption(String(bupati.id));
    const panel = page.getByTestId('peringatan-dokumen');
    await seeText(panel, 'tetapi memakai kop perangkat daerah "BKPSDM"');
    await seeText(panel, 'Tembusan "Bupati Sukamaju (sebagai laporan)"');
    await app.shot('40-peringatan-kop');

    await form.getByRole('button', { name: 'Simpan .docx' }).click();
    const ask = page.getByTestId('konfirmasi');
    await seeText(ask, 'Kop, lampiran atau tembusan tidak cocok');
    await app.shot('41-peringatan-konfirmasi');
    await ask.getByRole('button', { name: 'Kembali ke formulir' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(arsipUndangan()).toBe(0);
    expect(core.penomoran.list({ status: null, tahun: null })).toHaveLength(0);

    await form.getByRole('button', { name: 'Simpan .docx' }).click();
    await ask.getByRole('button', { name: 'Tetap simpan' }).click();
    await seeText(page.getByTestId('nomor-tersimpan'), '800');
    expect(arsipUndangan()).toBe(1);
  });

  it('the Sekda a.n. the Bupati on the Pemerintah Daerah kop: no warning, kop and signature in the preview', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/dokumen?tab=buat`);
    await page.reload();
    await page.getByTestId('jenis-surat-undangan').click();
    const form = page.getByTestId('form-dokumen');
    const setda = core.instansi.list().find((p) => p.jenisKop === 'pemerintah-daerah')!;
    const sekda = core.penandatangan.list().find((p) => p.jenis === 'sekretaris-daerah')!;
    await form.locator('#dok-profilId').selectOption(String(setda.id));
    await form.locator('#dok-tandaTangan-penandatanganId').selectOption(String(sekda.id));
    await form.locator('#dok-tandaTangan-mode').selectOption('an');
    const preview = page.getByTestId('pratinjau-naskah');
    await seeText(preview, 'a.n. BUPATI SUKAMAJU');
    await seeText(preview, 'SEKRETARIAT DAERAH');
    await expect.poll(() => preview.locator('[data-kop="pemerintah-daerah"]').count()).toBeGreaterThan(0);
    // the sample's copy to the Sekda is now a copy to the signer
    await seeText(page.getByTestId('peringatan-dokumen'), 'ditujukan kepada penandatangan naskah ini sendiri (Sekretaris Daerah)');
    const text = await preview.innerText();
    expect(text).toContain('Drs. Bambang Hartono, M.Si.');
    expect(text).not.toContain('19680512');
    await app.shot('42-setda-an-bupati');
  });

  it('the kop jabatan takes its emblem apart from the regional logo', async () => {
    const { page, core } = app;
    const bupati = core.instansi.list().find((p) => p.jenisKop === 'kepala-daerah')!;
    await page.goto(`${app.host.url}#/pengaturan?bagian=instansi`);
    await page.getByTestId('profil-instansi').filter({ hasText: bupati.nama }).first().getByRole('button', { name: 'Ubah' }).click();
    const form = page.getByTestId('form-instansi');
    await seeText(form.getByTestId('lambang-instansi'), '240 × 240 piksel');
    expect(await form.getByTestId('logo-instansi').isVisible()).toBe(false);
    const chooser = page.waitForEvent('filechooser');
    await form.getByRole('button', { name: 'Ganti lambang…' }).click();
    await (await chooser).setFiles(path.resolve(import.meta.dirname, '../../resources/logo-contoh.png'));
    await seeText(form.getByTestId('lambang-instansi'), '200 × 240 piksel');
    const after = core.instansi.get(bupati.id);
    expect(after.lambang).toMatchObject({ widthPx: 200, heightPx: 240 });
    expect(after.logo?.base64).toBe(bupati.logo?.base64);
    await app.shot('43-lambang-kop-jabatan');
  });
});
