import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main';
import { createCore } from '../../../electron/core/core';
import { tempDir } from '../../helpers/core';

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

describe('netra kegiatan', () => {
  it('skema, buat (peserta by rule), hadir (duplikat on the second), rekap; bad input exits 1, usage 2', async () => {
    const dir = tempDir();
    expect((await cli(['demo', '--jumlah', '300', '--data-dir', dir])).code).toBe(0);
    const schema = JSON.parse((await cli(['kegiatan', 'skema', '--json'])).out);
    expect(schema.required).toEqual(expect.arrayContaining(['judul', 'jenis', 'tanggal', 'jam', 'tempat']));

    const file = path.join(dir, 'apel.json');
    fs.writeFileSync(file, JSON.stringify({ judul: 'Apel Ikrar', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Halaman Kantor Bupati', peserta: { unit: ['Dinas Pendidikan'], subunit: true } }));
    const made = await cli(['kegiatan', 'buat', '--data', file, '--data-dir', dir, '--json']);
    expect(made.code).toBe(0);
    const { ok, id, peserta } = JSON.parse(made.out);
    expect(ok).toBe(true);
    // the same rule counted straight from the registry
    const core = createCore({ dataDir: dir, mode: 'cli' });
    const expected = core.kegiatan.pratinjau({ unit: ['Dinas Pendidikan'], subunit: true, status: [], jenisJabatan: [], eselon: [], golongan: [], golonganDari: null, golonganSampai: null }).jumlah;
    const first = core.kegiatan.allPeserta(id)[0]!;
    core.close();
    expect(peserta).toBe(expected);
    expect(peserta).toBeGreaterThan(0);

    const nip = first.nip!;
    const h1 = JSON.parse((await cli(['kegiatan', 'hadir', String(id), nip, '--data-dir', dir, '--json'])).out);
    expect(h1).toMatchObject({ ok: true, status: 'hadir', duplikat: false, nama: first.nama });
    const h2 = await cli(['kegiatan', 'hadir', String(id), nip.replace(/^(\d{8})(\d{6})/, '$1 $2 '), '--data-dir', dir, '--json']);
    expect(h2.code).toBe(0);
    expect(JSON.parse(h2.out)).toMatchObject({ duplikat: true, status: 'hadir' });
    const unknown = await cli(['kegiatan', 'hadir', String(id), '199901012020011999', '--data-dir', dir, '--json']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.out).hasil).toBe('tidak-dikenal');

    const rekap = JSON.parse((await cli(['kegiatan', 'rekap', String(id), '--data-dir', dir, '--json'])).out);
    expect(rekap.total.jumlah).toMatchObject({ peserta: expected, hadir: 1 });

    fs.writeFileSync(file, JSON.stringify({ judul: 'X', jenis: 'apel-ikrar', tanggal: '2026-02-30', jam: '07.30', tempat: 'Aula' }));
    const bad = await cli(['kegiatan', 'buat', '--data', file, '--data-dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('tidak ada di kalender');
    expect((await cli(['kegiatan', 'hadir', 'abc', nip, '--data-dir', dir])).code).toBe(2);
    expect((await cli(['kegiatan', 'hadir', String(id), nip, '--status', 'libur', '--data-dir', dir])).code).toBe(2);
  });
});
