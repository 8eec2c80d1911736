import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/index';
import { tambahHariKerja } from '../../shared/domain/hari-kerja';
import { formatNip } from '../../shared/domain/nip';
import { pns } from '../helpers/core';
import { openApp, seeText, type App } from './harness';

async function call<C extends ChannelName>(app: App, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(app.core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.message}`);
  return r.value as OutputOf<C>;
}

/** Every document of every stage, in the order the stages make them. */
const SEMUA = [
  'surat-panggilan',
  'keputusan-tim-pemeriksa',
  'keputusan-pembebasan-sementara',
  'berita-acara-pemeriksaan',
  'laporan-hasil-pemeriksaan',
  'keputusan-hukuman-disiplin',
  'pernyataan-sanksi-moral',
  'panggilan-penyampaian',
  'berita-acara-penyampaian',
  'laporan-tindak-lanjut',
] as const;

/** What the case cannot know and the clerk types in the form (element id → value). */
const KETIK: Partial<Record<(typeof SEMUA)[number], Record<string, string>>> = {
  'panggilan-penyampaian': { 'dok-data-tanggalPenyampaian': '08/10/2026', 'dok-data-pukul': '09.00', 'dok-data-tempat': 'Ruang Rapat Pimpinan BKPSDM' },
};

describe('case documents: one button fills the stage’s document, the form keeps what it does not show (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ demo: 400, halaman: null });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the BAP of the examined demo case: the hearing’s pairs in the preview, RAHASIA, saved under the case', async () => {
    const { page, core } = app;
    const rows = core.kasus.list({ teks: '', tahap: null, sumber: null, lampu: null, arsip: false, offset: 0, limit: 10 }).rows;
    const kasus = core.kasus.get(rows.find((r) => r.tahap === 'keputusan')!.id);
    const t = kasus.terlapor[0]!;
    const pasangan = core.kasus.pemeriksaan(t.id).pasangan;
    await page.evaluate((h) => (window.location.hash = h), `#/kasus?id=${kasus.id}&tab=dokumen`);
    await page.getByTestId(`dokumen-${t.id}-berita-acara-pemeriksaan`).click();
    const form = page.getByTestId('form-dokumen');
    await form.waitFor();
    await seeText(form.getByTestId('draf-asal'), kasus.nomorRegister);
    const preview = page.getByTestId('pratinjau-naskah');
    await seeText(preview, 'BERITA ACARA PEMERIKSAAN');
    await seeText(preview, 'RAHASIA');
    // the pairs are no field of the form: they came with the case's data and are shown as typed in the hearing
    for (const p of pasangan) await seeText(preview, p.pertanyaan);
    await seeText(preview, 'Yang diperiksa,');
    await seeText(preview, t.nama);
    await app.shot('95-kasus-bap-pratinjau');
    await form.getByRole('button', { name: 'Simpan .docx' }).click();
    const hasil = page.getByTestId('hasil-dokumen');
    await seeText(hasil, '/BKPSDM/');
    // archived with the case's id: the case lists it
    const docs = core.kasus.get(kasus.id).dokumen;
    expect(docs.map((d) => d.jenis)).toEqual(['berita-acara-pemeriksaan']);
    const file = core.files.resolve((await core.dokumen.berkas(docs[0]!.id)).file).path;
    const xml = strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);
    for (const p of pasangan) expect(xml).toContain(p.jawaban);
  });

  it('one person run to a heavy sanction: every document of every stage from the case’s Dokumen tab, each listed on the case', async () => {
    const { page, core } = app;
    const nip = '198811202012121003';
    const unit = core.units.create({ nama: 'SD Negeri 5 Sukamaju', singkatan: null, jenis: 'UPT', parentId: null });
    const orang = core.pegawai.create(pns({ nip, nama: 'Dedi Kurniawan', tanggalLahir: '1988-11-20', jenisJabatan: 'FUNGSIONAL', golongan: 'III/c', unitKerjaId: unit.id }));
    const k = await call(app, 'kasus.buat', {
      data: { sumber: 'bawaslu', pelapor: 'Bawaslu Kabupaten Sukamaju', nomorSurat: '077/PP.01.02/K.JT-11/09/2026', tanggalSurat: '2026-09-29', tanggalDiterima: '2026-10-01', tanggalKejadian: '2026-09-25', pelanggaran: ['SKB-7'] },
      terlapor: [{ jenis: 'pegawai', pegawaiId: orang.id }],
    });
    const id = k.terlapor[0]!.id;
    const libur = new Set((await call(app, 'libur.list', {})).map((l) => l.tanggal));
    const ketua = { pegawaiId: null, nama: 'Drs. Hadi Wijaya, M.Si.', nip: '197001011995031001', pangkat: 'Pembina Tingkat I (IV/b)', jabatan: 'Kepala Bidang Pembinaan dan Disiplin', peran: 'Ketua' };
    await call(app, 'kasus.terlapor.tim', { terlaporId: id, tim: [ketua, { pegawaiId: null, nama: 'Ir. Agus Priyanto, M.T.', nip: '197010101997031005', pangkat: 'Pembina (IV/a)', jabatan: 'Inspektur Pembantu Wilayah I', peran: 'Anggota' }] });
    await call(app, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-10-02', data: { tahap: 'verifikasi' } });
    await call(app, 'kasus.terlapor.bebaskan', { terlaporId: id, sejak: '2026-10-05' });
    const periksa = tambahHariKerja('2026-10-05', 7, libur);
    await call(app, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-10-05', data: { tahap: 'panggilan-1', tanggalPeriksa: periksa, jam: '09.00', tempat: 'Ruang Rapat BKPSDM', pemeriksa: ketua } });
    await call(app, 'kasus.tahap.maju', { terlaporId: id, tanggal: periksa, data: { tahap: 'pemeriksaan', hadir: true, tempat: 'Ruang Rapat BKPSDM', jam: '09.00' } });
    await call(app, 'kasus.pemeriksaan.simpan', { terlaporId: id, pasangan: [{ pertanyaan: 'Apakah Saudara memasang foto bersama bakal calon dengan simbol jari?', jawaban: 'Benar, di akun pribadi saya.' }] });
    const lhp = tambahHariKerja(periksa, 1, libur);
    await call(app, 'kasus.tahap.maju', { terlaporId: id, tanggal: lhp, data: { tahap: 'lhp', terbukti: true, usulanHukuman: 'penurunan-jabatan-12', usulanSanksiMoral: 'tertutup' } });
    const sk = tambahHariKerja(lhp, 1, libur);
    await call(app, 'kasus.tahap.maju', { terlaporId: id, tanggal: sk, data: { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'penurunan-jabatan-12', sanksiMoral: 'tertutup' } });
    const terima = tambahHariKerja(sk, 2, libur);
    await call(app, 'kasus.tahap.maju', { terlaporId: id, tanggal: terima, data: { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: terima } });

    const dibuat: string[] = [];
    for (const jenis of SEMUA) {
      await page.evaluate((h) => (window.location.hash = h), `#/kasus?id=${k.id}&tab=dokumen`);
      // the summons button names its number (I or II)
      const tombol = page.getByTestId(`dokumen-${id}-${jenis}${jenis === 'surat-panggilan' ? '-1' : ''}`);
      await tombol.waitFor({ timeout: 10_000 }).catch(async () => {
        await app.shot('96-kasus-dokumen-tidak-ada');
        throw new Error(`Tombol ${jenis} tidak ada: ${(await page.getByTestId('buat-dokumen-kasus').textContent().catch(() => page.locator('main').textContent()))?.slice(0, 800)}`);
      });
      await tombol.click();
      const form = page.getByTestId('form-dokumen');
      await form.waitFor();
      await seeText(form.getByTestId('draf-asal'), k.nomorRegister);
      for (const [el, v] of Object.entries(KETIK[jenis] ?? {})) {
        await form.locator(`#${el}`).fill(v);
        await form.locator(`#${el}`).blur();
      }
      await seeText(page.getByTestId('pratinjau-naskah'), 'Kurniawan').catch(async (e: unknown) => {
        await app.shot(`96-kasus-${jenis}`);
        throw new Error(`${jenis}: pratinjau tidak muncul: ${(await form.textContent())?.slice(0, 900)} (${String(e)})`);
      });
      await form.getByRole('button', { name: 'Simpan .docx' }).click();
      // a consistency warning (kop vs signer, tembusan) would ask first: none is expected for a case's own documents
      await seeText(page.getByTestId('nomor-tersimpan'), '/2026').catch(async (e: unknown) => {
        throw new Error(`${jenis} tidak tersimpan: ${(await form.textContent())?.slice(0, 600)} (${String(e)})`);
      });
      dibuat.push(jenis);
    }
    const docs = core.kasus.get(k.id).dokumen;
    expect(docs.map((d) => d.jenis)).toEqual(dibuat);
    await page.evaluate((h) => (window.location.hash = h), `#/kasus?id=${k.id}&tab=dokumen`);
    const list = page.getByTestId('arsip-dokumen-kasus');
    for (const d of docs) await seeText(list, d.nomor);
    expect(await list.getByTestId('dokumen-kasus-baris').count()).toBe(SEMUA.length);
    await app.shot('96-kasus-semua-dokumen');
    // the decree of sanction names the person by grouped NIP and the sanction with its duration
    const hukdis = docs.find((d) => d.jenis === 'keputusan-hukuman-disiplin')!;
    const xml = strFromU8(unzipSync(fs.readFileSync(core.files.resolve((await core.dokumen.berkas(hukdis.id)).file).path))['word/document.xml']!);
    expect(xml).toContain(formatNip(nip));
    expect(xml).toContain('penurunan jabatan setingkat lebih rendah selama 12 (dua belas) bulan');
  });
});
