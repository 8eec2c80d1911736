import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../../electron/core/handlers';
import { describe, expect, it } from 'vitest';
import { PegawaiQuerySchema } from '../../../shared/contract/schemas';
import { makeCore, tempDir } from '../../helpers/core';

/** A SIASN-like sheet: a title block, the header on row 4, then `rows`. */
async function siasnFile(rows: (string | number | Date | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(['DAFTAR PNS PEMERINTAH KABUPATEN SUKAMAJU']);
  ws.addRow(['Keadaan Oktober 2026']);
  ws.addRow([]);
  ws.addRow(['NIP BARU', 'NAMA', 'GELAR DEPAN', 'GELAR BELAKANG', 'TGL LAHIR', 'JENIS KELAMIN', 'GOL AKHIR NAMA', 'JABATAN NAMA', 'UNOR NAMA', 'UNOR INDUK NAMA', 'KOLOM LAIN']);
  for (const r of rows) ws.addRow(r);
  const file = path.join(tempDir(), 'siasn.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const good = [
  ['198503122010011004', 'Budi Santoso', null, 'S.E.', '12-03-1985', 'L', 'III/b', 'Analis Kepegawaian Ahli Pertama', 'Bidang Mutasi', 'BKPSDM', 'x'],
  ['199002022015032001', 'Siti Aminah', 'Dr.', 'M.Si.', '02/02/1990', 'P', 'III/c', 'Kepala Bidang', 'BKPSDM', 'BKPSDM', 'y'],
  ['19870615 201101 1 002', 'Agus Salim', null, null, null, 'Laki-laki', '3a', 'Pengadministrasi Umum', 'SD Negeri 1 Sukamaju', 'Dinas Pendidikan', null],
];
const bad = ['198503122010011999', 'Tanpa Tanggal', null, null, '31-02-1985', 'L', 'V/a', 'Pelaksana', 'Bidang Mutasi', 'BKPSDM', null];
const q = PegawaiQuerySchema.parse({ aktif: 'semua' });

describe('impor pegawai', () => {
  it('previews: header below the title block, counts, issues located by row and column', async () => {
    const core = makeCore();
    const file = await siasnFile([...good, bad]);
    const p = await core.impor.preview({ path: file, label: 'siasn.xlsx' }, null);
    expect(p.headerRow).toBe(4);
    expect(p.totalRows).toBe(4);
    expect(p.validRows).toBe(3);
    expect(p.invalidRows).toBe(1);
    expect(p.newCount).toBe(3);
    expect(p.issues.every((i) => i.row === 8 && i.file === 'siasn.xlsx')).toBe(true);
    expect(p.issues.map((i) => i.column).sort()).toEqual(expect.arrayContaining(['E', 'G']));
    expect(core.pegawai.list(q).total).toBe(0); // preview writes nothing
  });

  it('rejects the whole file on one invalid row unless skipInvalid', async () => {
    const core = makeCore();
    const file = await siasnFile([...good, bad]);
    const rejected = await core.impor.commit({ path: file, label: 'siasn.xlsx' }, { mapping: null, update: false, skipInvalid: false, createUnits: true });
    expect(rejected.ok).toBe(false);
    expect(core.pegawai.list(q).total).toBe(0);
    const r = await core.impor.commit({ path: file, label: 'siasn.xlsx' }, { mapping: null, update: false, skipInvalid: true, createUnits: true });
    expect(r).toMatchObject({ ok: true, inserted: 3, updated: 0, skipped: 1 });
    const agus = core.pegawai.list({ ...q, text: 'agus' }).rows[0]!;
    expect(agus.nip).toBe('198706152011011002');
    expect(agus.golongan).toBe('III/a');
    // the school was created under its perangkat daerah
    const units = core.units.list();
    const sd = units.find((u) => u.nama === 'SD Negeri 1 Sukamaju')!;
    expect(units.find((u) => u.id === sd.parentId)?.nama).toBe('Dinas Pendidikan');
    expect(sd.jenis).toBe('SEKOLAH');
    expect(units.filter((u) => u.nama === 'BKPSDM')).toHaveLength(1);
  });

  it('skips existing NIPs, or updates them with update', async () => {
    const core = makeCore();
    const file = await siasnFile(good);
    await core.impor.commit({ path: file, label: 'a.xlsx' }, { mapping: null, update: false, skipInvalid: false, createUnits: true });
    const changed = await siasnFile([[...good[0]!.slice(0, 7), 'Analis SDM Aparatur Ahli Muda', 'Bidang Mutasi', 'BKPSDM', null]]);
    const skip = await core.impor.commit({ path: changed, label: 'b.xlsx' }, { mapping: null, update: false, skipInvalid: false, createUnits: true });
    expect(skip).toMatchObject({ ok: true, inserted: 0, updated: 0, skipped: 1 });
    const upd = await core.impor.commit({ path: changed, label: 'b.xlsx' }, { mapping: null, update: true, skipInvalid: false, createUnits: true });
    expect(upd).toMatchObject({ ok: true, inserted: 0, updated: 1 });
    expect(core.pegawai.list({ ...q, text: 'budi' }).rows[0]!.jabatan).toBe('Analis SDM Aparatur Ahli Muda');
  });

  it('a crash in the middle of an import leaves the database exactly as before', async () => {
    const core = makeCore();
    const before = await siasnFile([good[0]!]);
    await core.impor.commit({ path: before, label: 'a.xlsx' }, { mapping: null, update: false, skipInvalid: false, createUnits: true });
    const snapshot = JSON.stringify([core.pegawai.list(q), core.units.list()]);
    const file = await siasnFile(good.slice(1));
    await expect(
      core.impor.commit({ path: file, label: 'b.xlsx' }, { mapping: null, update: true, skipInvalid: false, createUnits: true, afterRow: (n) => { if (n === 2) throw new Error('listrik padam'); } }),
    ).rejects.toThrow('listrik padam');
    expect(JSON.stringify([core.pegawai.list(q), core.units.list()])).toBe(snapshot);
  });

  it('dry run reports the same counts and writes nothing', async () => {
    const core = makeCore();
    const file = await siasnFile(good);
    const r = await core.impor.commit({ path: file, label: 'a.xlsx' }, { mapping: null, update: false, skipInvalid: false, createUnits: true, dryRun: true });
    expect(r).toMatchObject({ ok: true, inserted: 3, unitsCreated: 4 });
    expect(core.pegawai.list(q).total).toBe(0);
    expect(core.units.list()).toHaveLength(0);
  });

  it('uses a corrected column mapping and remembers it for the next file with the same headers', async () => {
    const core = makeCore();
    const file = await siasnFile(good);
    const p = await core.impor.preview({ path: file, label: 'a.xlsx' }, null);
    // the clerk says the jabatan column is really the unit column and vice versa
    const mapping = { ...p.mapping, jabatan: p.mapping.unitKerja!, unitKerja: p.mapping.jabatan! };
    await core.impor.commit({ path: file, label: 'a.xlsx' }, { mapping, update: false, skipInvalid: false, createUnits: true, dryRun: false });
    expect(core.pegawai.list({ ...q, text: 'budi' }).rows[0]!.jabatan).toBe('Bidang Mutasi');
    const again = await core.impor.preview({ path: file, label: 'a.xlsx' }, null);
    expect(again.mappingSaved).toBe(true);
    expect(again.mapping.jabatan).toBe(mapping.jabatan);
  });

  it('a sheet whose name column is not recognised opens at the mapping step instead of failing', async () => {
    const core = makeCore();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['REKAP']);
    ws.addRow(['NIP', 'PEGAWAI YBS', 'JABATAN', 'UNIT KERJA']);
    ws.addRow(['198503122010011004', 'Budi Santoso', 'Analis', 'BKPSDM']);
    ws.addRow(['199002022015032001', 'Siti Aminah', 'Kepala Bidang', 'BKPSDM']);
    const file = path.join(tempDir(), 'rekap.xlsx');
    await wb.xlsx.writeFile(file);
    const p = await core.impor.preview({ path: file, label: 'rekap.xlsx' }, null);
    expect(p.missingFields).toEqual(['nama']);
    expect(p.headerRow).toBe(2);
    expect(p.totalRows).toBe(2);
    await expect(core.impor.commit({ path: file, label: 'rekap.xlsx' }, { mapping: null, update: false, skipInvalid: false, createUnits: true })).rejects.toThrow(
      'Kolom untuk "Nama" belum dipilih pada pemetaan kolom berkas rekap.xlsx',
    );
    const mapping = { ...p.mapping, nama: 1 };
    const fixed = await core.impor.preview({ path: file, label: 'rekap.xlsx' }, mapping);
    expect(fixed).toMatchObject({ missingFields: [], validRows: 2, newCount: 2 });
    const r = await core.impor.commit({ path: file, label: 'rekap.xlsx' }, { mapping, update: false, skipInvalid: false, createUnits: true });
    expect(r).toMatchObject({ ok: true, inserted: 2 });
  });

  it('counts every problem while listing only the first 500', async () => {
    const core = makeCore();
    const rows = Array.from({ length: 620 }, (_, i) => ['1985031220100110' + String(i % 90 + 10), `Pegawai ${i}`, null, null, '31-02-1985', 'L', 'III/b', 'Analis', 'Bidang', 'BKPSDM', null]);
    const p = await core.impor.preview({ path: await siasnFile(rows), label: 'banyak.xlsx' }, null);
    expect(p.invalidRows).toBe(620);
    expect(p.issues).toHaveLength(500);
    expect(p.issueCount).toBeGreaterThanOrEqual(620);
  });

  it('an uploaded file that is not a spreadsheet is named as the clerk chose it', async () => {
    const core = makeCore();
    const token = core.files.storeUpload('Daftar Pegawai 2026.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj'));
    const r = await dispatch(core, 'pegawai.importPreview', { file: token, mapping: null });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('Berkas "Daftar Pegawai 2026.pdf" bukan file Excel');
    const stored = core.files.resolve(token).path;
    core.files.forget(token);
    expect(fs.existsSync(stored)).toBe(false);
    expect(fs.existsSync(path.dirname(stored))).toBe(false);
  });
});
