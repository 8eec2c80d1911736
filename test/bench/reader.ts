/**
 * Reader comparison, not part of `npm run bench`: `npx tsx test/bench/reader.ts [rows] [repeat] [file.xlsx]`.
 * Reads the staff export of N demo staff (default 50,000; or the given file) with exceljs's stream
 * reader (the bench's floor, which keeps no rows) and with `readGrid` (which keeps them all), each
 * run in a fresh process, and prints the median time and the median peak RSS of each.
 */
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemoData } from '../../electron/core/demo/generate';
import { readGrid } from '../../electron/core/sheets/read';
import { writePegawaiXlsx } from '../../electron/core/sheets/write';
import type { Pegawai } from '../../shared/domain/pegawai';

const [a = '50000', b = '5', c = ''] = process.argv.slice(2);

if (a === 'child') {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 5);
  const t0 = performance.now();
  let rows = 0;
  if (b === 'exceljs') {
    for await (const ws of new ExcelJS.stream.xlsx.WorkbookReader(c, { sharedStrings: 'cache', styles: 'cache' }))
      for await (const row of ws) rows += row.hasValues ? 1 : 0;
  } else rows = (await readGrid(c)).rows.length;
  const ms = performance.now() - t0;
  sample();
  clearInterval(timer);
  console.log(JSON.stringify({ ms, rows, peakMb: Math.round(peak / 1048576) }));
} else {
  const repeat = Number(b);
  let file = c;
  let dir = '';
  if (!file) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-reader-'));
    file = path.join(dir, 'pegawai.xlsx');
    const people: Pegawai[] = generateDemoData({ pegawai: Number(a), seed: 42 }).pegawai.map((p, i) => ({ ...p, id: i + 1, unitKerjaId: null, createdAt: '', updatedAt: '' }));
    await writePegawaiXlsx(file, people, { title: ['DAFTAR PEGAWAI'] });
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
  console.log(`${path.basename(file)}: ${(fs.statSync(file).size / 1048576).toFixed(1)} MB, ${repeat} runs each, alternating`);
  const runs: Record<string, { ms: number[]; mb: number[]; rows: number }> = { exceljs: { ms: [], mb: [], rows: 0 }, readGrid: { ms: [], mb: [], rows: 0 } };
  for (let i = 0; i < repeat; i++)
    for (const mode of Object.keys(runs)) {
      const r = spawnSync('npx', ['tsx', import.meta.filename, 'child', mode, file], { encoding: 'utf8' });
      const line = r.stdout.trim().split('\n').pop() ?? '';
      if (r.status !== 0 || !line.startsWith('{')) throw new Error(`${mode} gagal:\n${r.stderr}`);
      const j = JSON.parse(line) as { ms: number; rows: number; peakMb: number };
      runs[mode]!.ms.push(j.ms);
      runs[mode]!.mb.push(j.peakMb);
      runs[mode]!.rows = j.rows;
    }
  for (const [mode, r] of Object.entries(runs))
    console.log(`${mode.padEnd(8)}: ${r.rows} baris, median ${Math.round(median(r.ms))} ms, puncak RSS median ${median(r.mb)} MB`);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
