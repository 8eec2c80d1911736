import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seeText, type App } from './harness';

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
});
