import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SheetError } from '../../../electron/core/sheets/errors';
import { UncachedFormula, type CellValue } from '../../../electron/core/sheets/grid';
import { isAbortError, readGrid, type ReadProgress } from '../../../electron/core/sheets/read';
import { writeTableXlsx } from '../../../electron/core/sheets/write';
import { isDateFormatCode, serialToDate, XLSX_LIMITS } from '../../../electron/core/sheets/xlsx-read';
import { buildZip, sheetError, sheetXml, tempDir, writeWorkbook, writeXlsx, xlsxParts, type ZipPart } from './helpers';


const cellsOf = async (file: string) => (await readGrid(file)).rows.map((r) => r.cells);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const one = (rows: string, opts: Omit<Parameters<typeof writeXlsx>[1], 'sheets'> = {}) =>
  writeXlsx(path.join(tempDir(), 'a.xlsx'), { ...opts, sheets: [{ name: 'Data', xml: sheetXml(rows) }] });

describe('xlsx reader: cell types', () => {
  it('reads shared strings with rich text runs joined and phonetic runs left out', async () => {
    const file = one('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>', {
      sharedStrings:
        '<si><t>Budi</t></si>' +
        '<si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Siti </t></r><r><t>Aminah</t></r><rPh sb="0" eb="1"><t>シティ</t></rPh><phoneticPr fontId="1"/></si>' +
        '<si/>',
    });
    expect(await cellsOf(file)).toEqual([['Budi', 'Siti Aminah']]);
  });

  it('reads inline strings, also with rich text runs, and str/b/e/d cells', async () => {
    const file = one(
      '<row r="1">' +
        '<c r="A1" t="inlineStr"><is><t>Dr. Siti</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>Bu</t></r><r><rPr><i/></rPr><t>di</t></r><rPh><t>x</t></rPh></is></c>' +
        '<c r="C1" t="str"><v>teks</v></c>' +
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>' +
        '<c r="F1" t="e"><v>#N/A</v></c>' +
        '<c r="G1" t="d"><v>1980-09-16</v></c><c r="H1" t="d"><v>1980-09-16T00:00:00</v></c>' +
        '</row>',
    );
    expect(await cellsOf(file)).toEqual([['Dr. Siti', 'Budi', 'teks', true, false, '#N/A', utc(1980, 9, 16), utc(1980, 9, 16)]]);
  });

  it('decodes XML references, CDATA and Excel _xHHHH_ escapes', async () => {
    const file = one(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>A &amp; B &lt;x&gt; &quot;q&quot; &#233;&#x1F600;</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><t>baris_x000D_\n2 _x005F_x0041_</t></is></c>' +
        '<c r="C1" t="s"><v>0</v></c><c r="D1" t="str"><v><![CDATA[a & <b>]]></v></c></row>',
      { sharedStrings: '<si><t>Jl. &quot;Mawar&quot; &amp; Co_x0009_</t></si>' },
    );
    expect(await cellsOf(file)).toEqual([['A & B <x> "q" é😀', 'baris\r\n2 _x0041_', 'Jl. "Mawar" & Co\t', 'a & <b>']]);
  });

  it('gives the cached value of a formula, and an UncachedFormula when none was saved', async () => {
    const file = one(
      '<row r="1">' +
        '<c r="A1" t="str"><f>B1&amp;"!"</f><v>Budi!</v></c>' +
        '<c r="B1"><f>1+1</f><v>2</v></c>' +
        '<c r="C1"><f>CONCAT(D1,E1)</f></c>' +
        '<c r="D1" t="str"><f>A1</f><v></v></c>' +
        '<c r="E1"><f t="shared" si="0"/></c>' +
        '<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '</row>',
    );
    const [cells] = await cellsOf(file);
    expect(cells!.slice(0, 2)).toEqual(['Budi!', 2]);
    expect(cells![2]).toBeInstanceOf(UncachedFormula);
    expect((cells![2] as UncachedFormula).formula).toBe('CONCAT(D1,E1)');
    expect(cells![3]).toBeNull(); // a cached empty string is an empty cell
    expect(cells![4]).toBeInstanceOf(UncachedFormula);
    expect(cells![5]).toBe('#DIV/0!');
  });

  it('keeps a row whose only value is an uncached formula (it is not blank)', async () => {
    const file = one('<row r="1"><c r="A1" t="inlineStr"><is><t>NAMA</t></is></c></row><row r="2"><c r="A2"><f>B2</f></c></row>');
    const rows = (await readGrid(file)).rows;
    expect(rows.map((r) => r.row)).toEqual([1, 2]);
    expect(rows[1]!.cells[0]).toBeInstanceOf(UncachedFormula);
  });

  it('turns numbers in date-formatted cells into dates: built-in ids, custom codes, not quoted or bracketed letters', async () => {
    const styles =
      '<numFmts count="4"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/><numFmt numFmtId="165" formatCode="0&quot; hari&quot;"/>' +
      '<numFmt numFmtId="166" formatCode="[Red]#,##0;[Blue]\\-#,##0"/><numFmt numFmtId="167" formatCode="[$-421]d mmmm yyyy;@"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="49"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></dxf></dxfs>';
    const file = one(
      '<row r="1">' + [0, 1, 2, 3, 4, 5, 6].map((s, i) => `<c r="${'ABCDEFG'[i]}1" s="${s}"><v>29480</v></c>`).join('') + '</row>',
      { styles },
    );
    const d = utc(1980, 9, 16);
    expect(await cellsOf(file)).toEqual([[29480, d, d, 29480, 29480, d, 29480]]);
    // neither <cellStyleXfs> nor the numFmt of a conditional format (<dxfs>) changes the cell styles
    expect(isDateFormatCode('General')).toBe(false);
    expect(isDateFormatCode('"Tgl" 0')).toBe(false);
    expect(isDateFormatCode('h:mm AM/PM')).toBe(true);
    expect(isDateFormatCode('_(* #,##0_)')).toBe(false);
  });

  it('reads Excel serials in the 1900 system (with its phantom 29 February) and in the 1904 system', async () => {
    expect(serialToDate(1, false)).toEqual(utc(1900, 1, 1));
    expect(serialToDate(59, false)).toEqual(utc(1900, 2, 28));
    expect(serialToDate(60, false)).toBe(60); // 1900-02-29 does not exist
    expect(serialToDate(61, false)).toEqual(utc(1900, 3, 1));
    expect(serialToDate(0, false)).toBe(0);
    expect(serialToDate(29480.5, false)).toEqual(new Date(Date.UTC(1980, 8, 16, 12)));
    expect(serialToDate(0, true)).toEqual(utc(1904, 1, 1));
    const styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
    const rows = '<row r="1"><c r="A1" s="1"><v>28018</v></c></row>';
    const file1904 = one(rows, { styles, workbookPr: '<workbookPr date1904="1"/>' });
    expect(await cellsOf(file1904)).toEqual([[utc(1980, 9, 16)]]);
    const file1900 = one(rows, { styles, workbookPr: '<workbookPr date1904="0"/>' });
    expect(await cellsOf(file1900)).toEqual([[utc(1976, 9, 15)]]);
  });

  it('places cells by their reference (gaps stay null), counts on when references are missing', async () => {
    const file = one(
      '<row r="1"><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="E1"><v>5</v></c><c r="AA1"><v>27</v></c></row>' +
        '<row r="2"><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c><c r="D2"><v>4</v></c><c><v>5</v></c></row>' +
        '<row r="3"><c r="C3" s="0"/><c r="D3"><v></v></c></row>',
    );
    const rows = (await readGrid(file)).rows;
    const expected: CellValue[] = [null, 'b', null, null, 5, ...Array<null>(21).fill(null), 27];
    expect(rows[0]!.cells).toEqual(expected);
    expect(rows[1]!.cells).toEqual(['a', 2, null, 4, 5]);
    expect(rows).toHaveLength(2); // row 3 has no value
  });

  it('keeps Excel row numbers across gaps, and counts rows that carry no number', async () => {
    const file = one(
      '<row r="2"><c r="A2"><v>2</v></c></row><row r="7"><c r="A7"><v>7</v></c></row><row><c><v>8</v></c></row>' +
        '<row r="9" spans="1:3" ht="15" customHeight="1"><c r="A9"><v>9</v></c></row><row r="10"/><row r="11"><c r="A11" t="inlineStr"><is><t>  </t></is></c></row>',
    );
    const rows = (await readGrid(file)).rows;
    expect(rows.map((r) => r.row)).toEqual([2, 7, 8, 9]);
    expect(rows.map((r) => r.cells[0])).toEqual([2, 7, 8, 9]);
  });

  it('reads elements with a namespace prefix (x:, as the OpenXML SDK writes)', async () => {
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const xml = `<?xml version="1.0"?><x:worksheet ${ns}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Budi</x:t></x:is></x:c><x:c r="B1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const file = writeXlsx(path.join(tempDir(), 'sdk.xlsx'), { sheets: [{ name: 'Data', xml }] });
    expect(await cellsOf(file)).toEqual([['Budi', 1]]);
  });
});

describe('xlsx reader: sheets', () => {
  it('skips hidden and very hidden sheets and empty ones, in workbook order', async () => {
    const row = (t: string) => sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${t}</t></is></c></row>`);
    const file = writeXlsx(path.join(tempDir(), 's.xlsx'), {
      sheets: [
        { name: 'Referensi', xml: row('ref'), state: 'hidden' },
        { name: 'Rahasia', xml: row('rahasia'), state: 'veryHidden' },
        { name: 'Kosong', xml: sheetXml('<row r="1"><c r="A1" s="1"/></row>') },
        { name: 'Pegawai', xml: row('data') },
        { name: 'Lain', xml: row('lain') },
      ],
    });
    const grid = await readGrid(file);
    expect(grid.sheet).toBe('Pegawai');
    expect(grid.rows.map((r) => r.cells)).toEqual([['data']]);
  });

  it('reads back our own exports: the streaming table writer with every column kind, and the in-memory writer', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ekspor.xlsx');
    await writeTableXlsx(file, {
      sheetName: 'Daftar',
      title: ['DAFTAR PEGAWAI', 'Dinas Pendidikan'],
      columns: [
        { header: 'NIP', width: 20, kind: 'text' },
        { header: 'Lahir', width: 12, kind: 'date' },
        { header: 'Gaji', width: 12, kind: 'number' },
        { header: 'No', width: 5, kind: 'integer' },
      ],
      rows: [
        ['198503122010011004', '1985-03-12', 4_500_000.5, 1],
        ['Sité “Ñoño” & <Co>', new Date(Date.UTC(1990, 0, 1)), null, 2],
      ],
    });
    const grid = await readGrid(file);
    expect(grid.sheet).toBe('Daftar');
    expect(grid.rows.map((r) => [r.row, ...r.cells])).toEqual([
      [1, 'DAFTAR PEGAWAI'],
      [2, 'Dinas Pendidikan'],
      [4, 'NIP', 'Lahir', 'Gaji', 'No'],
      [5, '198503122010011004', utc(1985, 3, 12), 4_500_000.5, 1],
      [6, 'Sité “Ñoño” & <Co>', utc(1990, 1, 1), null, 2],
    ]);
    const mem = await writeWorkbook(path.join(dir, 'mem.xlsx'), [['A', true, 1.25, { formula: 'C1*2', result: 2.5 }]]);
    expect(await cellsOf(mem)).toEqual([['A', true, 1.25, 2.5]]);
  });

  it('reads one file 200 times in a row without a failure', async () => {
    const file = await writeWorkbook(path.join(tempDir(), 'ulang.xlsx'), [['NAMA', 'NIP'], ['Budi', '198503122010011004']], {
      extraSheets: [{ name: 'Referensi', rows: [['PNS']], state: 'hidden', first: true }],
    });
    let ok = 0;
    for (let i = 0; i < 200; i++) {
      const g = await readGrid(file);
      if (g.sheet === 'Sheet1' && g.rows.length === 2 && g.rows[1]!.cells[0] === 'Budi') ok++;
    }
    expect(ok).toBe(200);
  });
});

describe('xlsx reader: characters on chunk boundaries', () => {
  // Long cells of 3-byte characters across 1 MB of sheet XML: every boundary of the inflater's or the
  // file reader's chunks falls inside one; the three paddings put it on each byte of a character.
  const text = (i: number) => `${i}:` + '中é😀'.repeat(3000);
  const rowsXml = (pad: number, inline: boolean) =>
    ' '.repeat(pad) +
    Array.from({ length: 24 }, (_, i) =>
      inline ? `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${text(i)}</t></is></c></row>` : `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`,
    ).join(' ');
  const sst = Array.from({ length: 24 }, (_, i) => `<si><t>${text(i)}</t></si>`).join('');

  it.each([
    ['inline strings, deflated', true, false],
    ['inline strings, stored', true, true],
    ['shared strings, deflated', false, false],
    ['shared strings, stored', false, true],
  ])('%s', async (_, inline, store) => {
    for (const pad of [0, 1, 2]) {
      const parts = xlsxParts({ sheets: [{ name: 'Data', xml: sheetXml(rowsXml(pad, inline)), store }], sharedStrings: inline ? undefined : sst });
      if (store) for (const p of parts) p.store = true;
      const file = path.join(tempDir(), `b${pad}.xlsx`);
      fs.writeFileSync(file, buildZip(parts));
      const values = (await readGrid(file)).rows.map((r) => r.cells[0]);
      expect(values).toEqual(Array.from({ length: 24 }, (_, i) => text(i)));
    }
  });
});

describe('xlsx reader: bounded', () => {
  /** Deflate data of `head` then `unit` repeated: each block is compressed alone after a full flush, so copies can be joined. */
  function repeated(head: string, unit: string, times: number): { deflated: Buffer; size: number } {
    const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
    const h = zlib.deflateRawSync(Buffer.from(head), flush);
    const u = zlib.deflateRawSync(Buffer.from(unit), flush);
    const blocks: Buffer[] = [h];
    for (let i = 0; i < times; i++) blocks.push(u);
    blocks.push(Buffer.from([0x03, 0x00])); // final empty block
    return { deflated: Buffer.concat(blocks), size: head.length + unit.length * times };
  }
  const HEAD = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

  function bomb(unit: string, times: number, lie: boolean): string {
    const sheet = repeated(HEAD, unit, times);
    const parts: ZipPart[] = xlsxParts({ sheets: [{ name: 'Data', xml: '' }] }).filter((p) => !p.name.startsWith('xl/worksheets/'));
    parts.push({ name: 'xl/worksheets/sheet1.xml', raw: sheet, declaredSize: lie ? 4096 : undefined });
    const file = path.join(tempDir(), 'bom.xlsx');
    fs.writeFileSync(file, buildZip(parts));
    return file;
  }
  // 1 MB of XML per block, 1,100 blocks: a 3 MB file that inflates to 1.1 GB
  const EMPTY_CELLS = '<row r="1">' + '<c r="A1" s="1"/>'.repeat(65_535) + '</row>';

  it('refuses a zip bomb whose directory tells its size, without inflating it', async () => {
    const file = bomb(EMPTY_CELLS, 1100, false);
    expect(fs.statSync(file).size).toBeLessThan(4 << 20);
    const e = await sheetError(readGrid(file));
    expect(e.code).toBe('TERLALU_BESAR');
    expect(e.message).toMatch(/^Berkas "bom\.xlsx" terlalu besar setelah dibuka: lembar kerja "Data" berisi lebih dari 256 MB data/);
  });

  it('refuses a zip bomb that lies about its size, counting the bytes as they inflate', async () => {
    const file = bomb(EMPTY_CELLS, 1100, true);
    const e = await sheetError(readGrid(file));
    expect(e.code).toBe('TERLALU_BESAR');
    expect(e.message).toMatch(/terlalu besar setelah dibuka: lembar kerja "Data" berisi lebih dari 256 MB/);
  });

  it('refuses a lying zip bomb of rows with text before they fill memory', async () => {
    const row = `<row><c t="inlineStr"><is><t>${'Nama '.repeat(200)}</t></is></c></row>`;
    const file = bomb(row.repeat(1000), 1100, true);
    const e = await sheetError(readGrid(file));
    expect(e.code).toBe('TERLALU_BESAR');
    expect(e.message).toMatch(/terlalu besar setelah dibuka: lembar "Data" masih berlanjut setelah [\d.]+ baris/);
  });

  it('refuses a sheet with more rows than Excel allows', async () => {
    const file = bomb('<row><c><v>1</v></c></row>'.repeat(10_000), 110, true);
    const e = await sheetError(readGrid(file));
    expect(e.code).toBe('TERLALU_BESAR');
    expect(e.message).toMatch(/lebih dari 1\.048\.576 baris/);
  });

  it('refuses a cell over 32,767 characters, naming it (inline, shared, and a text run larger than any cell)', async () => {
    const long = 'x'.repeat(XLSX_LIMITS.cellChars + 1);
    const inline = one(`<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="C4" t="inlineStr"><is><t>${long}</t></is></c></row>`);
    const e1 = await sheetError(readGrid(inline));
    expect(e1.code).toBe('TERLALU_BESAR');
    expect(e1.message).toBe(
      'Sel C4 pada lembar "Data" di berkas "a.xlsx" berisi lebih dari 32.767 karakter, batas Excel untuk satu sel. ' +
        'Berkas itu kemungkinan rusak atau tidak dibuat dengan Excel; buka di Excel, perbaiki isi sel itu, simpan ulang, lalu impor lagi.',
    );
    const shared = one('<row r="2"><c r="B2" t="s"><v>0</v></c></row>', { sharedStrings: `<si><t>${long}</t></si>` });
    expect((await sheetError(readGrid(shared))).message).toMatch(/^Sel B2 pada lembar "Data"/);
    const huge = one(`<row r="3"><c r="D3" t="str"><v>${'y'.repeat(3 << 20)}</v></c></row>`);
    expect((await sheetError(readGrid(huge))).message).toMatch(/^Sel D3 pada lembar "Data"/);
    // exactly at the limit is fine
    const max = one(`<row r="1"><c r="A1" t="inlineStr"><is><t>${long.slice(1)}</t></is></c></row>`);
    expect((await cellsOf(max))[0]![0]).toHaveLength(XLSX_LIMITS.cellChars);
  });
});

describe('xlsx reader: damaged files', () => {
  const expectDamaged = async (file: string) => {
    const e = await sheetError(readGrid(file));
    expect(e.code).toBe('RUSAK');
    expect(e.message).toMatch(new RegExp(`^Berkas "${path.basename(file)}" tidak dapat dibaca sebagai workbook Excel`));
  };

  it('bad XML: unclosed elements, a DTD, a missing shared string, junk at the top level', async () => {
    await expectDamaged(writeXlsx(path.join(tempDir(), 'tutup.xlsx'), { sheets: [{ name: 'D', xml: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>' }] }));
    await expectDamaged(
      writeXlsx(path.join(tempDir(), 'dtd.xlsx'), {
        sheets: [{ name: 'D', xml: '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData><row r="1"><c r="A1" t="str"><v>&a;</v></c></row></sheetData></worksheet>' }],
      }),
    );
    await expectDamaged(one('<row r="1"><c r="A1" t="s"><v>3</v></c></row>', { sharedStrings: '<si><t>a</t></si>' }));
    await expectDamaged(writeXlsx(path.join(tempDir(), 'sampah.xlsx'), { sheets: [{ name: 'D', xml: 'sampah<worksheet/>' }] }));
  });

  it('broken zip content: corrupt deflate data, a sheet part that is missing, a workbook.xml that is missing', async () => {
    const dir = tempDir();
    const parts = xlsxParts({ sheets: [{ name: 'D', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }] });
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    const good = zlib.deflateRawSync(Buffer.from(sheet.data as string));
    const corrupt = Buffer.from(good);
    corrupt.fill(0xff, 10, 30);
    const bad = path.join(dir, 'korup.xlsx');
    fs.writeFileSync(bad, buildZip(parts.map((p) => (p === sheet ? { name: p.name, raw: { deflated: corrupt, size: 100 } } : p))));
    await expectDamaged(bad);
    const missing = path.join(dir, 'hilang.xlsx');
    fs.writeFileSync(missing, buildZip(parts.filter((p) => p !== sheet)));
    await expectDamaged(missing);
    const noBook = path.join(dir, 'tanpa-workbook.xlsx');
    fs.writeFileSync(noBook, buildZip([...parts.filter((p) => p.name !== 'xl/workbook.xml'), { name: 'xl/workbook.bak', data: 'x' }]));
    const e = await sheetError(readGrid(noBook));
    expect(['RUSAK', 'BUKAN_WORKBOOK']).toContain(e.code);
  });
});

describe('readGrid: progress and cancelling', () => {
  async function bigFile(): Promise<string> {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`Pegawai nomor ${i}`, String(198_503_122_010_011_004n + BigInt(i)), i]);
    const file = path.join(tempDir(), 'besar.xlsx');
    await writeTableXlsx(file, {
      sheetName: 'Data',
      columns: [
        { header: 'NAMA', width: 20, kind: 'text' },
        { header: 'NIP', width: 20, kind: 'text' },
        { header: 'NO', width: 5, kind: 'integer' },
      ],
      rows,
    });
    return file;
  }

  it('reports progress that only grows and ends at the whole file', async () => {
    const file = await bigFile();
    const seen: ReadProgress[] = [];
    const grid = await readGrid(file, { onProgress: (p) => seen.push(p) });
    expect(grid.rows).toHaveLength(20_001);
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.bytesRead).toBeGreaterThanOrEqual(seen[i - 1]!.bytesRead);
      expect(seen[i]!.rowsRead).toBeGreaterThanOrEqual(seen[i - 1]!.rowsRead);
    }
    const size = fs.statSync(file).size;
    expect(seen.every((p) => p.totalBytes === size && p.bytesRead <= size)).toBe(true);
    expect(seen.at(-1)).toEqual({ bytesRead: size, totalBytes: size, rowsRead: 20_001 });
    expect(seen.some((p) => p.rowsRead > 0 && p.rowsRead < 20_001)).toBe(true);
  });

  it('stops with an AbortError when the signal is aborted before or during the read', async () => {
    const file = await bigFile();
    const before = new AbortController();
    before.abort();
    const e1 = await readGrid(file, { signal: before.signal }).catch((e: unknown) => e);
    expect(isAbortError(e1)).toBe(true);
    const during = new AbortController();
    let calls = 0;
    const e2 = await readGrid(file, { signal: during.signal, onProgress: () => ++calls === 2 && during.abort() }).catch((e: unknown) => e);
    expect(isAbortError(e2)).toBe(true);
    expect(e2).not.toBeInstanceOf(SheetError);
    // at any point of the read, and the file is still readable afterwards (nothing left half-open)
    for (let at = 1; at <= 12; at++) {
      const ac = new AbortController();
      let n = 0;
      const e = await readGrid(file, { signal: ac.signal, onProgress: () => ++n === at && ac.abort() }).catch((x: unknown) => x);
      expect(isAbortError(e)).toBe(true);
    }
    expect((await readGrid(file)).rows).toHaveLength(20_001);
  });
});

describe('readGrid: a workbook written by exceljs with every cell kind', () => {
  it('matches what exceljs itself reads back', async () => {
    const file = await writeWorkbook(
      path.join(tempDir(), 'jenis.xlsx'),
      [['Teks', 12, 12.5, true, new Date(Date.UTC(2001, 1, 3)), { richText: [{ text: 'a' }, { text: 'b' }] }, { text: 'tautan', hyperlink: 'https://x.go.id' }]],
      { dateColumns: [4] },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const theirs = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    const ours = (await cellsOf(file))[0]!;
    expect(ours.slice(0, 5)).toEqual(theirs.slice(0, 5));
    expect(ours.slice(5)).toEqual(['ab', 'tautan']);
  });
});
