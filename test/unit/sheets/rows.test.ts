import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../electron/core/sheets/grid';
import { detectHeader } from '../../../electron/core/sheets/pegawai-columns';
import { columnLetter, excelShownNumber, readPegawaiRows, splitGelar } from '../../../electron/core/sheets/pegawai-rows';
import { readGrid } from '../../../electron/core/sheets/read';
import { tempDir, writeWorkbook } from './helpers';

const today = new Date('2025-06-01T00:00:00Z');

function grid(rows: CellValue[][], start = 1): Grid {
  return { fileName: 'uji.xlsx', sheet: 'Sheet1', rows: rows.map((cells, i) => ({ row: start + i, cells })) };
}
function read(g: Grid) {
  return readPegawaiRows(g, detectHeader(g), { fileLabel: 'pegawai.xlsx', today });
}

describe('columnLetter', () => {
  it('counts like Excel', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe('readPegawaiRows: a SIMPEG sheet', () => {
  it('reads L/P, GOL. RUANG and birth dates typed as text, real dates and serials', async () => {
    const file = await writeWorkbook(
      path.join(tempDir(), 'simpeg.xlsx'),
      [
        ['DAFTAR PEGAWAI DINAS PENDIDIKAN'],
        [],
        ['NO', 'NIP', 'NAMA', 'L/P', 'TANGGAL LAHIR', 'GOL. RUANG', 'JABATAN', 'UNIT KERJA'],
        [1, '198009162005011001', 'Budi Santoso', 'L', '16-09-1980', 'III/b', 'Guru Ahli Pertama', 'SD Negeri 1 Sukamaju'],
        [2, '198009162005012002', 'Ani Lestari', 'P', new Date(Date.UTC(1980, 8, 16)), '3c', 'Guru', 'SD Negeri 2'],
        [3, '198009162005011003', 'Candra', 'L', 29480, 'Penata Muda Tk. I', 'Guru', 'SD Negeri 3'],
        [4, '198009162005011004', 'Dedi', 'Laki-laki', '16 September 1980', 'IV/a', 'Kepala Sekolah', 'SD Negeri 4'],
        [5, '198009162005012005', 'Eka', 'P', '16/09/1980', null, null, null],
      ],
      { dateColumns: [4], textColumns: [1] },
    );
    const g = await readGrid(file);
    expect(g.rows[3]!.cells[4]).toBeInstanceOf(Date);
    expect(g.rows[4]!.cells[4]).toBe(29480); // a serial in a cell with no date format stays a number
    const { rows, issues } = read(g);
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8]);
    expect(rows.map((r) => r.data.tanggalLahir)).toEqual(Array(5).fill('1980-09-16'));
    expect(rows.map((r) => r.data.jenisKelamin)).toEqual(['L', 'P', 'L', 'L', 'P']);
    expect(rows.map((r) => r.data.golongan)).toEqual(['III/b', 'III/c', 'III/b', 'IV/a', null]);
    expect(rows[0]!.data).toEqual({
      nip: '198009162005011001',
      jenisIdentitas: 'NIP',
      nama: 'Budi Santoso',
      gelarDepan: null,
      gelarBelakang: null,
      jenisKelamin: 'L',
      tempatLahir: null,
      tanggalLahir: '1980-09-16',
      status: 'PNS',
      golongan: 'III/b',
      jabatan: 'Guru Ahli Pertama',
      jenisJabatan: null,
      eselon: null,
      telepon: null,
      email: null,
      aktif: true,
      unitKerjaNama: 'SD Negeri 1 Sukamaju',
      unitIndukNama: null,
    });
  });

  it('reports a NIP stored as a number at its row and column, and never imports it', async () => {
    const file = await writeWorkbook(path.join(tempDir(), 'angka.xlsx'), [
      ['DAFTAR PEGAWAI'],
      ['NO', 'NAMA', 'NIP BARU', 'JABATAN'],
      [1, 'Budi', '198503122010011004', 'Analis'],
      // eslint-disable-next-line no-loss-of-precision -- a NIP stored as a number, as Excel does
      [2, 'Ani', 198503122010012004, 'Analis'],
    ]);
    const { rows, issues } = read(await readGrid(file));
    expect(rows.map((r) => r.data.nama)).toEqual(['Budi']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'pegawai.xlsx', sheet: 'Sheet1', row: 4, column: 'C', header: 'NIP BARU' });
    expect(issues[0]!.message).toMatch(/sebagai angka/);
    expect(issues[0]!.message).toMatch(/198503122010012000/); // what Excel shows: 15 significant digits
    expect(issues[0]!.message).toMatch(/Teks/);
  });

  it('recognises NIPs that already passed through a number as text (1.98503E+17, …000)', () => {
    const { rows, issues } = read(
      grid([
        ['NIP', 'NAMA'],
        ['1.98503E+17', 'A'],
        ['1,98503E+17', 'B'],
        ['198503122010011000', 'C'],
      ]),
    );
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'A'],
      [3, 'A'],
      [4, 'A'],
    ]);
    for (const i of issues) expect(i.message).toMatch(/sebagai angka/);
  });

  it('normalises NIPs typed with spaces, dots and a leading apostrophe', () => {
    const { rows, issues } = read(
      grid([
        ['NIP', 'NAMA'],
        ['19850312 201001 1 004', 'A'],
        ['19850312.201001.1.005', 'B'],
        ["'198503122010011006", 'C'],
      ]),
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.data.nip)).toEqual(['198503122010011004', '198503122010011005', '198503122010011006']);
    expect(rows[0]!.data).toMatchObject({ tanggalLahir: '1985-03-12', jenisKelamin: 'L', status: 'PNS', jenisIdentitas: 'NIP' });
  });

  it('flags a duplicate NIP on its second occurrence, naming the first row', () => {
    const { rows, issues } = read(
      grid([
        ['NIP', 'NAMA'],
        ['198503122010011004', 'Budi'],
        ['198503122010011005', 'Ani'],
        ['19850312 201001 1 004', 'Budi lagi'],
      ]),
    );
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 4, column: 'A' });
    expect(issues[0]!.message).toMatch(/baris 2/);
  });

  it('reports contradictions between the NIP and the sex / birth-date columns on those columns', () => {
    const { rows, issues } = read(
      grid([
        ['NIP', 'NAMA', 'JK', 'TGL LAHIR'],
        ['198503122010011004', 'Budi', 'P', '12-03-1985'],
        ['198503122010011005', 'Ani', 'L', '13-03-1985'],
      ]),
    );
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'C'],
      [3, 'D'],
    ]);
    expect(issues[0]!.message).toMatch(/digit ke-15/);
    expect(issues[1]!.message).toMatch(/lahir/i);
  });

  it('explains the accepted date formats for an unreadable birth date', () => {
    const { issues } = read(
      grid([
        ['NIP', 'NAMA', 'TGL LAHIR'],
        ['198503122010011004', 'Budi', '1985/31/12'],
        ['198503122010011005', 'Ani', '12-03-85'],
      ]),
    );
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ row: 2, column: 'C', header: 'TGL LAHIR' });
    for (const i of issues) {
      expect(i.message).toMatch(/dd-mm-yyyy/);
      expect(i.message).toMatch(/dd\/mm\/yyyy/);
      expect(i.message).toMatch(/16 September 1980/);
    }
  });

  it('takes sex and birth date from the NIP when the columns are missing or empty', () => {
    const { rows } = read(grid([['NIP', 'NAMA', 'L/P'], ['199002202015032001', 'Ani', null]]));
    expect(rows[0]!.data).toMatchObject({ jenisKelamin: 'P', tanggalLahir: '1990-02-20' });
  });
});

describe('readPegawaiRows: names and degrees', () => {
  it('splits degrees out of the name when there are no gelar columns', () => {
    expect(splitGelar('Dr. SITI AMINAH, S.H., M.H.')).toEqual({ gelarDepan: 'Dr.', nama: 'SITI AMINAH', gelarBelakang: 'S.H., M.H.' });
    expect(splitGelar('Drs. H. Ahmad  Fauzi,M.Si')).toEqual({ gelarDepan: 'Drs. H.', nama: 'Ahmad Fauzi', gelarBelakang: 'M.Si' });
    expect(splitGelar('dr. Rina')).toEqual({ gelarDepan: 'dr.', nama: 'Rina', gelarBelakang: null });
    expect(splitGelar('M. Yusuf')).toEqual({ gelarDepan: null, nama: 'M. Yusuf', gelarBelakang: null }); // an initial, not a degree
    const { rows } = read(grid([['NIP', 'NAMA'], ['198503122010011004', '  Dr.  SITI   AMINAH , S.H.,  M.H. ']]));
    expect(rows[0]!.data).toMatchObject({ gelarDepan: 'Dr.', nama: 'SITI AMINAH', gelarBelakang: 'S.H., M.H.' });
  });

  it('keeps gelar columns as given and does not split names again', () => {
    const { rows } = read(grid([['NIP', 'GELAR DEPAN', 'NAMA', 'GELAR BELAKANG'], ['198503122010011004', 'Dr.', 'Siti Aminah', 'S.H., M.H.']]));
    expect(rows[0]!.data).toMatchObject({ gelarDepan: 'Dr.', nama: 'Siti Aminah', gelarBelakang: 'S.H., M.H.' });
  });

  it('requires a name', () => {
    const { rows, issues } = read(grid([['NIP', 'NAMA', 'JABATAN'], ['198503122010011004', null, 'Analis']]));
    expect(rows).toEqual([]);
    expect(issues[0]).toMatchObject({ row: 2, column: 'B', header: 'NAMA', message: 'Nama wajib diisi.' });
  });
});

describe('readPegawaiRows: status, identifier, golongan, jabatan', () => {
  it('infers the status: 18-digit NIP → PNS, with a PPPK golongan → PPPK, none → Non-ASN (NIK or nothing)', () => {
    const { rows, issues } = read(
      grid([
        ['NIP', 'NAMA', 'GOL'],
        ['198503122010011004', 'PNS', 'III/a'],
        ['199001012022212001', 'PPPK', 'IX'],
        ['3201010101900001', 'Honorer NIK', null],
        [null, 'Honorer tanpa nomor', null],
        ['HNR-0012', 'Honorer nomor internal', null],
      ]),
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.data.status, r.data.jenisIdentitas, r.data.nip, r.data.golongan])).toEqual([
      ['PNS', 'NIP', '198503122010011004', 'III/a'],
      ['PPPK', 'NI_PPPK', '199001012022212001', 'IX'],
      ['NON_ASN', 'NIK', '3201010101900001', null],
      ['NON_ASN', 'LAINNYA', null, null],
      ['NON_ASN', 'LAINNYA', 'HNR-0012', null],
    ]);
    expect(rows[1]!.data).toMatchObject({ jenisKelamin: 'P', tanggalLahir: '1990-01-01' });
  });

  it('uses the status column: SIASN wording, P/C codes, PPPK paruh waktu; unknown values are reported', () => {
    const { rows, issues } = read(
      grid([
        ['NIP', 'NAMA', 'STATUS PEGAWAI', 'GOL'],
        ['198503122010011004', 'A', 'PNS Daerah', 'III/a'],
        ['198503122010011005', 'B', 'C', 'II/a'],
        ['199001012022212001', 'C', 'PPPK Paruh Waktu', '5'],
        ['199001012022212002', 'D', 'Pensiunan', null],
        [null, 'E', 'PNS', null],
      ]),
    );
    expect(rows.map((r) => [r.data.status, r.data.golongan])).toEqual([
      ['PNS', 'III/a'],
      ['CPNS', 'II/a'],
      ['PPPK_PARUH_WAKTU', 'V'],
    ]);
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [5, 'C'],
      [6, 'A'],
    ]);
    expect(issues[0]!.message).toMatch(/tidak dikenali.*PNS, CPNS, PPPK/);
    expect(issues[1]!.message).toMatch(/NIP wajib diisi/);
  });

  it('reads golongan from GOL or PANGKAT or a combined PANGKAT/GOL column, and checks they agree', () => {
    const combined = read(grid([['NIP', 'NAMA', 'PANGKAT/GOL'], ['198503122010011004', 'A', 'Penata Muda Tk. I, III/b']]));
    expect(combined.rows[0]!.data.golongan).toBe('III/b');
    const separate = read(
      grid([
        ['NIP', 'NAMA', 'GOL', 'PANGKAT'],
        ['198503122010011004', 'A', 'III/c', 'Penata'],
        ['198503122010011005', 'B', 'III/c', 'Pembina'],
        ['198503122010011006', 'C', 'V/a', null],
        ['198503122010011007', 'D', null, 'Penata Tingkat I'],
      ]),
    );
    expect(separate.rows.map((r) => [r.row, r.data.golongan])).toEqual([
      [2, 'III/c'],
      [5, 'III/d'],
    ]);
    expect(separate.issues.map((i) => [i.row, i.column])).toEqual([
      [3, 'D'],
      [4, 'C'],
    ]);
    expect(separate.issues[0]!.message).toMatch(/tidak cocok/);
    expect(separate.issues[1]!.message).toMatch(/III\/b/); // the parser's accepted forms
  });

  it('refuses a golongan on a Non-ASN row', () => {
    const { issues } = read(grid([['NIP', 'NAMA', 'STATUS', 'GOL'], [null, 'A', 'Honorer', 'II/a']]));
    expect(issues[0]).toMatchObject({ row: 2, column: 'D' });
    expect(issues[0]!.message).toMatch(/Non-ASN/);
  });

  it('reads jenis jabatan, resolves Struktural by eselon, and lists accepted values for unknown text', () => {
    const { rows, issues } = read(
      grid([
        ['NIP', 'NAMA', 'JENIS JABATAN', 'ESELON'],
        ['198503122010011004', 'A', 'Jabatan Fungsional Tertentu', null],
        ['198503122010011005', 'B', 'Struktural', 'III.a'],
        ['198503122010011006', 'C', null, 'IV/b'],
        ['198503122010011007', 'D', 'Honorer', null],
        ['198503122010011008', 'E', 'Struktural', null],
      ]),
    );
    expect(rows.map((r) => [r.data.jenisJabatan, r.data.eselon])).toEqual([
      ['FUNGSIONAL', null],
      ['ADMINISTRATOR', 'III.a'],
      ['PENGAWAS', 'IV.b'],
    ]);
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [5, 'C'],
      [6, 'C'],
    ]);
    expect(issues[0]!.message).toMatch(/Administrator, Pengawas, Fungsional, Pelaksana/);
    expect(issues[1]!.message).toMatch(/eselon/i);
  });

  it('uses the unit induk as unit kerja when only that is given; restores the 0 of a phone number; checks email', () => {
    const { rows, issues } = read(
      grid([
        ['NIP', 'NAMA', 'OPD', 'NO HP', 'EMAIL'],
        ['198503122010011004', 'A', '  Dinas  Kesehatan ', 81234567890, 'a@sukamaju.go.id'],
        ['198503122010011005', 'B', 'BKPSDM', '+62 812 3456', 'bukan-email'],
      ]),
    );
    expect(rows[0]!.data).toMatchObject({ unitKerjaNama: 'Dinas Kesehatan', unitIndukNama: 'Dinas Kesehatan', telepon: '081234567890' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 3, column: 'E', header: 'EMAIL' });
  });
});

describe('readPegawaiRows: rows that are not staff', () => {
  it('skips column numbers, repeated headers and totals, and stops at the signature block', () => {
    const { rows, issues } = read(
      grid([
        ['NO', 'NIP', 'NAMA', 'JABATAN'],
        [1, 2, 3, 4],
        [1, '198503122010011004', 'Budi', 'Analis'],
        ['NO', 'NIP', 'NAMA', 'JABATAN'],
        [2, '198503122010011005', 'Ani', 'Analis'],
        ['JUMLAH', null, '2 orang', null],
        [null, null, null, 'Sukamaju, 31 Desember 2024'],
        [null, null, 'KEPALA BKPSDM', null],
        [null, null, 'Drs. H. AHMAD, M.Si', null],
        [null, null, 'NIP. 197001011990031001', null],
      ]),
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.data.nama)).toEqual(['Budi', 'Ani']);
  });

  it('reports rows that have data but no name', () => {
    const { issues } = read(grid([['NIP', 'NAMA', 'JABATAN', 'UNIT KERJA'], [null, null, 'Analis', 'Dinas']]));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe('Nama wajib diisi.');
  });
});

describe('readPegawaiRows: CSV end to end', () => {
  it('imports a semicolon CSV with BOM', async () => {
    const file = path.join(tempDir(), 'pegawai.csv');
    fs.writeFileSync(
      file,
      '\uFEFFDAFTAR PEGAWAI;;;\r\nNIP;NAMA;TGL LAHIR;GOL. RUANG\r\n19850312 201001 1 004;"Dr. Siti Aminah, S.H.";12-03-1985;III/b\r\n1.98503E+17;Budi;;\r\n',
    );
    const g = await readGrid(file);
    const { rows, issues } = readPegawaiRows(g, detectHeader(g), { fileLabel: 'pegawai.csv', today });
    expect(rows.map((r) => r.data)).toMatchObject([{ nip: '198503122010011004', gelarDepan: 'Dr.', nama: 'Siti Aminah', gelarBelakang: 'S.H.', golongan: 'III/b' }]);
    expect(issues).toMatchObject([{ file: 'pegawai.csv', sheet: null, row: 4, column: 'A', header: 'NIP' }]);
  });
});

describe('excelShownNumber', () => {
  it('shows 15 significant digits like Excel', () => {
    // eslint-disable-next-line no-loss-of-precision -- a NIP stored as a number, as Excel does
    expect(excelShownNumber(198503122010011004)).toBe('198503122010011000');
    expect(excelShownNumber(12345)).toBe('12345');
  });
});
