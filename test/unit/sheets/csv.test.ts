import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvToRows, decodeText, detectDelimiter, parseCsv } from '../../../electron/core/sheets/csv';
import { SheetError } from '../../../electron/core/sheets/errors';
import { isAbortError, readGrid, type ReadProgress } from '../../../electron/core/sheets/read';
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

  it('is lenient like Excel with a stray quote inside a field, strict with one that does not close', () => {
    expect(parseCsv('a"b,c\n', ',')[0]!.fields).toEqual(['a"b', 'c']);
    expect(parseCsv('Jl. "Mawar" 5,c\n', ',')[0]!.fields).toEqual(['Jl. "Mawar" 5', 'c']);
    // text after a closing quote: kept as written, quotes included (Excel drops them); nothing merges
    expect(parseCsv('"ab"x,c\nd,e\n', ',').map((r) => r.fields)).toEqual([['"ab"x', 'c'], ['d', 'e']]);
    expect(() => parseCsv('"ab,c\nd', ',')).toThrow(/tanda kutip \("\) yang dibuka di baris 1 tidak pernah ditutup/i);
    expect(parseCsv('a,\n', ',')[0]!.fields).toEqual(['a', '']);
    expect(parseCsv('a\r\rb', ',').map((r) => r.fields)).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('a\r\nb\nc\rd\r\n', ',').map((r) => [r.row, ...r.fields])).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]);
  });

  it('reads a CSV with only blank lines as empty', async () => {
    await expect(readGrid(file('kosong.csv', '\r\n;;\r\n'))).rejects.toThrow(/tidak berisi data/);
  });

  it('refuses a quote that never closes, naming the row where it opens, instead of merging the rows after it', async () => {
    // the clerk's file: four staff after Budi vanished into a 257-character name
    const text =
      'DAFTAR PEGAWAI;;\r\n' +
      ';;\r\n' +
      'NIP;NAMA;JABATAN\r\n' +
      '198503122010011004;Siti Aminah;Guru\r\n' +
      '199001012015031001;"Budi Santoso;Staf\r\n' +
      '199102022015032002;Ani Lestari;Guru\r\n' +
      '199203032015031003;Cahyo Nugroho;Staf\r\n' +
      '199304042015032004;Dewi Sartika;Guru\r\n' +
      '199405052015031005;Eko Prasetyo;Staf\r\n';
    const e = await readGrid(file('pegawai.csv', text)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SheetError);
    expect((e as SheetError).code).toBe('KUTIP');
    expect((e as SheetError).message).toBe(
      'Berkas "pegawai.csv": tanda kutip (") yang dibuka di baris 5 tidak pernah ditutup; baris-baris sesudahnya akan tergabung. ' +
        'Perbaiki di Excel lalu simpan ulang sebagai CSV.',
    );
  });

  it('refuses a quote that "closes" in the middle of a later row (csv-parse alone would join the rows)', async () => {
    const text =
      'NIP;NAMA;JABATAN\n' +
      '199001012015031001;"Budi Santoso;Staf\n' +
      '199102022015032002;Ani Lestari;Guru\n' +
      '199203032015031003;Cahyo "Yoyo" Nugroho;Staf\n' +
      '199304042015032004;Dewi;Guru\n';
    const e = await readGrid(file('kutip.csv', text)).catch((x: unknown) => x);
    expect((e as SheetError).code).toBe('KUTIP');
    expect((e as SheetError).message).toBe(
      'Berkas "kutip.csv": tanda kutip (") yang dibuka di baris 2 tidak ditutup dengan benar, sehingga baris 2 sampai 4 akan tergabung menjadi satu. ' +
        'Perbaiki di Excel lalu simpan ulang sebagai CSV.',
    );
    // a quoted field that spans lines and closes properly is fine, also after another one
    const ok = csvToRows('A;B;C\n1;"x\ny";"p\r\nq"\n2;z;w\n');
    expect(ok.map((r) => [r.row, ...r.cells])).toEqual([[1, 'A', 'B', 'C'], [2, '1', 'x\ny', 'p\r\nq'], [3, '2', 'z', 'w']]);
  });

  it('names the row of an open quote also when the rest of a large file runs into it', () => {
    const body = Array.from({ length: 400_000 }, (_, i) => `${i};Pegawai nomor ${i};Staf`).join('\n'); // over 8 MB
    const e = (() => {
      try {
        csvToRows(`NO;NAMA;JABATAN\n1;Budi;Staf\n2;"Ani;Guru\n${body}\n`, 'besar.csv');
      } catch (x) {
        return x;
      }
    })();
    expect((e as SheetError).message).toMatch(/^Berkas "besar\.csv": tanda kutip \("\) yang dibuka di baris 3 tidak pernah ditutup/);
  });

  it('refuses a field over 32,767 characters with its row and column', async () => {
    const e = await readGrid(file('panjang.csv', `NAMA;KET\nBudi;ok\nAni;${'x'.repeat(32_768)}\n`)).catch((x: unknown) => x);
    expect((e as SheetError).code).toBe('TERLALU_BESAR');
    expect((e as SheetError).message).toMatch(/^Berkas "panjang\.csv": sel di baris 3 kolom B berisi lebih dari 32\.767 karakter/);
    expect(csvToRows(`NAMA;KET\nBudi;${'x'.repeat(32_767)}\n`)[1]!.cells[1]).toHaveLength(32_767);
  });

  it('reads mixed line ends and rows of different widths (title lines) as they are', () => {
    const rows = csvToRows('JUDUL\r\nNIP;NAMA;GOL\n1;Budi;III/a;lebih\r2;Ani\n');
    expect(rows.map((r) => [r.row, ...r.cells])).toEqual([[1, 'JUDUL'], [2, 'NIP', 'NAMA', 'GOL'], [3, '1', 'Budi', 'III/a', 'lebih'], [4, '2', 'Ani']]);
  });

  it('reports progress of a long CSV and stops when aborted', async () => {
    const text = 'NIP;NAMA\n' + Array.from({ length: 60_000 }, (_, i) => `${198_503_122_010_011_004n + BigInt(i)};Pegawai nomor ${i}`).join('\n') + '\n';
    const f = file('panjang.csv', text);
    const seen: ReadProgress[] = [];
    const grid = await readGrid(f, { onProgress: (p) => seen.push(p) });
    expect(grid.rows).toHaveLength(60_001);
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.bytesRead).toBeGreaterThanOrEqual(seen[i - 1]!.bytesRead);
    expect(seen.at(-1)).toEqual({ bytesRead: fs.statSync(f).size, totalBytes: fs.statSync(f).size, rowsRead: 60_001 });
    const ac = new AbortController();
    const e = await readGrid(f, { signal: ac.signal, onProgress: () => ac.abort() }).catch((x: unknown) => x);
    expect(isAbortError(e)).toBe(true);
  });
});
