import fs from 'node:fs';
import { formatNip } from '../../../shared/domain/nip';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main';
import { makeCore, tempDir } from '../../helpers/core';
import { duaUnit, ok } from '../../helpers/ikrar';

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

describe('netra ikrar', () => {
  it('buat, formulir to a .docx and to a folder per unit, terima by code and NIP, rekap; exit 0/1/2', async () => {
    const dir = tempDir();
    const core = makeCore(dir);
    const staf = await duaUnit(core);
    core.close();
    const data = path.join(dir, 'kampanye.json');
    fs.writeFileSync(data, JSON.stringify({ judul: 'Apel Ikrar', pemilihan: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026', tanggal: '2026-12-07', peserta: { unit: ['Dinas Pendidikan', 'Dinas Kesehatan'] } }));
    const made = await cli(['ikrar', 'buat', '--data', data, '--data-dir', dir, '--json']);
    expect(made.code).toBe(0);
    const { id, formulir } = JSON.parse(made.out);
    expect(formulir).toBe(6);

    const docx = path.join(dir, 'semua.docx');
    expect((await cli(['ikrar', 'formulir', String(id), '--out', docx, '--data-dir', dir])).code).toBe(0);
    expect(strFromU8(unzipSync(fs.readFileSync(docx))['word/document.xml']!).split('<w:pageBreakBefore/>')).toHaveLength(6);
    const again = await cli(['ikrar', 'formulir', String(id), '--out', docx, '--data-dir', dir]);
    expect(again.code).toBe(2);
    expect(again.out).toContain('sudah ada');

    const folder = path.join(dir, 'per-unit');
    const perUnit = await cli(['ikrar', 'formulir', String(id), '--out', folder, '--data-dir', dir, '--json']);
    expect(perUnit.code).toBe(0);
    expect(fs.readdirSync(folder).sort()).toEqual(['01_Dinas-Kesehatan.docx', '02_Dinas-Pendidikan.docx']);

    const oneUnit = path.join(dir, 'kesehatan.docx');
    expect((await cli(['ikrar', 'formulir', String(id), '--unit', 'dinas kesehatan', '--out', oneUnit, '--data-dir', dir])).code).toBe(0);
    expect(strFromU8(unzipSync(fs.readFileSync(oneUnit))['word/document.xml']!)).toContain(formatNip(staf.nip.kesehatan[0]!));
    const noUnit = await cli(['ikrar', 'formulir', String(id), '--unit', 'Dinas Pariwisata', '--out', path.join(dir, 'x.docx'), '--data-dir', dir]);
    expect(noUnit.code).toBe(1);
    expect(noUnit.out).toContain('Yang ada: Dinas Kesehatan, Dinas Pendidikan');

    const c2 = makeCore(dir);
    const kode = (await ok(c2, 'ikrar.formulir.list', { kampanyeId: id })).rows[0]!.kode;
    c2.close();
    const t1 = await cli(['ikrar', 'terima', String(id), kode, '--data-dir', dir, '--json']);
    expect(t1.code).toBe(0);
    expect(JSON.parse(t1.out)).toMatchObject({ ok: true, hasil: 'tercatat', duplikat: false });
    const t2 = await cli(['ikrar', 'terima', String(id), kode, '--data-dir', dir, '--json']);
    expect(t2.code).toBe(0);
    expect(JSON.parse(t2.out)).toMatchObject({ hasil: 'duplikat', duplikat: true });
    expect(JSON.parse(t2.out).pesan).toMatch(/sudah diterima pukul \d\d\.\d\d di Baris perintah/);
    const byNip = await cli(['ikrar', 'terima', String(id), staf.nip.pendidikan[0]!, '--data-dir', dir]);
    expect(byNip.code).toBe(0);
    expect(byNip.out).toContain('Citra Kadis');
    const bad = await cli(['ikrar', 'terima', String(id), 'IK1-0001-00001-AAAAAAAA', '--data-dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('tidak dikenali');

    const rekap = await cli(['ikrar', 'rekap', String(id), '--data-dir', dir, '--json']);
    expect(rekap.code).toBe(0);
    expect(JSON.parse(rekap.out).baris).toEqual([
      { unit: 'Dinas Kesehatan', formulir: 2, kembali: 1, belum: 1, persenKembali: 50 },
      { unit: 'Dinas Pendidikan', formulir: 4, kembali: 1, belum: 3, persenKembali: 25 },
    ]);
    const xlsx = path.join(dir, 'rekap.xlsx');
    const human = await cli(['ikrar', 'rekap', String(id), '--out', xlsx, '--data-dir', dir]);
    expect(human.out).toMatch(/Dinas Pendidikan\s+4\s+1\s+3\s+25%/);
    expect(fs.existsSync(xlsx)).toBe(true);

    expect((await cli(['ikrar', 'rekap', 'satu', '--data-dir', dir])).code).toBe(2);
    expect((await cli(['ikrar', 'rekap', '99', '--data-dir', dir])).code).toBe(1);
    expect((await cli(['ikrar', 'entah', '--data-dir', dir])).code).toBe(2);
  });
});
