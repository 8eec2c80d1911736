import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main';
import { createCore } from '../../../electron/core/core';
import { pns, tempDir } from '../../helpers/core';
import { writeSheet } from '../../helpers/sheets';

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

const HEADERS = ['Nomor Rekomendasi', 'Tanggal Rekomendasi', 'Tanggal Kejadian', 'Nama', 'NIP', 'Instansi', 'Dugaan Pelanggaran', 'Rekomendasi'];

describe('netra kasus', () => {
  it('impor: all or nothing, --skip-invalid, --errors; rekap --json sorted, --out .xlsx; usage exits 2', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir, mode: 'cli' });
    const u = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    core.pegawai.create(pns({ unitKerjaId: u.id }));
    core.close();
    const file = await writeSheet('rekomendasi.xlsx', HEADERS, [
      ['001/BWS/2026', '30/10/2026', '20/10/2026', 'Budi Santoso', '198503122010011004', 'Dinas Pendidikan', 'Kampanye di media sosial', 'Sanksi moral'],
      ['001/BWS/2026', '30/10/2026', '20/10/2026', 'Sutrisno', '', 'Desa Mekarsari', 'menghadiri kampanye', 'Sanksi moral'],
      ['002/BWS/2026', '31/10/2026', 'besok', 'Sri', '', 'Dinas Kesehatan', 'medsos', ''],
      ['003/BWS/2026', '31/10/2026', '21/10/2026', 'Wati', '', 'Dinas Kesehatan', 'medsos', ''],
    ]);
    const errors = path.join(dir, 'ditolak.xlsx');
    const refused = await cli(['kasus', 'impor', file, '--data-dir', dir, '--json', '--errors', errors]);
    expect(refused.code).toBe(1);
    const j = JSON.parse(refused.out);
    expect(j).toMatchObject({ ok: false, kasus: 0, errorsFile: errors });
    expect(j.errors).toEqual([expect.objectContaining({ row: 4, column: 'C', message: expect.stringContaining('"besok" bukan tanggal') })]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(errors);
    expect(wb.worksheets[0]!.getRow(2).getCell(4).value).toBe('Sri');

    const ok = await cli(['kasus', 'impor', file, '--data-dir', dir, '--skip-invalid']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Impor selesai: 2 kasus, 3 terlapor (1 dari data pegawai, 2 belum dikenali), 1 baris dilewati.');
    expect(ok.out).toContain('baris 3: Sutrisno');

    const rekap = await cli(['kasus', 'rekap', '--menurut', 'kategori', '--data-dir', dir, '--json']);
    expect(rekap.code).toBe(0);
    const r = JSON.parse(rekap.out);
    expect(r.ok).toBe(true);
    expect(r.baris.map((b: { kunci: string; jumlah: number }) => [b.kunci, b.jumlah])).toEqual([
      ['kampanye di media sosial; menghadiri kampanye', 2],
      ['medsos', 1],
    ]);
    const out = path.join(dir, 'rekap.xlsx');
    expect((await cli(['kasus', 'rekap', '--menurut', 'tahap', '--out', out, '--data-dir', dir])).code).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(out);
    expect(wb2.worksheets[0]!.getCell('A2').value).toBe('MENURUT TAHAP PENANGANAN');

    expect((await cli(['kasus', 'rekap', '--menurut', 'warna', '--data-dir', dir])).code).toBe(2);
    expect((await cli(['kasus', 'hapus', '--data-dir', dir])).code).toBe(2);
    expect((await cli(['kasus', 'rekap', '--out', path.join(dir, 'x.pdf'), '--data-dir', dir])).code).toBe(2);
    const missing = await cli(['kasus', 'impor', path.join(dir, 'tidak-ada.xlsx'), '--data-dir', dir, '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out)).toMatchObject({ ok: false, errors: [expect.objectContaining({ message: expect.stringContaining('tidak ditemukan') })] });
  });
});
