import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SheetError } from '../../../electron/core/sheets/errors';
import { readGrid } from '../../../electron/core/sheets/read';
import { writeTableXlsx } from '../../../electron/core/sheets/write';
import { sheetError, tempDir, writeWorkbook } from './helpers';


describe('readGrid: xlsx', () => {
  it('reads values with Excel row numbers, reducing rich text, formulas and hyperlinks to text', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(
      path.join(dir, 'a.xlsx'),
      [
        ['DAFTAR PEGAWAI'],
        [],
        ['NIP', 'NAMA', 'TGL LAHIR', 'CATATAN', 'RUMUS', 'TAUTAN', 'ANGKA', 'BENAR'],
        [
          '198503122010011004',
          { richText: [{ text: 'Siti ', font: { bold: true } }, { text: 'Aminah' }] },
          new Date(Date.UTC(1980, 8, 16)),
          null,
          { formula: 'B4&"!"', result: 'Siti Aminah!' },
          { text: 'situs', hyperlink: 'https://bkd.example.go.id' },
          42,
          true,
        ],
      ],
      { dateColumns: [2] },
    );
    const grid = await readGrid(file);
    expect(grid.fileName).toBe('a.xlsx');
    expect(grid.sheet).toBe('Sheet1');
    expect(grid.rows.map((r) => r.row)).toEqual([1, 3, 4]); // the blank row 2 is left out
    const data = grid.rows[2]!.cells;
    expect(data[0]).toBe('198503122010011004');
    expect(data[1]).toBe('Siti Aminah');
    expect(data[2]).toBeInstanceOf(Date);
    expect((data[2] as Date).toISOString()).toBe('1980-09-16T00:00:00.000Z');
    expect(data[3]).toBeNull();
    expect(data[4]).toBe('Siti Aminah!');
    expect(data[5]).toBe('situs');
    expect(data[6]).toBe(42);
    expect(data[7]).toBe(true);
  });

  it('keeps a number-stored NIP a number and a date-less serial a number', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(path.join(dir, 'n.xlsx'), [
      ['NIP', 'NAMA', 'SERIAL'],
      // eslint-disable-next-line no-loss-of-precision -- a NIP stored as a number, as Excel does
      [198503122010011004, 'Budi', 29480],
    ]);
    const grid = await readGrid(file);
    expect(typeof grid.rows[1]!.cells[0]).toBe('number');
    expect(grid.rows[1]!.cells[2]).toBe(29480);
  });

  it('does not garble multi-byte characters on stream chunk boundaries (inline and shared strings)', async () => {
    const dir = tempDir();
    const names = Array.from({ length: 6000 }, (_, i) => `Sité Ämínah’s — “${i}” Ñoño 你好`);
    // shared strings (in-memory writer)
    const shared = await writeWorkbook(path.join(dir, 'shared.xlsx'), [['NAMA'], ...names.map((n) => [n])]);
    // inline strings (streaming writer: the worksheet XML itself carries the text)
    const inline = path.join(dir, 'inline.xlsx');
    await writeTableXlsx(inline, { sheetName: 'Data', columns: [{ header: 'NAMA', width: 20, kind: 'text' }], rows: names.map((n) => [n]) });
    for (const file of [shared, inline]) {
      const grid = await readGrid(file);
      const values = grid.rows.slice(1).map((r) => r.cells[0]);
      expect(values.filter((v) => typeof v === 'string' && v.includes('\uFFFD'))).toEqual([]);
      expect(values).toEqual(names);
    }
  });

  it('reads the first visible sheet that has data (empty and hidden sheets are skipped)', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(path.join(dir, 'multi.xlsx'), [['NAMA', 'NIP'], ['Budi', '198503122010011004']], {
      sheet: 'Data Pegawai',
      extraSheets: [
        { name: 'Kosong', rows: [], first: true },
        { name: 'Referensi', rows: [['PNS'], ['PPPK']], state: 'hidden', first: true },
        { name: 'Lain', rows: [['X']] },
      ],
    });
    const grid = await readGrid(file);
    expect(grid.sheet).toBe('Data Pegawai');
    expect(grid.rows).toHaveLength(2);
  });

  it.each([
    ['workbook.xml after the sheets', ['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/workbook.xml']],
    ['workbook.xml first', ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']],
    ['sheets before the strings', ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml']],
  ])('reads the zip parts in any order (%s)', async (_, order) => {
    const dir = tempDir();
    const src = await writeWorkbook(path.join(dir, 'src.xlsx'), [['NAMA', 'NIP'], ['Budi', '198503122010011004']], {
      sheet: 'Data Pegawai',
      extraSheets: [{ name: 'Kosong', rows: [], first: true }],
    });
    const parts = unzipSync(fs.readFileSync(src));
    const reordered: Record<string, Uint8Array> = {};
    for (const name of Object.keys(parts).filter((n) => !order.includes(n))) reordered[name] = parts[name]!;
    for (const name of order) reordered[name] = parts[name]!;
    const file = path.join(dir, 'urutan.xlsx');
    fs.writeFileSync(file, zipSync(reordered));
    const grid = await readGrid(file);
    expect(grid.sheet).toBe('Data Pegawai');
    expect(grid.rows.map((r) => r.cells)).toEqual([['NAMA', 'NIP'], ['Budi', '198503122010011004']]);
  });

  it('reads a workbook written by exceljs the same way every time (exceljs #3064 lost zip entries at random)', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(path.join(dir, 'ulang.xlsx'), [['NAMA', 'NIP'], ['Budi', '198503122010011004']], {
      sheet: 'Data Pegawai',
      extraSheets: [
        { name: 'Kosong', rows: [], first: true },
        { name: 'Referensi', rows: [['PNS'], ['PPPK']], state: 'hidden', first: true },
        { name: 'Lain', rows: [['X']] },
      ],
    });
    const sheets = new Set<string>();
    for (let i = 0; i < 40; i++) sheets.add((await readGrid(file)).sheet ?? '');
    expect([...sheets]).toEqual(['Data Pegawai']);
  });

  it('rejects a workbook without data', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const file = path.join(dir, 'kosong.xlsx');
    await wb.xlsx.writeFile(file);
    const e = await sheetError(readGrid(file));
    expect(e.code).toBe('KOSONG');
    expect(e.message).toMatch(/tidak berisi data/);
  });
});

describe('readGrid: files that are not usable', () => {
  const write = (name: string, bytes: Buffer | string) => {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const ole = (...streams: string[]) =>
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le')), Buffer.alloc(1024)]);

  it('file not found', async () => {
    const e = await sheetError(readGrid(path.join(tempDir(), 'tidak-ada.xlsx')));
    expect(e.code).toBe('TIDAK_ADA');
    expect(e.message).toMatch(/tidak ditemukan/);
  });

  it('a 0-byte file', async () => {
    const e = await sheetError(readGrid(write('nol.xlsx', Buffer.alloc(0))));
    expect(e.code).toBe('KOSONG');
    expect(e.message).toMatch(/0 byte/);
  });

  it('a password-protected xlsx (OLE container with EncryptedPackage)', async () => {
    const e = await sheetError(readGrid(write('rahasia.xlsx', ole('EncryptionInfo', 'EncryptedPackage'))));
    expect(e.code).toBe('TERENKRIPSI');
    expect(e.message).toMatch(/kata sandi/);
    expect(e.message).toMatch(/\.xlsx/);
  });

  it('an Excel 97-2003 .xls', async () => {
    const e = await sheetError(readGrid(write('lama.xls', ole('Workbook', 'SummaryInformation'))));
    expect(e.code).toBe('XLS_LAMA');
    expect(e.message).toMatch(/Excel lama \(\.xls/);
    expect(e.message).toMatch(/Save As/);
  });

  it('an OLE file of unknown content says old format or password', async () => {
    const e = await sheetError(readGrid(write('x.xlsx', ole('Sesuatu'))));
    expect(e.message).toMatch(/Office lama.*kata sandi/);
  });

  it('a PDF and a PNG', async () => {
    const pdf = await sheetError(readGrid(write('surat.xlsx', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'))));
    expect(pdf.code).toBe('BUKAN_SPREADSHEET');
    expect(pdf.message).toMatch(/bukan file Excel \(\.xlsx\) atau CSV/);
    expect(pdf.message).toMatch(/PDF/);
    const png = await sheetError(readGrid(write('foto.csv', Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64, 1)]))));
    expect(png.code).toBe('BUKAN_SPREADSHEET');
    expect(png.message).toMatch(/PNG/);
  });

  it('JSON saved under a spreadsheet name is refused as JSON, never sent to the mapping step', async () => {
    for (const text of ['{"nip": "198503122010011004", "nama": "Budi"}\n', '[\n  {"NIP": "1", "NAMA": "Budi", "JABATAN": "x"}\n]']) {
      const e = await sheetError(readGrid(write('pegawai.csv', Buffer.from(text))));
      expect(e.code).toBe('BUKAN_SPREADSHEET');
      expect(e.message).toMatch(/JSON/);
    }
  });

  it('random binary', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const e = await sheetError(readGrid(write('acak.bin', bytes)));
    expect(e.code).toBe('BUKAN_SPREADSHEET');
  });

  it('a zip that is not a workbook, and a truncated xlsx', async () => {
    const dir = tempDir();
    const good = await writeWorkbook(path.join(dir, 'ok.xlsx'), [['NAMA', 'NIP'], ['Budi', '1']]);
    // a zip with other content: reuse the local-file layout but rename the entries
    const bytes = fs.readFileSync(good);
    const renamed = Buffer.from(bytes.toString('latin1').replace(/xl\//g, 'zz/'), 'latin1');
    const notBook = await sheetError(readGrid(write('arsip.xlsx', renamed)));
    expect(notBook.code).toBe('BUKAN_WORKBOOK');
    expect(notBook.message).toMatch(/bukan workbook Excel/);
    const truncated = await sheetError(readGrid(write('potong.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)))));
    expect(truncated.code).toBe('RUSAK');
    expect(truncated.message).toMatch(/rusak atau tidak lengkap/);
  });

  it('an HTML table saved with an .xls name', async () => {
    const e = await sheetError(readGrid(write('simpeg.xls', '<html><body><table><tr><td>NIP</td></tr></table></body></html>')));
    expect(e.code).toBe('BUKAN_WORKBOOK');
    expect(e.message).toMatch(/HTML/);
  });

  it('never throws anything but SheetError for junk', async () => {
    const samples = [Buffer.from('PK\u0003\u0004garbage'), Buffer.from('\u0000\u0001\u0002'), Buffer.from('d0cf11e0a1b11ae1', 'hex')];
    for (const s of samples) await expect(readGrid(write('j.xlsx', s))).rejects.toBeInstanceOf(SheetError);
  });
});
