import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { pns, tempDir } from '../../helpers/core';

async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}

async function setup() {
  const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-12-01T02:00:00Z') });
  const disdik = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const dinkes = core.units.create({ nama: 'Dinas Kesehatan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const sd = core.units.create({ nama: 'SD Negeri 1 Sukamaju', singkatan: null, jenis: 'SEKOLAH', parentId: disdik.id });
  const p = (nip: string, nama: string, unitKerjaId: number) => core.pegawai.create(pns({ nip, nama, unitKerjaId, tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}` }));
  const a = p('198503122010011004', 'Budi', sd.id);
  const b = p('198601012010011002', 'Cici', disdik.id);
  const c = p('198701012010011003', 'Dodi', dinkes.id);
  const base = { sumber: 'bawaslu' as const, tanggalKejadian: '2026-10-20', pemilihan: 'Pilkada 2026' };
  const k1 = await call(core, 'kasus.buat', { data: { ...base, tanggalDiterima: '2026-11-02', kategoriPelapor: 'Kampanye di media sosial', pelanggaran: ['SKB-2', 'SKB-6'] }, terlapor: [{ jenis: 'pegawai', pegawaiId: a.id }, { jenis: 'pegawai', pegawaiId: b.id }] });
  await call(core, 'kasus.buat', { data: { ...base, tanggalDiterima: '2026-11-20', kategoriPelapor: ' kampanye di MEDIA sosial', pelanggaran: ['SKB-2'] }, terlapor: [{ jenis: 'pegawai', pegawaiId: c.id }] });
  await call(core, 'kasus.buat', { data: { ...base, tanggalDiterima: '2026-10-25', kategoriPelapor: 'Menghadiri kampanye', pemilihan: 'Pemilu 2024', pelanggaran: [] }, terlapor: [{ jenis: 'pegawai', pegawaiId: a.id }] });
  const gone = await call(core, 'kasus.buat', { data: { ...base, tanggalDiterima: '2026-11-03', kategoriPelapor: 'Menghadiri kampanye' }, terlapor: [{ jenis: 'pegawai', pegawaiId: c.id }] });
  await call(core, 'kasus.arsipkan', { id: gone.id, alasan: 'Salah catat' });
  await call(core, 'kasus.tahap.maju', { terlaporId: k1.terlapor[0]!.id, tanggal: '2026-11-03', data: { tahap: 'verifikasi' } });
  return core;
}

describe('kasus.rekap', () => {
  it('counts reported persons per grouping, largest first, archived cases left out', async () => {
    const core = await setup();
    const kat = await call(core, 'kasus.rekap', { menurut: 'kategori' });
    expect(kat).toEqual({
      menurut: 'kategori',
      total: 4,
      baris: [
        { kunci: 'kampanye di media sosial', label: 'Kampanye di media sosial', jumlah: 3 },
        { kunci: 'menghadiri kampanye', label: 'Menghadiri kampanye', jumlah: 1 },
      ],
    });
    const pel = await call(core, 'kasus.rekap', { menurut: 'pelanggaran' });
    expect(pel.baris.map((b) => [b.kunci, b.jumlah])).toEqual([
      ['SKB-2', 3],
      ['SKB-6', 2],
      ['', 1],
    ]);
    expect(pel.baris[0]!.label).toMatch(/^SKB-2: mempromosikan/);
    expect(pel.baris[2]!.label).toBe('Belum dipetakan ke katalog');
    expect(pel.total).toBe(4);
    expect((await call(core, 'kasus.rekap', { menurut: 'unit' })).baris.map((b) => [b.label, b.jumlah])).toEqual([
      ['Dinas Pendidikan', 3],
      ['Dinas Kesehatan', 1],
    ]);
    expect((await call(core, 'kasus.rekap', { menurut: 'tahap' })).baris.map((b) => [b.kunci, b.jumlah])).toEqual([
      ['diterima', 3],
      ['verifikasi', 1],
    ]);
    expect((await call(core, 'kasus.rekap', { menurut: 'sanksi' })).baris).toEqual([{ kunci: 'belum-diputus', label: 'Belum diputus', jumlah: 4 }]);
    expect((await call(core, 'kasus.rekap', { menurut: 'periode' })).baris.map((b) => [b.label, b.jumlah])).toEqual([
      ['Oktober 2026', 1],
      ['November 2026', 3],
    ]);
    expect((await call(core, 'kasus.rekap', { menurut: 'pemilihan' })).baris.map((b) => [b.label, b.jumlah])).toEqual([
      ['Pilkada 2026', 3],
      ['Pemilu 2024', 1],
    ]);
    // filters: received in November, one election
    expect((await call(core, 'kasus.rekap', { menurut: 'kategori', dari: '2026-11-01', sampai: '2026-11-30' })).total).toBe(3);
    expect((await call(core, 'kasus.rekap', { menurut: 'kategori', pemilihan: 'Pemilu 2024' })).baris).toEqual([{ kunci: 'menghadiri kampanye', label: 'Menghadiri kampanye', jumlah: 1 }]);
    const bad = await dispatch(core, 'kasus.rekap', { dari: '2026-12-01', sampai: '2026-11-01' });
    expect(bad.ok).toBe(false);
    core.close();
  });

  it('exports a workbook: title block, frozen header, totals as values, F4, text cells', async () => {
    const core = await setup();
    const made = await call(core, 'kasus.rekap.ekspor', { menurut: 'kategori', dari: '2026-10-01' });
    expect(made.rows).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(core.files.resolve(made.file).path);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('REKAP TERLAPOR DUGAAN PELANGGARAN NETRALITAS / DISIPLIN ASN');
    expect(ws.getCell('A2').value).toBe('MENURUT KATEGORI PELAPOR');
    expect(ws.getCell('A3').value).toBe('Diterima tanggal 1 Oktober 2026');
    const head = 5;
    expect(ws.getRow(head).values).toEqual([undefined, 'No', 'Kategori pelapor', 'Jumlah Terlapor', '% dari Terlapor']);
    expect(ws.getRow(head + 1).getCell(2).value).toBe('Kampanye di media sosial');
    expect(ws.getRow(head + 1).getCell(3).value).toBe(3);
    expect(ws.getRow(head + 3).getCell(2).value).toBe('Jumlah terlapor');
    expect(ws.getRow(head + 3).getCell(3).value).toBe(4);
    for (let r = 1; r <= ws.rowCount; r++) ws.getRow(r).eachCell((c) => expect(c.formula).toBeUndefined());
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: head });
    expect(ws.pageSetup.paperSize).toBe(14);
    core.close();
  });
});
