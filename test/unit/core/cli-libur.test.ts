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
const json = async (args: string[]) => {
  const r = await cli([...args, '--json']);
  return { code: r.code, body: JSON.parse(r.out) as Record<string, unknown> & { ok: boolean } };
};

describe('netra libur and netra hari-kerja', () => {
  it('tambah, daftar, hapus; the working-day count follows the table', async () => {
    const dir = tempDir();
    const d = ['--data-dir', dir];
    // 2027-02-05 is a Friday: +1 is Monday 8 Feb until a holiday is added on it
    expect((await json(['hari-kerja', '2027-02-05', '1', ...d])).body).toMatchObject({ ok: true, tanggal: '2027-02-08', hari: 'Senin', dilewati: [] });
    const added = await json(['libur', 'tambah', '2027-02-08', 'Cuti', 'bersama', 'Imlek', '--jenis', 'cuti-bersama', ...d]);
    expect(added).toMatchObject({ code: 0, body: { ok: true, libur: { tanggal: '2027-02-08', nama: 'Cuti bersama Imlek', jenis: 'cuti-bersama', periksa: false } } });
    const r = await json(['hari-kerja', '2027-02-05', '1', ...d]);
    expect(r.body).toMatchObject({ ok: true, dari: '2027-02-05', n: 1, tanggal: '2027-02-09', hari: 'Selasa', dilewati: [{ tanggal: '2027-02-08', nama: 'Cuti bersama Imlek' }] });
    // a negative N needs no "--"
    expect((await json(['hari-kerja', '2027-02-09', '-1', ...d])).body).toMatchObject({ ok: true, tanggal: '2027-02-05', hari: 'Jumat' });
    const human = await cli(['hari-kerja', '2027-02-09', '-1', ...d]);
    expect(human.out).toMatch(/^2027-02-05 \(Jumat, 5 Februari 2027\): hari kerja ke-1 sebelum Selasa, 9 Februari 2027\./);
    expect(human.out).toMatch(/Hari libur yang dilewati: 8 Februari 2027 Cuti bersama Imlek\./);

    const list = await json(['libur', 'daftar', '--tahun', '2027', ...d]);
    expect((list.body.rows as { tanggal: string }[]).map((l) => l.tanggal)).toEqual(['2027-01-01', '2027-02-08', '2027-05-01', '2027-06-01', '2027-08-17', '2027-12-25']);
    expect((await cli(['libur', 'daftar', '--tahun', '2027', ...d])).out).toMatch(/2027-08-17 {2}Selasa {2}Libur nasional {2}Hari Proklamasi.*\[periksa dengan SKB\]/);

    // a second holiday on a date is refused (exit 1) unless --ganti
    expect((await json(['libur', 'tambah', '2027-02-08', 'Lain', ...d])).code).toBe(1);
    expect((await json(['libur', 'tambah', '2027-02-08', 'Imlek', '--ganti', ...d])).body).toMatchObject({ ok: true, diubah: true, libur: { nama: 'Imlek', jenis: 'nasional' } });
    // --ganti on a free date adds it
    expect((await json(['libur', 'tambah', '2027-03-10', 'Nyepi', '--ganti', ...d])).body).toMatchObject({ ok: true, diubah: false, libur: { tanggal: '2027-03-10' } });
    expect((await json(['libur', 'hapus', '2027-02-08', ...d])).code).toBe(0);
    const gone = await json(['libur', 'hapus', '2027-02-08', ...d]);
    expect(gone).toMatchObject({ code: 1, body: { ok: false, error: { code: 'TIDAK_DITEMUKAN' } } });
  });

  it('exit 2 for usage errors, 1 for a date the calendar does not have', async () => {
    const dir = tempDir();
    const d = ['--data-dir', dir];
    expect((await json(['hari-kerja', '20/03/2026', '1', ...d])).code).toBe(2);
    expect((await json(['hari-kerja', '2026-03-20', 'tiga', ...d])).code).toBe(2);
    expect((await json(['hari-kerja', '2026-03-20', ...d])).code).toBe(2);
    expect((await json(['libur', 'tambah', '2026-03-20', 'X', '--jenis', 'kantor', ...d])).code).toBe(2);
    expect((await json(['libur', 'daftar', '--tahun', '26', ...d])).code).toBe(2);
    const bad = await json(['hari-kerja', '2026-02-30', '1', ...d]);
    expect(bad).toMatchObject({ code: 1, body: { ok: false, error: { code: 'VALIDASI' } } });
  });

  it('libur impor reviews with --dry-run, refuses a bad file with row and column, applies with --ubah', async () => {
    const dir = tempDir();
    const d = ['--data-dir', dir];
    const file = path.join(tempDir(), 'libur.csv');
    fs.writeFileSync(file, 'Tanggal;Nama;Jenis\n06/02/2027;Tahun Baru Imlek;nasional\n01/05/2027;Hari Buruh;nasional\n');
    const dry = await json(['libur', 'impor', file, '--dry-run', ...d]);
    expect(dry.body).toMatchObject({ ok: true, tambah: [{ tanggal: '2027-02-06' }], ubah: [{ baru: { tanggal: '2027-05-01' } }] });
    expect((await json(['libur', 'daftar', '--tahun', '2027', ...d])).body.rows).toHaveLength(5);
    const applied = await json(['libur', 'impor', file, '--ubah', ...d]);
    expect(applied.body).toEqual({ ok: true, ditambah: 1, diubah: 1, diperiksa: 0 });
    const bad = path.join(tempDir(), 'salah.csv');
    fs.writeFileSync(bad, 'Tanggal,Nama\n2027-13-01,Salah\n');
    const refused = await cli(['libur', 'impor', bad, ...d]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/salah\.csv, baris 2, kolom Tanggal \(A\): "2027-13-01" bukan tanggal/);
  });
});

describe('netra aturan', () => {
  it('daftar, ekspor and impor back as a new version', async () => {
    const dir = tempDir();
    const d = ['--data-dir', dir];
    const list = await json(['aturan', 'daftar', ...d]);
    expect((list.body.rows as { kode: string; versi: number }[]).map((a) => [a.kode, a.versi])).toEqual([
      ['SKB-2020', 1],
      ['SKB-2022', 1],
    ]);
    const out = path.join(tempDir(), 'skb.json');
    expect((await json(['aturan', 'ekspor', 'SKB-2022', '--out', out, ...d])).body).toMatchObject({ ok: true, kode: 'SKB-2022', versi: 1, file: out });
    const body = JSON.parse(fs.readFileSync(out, 'utf8'));
    body.aturan.isi.tenggat[0].jumlah = 9;
    fs.writeFileSync(out, JSON.stringify(body));
    expect((await json(['aturan', 'impor', out, ...d])).body).toMatchObject({ ok: true, baru: false, kode: 'SKB-2022', versi: 2 });
    const h = await json(['aturan', 'riwayat', 'skb-2022', ...d]);
    expect((h.body.rows as { versi: number; jumlahKasus: number }[]).map((v) => v.versi)).toEqual([2, 1]);
    body.aturan.berlakuMulai = 'kemarin';
    fs.writeFileSync(out, JSON.stringify(body));
    const bad = await json(['aturan', 'impor', out, ...d]);
    expect(bad).toMatchObject({ code: 1, body: { ok: false, error: { code: 'IMPOR_DITOLAK', message: expect.stringMatching(/berlakuMulai: Berlaku mulai harus berformat TTTT-BB-HH/) } } });
    expect((await json(['aturan', 'ekspor', 'TIDAK-ADA', '--out', out, ...d])).code).toBe(2);
  });
});
