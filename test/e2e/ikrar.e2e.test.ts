import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seeText, type App } from './harness';

describe('Ikrar: forms printed, returned by QR at the desk, the missing per unit (browser)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ demo: 80 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a campaign for two units, prints the forms, takes fast scans and a NIP, shows who is missing', async () => {
    const { page, core } = app;
    // two perangkat daerah with staff (sub-units included), the smallest ones to keep the run short
    const units = core.db
      .prepare(
        `WITH RECURSIVE t(id, root) AS (SELECT id, id FROM unit_kerja WHERE parent_id IS NULL UNION ALL SELECT u.id, t.root FROM unit_kerja u JOIN t ON u.parent_id = t.id)
         SELECT r.id, r.nama, COUNT(p.id) AS n FROM t JOIN unit_kerja r ON r.id = t.root JOIN pegawai p ON p.unit_kerja_id = t.id AND p.aktif = 1
         GROUP BY r.id HAVING n >= 3 ORDER BY n, r.nama LIMIT 2`,
      )
      .all() as { id: number; nama: string; n: number }[];
    expect(units).toHaveLength(2);
    const total = units[0]!.n + units[1]!.n;

    await page.goto(`${app.host.url}#/ikrar`);
    await page.getByTestId('kampanye-baru').click();
    const dialog = page.getByTestId('dialog-kampanye');
    await dialog.getByLabel('Judul').fill('Ikrar Netralitas ASN Pilkada 2026');
    await dialog.getByLabel('Nama pemilihan').fill('Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026');
    await dialog.getByTestId('sumber-unit').check();
    for (const u of units) await dialog.getByTestId('pilih-unit').selectOption(String(u.id));
    await seeText(dialog.getByTestId('unit-terpilih'), units[1]!.nama);
    await dialog.getByTestId('simpan-kampanye').click();
    await page.getByTestId('panel-formulir').waitFor();
    const k = core.ikrar.list(null)[0]!;
    expect(k.jumlah.formulir).toBe(total);

    // print all forms: one page per person
    const download = page.waitForEvent('download');
    await page.getByTestId('cetak-semua').click();
    const file = await (await download).path();
    const xml = strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);
    expect(xml.split('<w:pageBreakBefore/>')).toHaveLength(total);
    await app.shot('ikrar-01-formulir');

    const forms = core.ikrar.formulirList(k.id, { teks: '', unitIndukId: null, kembali: 'semua' }, 0, 1000).rows;
    await page.getByTestId('tab-kampanye').getByRole('tab', { name: 'Penerimaan' }).click();
    const input = page.getByTestId('meja-masukan');
    await input.waitFor();
    const banner = page.getByTestId('meja-banner');
    // a USB scanner: the payload and Enter a few ms apart, one code straight after the other
    const scanned = forms.slice(0, 3);
    for (const f of scanned) await input.pressSequentially(`${f.kode}\n`, { delay: 2 });
    await seeText(banner, scanned[2]!.nama);
    expect(await banner.getAttribute('data-hasil')).toBe('tercatat');
    const deadline = Date.now() + 10_000;
    while (core.ikrar.get(k.id).jumlah.kembali < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(core.ikrar.get(k.id).jumlah.kembali).toBe(3);

    // the same form again: amber, with when and where it was received
    await input.pressSequentially(`${scanned[0]!.kode}\n`, { delay: 2 });
    await seeText(banner, /Sudah diterima pukul \d\d\.\d\d di Meja 1/);
    expect(await banner.getAttribute('data-hasil')).toBe('duplikat');
    await app.shot('ikrar-02-duplikat');

    // a typed NIP, with the spaces a clerk copies from a card
    const byNip = forms.find((f) => f.nip && !scanned.includes(f))!;
    await input.fill(byNip.nip!.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4'));
    await input.press('Enter');
    await seeText(banner, byNip.nama);
    expect(await banner.getAttribute('data-hasil')).toBe('tercatat');

    // a code this Netra did not print: red, with the reason
    await input.pressSequentially('IK1-0001-00001-AAAAAAAA\n', { delay: 2 });
    await seeText(banner, 'tanda periksanya tidak cocok');
    expect(await banner.getAttribute('data-hasil')).toBe('tidak-dikenal');
    await app.shot('ikrar-03-ditolak');
    // the scanner's bursts were told from the clerk's typing (the event desk's collector)
    const cara = core.db.prepare('SELECT cara FROM ikrar_terima_log WHERE kampanye_id = ? ORDER BY id').pluck().all(k.id);
    expect(cara).toEqual(['pindai', 'pindai', 'pindai', 'pindai', 'ketik', 'pindai']);

    // who is missing, per unit
    await page.getByTestId('tab-kampanye').getByRole('tab', { name: 'Rekap & belum kembali' }).click();
    await seeText(page.getByTestId('rekap-total-belum'), String(total - 4));
    const missing = page.getByTestId('daftar-belum');
    const returned = new Set([...scanned, byNip].map((f) => f.id));
    const stillOut = forms.filter((f) => !returned.has(f.id));
    await seeText(missing, stillOut[0]!.nama);
    const text = (await missing.textContent()) ?? '';
    for (const f of stillOut) expect(text).toContain(f.nama);
    for (const f of [...scanned, byNip]) expect(text).not.toContain(f.nama);
    await app.shot('ikrar-04-rekap');

    // the reminder letter opens in Dokumen, filled with the units behind
    await page.getByTestId('surat-pengingat').click();
    await page.waitForURL(/#\/dokumen/);
    const lines = page.getByTestId('daftar-unit-pengingat').locator('input');
    await lines.first().waitFor();
    const values = await lines.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values.sort()).toEqual(
      core.ikrar
        .rekap(k.id)
        .baris.filter((b) => b.jumlah.belum > 0)
        .map((b) => `${b.unit}: ${b.jumlah.belum} dari ${b.jumlah.formulir}`)
        .sort(),
    );
    // prepared data, not the example: the form must not say it is
    expect(await page.getByText('Isian awal berisi data contoh').count()).toBe(0);
    await app.shot('ikrar-05-pengingat');
  });

  it("from an event's page: a campaign for its participants, the event chosen already", async () => {
    const { page, core } = app;
    const unit = core.db.prepare('SELECT u.nama FROM unit_kerja u JOIN pegawai p ON p.unit_kerja_id = u.id AND p.aktif = 1 WHERE u.parent_id IS NULL GROUP BY u.id ORDER BY COUNT(*) LIMIT 1').pluck().get() as string;
    const ev = core.kegiatan.create({
      judul: 'Apel Ikrar Netralitas ASN',
      jenis: 'apel-ikrar',
      tanggal: '2026-12-07',
      jam: '07.30',
      batasTerlambat: null,
      jamSelesai: null,
      zonaWaktu: 'WIB',
      tempat: 'Halaman Kantor Bupati',
      mode: 'luring',
      tautan: null,
      penyelenggaraId: null,
      penandatanganId: null,
      pemilihan: '',
      narasumber: [],
      catatan: '',
      peserta: { unit: [unit], subunit: true, status: [], jenisJabatan: [], eselon: [], golongan: [], golonganDari: null, golonganSampai: null },
    });
    await page.goto(`${app.host.url}#/kegiatan?id=${ev.id}`);
    await page.getByTestId('buka-ikrar').click();
    await page.getByTestId('kampanye-baru').click();
    const dialog = page.getByTestId('dialog-kampanye');
    // The event list loads after the dialog opens; the event is chosen as soon as its option exists.
    await expect.poll(() => dialog.locator('#kampanye-kegiatan').inputValue(), { timeout: 10_000 }).toBe(String(ev.id));
    await dialog.getByLabel('Judul').fill('Ikrar apel');
    await dialog.getByLabel('Nama pemilihan').fill('Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026');
    await dialog.getByTestId('simpan-kampanye').click();
    await page.getByTestId('panel-formulir').waitFor();
    const k = core.ikrar.list(ev.id)[0]!;
    expect(k.kegiatanId).toBe(ev.id);
    expect(k.jumlah.formulir).toBe(core.kegiatan.get(ev.id).jumlah.peserta);
  });

  it('edits the pledge text: an unknown placeholder is named and not saved, a valid edit becomes a new version', async () => {
    const { page, core } = app;
    await page.goto(`${app.host.url}#/ikrar?tab=teks`);
    const editor = page.getByTestId('teks-ikrar');
    await editor.waitFor();
    const butir = editor.getByRole('textbox', { name: 'Butir 2', exact: true });
    await butir.fill('tidak mendukung {calon} mana pun;');
    await seeText(editor, 'Butir ikrar 2: isian {calon} tidak dikenal');
    const save = page.getByTestId('simpan-teks');
    expect(await save.isDisabled()).toBe(true);
    await app.shot('ikrar-06-teks-galat');
    await butir.fill('tidak mendukung pasangan calon mana pun pada {pemilihan};');
    await save.click();
    await seeText(page.locator('#teks-versi'), 'versi 2');
    expect(core.ikrar.teksGet(null)).toMatchObject({ versi: 2, teks: { butir: expect.arrayContaining(['tidak mendukung pasangan calon mana pun pada {pemilihan};']) } });
    await app.shot('ikrar-07-teks');
  });
});
