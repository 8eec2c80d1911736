import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import type { Core } from '../../../electron/core/core';
import type { AturanInput, AturanKasus } from '../../../shared/contract/aturan-kasus';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import type { AppErrorData } from '../../../shared/contract/result';
import { isEmptyDatabase } from '../../../electron/core/db/schema-check';
import { makeCore, pns, tempDir } from '../../helpers/core';

async function ok<C extends ChannelName>(core: Core, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}
async function fail<C extends ChannelName>(core: Core, channel: C, input: InputOf<C>): Promise<AppErrorData> {
  const r = await dispatch(core, channel, input);
  if (r.ok) throw new Error(`${channel} should have been refused`);
  return r.error;
}

const inputOf = (a: AturanKasus): AturanInput => ({ kode: a.kode, nama: a.nama, berlakuMulai: a.berlakuMulai, berlakuSampai: a.berlakuSampai, sumber: a.sumber, isi: a.isi });
const shipped = async (core: Core, kode: string) => (await ok(core, 'aturan.list', {})).find((a) => a.kode === kode)!;

describe('rule sets', () => {
  it('ships the 2020 and 2022 sets with adjoining periods; the set in force is picked by incident date', async () => {
    const core = makeCore();
    const list = await ok(core, 'aturan.list', {});
    expect(list.map((a) => [a.kode, a.berlakuMulai, a.berlakuSampai, a.versi, a.bawaan])).toEqual([
      ['SKB-2020', '2020-09-10', '2022-09-21', 1, true],
      ['SKB-2022', '2022-09-22', null, 1, true],
    ]);
    expect((await ok(core, 'aturan.berlaku', { tanggal: '2022-09-21' })).map((a) => a.kode)).toEqual(['SKB-2020']);
    expect((await ok(core, 'aturan.berlaku', { tanggal: '2022-09-22' })).map((a) => a.kode)).toEqual(['SKB-2022']);
    expect(await ok(core, 'aturan.berlaku', { tanggal: '2019-01-01' })).toEqual([]);
  });

  it('edits a shipped set as a new version; saving unchanged content keeps the version', async () => {
    const core = makeCore();
    const a = await shipped(core, 'SKB-2022');
    const data = inputOf(a);
    data.isi.tenggat = data.isi.tenggat.map((t) => (t.kode === 'penyampaian' ? { ...t, jumlah: 21 } : t));
    const saved = await ok(core, 'aturan.simpan', { id: a.id, data });
    expect(saved).toMatchObject({ versi: 2, bawaan: true });
    expect(saved.isi.tenggat.find((t) => t.kode === 'penyampaian')?.jumlah).toBe(21);
    expect((await ok(core, 'aturan.simpan', { id: a.id, data })).versi).toBe(2);
  });

  it('keeps every version: the history lists them with the cases that froze each, and an old one can be read back', async () => {
    const core = makeCore();
    // the shipped history alone is no clerk's data: a fresh database still counts as empty (no backup of nothing)
    expect(isEmptyDatabase(core.db)).toBe(true);
    const a = await shipped(core, 'SKB-2022');
    const guru = core.pegawai.create(pns());
    const buat = () => ok(core, 'kasus.buat', { data: { sumber: 'bawaslu', tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', pelanggaran: ['SKB-2'] }, terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    await buat();
    const data = inputOf(a);
    data.isi.tenggat = data.isi.tenggat.map((t) => (t.kode === 'penyampaian' ? { ...t, jumlah: 21 } : t));
    await ok(core, 'aturan.simpan', { id: a.id, data });
    await buat();
    await buat();
    const h = await ok(core, 'aturan.riwayat', { id: a.id });
    expect(h.map((v) => [v.versi, v.jumlahKasus])).toEqual([
      [2, 2],
      [1, 1],
    ]);
    const v1 = await ok(core, 'aturan.versi', { id: a.id, versi: 1 });
    expect(v1.data.isi.tenggat.find((t) => t.kode === 'penyampaian')?.jumlah).toBe(14);
    expect((await fail(core, 'aturan.versi', { id: a.id, versi: 3 })).message).toMatch(/Versi 3 perangkat aturan SKB-2022 tidak ada \(versi terakhir: 2\)/);
    // taking version 1 back is a new version 3 with its content
    const back = await ok(core, 'aturan.simpan', { id: a.id, data: v1.data });
    expect(back.versi).toBe(3);
    expect(back.isi.tenggat.find((t) => t.kode === 'penyampaian')?.jumlah).toBe(14);
    // append-only
    expect(() => core.db.prepare('UPDATE aturan_kasus_versi SET nama = ?').run('x')).toThrow(/tidak dapat diubah/);
    expect(() => core.db.prepare('DELETE FROM aturan_kasus_versi').run()).toThrow(/tidak dapat dihapus/);
  });

  it('refuses an overlapping period until the clerk confirms, and a kode taken by another set', async () => {
    const core = makeCore();
    const a = await shipped(core, 'SKB-2022');
    const baru: AturanInput = { ...inputOf(a), kode: 'PERKADA-2025', nama: 'Aturan daerah 2025', berlakuMulai: '2025-01-01', berlakuSampai: null };
    const e = await fail(core, 'aturan.simpan', { id: null, data: baru });
    expect(e.code).toBe('VALIDASI');
    expect(e.message).toMatch(/bertumpang tindih dengan "SKB Netralitas ASN 2022 .*" \(22 September 2022 sampai sekarang\)/);
    expect(e.fields).toEqual([expect.objectContaining({ field: 'tumpangTindih' })]);
    const made = await ok(core, 'aturan.simpan', { id: null, data: baru, izinkanTumpangTindih: true });
    expect(made).toMatchObject({ versi: 1, bawaan: false });
    expect((await ok(core, 'aturan.berlaku', { tanggal: '2025-06-01' })).map((x) => x.kode)).toEqual(['SKB-2022', 'PERKADA-2025']);
    // confirmed once: editing either set's content does not ask again; widening into a new overlap does
    expect((await ok(core, 'aturan.simpan', { id: a.id, data: { ...inputOf(a), sumber: 'diubah' } })).versi).toBe(2);
    expect((await ok(core, 'aturan.simpan', { id: made.id, data: { ...baru, nama: 'Aturan daerah 2025 (diubah)' } })).versi).toBe(2);
    const wider = await fail(core, 'aturan.simpan', { id: made.id, data: { ...baru, berlakuMulai: '2021-01-01' } });
    expect(wider.message).toMatch(/bertumpang tindih dengan "SKB Netralitas ASN 2020/);
    expect(wider.message).not.toMatch(/ASN 2022/);
    const dup = await fail(core, 'aturan.simpan', { id: null, data: { ...baru, kode: 'skb-2020', berlakuMulai: '2010-01-01', berlakuSampai: '2010-12-31' } });
    expect(dup).toMatchObject({ code: 'DUPLIKAT', fields: [expect.objectContaining({ field: 'kode' })] });
  });

  it('refuses a deadline with the same start and end, and a category naming an unknown violation, with the path', async () => {
    const core = makeCore();
    const a = await shipped(core, 'SKB-2022');
    const data = inputOf(a);
    data.isi.tenggat[3] = { ...data.isi.tenggat[3]!, ke: data.isi.tenggat[3]!.dari };
    const e = await fail(core, 'aturan.simpan', { id: a.id, data });
    expect(e.code).toBe('VALIDASI');
    expect(e.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'data.isi.tenggat.3.ke' })]));
  });

  it('exports a set as .json and imports it back as a new version of the set with its kode, or as a new set', async () => {
    const core = makeCore();
    const a = await shipped(core, 'SKB-2020');
    const out = await ok(core, 'aturan.ekspor', { id: a.id });
    expect(out.fileName).toBe('Aturan_Kasus_SKB-2020_v1.json');
    const body = JSON.parse(fs.readFileSync(core.files.resolve(out.file).path, 'utf8'));
    expect(body).toMatchObject({ format: 'netra-aturan-kasus', versi: 1, aturan: { kode: 'SKB-2020', berlakuSampai: '2022-09-21' } });

    // the same file back: no change, no new version
    const same = await ok(core, 'aturan.impor', { file: out.file });
    expect(same).toMatchObject({ baru: false, aturan: { id: a.id, versi: 1 } });
    // edited by hand: a new version
    body.aturan.isi.hukuman[3].durasiBulan = 7;
    const edited = path.join(tempDir(), 'aturan.json');
    fs.writeFileSync(edited, JSON.stringify(body));
    const v2 = await ok(core, 'aturan.impor', { file: core.files.register(edited) });
    expect(v2).toMatchObject({ baru: false, aturan: { id: a.id, versi: 2 } });
    expect(v2.aturan.isi.hukuman[3]?.durasiBulan).toBe(7);
    // another kode and period: a new set
    const other = { ...body.aturan, kode: 'UJI-2019', berlakuMulai: '2019-01-01', berlakuSampai: '2019-12-31' };
    const bare = path.join(tempDir(), 'bare.json');
    fs.writeFileSync(bare, JSON.stringify(other));
    expect(await ok(core, 'aturan.impor', { file: core.files.register(bare) })).toMatchObject({ baru: true, aturan: { kode: 'UJI-2019', versi: 1 } });
    // the set's earlier content lives on in the backup made before the import that wrote over a clerk's data
    expect(core.cadangan.list().rows.filter((c) => c.alasan === 'impor').map((c) => c.keterangan)).toEqual(['aturan kasus dari bare.json']);
  });

  it('refuses a bad file with clear messages naming the place of the bad field, and writes nothing', async () => {
    const core = makeCore();
    const a = await shipped(core, 'SKB-2022');
    const dir = tempDir();
    const write = (name: string, text: string) => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, text);
      return core.files.register(p);
    };
    const notJson = await fail(core, 'aturan.impor', { file: write('rusak.json', '{\n  "kode": "X",\n  oops\n}') });
    expect(notJson).toMatchObject({ code: 'IMPOR_DITOLAK', message: expect.stringMatching(/Berkas "rusak.json" ditolak.*bukan JSON yang sah \(baris 3\)/) });
    const wrongFormat = await fail(core, 'aturan.impor', { file: write('lain.json', JSON.stringify({ format: 'lain', aturan: {} })) });
    expect(wrongFormat.message).toMatch(/formatnya "lain"/);

    const data = inputOf(a) as unknown as { isi: { tenggat: Record<string, unknown>[]; hukuman: Record<string, unknown>[] } };
    data.isi.tenggat[3]!.jumlah = 'empat belas';
    data.isi.hukuman[4]!.durasiBulan = 500;
    const bad = await fail(core, 'aturan.impor', { file: write('salah.json', JSON.stringify({ format: 'netra-aturan-kasus', aturan: data })) });
    expect(bad.code).toBe('IMPOR_DITOLAK');
    expect(bad.message).toMatch(/isi\.tenggat\[3\] \(penyampaian\)\.jumlah/);
    expect(bad.message).toMatch(/isi\.hukuman\[4\] \(potongan-tukin-25-9\)\.durasiBulan/);
    expect(bad.fields?.map((f) => f.field).sort()).toEqual(['isi.hukuman[4] (potongan-tukin-25-9).durasiBulan', 'isi.tenggat[3] (penyampaian).jumlah']);
    expect((await shipped(core, 'SKB-2022')).versi).toBe(1);
  });
});
