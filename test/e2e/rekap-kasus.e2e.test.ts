import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import type { InputOf } from '../../shared/contract/index';
import { RekapKasusQuerySchema } from '../../shared/contract/kasus-rekap';
import { tambahHari } from '../../shared/domain/hari-kerja';
import { todayIso } from '../../shared/domain/tanggal';
import { pns } from '../helpers/core';
import { openApp, seeText, type App } from './harness';

describe('Recap of cases (browser)', () => {
  let app: App;

  beforeAll(async () => {
    app = await openApp({ demo: 20, halaman: null });
    const { core } = app;
    const hariIni = todayIso();
    const orang = [0, 1, 2, 3].map((i) => core.pegawai.create(pns({ nip: `1985031220100110${String(10 + i)}`, nama: `Pegawai Rekap ${i}` })));
    const buat = async (kategori: string, pemilihan: string, ids: number[], n: number) => {
      const input: InputOf<'kasus.buat'> = {
        data: { sumber: 'bawaslu', nomorSurat: `0${n}/PP/2026`, tanggalDiterima: tambahHari(hariIni, -n), tanggalKejadian: tambahHari(hariIni, -n - 5), kategoriPelapor: kategori, pemilihan, pelanggaran: ['SKB-7'] },
        terlapor: ids.map((pegawaiId) => ({ jenis: 'pegawai' as const, pegawaiId })),
      };
      const r = await dispatch(core, 'kasus.buat', input);
      if (!r.ok) throw new Error(r.error.message);
    };
    await buat('Kampanye di media sosial', 'Pilkada 2024', [orang[0]!.id, orang[1]!.id], 3);
    await buat('Kampanye di media sosial', 'Pilkada 2024', [orang[2]!.id], 4);
    await buat('Menghadiri kegiatan calon', 'Pemilu 2024', [orang[3]!.id], 5);
  });
  afterAll(async () => {
    await app?.close();
  });

  const rekap = (q: Partial<InputOf<'kasus.rekap'>>) => app.core.kasusRekap.rekap(RekapKasusQuerySchema.parse(q));

  it('shows the recap by the reporter category with its total, regroups, filters by election, and exports', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/kasus`);
    await page.getByTestId('buka-rekap-kasus').click();
    const tabel = page.getByTestId('rekap-kasus-tabel');
    const harap = rekap({ menurut: 'kategori' });
    expect(harap.baris.length).toBeGreaterThanOrEqual(2);
    for (const b of harap.baris) await seeText(tabel.locator(`tr[data-kunci="${b.kunci}"]`), b.jumlah.toLocaleString('id-ID'));
    await seeText(page.getByTestId('rekap-kasus-jumlah'), harap.baris.reduce((s, b) => s + b.jumlah, 0).toLocaleString('id-ID'));
    // largest first, as Bawaslu lists them
    expect(await tabel.locator('tbody tr').first().getAttribute('data-kunci')).toBe(harap.baris[0]!.kunci);
    await page.getByTestId('rekap-kasus-grafik').locator('canvas').waitFor();
    await app.shot('97-rekap-kasus');

    await page.getByTestId('rekap-menurut').selectOption('tahap');
    const perTahap = rekap({ menurut: 'tahap' });
    await seeText(tabel, 'Tahap penanganan');
    for (const b of perTahap.baris) await seeText(tabel.locator(`tr[data-kunci="${b.kunci}"]`), b.label);

    await page.getByTestId('rekap-menurut').selectOption('kategori');
    await page.getByLabel('Pemilihan').selectOption('Pemilu 2024');
    const pemilu = rekap({ menurut: 'kategori', pemilihan: 'Pemilu 2024' });
    expect(pemilu.baris).toHaveLength(1);
    await seeText(page.getByTestId('rekap-kasus-jumlah'), String(pemilu.baris[0]!.jumlah));
    expect(await tabel.locator('tbody tr').count()).toBe(1);

    const download = page.waitForEvent('download');
    await page.getByTestId('rekap-ekspor').click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const cells = wb.worksheets[0]!.getSheetValues().flat().map((v) => String(v ?? ''));
    expect(cells).toContain('Menghadiri kegiatan calon');
    expect(cells).not.toContain('Kampanye di media sosial');
  });
});
