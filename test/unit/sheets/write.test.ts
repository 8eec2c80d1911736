import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SheetError } from '../../../electron/core/sheets/errors';
import { detectHeader } from '../../../electron/core/sheets/pegawai-columns';
import { readPegawaiRows } from '../../../electron/core/sheets/pegawai-rows';
import { readGrid } from '../../../electron/core/sheets/read';
import { writePegawaiXlsx, writeTableXlsx, type TableSpec } from '../../../electron/core/sheets/write';
import type { Pegawai, PegawaiImportRow } from '../../../shared/domain/pegawai';
import { cellXml, readZipEntry, tempDir } from './helpers';

const SHEET = 'xl/worksheets/sheet1.xml';

/** numFmt code of a cell's style, from styles.xml. */
function numFmtOf(file: string, cell: string): string {
  const s = /\bs="(\d+)"/.exec(cell)?.[1];
  const styles = readZipEntry(file, 'xl/styles.xml');
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)![1]!.match(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)!;
  const id = /numFmtId="(\d+)"/.exec(xfs[Number(s ?? 0)]!)![1]!;
  if (id === '49') return '@';
  if (id === '0') return 'General';
  return new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(styles)?.[1] ?? `#${id}`;
}

const spec = (rows: TableSpec['rows'], title?: string[]): TableSpec => ({
  sheetName: 'Data',
  title,
  columns: [
    { header: 'NIP', width: 21, kind: 'text' },
    { header: 'Catatan', width: 30, kind: 'text' },
    { header: 'Tanggal', width: 12, kind: 'date' },
    { header: 'Jumlah', width: 8, kind: 'integer' },
  ],
  rows,
});

describe('writeTableXlsx', () => {
  it('writes user text as text: formula-like strings never become formulas', async () => {
    const file = path.join(tempDir(), 'teks.xlsx');
    const risky = ['=HYPERLINK("http://x","y")', '+6281234567890', '-1', '@SUM(A1:A2)', '=1+1'];
    await writeTableXlsx(file, spec(risky.map((r) => ['198503122010011004', r, null, null])));
    const xml = readZipEntry(file, SHEET);
    expect(xml).not.toMatch(/<f[\s>]/);
    risky.forEach((text, i) => {
      const c = cellXml(xml, `B${i + 2}`);
      expect(c).toMatch(/t="(str|inlineStr)"/);
      const escaped = text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      expect(c).toContain(`>${escaped}<`);
      expect(numFmtOf(file, c)).toBe('@');
    });
    const grid = await readGrid(file);
    expect(grid.rows.slice(1).map((r) => r.cells[1])).toEqual(risky);
  });

  it('keeps an 18-digit NIP a text cell with all its digits', async () => {
    const file = path.join(tempDir(), 'nip.xlsx');
    await writeTableXlsx(file, spec([['198503122010011004', null, null, null]]));
    const c = cellXml(readZipEntry(file, SHEET), 'A2');
    expect(c).toMatch(/t="(str|inlineStr)"/);
    expect(c).toContain('>198503122010011004<');
    expect(numFmtOf(file, c)).toBe('@');
  });

  it('writes dates as real Excel dates formatted dd-mm-yyyy, independent of the time zone', async () => {
    const file = path.join(tempDir(), 'tgl.xlsx');
    await writeTableXlsx(file, spec([[null, null, '1980-09-16', 3], [null, null, new Date(Date.UTC(2000, 0, 1)), null]]));
    const xml = readZipEntry(file, SHEET);
    const c = cellXml(xml, 'C2');
    expect(c).toContain('<v>29480</v>');
    expect(numFmtOf(file, c)).toBe('dd-mm-yyyy');
    expect(cellXml(xml, 'C3')).toContain('<v>36526</v>');
    expect(cellXml(xml, 'D2')).toContain('<v>3</v>');
  });

  it('sets up printing on F4/Folio: title rows, repeated header, fit to width, page numbers, filter, frozen header', async () => {
    const file = path.join(tempDir(), 'cetak.xlsx');
    await writeTableXlsx(file, { ...spec([['1', 'a', null, 1]], ['DAFTAR PEGAWAI', 'TAHUN 2024']), landscape: true, freezeColumns: 1 });
    const xml = readZipEntry(file, SHEET);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="14"/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toContain('<oddFooter>&amp;CHalaman &amp;P dari &amp;N</oddFooter>');
    expect(xml).toContain('<autoFilter ref="A4:D4"/>');
    expect(xml).toMatch(/<pane xSplit="1" ySplit="4" topLeftCell="B5"[^>]*state="frozen"/);
    expect(xml).toContain('<mergeCell ref="A1:D1"/>');
    expect(readZipEntry(file, 'xl/workbook.xml')).toContain("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">&apos;Data&apos;!$4:$4</definedName>");
    const grid = await readGrid(file);
    expect(grid.rows.map((r) => r.row)).toEqual([1, 2, 4, 5]);
    expect(grid.rows[2]!.cells).toEqual(['NIP', 'Catatan', 'Tanggal', 'Jumlah']);
  });

  it('accepts async rows and drops characters XML cannot carry', async () => {
    const file = path.join(tempDir(), 'async.xlsx');
    async function* rows() {
      yield ['1', 'a\u0000b\u0007c\uD800', null, 1];
    }
    expect(await writeTableXlsx(file, spec(rows()))).toBe(1);
    expect((await readGrid(file)).rows[1]!.cells[1]).toBe('abc');
  });

  it('is atomic: a failure while writing leaves the old file untouched and no temporary file behind', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'daftar.xlsx');
    fs.writeFileSync(file, 'versi lama');
    function* failing() {
      for (let i = 0; i < 2000; i++) {
        if (i === 1500) throw new Error('basis data terputus');
        yield [String(i), 'x', null, i];
      }
    }
    await expect(writeTableXlsx(file, spec(failing()))).rejects.toThrow('basis data terputus');
    expect(fs.readFileSync(file, 'utf8')).toBe('versi lama');
    expect(fs.readdirSync(dir)).toEqual(['daftar.xlsx']);
    // and a successful write replaces it
    await writeTableXlsx(file, spec([['1', 'baru', null, 1]]));
    expect((await readGrid(file)).rows[1]!.cells[1]).toBe('baru');
    expect(fs.readdirSync(dir)).toEqual(['daftar.xlsx']);
  });

  it('reports a missing destination folder as a SheetError', async () => {
    const file = path.join(tempDir(), 'tidak', 'ada', 'x.xlsx');
    const e = await writeTableXlsx(file, spec([])).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SheetError);
    expect((e as SheetError).code).toBe('GAGAL_TULIS');
  });
});

describe('writePegawaiXlsx round trip', () => {
  const base: Pegawai = {
    id: 1,
    nip: '198503122010011004',
    jenisIdentitas: 'NIP',
    nama: 'Siti Aminah',
    gelarDepan: 'Dr.',
    gelarBelakang: 'S.H., M.H.',
    jenisKelamin: 'L',
    tempatLahir: 'Sukamaju',
    tanggalLahir: '1985-03-12',
    status: 'PNS',
    golongan: 'IV/a',
    jabatan: 'Kepala Bidang Mutasi',
    jenisJabatan: 'ADMINISTRATOR',
    eselon: 'III.b',
    unitKerjaId: 3,
    unitKerjaNama: 'Bidang Mutasi',
    telepon: '081234567890',
    email: 'siti@sukamaju.go.id',
    aktif: true,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
  };
  const people: Pegawai[] = [
    base,
    { ...base, id: 2, nip: '199001012022212001', jenisIdentitas: 'NI_PPPK', nama: 'Ani Lestari', gelarDepan: null, gelarBelakang: 'S.Kom.', jenisKelamin: 'P', tanggalLahir: '1990-01-01', status: 'PPPK', golongan: 'IX', jabatan: 'Pranata Komputer Ahli Pertama', jenisJabatan: 'FUNGSIONAL', eselon: null, telepon: '+62 812-3456-7890', email: null },
    { ...base, id: 3, nip: '3201010101900001', jenisIdentitas: 'NIK', nama: 'Joko ’Susilo’ Ñoño', gelarDepan: null, gelarBelakang: null, jenisKelamin: 'L', tempatLahir: null, tanggalLahir: null, status: 'NON_ASN', golongan: null, jabatan: '=1+1', jenisJabatan: null, eselon: null, unitKerjaNama: null, telepon: null, email: null, aktif: false },
    { ...base, id: 4, nip: null, jenisIdentitas: 'LAINNYA', nama: 'Rina', gelarDepan: null, gelarBelakang: null, jenisKelamin: 'P', tanggalLahir: '2001-02-28', status: 'NON_ASN', golongan: null, jabatan: null, jenisJabatan: null, eselon: null, telepon: null, email: null },
    { ...base, id: 5, nip: '200002292024011001', nama: 'Bayu', gelarDepan: null, gelarBelakang: 'A.Md.', tanggalLahir: '2000-02-29', status: 'CPNS', golongan: 'II/c', jabatan: 'Pelaksana', jenisJabatan: 'PELAKSANA', eselon: null },
  ];

  it('reads back what it wrote', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pegawai.xlsx');
    const n = await writePegawaiXlsx(file, people, { title: ['DAFTAR PEGAWAI', 'PEMERINTAH KABUPATEN SUKAMAJU'] });
    expect(n).toBe(people.length);
    const grid = await readGrid(file);
    const header = detectHeader(grid);
    expect(grid.rows[header.headerRowIndex]!.row).toBe(4);
    const { rows, issues } = readPegawaiRows(grid, header, { fileLabel: 'pegawai.xlsx', today: new Date('2025-06-01') });
    expect(issues).toEqual([]);
    const expected: PegawaiImportRow[] = people.map(({ id: _i, unitKerjaId: _u, createdAt: _c, updatedAt: _up, ...p }) => ({
      ...p,
      aktif: true, // the import always creates active staff
      unitIndukNama: null,
    }));
    expect(rows.map((r) => r.data)).toEqual(expected);
    expect(rows.map((r) => r.row)).toEqual([5, 6, 7, 8, 9]);
    // the printed name column carries the full name with degrees
    expect(grid.rows[header.dataStartIndex]!.cells[2]).toBe('Dr. Siti Aminah, S.H., M.H.');
  });

  it('adds a Perangkat Daerah column when the caller can name it, and it re-imports as unit induk', async () => {
    const file = path.join(tempDir(), 'induk.xlsx');
    await writePegawaiXlsx(file, [base], { unitIndukNama: () => 'BKPSDM' });
    const grid = await readGrid(file);
    const { rows, issues } = readPegawaiRows(grid, detectHeader(grid), { fileLabel: 'induk.xlsx' });
    expect(issues).toEqual([]);
    expect(rows[0]!.data).toMatchObject({ unitKerjaNama: 'Bidang Mutasi', unitIndukNama: 'BKPSDM' });
  });
});
