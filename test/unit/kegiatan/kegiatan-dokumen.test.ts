import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main';
import { createCore, type Core } from '../../../electron/core/core';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { dispatch } from '../../../electron/core/handlers';
import { tempDir } from '../../helpers/core';

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.message}`);
  return r.value as OutputOf<C>;
}

const personRows = (file: string) => {
  const xml = strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);
  // person rows: seven cells, the first a number
  return (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).filter((r) => (r.match(/<w:tc>/g) ?? []).length === 7 && /<w:t(?: [^>]*)?>\d+<\/w:t>/.test(r));
};

describe('event documents through dispatch and the command line', () => {
  it('daftar hadir .docx/.xlsx, recap .xlsx and laporan .docx of a demo event, with the recorded attendance', async () => {
    const dir = tempDir();
    expect((await cli(['demo', '--jumlah', '300', '--data-dir', dir])).code).toBe(0);
    const data = path.join(dir, 'apel.json');
    fs.writeFileSync(data, JSON.stringify({ judul: 'Apel Ikrar', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Halaman Kantor Bupati', penyelenggaraId: 1, penandatanganId: 1, peserta: { unit: ['Dinas Pendidikan', 'Dinas Kesehatan'], subunit: true } }));
    const { id, peserta } = JSON.parse((await cli(['kegiatan', 'buat', '--data', data, '--data-dir', dir, '--json'])).out);
    expect(peserta).toBeGreaterThan(1);
    let core = createCore({ dataDir: dir, mode: 'cli' });
    const all = core.kegiatan.allPeserta(id);
    const units = [...new Set(all.map((p) => p.unitInduk))];
    core.close();
    const first = all[0]!;
    expect((await cli(['kegiatan', 'hadir', String(id), first.nip!, '--data-dir', dir])).code).toBe(0);

    const docx = path.join(dir, 'out', 'daftar hadir.docx');
    fs.mkdirSync(path.dirname(docx));
    const d = await cli(['kegiatan', 'daftar-hadir', String(id), '--out', docx, '--per-unit', '--data-dir', dir, '--json']);
    expect(d.code).toBe(0);
    expect(JSON.parse(d.out)).toEqual({ ok: true, peserta: all.length, file: docx });
    const rows = personRows(docx);
    expect(rows).toHaveLength(all.length);
    expect(rows[0]).toContain(first.nama);
    const xml = strFromU8(unzipSync(fs.readFileSync(docx))['word/document.xml']!);
    expect(xml.split('<w:pageBreakBefore/>').length - 1).toBe(units.length - 1);
    // the organiser's kop and signer
    expect(xml).toContain('BADAN KEPEGAWAIAN DAN PENGEMBANGAN');
    expect(xml).toContain('Sri Rahayu');

    const xlsx = path.join(dir, 'out', 'daftar-hadir.xlsx');
    expect((await cli(['kegiatan', 'daftar-hadir', String(id), '--out', xlsx, '--data-dir', dir])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.worksheets[0]!;
    let found: ExcelJS.Row | null = null;
    ws.eachRow((r) => {
      if (r.getCell(2).value === first.nama) found = r;
    });
    expect(found).not.toBeNull();
    expect((found as unknown as ExcelJS.Row).getCell(6).value).toBe('Hadir');
    expect((found as unknown as ExcelJS.Row).getCell(7).value).toMatch(/^\d{2}\.\d{2}$/);

    const rekap = path.join(dir, 'out', 'rekap.xlsx');
    expect((await cli(['kegiatan', 'rekap', String(id), '--out', rekap, '--data-dir', dir])).code).toBe(0);
    const rb = new ExcelJS.Workbook();
    await rb.xlsx.readFile(rekap);
    const rs = rb.worksheets[0]!;
    const totals = rs.getRow(6 + units.length + 1);
    expect(totals.getCell(2).value).toBe('Jumlah');
    expect([totals.getCell(3).value, totals.getCell(4).value]).toEqual([all.length, 1]);

    const laporan = path.join(dir, 'out', 'laporan.docx');
    expect((await cli(['kegiatan', 'laporan', String(id), '--out', laporan, '--data-dir', dir])).code).toBe(0);
    expect(Object.keys(unzipSync(fs.readFileSync(laporan)))).toContain('word/charts/chart1.xml');

    // usage: the format comes from --out, which is required
    expect((await cli(['kegiatan', 'daftar-hadir', String(id), '--out', path.join(dir, 'x.pdf'), '--data-dir', dir])).code).toBe(2);
    expect((await cli(['kegiatan', 'daftar-hadir', String(id), '--data-dir', dir])).code).toBe(2);
    expect((await cli(['kegiatan', 'laporan', String(id), '--out', path.join(dir, 'x.xlsx'), '--data-dir', dir])).code).toBe(2);
    core = createCore({ dataDir: dir, mode: 'cli' });
    try {
      // one unit only
      const unitId = all.find((p) => p.unitInduk === units[1])!.unitIndukId!;
      const one = await call(core, 'kegiatan.daftarHadir', { id, unitIndukId: unitId });
      expect(one.rows).toBe(all.filter((p) => p.unitIndukId === unitId).length);
      expect(one.fileName).toMatch(/^Daftar_Hadir_Apel_Ikrar_.+_2026-12-07\.docx$/);
      const empty = await call(core, 'kegiatan.create', { data: { judul: 'Rapat', jenis: 'rakor', tanggal: '2026-12-08', jam: '09.00', tempat: 'Aula' } });
      const refused = await dispatch(core, 'kegiatan.daftarHadir', { id: empty.id });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error).toMatchObject({ code: 'VALIDASI', message: 'Kegiatan "Rapat" belum punya peserta; tambahkan peserta dulu.' });
      const bad = await dispatch(core, 'kegiatan.daftarHadir', { id, format: 'pdf' });
      expect(bad.ok).toBe(false);
    } finally {
      core.close();
    }
  });
});
