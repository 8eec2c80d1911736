import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main';
import { tempDir } from '../../helpers/core';

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

async function simpegFile(dir: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  ws.addRow(['NO', 'NIP', 'NAMA', 'L/P', 'TANGGAL LAHIR', 'GOL. RUANG', 'JABATAN', 'UNIT KERJA']);
  for (const r of rows) ws.addRow(r);
  const file = path.join(dir, 'simpeg.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('netra CLI', () => {
  it('prints usage with exit 2 for unknown commands and bad options', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['terbang'])).code).toBe(2);
    const r = await cli(['pegawai', 'search', 'x', '--limit', 'banyak', '--data-dir', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/--limit harus bilangan bulat positif/);
    expect((await cli(['--tidak-ada'])).code).toBe(2);
  });

  it('refuses a value the channel refuses as VALIDASI naming the field, never a ZodError stack', async () => {
    const dir = tempDir();
    const r = await cli(['pegawai', 'search', 'x', '--limit', '5000', '--data-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Gagal: Isian tidak valid: limit: /);
    expect(r.out).not.toMatch(/ZodError|tak terduga|\n\s+at /);
    const j = JSON.parse((await cli(['pegawai', 'search', 'x', '--limit', '5000', '--data-dir', dir, '--json'])).out);
    expect(j).toMatchObject({ ok: false, error: { code: 'VALIDASI', fields: [{ field: 'limit' }] } });
  });

  it('demo, search, export and re-import round trip with --json', async () => {
    const dir = tempDir();
    const demo = JSON.parse((await cli(['demo', '--jumlah', '150', '--data-dir', dir, '--json'])).out);
    expect(demo).toMatchObject({ ok: true, pegawai: 150 });
    const search = await cli(['pegawai', 'search', 'kepala', '--data-dir', dir, '--json']);
    expect(search.code).toBe(0);
    expect(JSON.parse(search.out).total).toBeGreaterThan(0);
    const file = path.join(dir, 'ekspor.xlsx');
    const exp = JSON.parse((await cli(['pegawai', 'export', file, '--data-dir', dir, '--json'])).out);
    expect(exp.rows).toBe(150);
    const fresh = tempDir();
    const imp = await cli(['pegawai', 'import', file, '--buat-unit', '--data-dir', fresh, '--json']);
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.out)).toMatchObject({ ok: true, inserted: 150, updated: 0, unchanged: 0, skipped: 0, errors: [] });
    expect(JSON.parse(imp.out).unitsCreated).toBeGreaterThan(0);
    // the same file again: everyone is found, nothing changes, no unit is proposed
    const again = JSON.parse((await cli(['pegawai', 'import', file, '--update', '--data-dir', fresh, '--json'])).out);
    expect(again).toMatchObject({ ok: true, inserted: 0, updated: 0, unchanged: 150, unitsCreated: 0 });
  });

  it('rejects a file with one bad row as a whole (exit 1), with Excel row numbers; --skip-invalid imports the rest', async () => {
    const dir = tempDir();
    const file = await simpegFile(dir, [
      [1, '198503122010011004', 'Budi Santoso', 'L', '12-03-1985', 'III/b', 'Pengadministrasi Umum', 'BKPSDM'],
      [2, 198503122010011000, 'Angka Rusak', 'L', '12-03-1985', 'III/b', 'Pengadministrasi Umum', 'BKPSDM'],
    ]);
    const rejected = await cli(['pegawai', 'import', file, '--buat-unit', '--data-dir', dir, '--json']);
    expect(rejected.code).toBe(1);
    const body = JSON.parse(rejected.out);
    expect(body).toMatchObject({ ok: false, inserted: 0, updated: 0 });
    expect(body.errors[0]).toMatchObject({ sheet: 'Pegawai', row: 3, column: 'B' });
    expect(body.errors[0].message).toMatch(/format kolom NIP sebagai Teks/i);
    const info = await cli(['info', '--data-dir', dir, '--json']);
    expect(JSON.parse(info.out).pegawai).toBe(0);
    const human = await cli(['pegawai', 'import', file, '--buat-unit', '--data-dir', dir]);
    expect(human.out).toMatch(/simpeg\.xlsx, lembar Pegawai, baris 3, kolom B \(NIP\)/);
    const skipped = JSON.parse((await cli(['pegawai', 'import', file, '--buat-unit', '--data-dir', dir, '--json', '--skip-invalid'])).out);
    expect(skipped).toMatchObject({ ok: true, inserted: 1, skipped: 1 });
  });

  it('--dry-run writes nothing; unreadable files exit 1 with a clear message', async () => {
    const dir = tempDir();
    const file = await simpegFile(dir, [[1, '198503122010011004', 'Budi Santoso', 'L', '12-03-1985', 'III/b', 'Staf', 'BKPSDM']]);
    const dry = JSON.parse((await cli(['pegawai', 'import', file, '--buat-unit', '--data-dir', dir, '--json', '--dry-run'])).out);
    expect(dry).toMatchObject({ ok: true, inserted: 1 });
    expect(JSON.parse((await cli(['info', '--data-dir', dir, '--json'])).out).pegawai).toBe(0);
    const pdf = path.join(dir, 'surat.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n');
    const bad = await cli(['pegawai', 'import', pdf, '--buat-unit', '--data-dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^Gagal: .*surat\.pdf/);
    const missing = await cli(['pegawai', 'import', path.join(dir, 'tidak-ada.xlsx'), '--buat-unit', '--data-dir', dir, '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out).ok).toBe(false);
  });
});
