import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatNip } from '../../../shared/domain/nip';
import { dispatch } from '../../../electron/core/handlers';
import { KodeFormulirService } from '../../../electron/core/kode-formulir-kunci';
import { TEKS_IKRAR_BAWAAN } from '../../../shared/domain/ikrar';
import { makeCore, pns, tempDir } from '../../helpers/core';
import { duaUnit, nipBaru, nonce, ok } from '../../helpers/ikrar';

const PEMILIHAN = 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026';

async function setup() {
  const core = makeCore();
  const staf = await duaUnit(core);
  const k = await ok(core, 'ikrar.create', { data: { judul: 'Apel Ikrar Desember', pemilihan: PEMILIHAN, tanggal: '2026-12-07', peserta: { unit: ['Dinas Pendidikan', 'Dinas Kesehatan'] } } });
  return { core, staf, k };
}

const docXml = (file: string) => strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);

describe('pledge campaign forms', () => {
  it('one form per person from rules, with sub-units, in print order per unit (head first), each with its own valid code', async () => {
    const { core, staf, k } = await setup();
    expect(k.jumlah).toEqual({ formulir: 6, kembali: 0, belum: 6 });
    const list = await ok(core, 'ikrar.formulir.list', { kampanyeId: k.id });
    expect(list.rows.map((f) => f.unitInduk)).toEqual(['Dinas Kesehatan', 'Dinas Kesehatan', 'Dinas Pendidikan', 'Dinas Pendidikan', 'Dinas Pendidikan', 'Dinas Pendidikan']);
    expect(list.rows.map((f) => f.nip)).toEqual([...staf.nip.kesehatan, ...staf.nip.pendidikan]);
    const kadis = list.rows.find((f) => f.nip === staf.nip.pendidikan[0])!;
    expect(kadis.nama).toBe('Dr. Citra Kadis, M.Pd.');
    expect(kadis.pangkat).toBe('Pembina Utama Muda (IV/c)');
    expect(list.rows.find((f) => f.nama.startsWith('Ani Guru'))!.unitKerja).toBe('SD Negeri 1 Sukamaju');
    const kode = KodeFormulirService.forDatabase(core.db);
    for (const f of list.rows) expect(kode.baca(f.kode)).toEqual({ ok: true, kode: f.kode, kampanyeId: k.id, formulirId: f.id });
    expect(new Set(list.rows.map((f) => f.kode)).size).toBe(6);
  });

  it('a person added after the first print gets a form marked as added; before it, a person dropped loses the form', async () => {
    const { core, staf, k } = await setup();
    const narrowed = await ok(core, 'ikrar.update', { id: k.id, data: { judul: k.judul, pemilihan: PEMILIHAN, tanggal: k.tanggal, peserta: { unit: ['Dinas Kesehatan'] } } });
    expect(narrowed.jumlah.formulir).toBe(2);
    await ok(core, 'ikrar.formulir.cetak', { kampanyeId: k.id });
    const printed = await ok(core, 'ikrar.get', { id: k.id });
    expect(printed.dicetakAt).not.toBeNull();
    expect(printed.teksVersi).toBe(1);
    await ok(core, 'pegawai.create', { data: pns({ nip: nipBaru(), nama: 'Gita Baru', gelarBelakang: null, unitKerjaId: staf.kesehatan }) });
    const r = await ok(core, 'ikrar.formulir.perbarui', { kampanyeId: k.id });
    expect(r).toMatchObject({ ditambah: 1, dihapus: 0 });
    const rows = (await ok(core, 'ikrar.formulir.list', { kampanyeId: k.id })).rows;
    expect(rows.filter((f) => f.ditambahAt !== null).map((f) => f.nama)).toEqual(['Gita Baru']);
  });

  it('forms for N people give N pages, each its own name, NIP and code; per-unit zip has one docx per unit', async () => {
    const { core, k, staf } = await setup();
    const all = await ok(core, 'ikrar.formulir.cetak', { kampanyeId: k.id });
    expect(all.rows).toBe(6);
    const xml = docXml(core.files.resolve(all.file).path);
    // the volume engine starts each person's page with a page break before its first paragraph
    const pages = xml.split('<w:pageBreakBefore/>');
    expect(pages).toHaveLength(6);
    const rows = (await ok(core, 'ikrar.formulir.list', { kampanyeId: k.id })).rows;
    for (const [i, f] of rows.entries()) {
      const page = pages[i]!;
      expect(page).toContain(f.nama);
      expect(page).toContain(formatNip(f.nip!));
      expect(page).toContain(f.kode);
      for (const g of rows) if (g.id !== f.id) expect(page).not.toContain(g.kode);
    }
    // the default text, filled: the instansi falls back to "Pemerintah Daerah" without a profile
    expect(xml).toContain('Kami, Aparatur Sipil Negara di lingkungan Pemerintah Daerah, berikrar:');
    expect(xml).toContain(`sesudah ${PEMILIHAN}`);

    const zip = await ok(core, 'ikrar.formulir.cetak', { kampanyeId: k.id, perUnit: true });
    expect(zip.fileName).toMatch(/\.zip$/);
    const entries = unzipSync(fs.readFileSync(core.files.resolve(zip.file).path));
    expect(Object.keys(entries)).toEqual(['01_Dinas-Kesehatan.docx', '02_Dinas-Pendidikan.docx']);
    const kes = strFromU8(unzipSync(entries['01_Dinas-Kesehatan.docx']!)['word/document.xml']!);
    for (const n of staf.nip.kesehatan) expect(kes).toContain(formatNip(n));
    for (const n of staf.nip.pendidikan) expect(kes).not.toContain(formatNip(n));

    const one = await ok(core, 'ikrar.formulir.cetak', { kampanyeId: k.id, unitIndukId: staf.pendidikan });
    expect(one.rows).toBe(4);
  });
});

describe('pledge text', () => {
  it('starts from the default; a save is a new version; an unknown placeholder is refused naming the slot and placeholder', async () => {
    const core = makeCore();
    const first = await ok(core, 'ikrar.teks.get', {});
    expect(first).toMatchObject({ versi: 1, createdAt: null, teks: TEKS_IKRAR_BAWAAN });
    const edited = { ...TEKS_IKRAR_BAWAAN, penutup: 'Demikian ikrar ini dibuat pada {pemilihan}.' };
    const saved = await ok(core, 'ikrar.teks.save', { teks: edited });
    expect(saved.versi).toBe(2);
    expect((await ok(core, 'ikrar.teks.get', { versi: 1 })).teks).toEqual(TEKS_IKRAR_BAWAAN);
    expect((await ok(core, 'ikrar.teks.save', { teks: edited })).versi).toBe(2);
    expect((await ok(core, 'ikrar.teks.list', {})).map((v) => v.versi)).toEqual([2, 1]);

    const bad = await dispatch(core, 'ikrar.teks.save', { teks: { ...TEKS_IKRAR_BAWAAN, butir: ['satu', 'dukung {calon} kami'] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.message).toContain('Butir ikrar 2: isian {calon} tidak dikenal');
      expect(bad.error.fields?.[0]?.field).toBe('teks.butir.1');
    }
  });

  it('a campaign keeps the version it was first printed with', async () => {
    const { core, k } = await setup();
    await ok(core, 'ikrar.formulir.cetak', { kampanyeId: k.id });
    await ok(core, 'ikrar.teks.save', { teks: { ...TEKS_IKRAR_BAWAAN, penutup: 'PENUTUP VERSI DUA' } });
    const again = await ok(core, 'ikrar.formulir.cetak', { kampanyeId: k.id });
    expect(docXml(core.files.resolve(again.file).path)).not.toContain('PENUTUP VERSI DUA');
    const k2 = await ok(core, 'ikrar.create', { data: { judul: 'Kampanye kedua', pemilihan: PEMILIHAN, tanggal: '2026-12-08', peserta: { unit: ['Dinas Kesehatan'] } } });
    const f2 = await ok(core, 'ikrar.formulir.cetak', { kampanyeId: k2.id });
    expect(docXml(core.files.resolve(f2.file).path)).toContain('PENUTUP VERSI DUA');
    expect((await ok(core, 'ikrar.get', { id: k2.id })).teksVersi).toBe(2);
  });
});

describe('returns', () => {
  it('tracks a code, a duplicate, another campaign, a forged code, a NIP, a resent nonce and a reversal', async () => {
    const { core, staf, k } = await setup();
    const rows = (await ok(core, 'ikrar.formulir.list', { kampanyeId: k.id })).rows;
    const f = rows[0]!;
    const terima = (masukan: string, n = nonce(), meja = 'Meja 1') => ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan, nonce: n, meja });

    const n1 = nonce();
    const first = await terima(` ${f.kode.toLowerCase()}\n`, n1, 'Meja 2');
    expect(first).toMatchObject({ hasil: 'tercatat', ulangan: false, formulir: { id: f.id, nama: f.nama } });

    const dup = await terima(f.kode.replace(/-/g, ''));
    expect(dup.hasil).toBe('duplikat');
    expect(dup.judul).toMatch(/^Sudah diterima pukul \d\d\.\d\d di Meja 2$/);
    expect(dup.sebelumnya?.meja).toBe('Meja 2');

    const resent = await terima(f.kode, n1);
    expect(resent).toMatchObject({ hasil: 'tercatat', ulangan: true, logId: first.logId });
    expect((await ok(core, 'ikrar.get', { id: k.id })).jumlah).toEqual({ formulir: 6, kembali: 1, belum: 5 });

    const other = await ok(core, 'ikrar.create', { data: { judul: 'Kampanye lain', pemilihan: PEMILIHAN, tanggal: '2026-12-08', peserta: { unit: ['Dinas Kesehatan'] } } });
    const otherForm = (await ok(core, 'ikrar.formulir.list', { kampanyeId: other.id })).rows[0]!;
    const lain = await terima(otherForm.kode);
    expect(lain).toMatchObject({ hasil: 'kegiatan-lain', kampanyeLain: { id: other.id, judul: 'Kampanye lain' } });
    expect(lain.pesan).toContain('Kampanye lain');

    // a code in the right shape with a check value another Netra (another key) made
    const forged = new KodeFormulirService(Buffer.alloc(32, 9)).buat({ kampanyeId: k.id, formulirId: rows[1]!.id });
    const tolak = await terima(forged);
    expect(tolak.hasil).toBe('tidak-dikenal');
    expect(tolak.pesan).toContain('tanda periksanya tidak cocok');
    expect((await terima('bukan kode')).hasil).toBe('tidak-dikenal');

    const byNip = await terima(staf.nip.pendidikan[1]!.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4'));
    expect(byNip).toMatchObject({ hasil: 'tercatat', formulir: { nip: staf.nip.pendidikan[1] } });
    expect((await terima('199912312020121999')).pesan).toContain('tidak ada di daftar formulir kampanye ini maupun di data pegawai');

    // undo: a reversal row; the form is missing again and can be received anew
    const bn = nonce();
    const undo = await ok(core, 'ikrar.terima.batal', { kampanyeId: k.id, logId: first.logId, alasan: 'Salah pindai', nonce: bn });
    expect(undo).toMatchObject({ hasil: 'batal', membatalkanId: first.logId, alasan: 'Salah pindai' });
    expect((await ok(core, 'ikrar.terima.batal', { kampanyeId: k.id, logId: first.logId, alasan: 'Salah pindai', nonce: bn })).id).toBe(undo.id);
    const twice = await dispatch(core, 'ikrar.terima.batal', { kampanyeId: k.id, logId: first.logId, alasan: 'lagi', nonce: nonce() });
    expect(twice.ok).toBe(false);
    expect((await ok(core, 'ikrar.get', { id: k.id })).jumlah.kembali).toBe(1);
    expect((await terima(f.kode)).hasil).toBe('tercatat');

    // the log is append-only
    expect(() => core.db.prepare('DELETE FROM ikrar_terima_log').run()).toThrow(/hanya bisa ditambah/);

    const rekap = await ok(core, 'ikrar.rekap', { id: k.id });
    expect(rekap.baris.map((b) => [b.unit, b.jumlah.formulir, b.jumlah.kembali, b.jumlah.belum])).toEqual([
      ['Dinas Kesehatan', 2, 1, 1],
      ['Dinas Pendidikan', 4, 1, 3],
    ]);
    expect(rekap.total).toMatchObject({ jumlah: { formulir: 6, kembali: 2, belum: 4 }, persenKembali: 33.3 });
    const log = await ok(core, 'ikrar.terima.log', { kampanyeId: k.id });
    expect(log.rows.find((l) => l.id === first.logId)?.dibatalkan).toBe(true);
  });

  it('the missing list, the recap xlsx and the reminder letter data', async () => {
    const { core, k, staf } = await setup();
    const rows = (await ok(core, 'ikrar.formulir.list', { kampanyeId: k.id })).rows;
    for (const f of rows.filter((r) => r.unitInduk === 'Dinas Kesehatan')) await ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan: f.kode, nonce: nonce() });
    const belum = await ok(core, 'ikrar.belum', { kampanyeId: k.id });
    expect(belum.rows).toBe(4);
    const xml = docXml(core.files.resolve(belum.file).path);
    expect(xml).toContain('DINAS PENDIDIKAN');
    expect(xml).not.toContain('DINAS KESEHATAN');
    expect(xml).toContain('Citra Kadis');
    expect(xml).not.toContain('Fajar Kadinkes');

    const x = await ok(core, 'ikrar.rekap.export', { id: k.id });
    expect(fs.statSync(core.files.resolve(x.file).path).size).toBeGreaterThan(1000);

    const p = await ok(core, 'ikrar.pengingat', { kampanyeId: k.id });
    expect(p.jenis).toBe('surat-pengingat-ikrar');
    expect(p.data.unit).toEqual(['Dinas Pendidikan: 4 dari 4']);
    // the prefilled data is what the document type takes (apart from who receives it)
    const jenis = core.jenis.get(p.jenis);
    const siap = jenis.siapkan({ ...p.data, tempatPengembalian: 'Badan Kesatuan Bangsa dan Politik' });
    expect(siap.ok).toBe(true);
    void staf;
  });

  it('a campaign from an unknown event, or with neither event nor rules, is refused', async () => {
    const core = makeCore(tempDir());
    const none = await dispatch(core, 'ikrar.create', { data: { judul: 'X', pemilihan: PEMILIHAN, tanggal: '2026-12-07' } });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.fields?.[0]).toMatchObject({ field: 'data.peserta' });
    const ghost = await dispatch(core, 'ikrar.create', { data: { judul: 'X', pemilihan: PEMILIHAN, tanggal: '2026-12-07', kegiatanId: 99 } });
    expect(ghost.ok).toBe(false);
    if (!ghost.ok) expect(ghost.error.message).toContain('Kegiatan nomor 99 tidak ditemukan');
  });
});

describe('a campaign tied to an event', () => {
  it('takes the event participants, guests included, and adds later participants as they come', async () => {
    const core = makeCore();
    await duaUnit(core);
    const ev = await ok(core, 'kegiatan.create', {
      data: { judul: 'Apel Ikrar Netralitas', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Halaman Kantor Bupati', peserta: { unit: ['Dinas Kesehatan'] } },
    });
    await ok(core, 'kegiatan.peserta.tamu', { kegiatanId: ev.id, tamu: { nama: 'Hendra Camat', jabatan: 'Camat Sukamaju', instansi: 'Kecamatan Sukamaju' } });
    const k = await ok(core, 'ikrar.create', { data: { judul: 'Ikrar apel', pemilihan: PEMILIHAN, tanggal: '2026-12-07', kegiatanId: ev.id } });
    expect(k.kegiatanJudul).toBe('Apel Ikrar Netralitas');
    const rows = (await ok(core, 'ikrar.formulir.list', { kampanyeId: k.id })).rows;
    expect(rows.map((f) => f.unitInduk)).toEqual(['Dinas Kesehatan', 'Dinas Kesehatan', 'Kecamatan Sukamaju']);
    expect(rows[2]).toMatchObject({ nama: 'Hendra Camat', tamu: true, nip: null });
    // the guest's form is found by its code like anyone's
    expect((await ok(core, 'ikrar.terima', { kampanyeId: k.id, masukan: rows[2]!.kode, nonce: nonce() })).hasil).toBe('tercatat');
    expect((await ok(core, 'ikrar.formulir.perbarui', { kampanyeId: k.id })).ditambah).toBe(0);
    // the event's recap over its campaigns
    const r = await ok(core, 'ikrar.rekap.kegiatan', { kegiatanId: ev.id });
    expect(r.kampanye).toBe(1);
    expect(r.baris.map((b) => [b.unit, b.jumlah.formulir, b.jumlah.kembali])).toEqual([
      ['Dinas Kesehatan', 2, 0],
      ['Kecamatan Sukamaju', 1, 1],
    ]);
    expect(r.total).toMatchObject({ jumlah: { formulir: 3, kembali: 1, belum: 2 }, persenKembali: 33.3 });
  });
});

describe('collective sheet', () => {
  it('per unit: the pledge text, then everyone once, odd numbers signing left and even right', async () => {
    const { core, k, staf } = await setup();
    const made = await ok(core, 'ikrar.kolektif', { kampanyeId: k.id, unitIndukId: staf.pendidikan });
    expect(made.rows).toBe(4);
    const xml = docXml(core.files.resolve(made.file).path);
    expect(xml).toContain('Kami, Aparatur Sipil Negara di lingkungan Pemerintah Daerah, berikrar:');
    // each row: No, Nama, NIP, Jabatan, Unit Kerja, then the two halves of the signature column
    const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => [...m[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => [...c[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ')));
    const body = rows.filter((r) => /^\d+$/.test(r[0] ?? ''));
    expect(body.map((r) => [r[0], r[5]?.trim(), r[6]?.trim()])).toEqual([
      ['1', '1.', ''],
      ['2', '', '2.'],
      ['3', '3.', ''],
      ['4', '', '4.'],
    ]);
    expect(body.map((r) => r[1])).toEqual(['Dr. Citra Kadis, M.Pd.', 'Bambang Kabid, S.E.', 'Ani Guru, S.E.', 'Dedi Staf, S.E.']);
    expect(body[0]![2]).toBe(staf.nip.pendidikan[0]!.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4'));

    const all = await ok(core, 'ikrar.kolektif', { kampanyeId: k.id });
    expect(Object.keys(unzipSync(fs.readFileSync(core.files.resolve(all.file).path)))).toEqual(['01_Dinas-Kesehatan.docx', '02_Dinas-Pendidikan.docx']);
    expect(all.rows).toBe(6);
  });
});
