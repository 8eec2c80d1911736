import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvToRows, decodeText, detectDelimiter, parseCsv } from '../../../electron/core/sheets/csv';
import { readGrid } from '../../../electron/core/sheets/read';
import { tempDir } from './helpers';

const file = (name: string, bytes: Buffer | string) => {
  const p = path.join(tempDir(), name);
  fs.writeFileSync(p, bytes);
  return p;
};

describe('CSV', () => {
  it('reads an Indonesian-Excel CSV: semicolons, UTF-8 BOM, CRLF, title lines above the header', async () => {
    const text =
      'DAFTAR PEGAWAI;;;\r\n' +
      'DINAS PENDIDIKAN;;;\r\n' +
      ';;;\r\n' +
      'NIP;NAMA;TGL LAHIR;UNIT KERJA\r\n' +
      '198503122010011004;Dr. Siti Aminah, S.H., M.H.;16-09-1980;Dinas Pendidikan\r\n' +
      '199001012015032002;Budi Santoso, S.E.;01/01/1990;SD Negeri 1 Sukamaju\r\n';
    const grid = await readGrid(file('pegawai.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])));
    expect(grid.sheet).toBeNull();
    expect(grid.rows.map((r) => r.row)).toEqual([1, 2, 4, 5, 6]);
    expect(grid.rows[0]!.cells[0]).toBe('DAFTAR PEGAWAI'); // the BOM is gone
    expect(grid.rows[2]!.cells).toEqual(['NIP', 'NAMA', 'TGL LAHIR', 'UNIT KERJA']);
    expect(grid.rows[3]!.cells).toEqual(['198503122010011004', 'Dr. Siti Aminah, S.H., M.H.', '16-09-1980', 'Dinas Pendidikan']);
  });

  it('reads commas with quoted fields: "" escapes, embedded separators and newlines, LF', async () => {
    const text = 'NIP,NAMA,JABATAN,CATATAN\n' + '"198503122010011004","Aminah, S.H.","Kepala ""Seksi"" Umum","baris satu\nbaris dua"\n' + '199001012015032002,Budi,,\n';
    const grid = await readGrid(file('koma.csv', text));
    expect(grid.rows).toHaveLength(3);
    expect(grid.rows[1]!.cells).toEqual(['198503122010011004', 'Aminah, S.H.', 'Kepala "Seksi" Umum', 'baris satu\nbaris dua']);
    expect(grid.rows[1]!.row).toBe(2); // a newline inside quotes stays in one Excel row
    expect(grid.rows[2]!.row).toBe(3);
    expect(grid.rows[2]!.cells).toEqual(['199001012015032002', 'Budi', null, null]);
  });

  it('detects the separator from the consistent column count, not from commas inside names', () => {
    const text = 'NIP;NAMA;GOL\n1;Siti, S.H.;III/a\n2;Budi, S.E., M.M.;III/b\n3;Ani;II/c\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });

  it('reads ="…" cells (numbers kept as text by web exports) as their text', () => {
    const rows = csvToRows('NIP,NAMA,HP\n="198503122010011004",Budi,"=""0812"""\n');
    expect(rows[1]!.cells).toEqual(['198503122010011004', 'Budi', '0812']);
  });

  it('honours an Excel "sep=" line', () => {
    const rows = csvToRows('sep=,\nNAMA,NIP\nBudi;x,1\n');
    expect(rows[0]!.cells).toEqual(['NAMA', 'NIP']);
    expect(rows[0]!.row).toBe(1);
    expect(rows[1]!.cells).toEqual(['Budi;x', '1']);
  });

  it('tolerates Windows-1252 bytes and UTF-16 with BOM', async () => {
    const cp1252 = Buffer.from([...Buffer.from('NAMA;KET\nJos'), 0xe9, ...Buffer.from(';'), 0x93, ...Buffer.from('ok'), 0x94, 0x0a]);
    expect(decodeText(cp1252)).toBe('NAMA;KET\nJosé;“ok”\n');
    const grid = await readGrid(file('lama.csv', cp1252));
    expect(grid.rows[1]!.cells).toEqual(['José', '“ok”']);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('NAMA\tNIP\r\nSité\t1\r\n', 'utf16le')]);
    const g16 = await readGrid(file('unicode.txt', utf16));
    expect(g16.rows[1]!.cells).toEqual(['Sité', '1']);
  });

  it('is lenient like Excel with stray quotes and an unterminated quote', () => {
    expect(parseCsv('a"b,c\n', ',')[0]!.fields).toEqual(['a"b', 'c']);
    expect(parseCsv('"ab"x,c\n', ',')[0]!.fields).toEqual(['abx', 'c']);
    expect(parseCsv('"ab,c\nd', ',')[0]!.fields).toEqual(['ab,c\nd']);
    expect(parseCsv('a,\n', ',')[0]!.fields).toEqual(['a', '']);
    expect(parseCsv('a\r\rb', ',').map((r) => r.fields)).toEqual([['a'], [''], ['b']]);
  });

  it('reads a CSV with only blank lines as empty', async () => {
    await expect(readGrid(file('kosong.csv', '\r\n;;\r\n'))).rejects.toThrow(/tidak berisi data/);
  });
});
