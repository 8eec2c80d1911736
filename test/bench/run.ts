/**
 * npm run bench [-- --json] [-- --rows N]
 * Each phase runs in a fresh child process so its peak memory is its own.
 * Figures are medians over repeated runs; import is compared with two baselines measured
 * in the same run: reading the same file with the raw exceljs stream reader, and inserting
 * the same rows with one prepared statement in one transaction.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const rowsArg = argv.indexOf('--rows');
const ROWS = rowsArg >= 0 ? Number(argv[rowsArg + 1]) : 50_000;
const PHASE = path.resolve(import.meta.dirname, 'phase.ts');

export interface PhaseResult {
  name: string;
  timesMs: number[];
  peakRssMb: number;
  extra?: Record<string, number>;
}

function runPhase(name: string, work: string, repeat: number): PhaseResult {
  const r = spawnSync('npx', ['tsx', PHASE, name, work, String(ROWS), String(repeat)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`Fase ${name} gagal:\n${r.stderr}\n${r.stdout}`);
  return JSON.parse(line) as PhaseResult;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const r1 = (x: number) => Math.round(x * 10) / 10;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-bench-'));
const log = (s: string) => !json && console.log(s);
log(`Netra bench: ${ROWS} pegawai, folder kerja ${work}`);

const phases = [
  runPhase('prepare', work, 1),
  runPhase('baseline-read', work, 5),
  runPhase('baseline-insert', work, 5),
  runPhase('import', work, 3),
  runPhase('export', work, 3),
  runPhase('search', work, 1),
];
const by = (n: string) => phases.find((p) => p.name === n)!;
const imp = median(by('import').timesMs);
const base = median(by('baseline-read').timesMs) + median(by('baseline-insert').timesMs);
const result = {
  rows: ROWS,
  import: { medianMs: r1(imp), peakRssMb: by('import').peakRssMb, rowsPerSecond: Math.round(ROWS / (imp / 1000)) },
  baselineRead: { medianMs: r1(median(by('baseline-read').timesMs)), peakRssMb: by('baseline-read').peakRssMb },
  baselineInsert: { medianMs: r1(median(by('baseline-insert').timesMs)), peakRssMb: by('baseline-insert').peakRssMb },
  importVsBaseline: r1(imp / base),
  export: { medianMs: r1(median(by('export').timesMs)), peakRssMb: by('export').peakRssMb },
  search: {
    queries: by('search').extra?.queries ?? 0,
    medianMs: by('search').extra?.medianMs ?? 0,
    p95Ms: by('search').extra?.p95Ms ?? 0,
    peakRssMb: by('search').peakRssMb,
  },
};
fs.rmSync(work, { recursive: true, force: true });

if (json) console.log(JSON.stringify(result));
else {
  console.log(`Impor ${ROWS} baris xlsx     : median ${result.import.medianMs} ms (${result.import.rowsPerSecond} baris/detik), puncak RSS ${result.import.peakRssMb} MB`);
  console.log(`  dasar: baca exceljs        : median ${result.baselineRead.medianMs} ms, puncak RSS ${result.baselineRead.peakRssMb} MB`);
  console.log(`  dasar: insert 1 statement  : median ${result.baselineInsert.medianMs} ms`);
  console.log(`  rasio impor / (baca+insert): ${result.importVsBaseline}×`);
  console.log(`Ekspor ${ROWS} baris xlsx    : median ${result.export.medianMs} ms, puncak RSS ${result.export.peakRssMb} MB`);
  console.log(`Cari (FTS5, ${result.search.queries} kueri)   : median ${result.search.medianMs} ms, p95 ${result.search.p95Ms} ms`);
}
