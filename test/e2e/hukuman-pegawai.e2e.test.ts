/**
 * The sanction register on the person (Pegawai): a sanction in force is shown as "Sedang menjalani
 * hukuman disiplin: … s.d. …"; a person without one gets the certificate, filled from the register
 * into the document form, saved with an I'DIS/SIASN file name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArsipQuerySchema } from '../../shared/contract/dokumen';
import { PegawaiQuerySchema } from '../../shared/contract/schemas';
import type { Pegawai } from '../../shared/domain/pegawai';
import { tambahHariKerja } from '../../shared/domain/hari-kerja';
import { formatTanggal, todayIso } from '../../shared/domain/tanggal';
import { openApp, seeText, type App } from './harness';

const semua = PegawaiQuerySchema.parse({ aktif: 'semua', limit: 500 });

describe('hukuman disiplin pada data pegawai (browser)', () => {
  let app: App;
  let dihukum: Pegawai;
  let bersih: Pegawai;
  let selesai: string;

  beforeAll(async () => {
    app = await openApp({ demo: 60 });
    const { core } = app;
    const terlaporDemo = new Set(core.db.prepare('SELECT pegawai_id FROM kasus_terlapor WHERE pegawai_id IS NOT NULL').pluck().all() as number[]);
    const pns = core.pegawai.list(semua).rows.filter((p) => p.status === 'PNS' && p.nip && p.aktif && !terlaporDemo.has(p.id));
    [dihukum, bersih] = [pns[0]!, pns[1]!];
    // a case run to a delivered sanction two months ago: in force today
    const libur = new Set(core.db.prepare('SELECT tanggal FROM hari_libur').pluck().all() as string[]);
    const hk = (n: number) => tambahHariKerja(todayIso(), n, libur);
    const pemeriksa = { pegawaiId: null, nama: 'Drs. Hadi Wijaya', nip: '197001011995031001', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'Kepala Dinas', peran: 'Ketua' };
    const k = core.kasus.buat({
      data: { sumber: 'bawaslu', pelapor: 'Bawaslu Kabupaten Sukamaju', nomorSurat: '077/PP.01.02/2026', tanggalSurat: null, tanggalDiterima: hk(-60), tanggalKejadian: hk(-65), lokasi: '', kronologi: '', pemilihan: '', kategoriPelapor: '', rekomendasi: '', pelanggaran: ['SKB-7'] },
      terlapor: [{ jenis: 'pegawai', pegawaiId: dihukum.id, keterangan: '' }],
      aturanId: null,
    });
    const t = k.terlapor[0]!.id;
    core.kasus.tim(t, [pemeriksa]);
    core.kasus.maju(t, hk(-60), { tahap: 'panggilan-1', tanggalPeriksa: hk(-50), jam: '09.00', tempat: 'Ruang Rapat', pemeriksa });
    core.kasus.maju(t, hk(-50), { tahap: 'pemeriksaan', hadir: true, tempat: '', jam: '', menolakTandaTangan: false, catatan: '' });
    core.kasus.maju(t, hk(-49), { tahap: 'lhp', terbukti: true, bentuk: '', waktu: '', tempat: '', memberatkan: '', meringankan: '', dampak: '', usulanHukuman: 'potongan-tukin-25-6', usulanSanksiMoral: null });
    core.kasus.maju(t, hk(-48), { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'potongan-tukin-25-6', sanksiMoral: null, alasan: '', pejabatLain: null });
    const akhir = core.kasus.maju(t, hk(-46), { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: hk(-46), catatan: '' });
    selesai = akhir.terlapor[0]!.hukumanSelesai!;
    expect(core.hukuman.sedangMenjalani(dihukum.id, todayIso())).toHaveLength(1);
  });
  afterAll(async () => {
    await app?.close();
  });

  const bukaDetail = async (p: Pegawai) => {
    const { page } = app;
    await page.goto(`${app.host.url}#/pegawai`);
    await page.getByTestId('cari-pegawai').fill(p.nip!);
    await page.getByTestId('tabel-pegawai').getByRole('gridcell', { name: p.nama, exact: false }).first().click();
    return page.getByTestId('detail-pegawai');
  };

  it('shows the sanction in force on the person, with its period, and offers no certificate', async () => {
    const detail = await bukaDetail(dihukum);
    const text = await seeText(detail.getByTestId('hukuman-berlaku'), 'Sedang menjalani hukuman disiplin: pemotongan tunjangan kinerja');
    expect(text).toContain(`s.d. ${formatTanggal(selesai)}`);
    expect(text).toContain('selama 6 (enam) bulan');
    expect(await detail.getByTestId('buat-surat-keterangan-hukdis').count()).toBe(0);
    await app.shot('90-pegawai-hukuman-berlaku');
  });

  it('a person without a sanction gets the certificate from the register, in the document form, saved for upload', async () => {
    const { page, core } = app;
    const detail = await bukaDetail(bersih);
    await seeText(detail.getByTestId('hukuman-pegawai'), 'Tidak ada hukuman disiplin di register.');
    await detail.getByTestId('buat-surat-keterangan-hukdis').click();
    await page.waitForURL(/#\/dokumen\?tab=buat/);
    const form = page.getByTestId('form-dokumen');
    await form.waitFor();
    expect(await form.getAttribute('data-jenis')).toBe('surat-keterangan-hukdis');
    await seeText(form.getByTestId('draf-asal'), 'register hukuman disiplin');
    expect(await form.locator('#dok-data-nip').inputValue()).toBe(bersih.nip);
    await form.locator('#dok-data-keperluan').fill('usul kenaikan pangkat periode April 2027');
    await app.shot('91-surat-keterangan-hukdis');
    await form.getByRole('button', { name: 'Simpan .docx' }).click();
    await seeText(page.getByTestId('toast').first(), `${bersih.nip}_SKET-HUKDIS_${todayIso()}.docx`);
    // the archive links the letter to the person (its carried pegawaiId)
    const arsip = core.arsip.list(ArsipQuerySchema.parse({ jenis: 'surat-keterangan-hukdis' })).rows;
    expect(arsip.map((d) => d.pegawaiIds)).toEqual([[bersih.id]]);
  });
});
