import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main';
import { createCore } from '../../../electron/core/core';
import { tempDir } from '../../helpers/core';

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

/** A demo data folder and its three cases by stage. */
async function demo() {
  const dir = tempDir();
  expect((await cli(['demo', '--jumlah', '400', '--data-dir', dir])).code).toBe(0);
  const core = createCore({ dataDir: dir, mode: 'cli' });
  const rows = core.kasus.list({ teks: '', tahap: null, sumber: null, lampu: null, arsip: false, offset: 0, limit: 10 }).rows;
  const byTahap = (t: string) => core.kasus.get(rows.find((r) => r.tahap === t)!.id);
  const cases = { baru: byTahap('diterima'), dipanggil: byTahap('panggilan-1'), diputus: byTahap('keputusan') };
  core.close();
  return { dir, ...cases };
}

const xmlOf = (file: string) => strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);

describe('netra kasus dokumen', () => {
  it('fills a summons from the case, numbers it, archives it on the case and copies it (by id or register number)', async () => {
    const { dir, dipanggil, diputus } = await demo();
    const out = path.join(dir, 'panggilan.docx');
    const r = await cli(['kasus', 'dokumen', String(dipanggil.id), 'surat-panggilan', '--out', out, '--tanggal', '2026-12-01', '--data-dir', dir, '--json']);
    expect(r.code, r.out).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ ok: true, kasusId: dipanggil.id, terlaporId: dipanggil.terlapor[0]!.id, dokumen: { jenis: 'surat-panggilan', nomor: expect.stringMatching(/^800\/\d{4}\/BKPSDM\/2026$/) } });
    const xml = xmlOf(out);
    expect(xml).toContain('SURAT PANGGILAN I');
    expect(xml).toContain(dipanggil.terlapor[0]!.nama);
    const core = createCore({ dataDir: dir, mode: 'cli' });
    expect(core.kasus.get(dipanggil.id).dokumen.map((d) => d.nomor)).toEqual([j.dokumen.nomor]);
    core.close();

    // the decided case by its register number: its BAP carries the hearing, in human output
    const bap = path.join(dir, 'bap.docx');
    const h = await cli(['kasus', 'dokumen', diputus.nomorRegister, 'berita-acara-pemeriksaan', '--out', bap, '--data-dir', dir]);
    expect(h.code, h.out).toBe(0);
    expect(h.out).toContain(`Berita Acara Pemeriksaan nomor`);
    expect(h.out).toContain(`(kasus ${diputus.nomorRegister})`);
    expect(xmlOf(bap)).toContain('Apakah benar pada tanggal tersebut Saudara mendatangi kantor partai politik?');
  });

  it('a case with several people asks which one; a file that exists or a bad --ke is a usage error, before any number', async () => {
    const { dir, baru, dipanggil } = await demo();
    const out = path.join(dir, 'x.docx');
    const many = await cli(['kasus', 'dokumen', String(baru.id), 'surat-panggilan', '--out', out, '--data-dir', dir]);
    expect(many.code).toBe(2);
    expect(many.out).toContain('pilih dengan --terlapor ID');
    expect(many.out).toContain(`${baru.terlapor[0]!.id} (${baru.terlapor[0]!.nama})`);
    fs.writeFileSync(out, 'ada');
    expect((await cli(['kasus', 'dokumen', String(dipanggil.id), 'surat-panggilan', '--out', out, '--data-dir', dir])).out).toContain('sudah ada');
    const ke = await cli(['kasus', 'dokumen', String(dipanggil.id), 'surat-panggilan', '--out', path.join(dir, 'y.docx'), '--ke', '3', '--data-dir', dir, '--json']);
    expect(ke.code).toBe(2);
    expect(JSON.parse(ke.out)).toMatchObject({ ok: false, error: { code: 'PEMAKAIAN', message: expect.stringContaining('--ke') } });
    const core = createCore({ dataDir: dir, mode: 'cli' });
    expect(core.penomoran.list({ tahun: null, status: null })).toHaveLength(0);
    core.close();
  });

  it('what the case cannot fill is refused with the fields named (exit 1), and no number is spent', async () => {
    const { dir, dipanggil } = await demo();
    // no release from duty recorded: the decree asks for its start date
    const r = await cli(['kasus', 'dokumen', String(dipanggil.id), 'keputusan-pembebasan-sementara', '--out', path.join(dir, 'sk.docx'), '--data-dir', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).error).toMatchObject({ code: 'VALIDASI', fields: expect.arrayContaining([expect.objectContaining({ field: 'data.sejak' })]) });
    const unknown = await cli(['kasus', 'dokumen', '999', 'surat-panggilan', '--out', path.join(dir, 'z.docx'), '--data-dir', dir]);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('Kasus dengan id 999 tidak ada.');
    const core = createCore({ dataDir: dir, mode: 'cli' });
    expect(core.penomoran.list({ tahun: null, status: null })).toHaveLength(0);
    core.close();
  });
});
