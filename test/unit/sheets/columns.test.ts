import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SheetError } from '../../../electron/core/sheets/errors';
import type { CellValue, Grid } from '../../../electron/core/sheets/grid';
import { detectHeader, matchHeader } from '../../../electron/core/sheets/pegawai-columns';
import { readGrid } from '../../../electron/core/sheets/read';
import { tempDir, writeWorkbook } from './helpers';

const grid = (rows: CellValue[][], start = 1): Grid => ({
  fileName: 'uji.xlsx',
  sheet: 'Sheet1',
  rows: rows.map((cells, i) => ({ row: start + i, cells })),
});

describe('detectHeader', () => {
  it('finds the SIASN header in row 4 under a 3-row title block', async () => {
    const file = await writeWorkbook(path.join(tempDir(), 'siasn.xlsx'), [
      ['DAFTAR PEGAWAI NEGERI SIPIL'],
      ['PEMERINTAH KABUPATEN SUKAMAJU'],
      ['KEADAAN 31 DESEMBER 2024'],
      ['NO', 'NIP BARU', 'NIP LAMA', 'NAMA', 'GELAR DEPAN', 'GELAR BELAKANG', 'TEMPAT LAHIR NAMA', 'TANGGAL LAHIR', 'JENIS KELAMIN', 'NIK', 'GOL AKHIR NAMA', 'JABATAN NAMA', 'UNOR NAMA', 'UNOR INDUK NAMA', 'AGAMA'],
      [1, '198503122010011004', '010203040', 'SITI AMINAH', 'Dr.', 'S.H., M.H.', 'SUKAMAJU', '12-03-1985', 'Perempuan', '3201010101010001', 'III/b', 'Analis SDM', 'Bidang Mutasi', 'BKPSDM', 'Islam'],
    ]);
    const g = await readGrid(file);
    const h = detectHeader(g);
    expect(g.rows[h.headerRowIndex]!.row).toBe(4);
    expect(h.dataStartIndex).toBe(h.headerRowIndex + 1);
    expect(h.mapping).toEqual({
      nip: 1,
      nipLama: 2,
      nama: 3,
      gelarDepan: 4,
      gelarBelakang: 5,
      tempatLahir: 6,
      tanggalLahir: 7,
      jenisKelamin: 8,
      golongan: 10,
      jabatan: 11,
      unitKerja: 12,
      unitInduk: 13,
    });
    expect(h.unmatched).toEqual(['NO', 'NIK', 'AGAMA']); // NIP BARU wins over NIK; NO and unknown columns are ignored
  });

  it('maps NIP LAMA to nipLama, never to nip, whatever the column order', () => {
    const h = detectHeader(grid([['NIP LAMA', 'NAMA', 'NIP BARU'], ['1', 'A', '2']]));
    expect(h.mapping.nip).toBe(2);
    expect(h.mapping.nipLama).toBe(0);
    const only = detectHeader(grid([['NIP LAMA', 'NAMA', 'JABATAN'], ['1', 'A', 'x']]));
    expect(only.mapping.nip).toBeUndefined();
    expect(only.mapping.nipLama).toBe(0);
  });

  it('recognises SIMPEG headers: L/P, GOL. RUANG, TGL. LAHIR, PANGKAT/GOL, notes in brackets and required markers', () => {
    const h = detectHeader(grid([['No.', 'NIP.', 'Nama*', 'L/P', 'Tgl. Lahir (dd-mm-yyyy)', 'GOL. RUANG', 'Jabatan'], [1, 'x', 'A', 'L', '1', 'III/a', 'j']]));
    expect(h.mapping).toMatchObject({ nip: 1, nama: 2, jenisKelamin: 3, tanggalLahir: 4, golongan: 5, jabatan: 6 });
    const combined = detectHeader(grid([['NIP', 'NAMA', 'PANGKAT/GOL'], ['1', 'A', 'Penata, III/c']]));
    expect(combined.mapping).toEqual({ nip: 0, nama: 1, pangkat: 2 });
    const separate = detectHeader(grid([['NIP', 'NAMA', 'GOL', 'PANGKAT'], ['1', 'A', 'III/c', 'Penata']]));
    expect(separate.mapping).toEqual({ nip: 0, nama: 1, golongan: 2, pangkat: 3 });
  });

  it('prefers an exact header over one that only matches after dropping a note', () => {
    expect(matchHeader('NIP (18 digit)')).toMatchObject({ field: 'nip', looseness: 1 });
    const h = detectHeader(grid([['NIP (lama)', 'NAMA', 'NIP'], ['1', 'A', '2']]));
    expect(h.mapping.nip).toBe(2);
  });

  it('combines a two-row header (merged group cells above sub-headers)', () => {
    const h = detectHeader(
      grid([
        ['DAFTAR URUT KEPANGKATAN'],
        ['NO', 'NAMA', 'NIP', 'PANGKAT', null, 'TEMPAT, TANGGAL LAHIR', null, 'JABATAN'],
        [null, null, null, 'GOL. RUANG', 'TMT', 'TEMPAT', 'TANGGAL', null],
        [1, 'Budi', '198503122010011004', 'III/b', '01-04-2020', 'Sukamaju', '12-03-1985', 'Analis'],
      ]),
    );
    expect(h.headerRowIndex).toBe(1);
    expect(h.dataStartIndex).toBe(3);
    expect(h.mapping).toMatchObject({ nama: 1, nip: 2, golongan: 3, tempatLahir: 5, tanggalLahir: 6, jabatan: 7 });
  });

  it('needs nama plus one more field; otherwise explains what it looked for', () => {
    const rows: CellValue[][] = [['LAPORAN'], ['NAMA', 'KETERANGAN'], ['Budi', 'x']];
    let err: unknown;
    try {
      detectHeader(grid(rows));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SheetError);
    expect((err as SheetError).code).toBe('JUDUL_KOLOM');
    expect((err as SheetError).message).toMatch(/Baris judul kolom tidak ditemukan/);
    expect((err as SheetError).message).toMatch(/Tanggal Lahir/);
  });

  it('only looks at the first 30 rows', () => {
    const rows: CellValue[][] = Array.from({ length: 30 }, (_, i) => [`judul ${i}`]);
    rows.push(['NIP', 'NAMA'], ['1', 'A']);
    expect(() => detectHeader(grid(rows))).toThrow(SheetError);
  });

  it('rejects a header without data rows below it', () => {
    expect(() => detectHeader(grid([['NIP', 'NAMA']]))).toThrow(/tidak ada baris data/);
  });

  it('lets a user mapping override detection, also when no header row is recognised', () => {
    const h = detectHeader(grid([['NIP', 'NAMA', 'JABATAN'], ['1', 'A', 'x']]), { nama: 2, nip: 0 });
    expect(h.mapping).toEqual({ nip: 0, nama: 2 });
    expect(h.unmatched).toEqual(['NAMA']);
    const custom = detectHeader(grid([['Kolom 1', 'Kolom 2'], ['Budi', '1985']]), { nama: 0 });
    expect(custom.headerRowIndex).toBe(0);
    expect(custom.mapping).toEqual({ nama: 0 });
  });
});
