import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import type { InputOf, OutputOf } from '../../shared/contract/index';
import { tambahHari } from '../../shared/domain/hari-kerja';
import { todayIso } from '../../shared/domain/tanggal';
import { samarkanNama, samarkanNip } from '../../renderer/src/lib/samaran';
import { pns } from '../helpers/core';
import { openApp, seeText, type App } from './harness';

describe('Beranda and privacy mode (browser)', () => {
  let app: App;
  let kasusLewat = 0;
  const nama = 'Budi Santoso, S.E.';
  const nip = '198503122010011004';

  beforeAll(async () => {
    app = await openApp({ demo: 60, halaman: null });
    const { core } = app;
    const budi = core.pegawai.create(pns({ nip, nama: 'Budi Santoso' }));
    const rina = core.pegawai.create(pns({ nip: '197812052005012003', nama: 'Rina Marlina', jenisKelamin: 'P', tanggalLahir: '1978-12-05', gelarBelakang: null }));
    const hariIni = todayIso();
    const buat = async (pegawaiId: number, diterima: string, nomor: string) => {
      const input: InputOf<'kasus.buat'> = {
        data: { sumber: 'bawaslu', pelapor: 'Bawaslu Kabupaten Sukamaju', nomorSurat: nomor, tanggalDiterima: diterima, tanggalKejadian: tambahHari(diterima, -10), pelanggaran: ['SKB-7'] },
        terlapor: [{ jenis: 'pegawai', pegawaiId }],
      };
      const r = await dispatch(core, 'kasus.buat', input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as OutputOf<'kasus.buat'>;
    };
    // received long ago: its follow-up deadline (a rule of the frozen set) has passed
    kasusLewat = (await buat(budi.id, tambahHari(hariIni, -40), '045/PP.01.02/2026')).id;
    await buat(rina.id, tambahHari(hariIni, -1), '046/PP.01.02/2026');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens on the home screen with the overdue deadline, one click from its case', async () => {
    const { page, core } = app;
    const tenggat = core.kasus.tenggat(50);
    const baris = tenggat.find((t) => t.kasusId === kasusLewat)!;
    expect(baris.lampu).toBe('lewat');
    // the cases were made after the app opened: load it again, as the clerk starting the day would
    await page.reload();
    expect(await page.title()).toBe('Beranda · Netra');
    const tabel = page.getByTestId('tabel-tenggat');
    const row = page.getByTestId(`tenggat-${baris.kasusId}-${baris.terlaporId}`);
    await seeText(row, baris.nomorRegister);
    await seeText(row, nama);
    await seeText(row, 'Terlambat');
    await seeText(row, `lewat ${-baris.sisaHariKerja} hari kerja`);
    // only overdue and due-soon rows: the case received yesterday is on time
    expect(await tabel.locator('tbody tr').count()).toBe(tenggat.length);
    await seeText(page.getByTestId('jumlah-pegawai-aktif'), core.pegawai.list({ text: '', unitKerjaId: null, status: null, golongan: null, jenisJabatan: null, aktif: 'aktif', sort: 'nama', desc: false, offset: 0, limit: 1 }).total.toLocaleString('id-ID'));
    await seeText(page.getByTestId('beranda-tahap'), 'Diterima dan diregistrasi');
    await app.shot('90-beranda');
    await row.click();
    await page.waitForFunction((id) => window.location.hash === `#/kasus?id=${id}`, kasusLewat);
  });

  it('masks names and NIPs on the home screen and the staff list with F9, and shows them again', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/beranda`);
    const baris = core.kasus.tenggat(50).find((t) => t.kasusId === kasusLewat)!;
    const row = page.getByTestId(`tenggat-${baris.kasusId}-${baris.terlaporId}`);
    await seeText(row, nama);
    await page.keyboard.press('F9');
    await seeText(row, samarkanNama(nama));
    expect(await row.textContent()).not.toContain('Santoso');
    await page.getByTestId('pita-privasi').waitFor();
    expect(await page.getByTestId('tombol-privasi').getAttribute('aria-pressed')).toBe('true');
    await app.shot('91-beranda-privasi');

    // the mode outlives a page change
    await page.getByRole('link', { name: 'Pegawai', exact: true }).click();
    await page.getByTestId('cari-pegawai').fill(nip);
    const tabel = page.getByTestId('tabel-pegawai');
    await seeText(page.getByTestId('jumlah-pegawai'), /^1 pegawai/);
    await seeText(tabel, samarkanNip(nip));
    await seeText(tabel, samarkanNama(nama));
    const teks = (await tabel.textContent()) ?? '';
    expect(teks).not.toContain('Santoso');
    expect(teks).not.toContain('201001');
    // the detail panel too
    await tabel.locator('.grid-body [role="row"]').first().click();
    const detail = page.getByTestId('detail-pegawai');
    await seeText(detail, samarkanNip(nip));
    expect(await detail.textContent()).not.toContain('Santoso');
    await app.shot('92-pegawai-privasi');

    // the case list and the person's panel too
    await page.getByRole('link', { name: 'Kasus', exact: true }).click();
    const kasus = page.getByTestId(`kasus-${kasusLewat}`);
    await seeText(kasus, samarkanNama(nama));
    expect(await page.getByTestId('tabel-kasus').textContent()).not.toContain('Santoso');
    await kasus.click();
    const panel = page.getByTestId('identitas-terlapor');
    await seeText(panel, samarkanNip(nip));
    expect(await page.locator('main').textContent()).not.toContain('Santoso');
    await page.getByRole('link', { name: 'Pegawai', exact: true }).click();
    await page.getByTestId('cari-pegawai').fill(nip);
    await seeText(tabel, samarkanNama(nama));

    // F9 while typing in a field toggles too, and types nothing
    await page.getByTestId('cari-pegawai').focus();
    await page.keyboard.press('F9');
    await seeText(tabel, nama);
    expect(await page.getByTestId('cari-pegawai').inputValue()).toBe(nip);
    expect(await page.getByTestId('pita-privasi').count()).toBe(0);
    // and the button does the same
    await page.getByTestId('tombol-privasi').click();
    await seeText(tabel, samarkanNama(nama));
    await page.getByTestId('pita-privasi').getByRole('button').click();
    await seeText(tabel, nama);
  });
});
