import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main';
import { sha256File } from '../../../electron/core/db/cadangan-store';
import { DATABASE_FILE } from '../../../electron/core/db/open';
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

describe('netra cadangan', () => {
  it('buat, daftar and pulihkan by name and by path, with --json', async () => {
    const dir = tempDir();
    await cli(['demo', '--jumlah', '30', '--data-dir', dir]);
    const copy = path.join(tempDir(), 'salinan.sqlite');
    const made = await json(['cadangan', 'buat', copy, '--catatan', 'uji', '--data-dir', dir]);
    expect(made.code).toBe(0);
    const c = made.body.cadangan as { id: string; sha256: string; alasan: string; jumlahPegawai: number; keterangan: string };
    expect(c).toMatchObject({ alasan: 'manual', jumlahPegawai: 30, keterangan: 'uji' });
    expect(sha256File(copy)).toBe(c.sha256);

    const list = await json(['cadangan', 'daftar', '--data-dir', dir]);
    expect(list.code).toBe(0);
    const rows = list.body.rows as { id: string; alasan: string }[];
    // the first open of the day made the automatic one
    expect(rows.map((r) => r.alasan).sort()).toEqual(['manual', 'mingguan']);
    expect(list.body.folder).toBe(path.join(dir, 'cadangan'));

    await cli(['demo', '--jumlah', '50', '--seed', '9', '--data-dir', dir]);
    expect(JSON.parse((await cli(['info', '--data-dir', dir, '--json'])).out).pegawai).toBe(80);
    const byName = await json(['cadangan', 'pulihkan', c.id, '--data-dir', dir]);
    expect(byName.code).toBe(0);
    expect(byName.body).toMatchObject({ ok: true, dari: c.id, jumlahPegawai: 30, pengaman: { alasan: 'pengaman', jumlahPegawai: 80 } });
    expect(JSON.parse((await cli(['info', '--data-dir', dir, '--json'])).out).pegawai).toBe(30);

    await cli(['demo', '--jumlah', '50', '--seed', '9', '--data-dir', dir]);
    const byPath = await json(['cadangan', 'pulihkan', copy, '--data-dir', dir]);
    expect(byPath.code).toBe(0);
    expect(byPath.body).toMatchObject({ ok: true, jumlahPegawai: 30 });
    const human = await cli(['cadangan', 'daftar', '--data-dir', dir]);
    expect(human.out).toMatch(/4 cadangan di .*cadangan:/);
    expect(human.out).toMatch(/Pengaman sebelum pemulihan\s+\d+ KB\s+80 pegawai\s+skema \d/);
  });

  it('refuses a damaged file with exit 1 and names it; usage errors exit 2', async () => {
    const dir = tempDir();
    await cli(['demo', '--jumlah', '10', '--data-dir', dir]);
    const bad = path.join(tempDir(), 'rusak.sqlite');
    fs.writeFileSync(bad, 'bukan cadangan');
    const r = await json(['cadangan', 'pulihkan', bad, '--data-dir', dir]);
    expect(r.code).toBe(1);
    expect((r.body.error as { message: string }).message).toMatch(/rusak\.sqlite tidak dipulihkan: berkas bukan basis data Netra/);
    const missing = await json(['cadangan', 'pulihkan', 'netra-20200101-000000-manual', '--data-dir', dir]);
    expect(missing.code).toBe(1);
    expect((missing.body.error as { message: string }).message).toMatch(/netra cadangan daftar/);
    expect((await cli(['cadangan', '--data-dir', dir])).code).toBe(2);
    expect((await cli(['cadangan', 'pulihkan', '--data-dir', dir])).code).toBe(2);
    const exists = await cli(['cadangan', 'buat', bad, '--data-dir', dir]);
    expect(exists.code).toBe(2);
    expect(exists.out).toMatch(/sudah ada; pilih nama lain/);
  });

  it('restores when the database itself is refused (a 0-byte netra.sqlite), setting the refused file aside', async () => {
    const dir = tempDir();
    await cli(['demo', '--jumlah', '25', '--data-dir', dir]);
    const made = await json(['cadangan', 'buat', '--data-dir', dir]);
    const id = (made.body.cadangan as { id: string }).id;
    for (const n of fs.readdirSync(dir)) if (n.startsWith(DATABASE_FILE)) fs.rmSync(path.join(dir, n));
    fs.writeFileSync(path.join(dir, DATABASE_FILE), '');

    const info = await cli(['info', '--data-dir', dir]);
    expect(info.code).toBe(1);
    expect(info.out).toMatch(/kosong \(0 bita\).*netra cadangan pulihkan NAMA/s);
    // the list does not need the database
    const list = await json(['cadangan', 'daftar', '--data-dir', dir]);
    expect((list.body.rows as unknown[]).length).toBe(2);

    const r = await json(['cadangan', 'pulihkan', id, '--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.body).toMatchObject({ ok: true, pengaman: null, jumlahPegawai: 25 });
    const aside = r.body.disisihkan as string;
    expect(path.dirname(aside)).toBe(path.join(dir, 'cadangan', 'disisihkan'));
    expect(fs.statSync(aside).size).toBe(0);
    expect(JSON.parse((await cli(['info', '--data-dir', dir, '--json'])).out).pegawai).toBe(25);
  });
});
