import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PegawaiQuerySchema } from '../../shared/contract/schemas';
import { writeSheet } from '../helpers/sheets';
import { openApp, seeText, type App } from './harness';

const HEADERS = ['No', 'Nomor Rekomendasi', 'Tanggal Rekomendasi', 'Tanggal Kejadian', 'Nama', 'NIP', 'Jabatan', 'Instansi/Unit Kerja', 'Jenis/Dugaan Pelanggaran', 'Rekomendasi (Sanksi)'];

describe('impor daftar rekomendasi (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ demo: 200, halaman: 'kasus' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a Bawaslu list for two employees and a person not in the registry: the clerk links one, keeps one as not identified, sees every case, saves', async () => {
    const { core, page } = app;
    const staff = core.pegawai.list(PegawaiQuerySchema.parse({ aktif: 'semua', status: 'PNS', limit: 50 })).rows.filter((p) => p.nip);
    const [a, b, c] = [staff[0]!, staff[1]!, staff[2]!];
    const before = core.db.prepare('SELECT COUNT(*) FROM kasus').pluck().get() as number;
    const file = await writeSheet('rekomendasi-bawaslu.xlsx', HEADERS, [
      [1, '112/PP.01.02/K.JB-12/11/2026', '30/10/2026', '20/10/2026', a.nama, a.nip, a.jabatan, 'Dinas', 'Kampanye di media sosial', 'Sanksi moral'],
      [2, '112/PP.01.02/K.JB-12/11/2026', '30/10/2026', '20/10/2026', `${b.nama} (salah NIP)`, '199901012020011999', b.jabatan, 'Dinas', 'menghadiri kampanye', 'Sanksi moral'],
      [3, '112/PP.01.02/K.JB-12/11/2026', '30/10/2026', '21/10/2026', 'Sutrisno', '', 'Kepala Desa', 'Desa Mekarsari', 'menghadiri kampanye', 'Diteruskan ke Bupati'],
      [4, '118/PP.01.02/K.JB-12/11/2026', '02/11/2026', '25/10/2026', c.nama, c.nip, c.jabatan, 'Dinas', 'Memasang baliho calon', 'Hukuman disiplin'],
    ]);

    await page.getByTestId('kasus-impor').click();
    const dialog = page.getByTestId('dialog-impor-kasus');
    await dialog.getByLabel('Pelapor (pengirim)').fill('Bawaslu Kabupaten Sukamaju');
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(file);
    await seeText(dialog, 'rekomendasi-bawaslu.xlsx');
    await dialog.getByRole('button', { name: 'Lanjut' }).click();

    // two cases, four people; two not found in the registry and nothing can be saved yet
    const ringkasan = dialog.getByTestId('ringkasan-impor-kasus');
    await seeText(ringkasan, 'Perlu ditinjau');
    const cases = dialog.getByTestId('kasus-akan-dibuat');
    await seeText(cases, '112/PP.01.02/K.JB-12/11/2026');
    await seeText(cases, '118/PP.01.02/K.JB-12/11/2026');
    const simpan = dialog.getByRole('button', { name: 'Simpan 2 kasus' });
    expect(await simpan.isDisabled()).toBe(true);
    await seeText(dialog.locator('#alasan-impor-kasus'), '2 terlapor belum ditinjau');
    await app.shot('kasus-impor-tinjau');

    // the mistyped NIP: linked to the registry person, found by searching the name
    const row2 = dialog.getByTestId('orang-3');
    await row2.getByLabel(/^Cari pegawai untuk/).fill(b.nama);
    await row2.getByRole('button', { name: 'Cari' }).click();
    const pilih2 = row2.getByLabel(/^Keputusan untuk/);
    await page.waitForFunction((sel) => ((document.querySelector(sel) as HTMLSelectElement | null)?.options.length ?? 0) > 2, '[data-testid="orang-3"] select');
    const option = await pilih2.locator('option').evaluateAll((os, nip) => (os as HTMLOptionElement[]).find((o) => o.textContent?.includes(nip))?.value ?? '', b.nip!.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4'));
    expect(option).toBe(`p${b.id}`);
    await pilih2.selectOption(option);
    await seeText(dialog.locator('#alasan-impor-kasus'), '1 terlapor belum ditinjau');
    // the village head stays not identified
    await dialog.getByTestId('orang-4').getByLabel(/^Keputusan untuk/).selectOption('belum');
    await page.waitForFunction(() => !(document.querySelector('[data-testid="dialog-impor-kasus"] .dialog-footer .btn-primary') as HTMLButtonElement | null)?.disabled);
    await seeText(cases, 'ditautkan');
    await seeText(cases, 'belum dikenali');
    await app.shot('kasus-impor-siap');
    await simpan.click();
    const hasil = dialog.getByTestId('hasil-impor-kasus');
    await seeText(hasil, 'Impor selesai: 2 kasus, 4 terlapor (3 dari data pegawai, 1 belum dikenali)');
    await dialog.getByRole('button', { name: 'Selesai' }).click();

    expect(core.db.prepare('SELECT COUNT(*) FROM kasus').pluck().get()).toBe(before + 2);
    const id = core.db.prepare("SELECT id FROM kasus WHERE nomor_surat = '112/PP.01.02/K.JB-12/11/2026'").pluck().get() as number;
    const k = core.kasus.get(id);
    expect(k).toMatchObject({ pelapor: 'Bawaslu Kabupaten Sukamaju', sumber: 'bawaslu', tanggalKejadian: '2026-10-20' });
    expect(k.terlapor.map((t) => [t.jenis, t.pegawaiId])).toEqual([
      ['pegawai', a.id],
      ['pegawai', b.id],
      ['belum-dikenal', null],
    ]);
    // the list shows the new cases
    await seeText(page.locator('.page'), '112/PP.01.02/K.JB-12/11/2026');
  });
});
