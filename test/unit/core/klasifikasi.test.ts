import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { KLASIFIKASI_BAWAAN } from '../../../electron/core/services/klasifikasi';
import type { KlasifikasiImpor } from '../../../shared/contract/dokumen';
import type { AppError } from '../../../shared/contract/result';
import { makeCore, tempDir, thrown } from '../../helpers/core';

const thrownAsync = async (f: () => Promise<unknown>): Promise<AppError> => {
  try {
    await f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('tidak ada galat');
};

/** A messy classification table: a title block, the header on row 4 with an extra column, then `rows` from row 5. */
async function tabelFile(rows: (string | number | null)[][], name = 'klasifikasi.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Klasifikasi');
  ws.addRow(['KLASIFIKASI ARSIP']);
  ws.addRow(['Pemerintah Kabupaten Sukamaju']);
  ws.addRow([]);
  ws.addRow(['No', 'KODE', 'Uraian', 'Catatan']);
  for (const r of rows) ws.addRow(r);
  const file = path.join(tempDir(), name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('kode klasifikasi', () => {
  it('starts with the main classes of the archive classification and the sub-codes personnel and politics offices use, each sub-code marked (periksa)', () => {
    const core = makeCore();
    const list = core.klasifikasi.list();
    expect(list).toEqual(KLASIFIKASI_BAWAAN);
    const kode = list.map((k) => k.kode);
    for (const main of ['000', '100', '200', '300', '400', '500', '600', '700', '800', '900']) expect(kode).toContain(main);
    for (const sub of ['000.8.3.3', '800.1.6.4', '200.2']) expect(kode).toContain(sub);
    expect(list.find((k) => k.kode === '800')?.nama).toBe('Kepegawaian');
    expect(list.filter((k) => k.kode.includes('.')).every((k) => k.nama.endsWith('(periksa)'))).toBe(true);
    // in the order the classification reads
    expect(kode.indexOf('800.1.6.4')).toBeGreaterThan(kode.indexOf('800.1.6'));
    expect(kode.indexOf('800.2')).toBeGreaterThan(kode.indexOf('800.1.6.4'));
  });

  it('a numbering scheme takes a sub-code from the list; a code not in the list is refused, naming the code', async () => {
    const core = makeCore();
    const skema = { pola: '{kode}/{urut}/{unit}/{tahun}', kode: '800.1.6.4', unit: '', padding: 4, seri: 'surat-keluar' };
    expect(core.penomoran.saveSkema('surat-undangan', skema).kode).toBe('800.1.6.4');
    expect(core.dokumen.previewNomor('surat-undangan', undefined, '2026-03-12', 'BKPSDM')).toBe('800.1.6.4/…/BKPSDM/2026');
    const r = await dispatch(core, 'nomor.skema.save', { jenis: 'surat-undangan', data: { ...skema, kode: '800.1.6.9' } });
    expect(!r.ok && r.error.fields).toEqual([{ field: 'kode', message: expect.stringContaining('Kode klasifikasi 800.1.6.9 tidak ada di daftar kode klasifikasi') }]);
    expect(core.penomoran.skema('surat-undangan').kode).toBe('800.1.6.4');
    // added to the list first, then the scheme takes it
    core.klasifikasi.save([...core.klasifikasi.list(), { kode: '800.1.6.9', nama: 'Lainnya' }]);
    expect(core.penomoran.saveSkema('surat-undangan', { ...skema, kode: '800.1.6.9' }).kode).toBe('800.1.6.9');
  });

  it('saves the list sorted segment by segment (800.10 after 800.9, a parent before its sub-codes)', () => {
    const core = makeCore();
    const saved = core.klasifikasi.save([
      { kode: '800.10', nama: 'Sepuluh' },
      { kode: '800.9', nama: 'Sembilan' },
      { kode: ' 800.1.6.4 ', nama: ' Cuti ' },
      { kode: '800', nama: 'Kepegawaian' },
      { kode: '800.1', nama: 'Satu' },
      { kode: '200', nama: 'Politik' },
    ]);
    expect(saved.map((k) => k.kode)).toEqual(['200', '800', '800.1', '800.1.6.4', '800.9', '800.10']);
    expect(saved.find((k) => k.kode === '800.1.6.4')?.nama).toBe('Cuti');
    expect(makeCore(core.dataDir).klasifikasi.list()).toEqual(saved);
  });

  it('refuses bad codes, empty names and duplicates with a message per row, and keeps the saved list', () => {
    const core = makeCore();
    const e = thrown(() =>
      core.klasifikasi.save([
        { kode: '800', nama: 'Kepegawaian' },
        { kode: '80', nama: 'Terlalu pendek' },
        { kode: '800.1', nama: '' },
        { kode: '800', nama: 'Ganda' },
        { kode: '800.1234', nama: 'Bagian terlalu panjang' },
      ]),
    );
    expect(e.code).toBe('VALIDASI');
    expect(e.fields?.map((f) => f.field)).toEqual(['daftar.1.kode', 'daftar.2.nama', 'daftar.3.kode', 'daftar.4.kode']);
    expect(e.fields?.[0]?.message).toContain('tiga angka');
    expect(e.fields?.[2]?.message).toBe('Kode 800 sudah ada di baris 1.');
    expect(core.klasifikasi.list()).toEqual(KLASIFIKASI_BAWAAN);
  });

  it('answers through the contract channels', async () => {
    const core = makeCore();
    const bad = await dispatch(core, 'klasifikasi.save', { daftar: [{ kode: '8OO', nama: 'Huruf O' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDASI', fields: [{ field: 'daftar.0.kode' }] } });
    // 800 stays: the default numbering schemes use it
    const daftar = [
      { kode: '800', nama: 'Kepegawaian' },
      { kode: '800.1', nama: 'Satu' },
    ];
    const ok = await dispatch(core, 'klasifikasi.save', { daftar });
    expect(ok).toEqual({ ok: true, value: daftar });
    expect(await dispatch(core, 'klasifikasi.list', {})).toEqual({ ok: true, value: daftar });
  });

  it('imports a messy xlsx: finds the header below the title block, ignores other columns, merges by code', async () => {
    const core = makeCore();
    core.klasifikasi.save([
      { kode: '800', nama: 'Kepegawaian' },
      { kode: '200', nama: 'Politik' },
    ]);
    const file = await tabelFile([
      [1, '800', 'Kepegawaian (diperbarui)', 'x'],
      [2, '800.1', 'Pengadaan', null],
      [3, '800.1.6.4', 'Cuti', 'catatan'],
      [null, null, null, 'hanya catatan'],
      [4, 0, 'Umum', null],
    ]);
    const token = core.files.register(file, 'Klasifikasi BKPSDM.xlsx');
    const r = await dispatch(core, 'klasifikasi.import', { file: token });
    if (!r.ok) throw new Error(r.error.message);
    const value = r.value as KlasifikasiImpor;
    expect(value.jumlah).toBe(4);
    expect(value.daftar).toEqual([
      { kode: '000', nama: 'Umum' },
      { kode: '200', nama: 'Politik' },
      { kode: '800', nama: 'Kepegawaian (diperbarui)' },
      { kode: '800.1', nama: 'Pengadaan' },
      { kode: '800.1.6.4', nama: 'Cuti' },
    ]);
    expect(core.klasifikasi.list()).toEqual(value.daftar);
  });

  it('rejects the whole file for one bad row, naming the file, the row as Excel shows it and the column', async () => {
    const core = makeCore();
    const file = await tabelFile([
      [1, '800', 'Kepegawaian', null],
      [2, '800.1', 'Pengadaan', null],
      [3, '80O.2', 'Kode salah ketik', null],
    ]);
    const token = core.files.register(file, 'Klasifikasi BKPSDM.xlsx');
    const r = await dispatch(core, 'klasifikasi.import', { file: token });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('IMPOR_DITOLAK');
    expect(r.error.message).toContain('Berkas "Klasifikasi BKPSDM.xlsx" ditolak, tidak ada kode yang diimpor');
    expect(r.error.message).toContain('baris 7 kolom Kode (B): "80O.2"');
    expect(r.error.message).not.toContain('baris 5');
    expect(core.klasifikasi.list()).toEqual(KLASIFIKASI_BAWAAN);
  });

  it('a formula name without a cached value is refused as a formula, not imported as an empty name', async () => {
    const core = makeCore();
    const file = await tabelFile([[1, '800', 'Kepegawaian', null], [2, '800.1', null, null]]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.worksheets[0]!.getCell('C6').value = { formula: 'UPPER(D6)' } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(file);
    const e = await thrownAsync(() => core.klasifikasi.import({ path: file, label: 'k.xlsx' }));
    expect(e.message).toContain('baris 6');
    expect(e.message).toMatch(/rumus \(=UPPER\(D6\)\) tanpa nilai tersimpan/);
    expect(core.klasifikasi.list()).toEqual(KLASIFIKASI_BAWAAN);
  });

  it('rejects duplicates in the file, empty names, codes stored as decimal numbers, and a file without the header', async () => {
    const core = makeCore();
    const file = await tabelFile([
      [1, '800', 'Kepegawaian', null],
      [2, '800', 'Lagi', null],
      [3, '800.2', null, null],
      [4, 800.1, 'Angka', null],
    ]);
    const e = await thrownAsync(() => core.klasifikasi.import({ path: file, label: 'k.xlsx' }));
    expect(e.message).toContain('baris 6 kolom Kode (B): kode 800 sudah ada di baris 5');
    expect(e.message).toContain('baris 7 kolom Uraian (C): Nama klasifikasi wajib diisi.');
    expect(e.message).toContain('baris 8 kolom Kode (B): kode 800.1 tersimpan sebagai angka');

    const csv = path.join(tempDir(), 'tanpa-judul.csv');
    fs.writeFileSync(csv, 'Nomor;Nama\n800;Kepegawaian\n');
    const noHeader = await thrownAsync(() => core.klasifikasi.import({ path: csv, label: 'tanpa-judul.csv' }));
    expect(noHeader.message).toContain('Berkas "tanpa-judul.csv" tidak memuat baris judul kolom "Kode"');
    expect(core.klasifikasi.list()).toEqual(KLASIFIKASI_BAWAAN);
  });

  it('imports a CSV with "Kode;Keterangan" headers', async () => {
    const core = makeCore();
    const csv = path.join(tempDir(), 'k.csv');
    fs.writeFileSync(csv, 'Daftar kode\n\nkode;KETERANGAN\n100.1;Otonomi Daerah\n900.1;Anggaran\n');
    const r = await core.klasifikasi.import({ path: csv, label: 'k.csv' });
    expect(r.jumlah).toBe(2);
    const kode = r.daftar.map((k) => k.kode);
    expect(kode).toHaveLength(KLASIFIKASI_BAWAAN.length + 2);
    expect(kode.slice(kode.indexOf('100'), kode.indexOf('100') + 2)).toEqual(['100', '100.1']);
    expect(kode.slice(-2)).toEqual(['900', '900.1']);
  });
});
