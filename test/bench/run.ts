/**
 * npm run bench [-- --json] [-- --rows N] [-- --only pegawai|dokumen]
 * Each phase runs in a fresh child process so its peak memory is its own.
 * Figures are medians over repeated runs; import is compared with two baselines measured
 * in the same run: reading the same file with the raw exceljs stream reader, and inserting
 * the same rows with one prepared statement in one transaction. Documents (dokumen.ts) are
 * compared with deflating the same XML alone and, for 1,000 pages, with the naive docx tree.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const rowsArg = argv.indexOf('--rows');
const ROWS = rowsArg >= 0 ? Number(argv[rowsArg + 1]) : 50_000;
const onlyArg = argv.indexOf('--only');
const only = onlyArg >= 0 ? argv[onlyArg + 1] : undefined;
if (only !== undefined && only !== 'pegawai' && only !== 'dokumen') throw new Error(`--only pegawai|dokumen, bukan ${only}`);
const want = (group: 'pegawai' | 'dokumen') => !only || only === group;
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
let result: Record<string, unknown> = {};
const lines: string[] = [];

if (want('pegawai')) {
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
  const pegawai = {
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
  result = { ...result, ...pegawai };
  lines.push(
    `Impor ${ROWS} baris xlsx     : median ${pegawai.import.medianMs} ms (${pegawai.import.rowsPerSecond} baris/detik), puncak RSS ${pegawai.import.peakRssMb} MB`,
    `  dasar: baca exceljs        : median ${pegawai.baselineRead.medianMs} ms, puncak RSS ${pegawai.baselineRead.peakRssMb} MB`,
    `  dasar: insert 1 statement  : median ${pegawai.baselineInsert.medianMs} ms`,
    `  rasio impor / (baca+insert): ${pegawai.importVsBaseline}×`,
    `Ekspor ${ROWS} baris xlsx    : median ${pegawai.export.medianMs} ms, puncak RSS ${pegawai.export.peakRssMb} MB`,
    `Cari (FTS5, ${pegawai.search.queries} kueri)   : median ${pegawai.search.medianMs} ms, p95 ${pegawai.search.p95Ms} ms`,
  );
}

if (want('dokumen')) {
  log(`Netra bench: dokumen, folder kerja ${work}`);
  // halaman-massal: one pledge form per employee, repeated by writeRepeatedPages (one .docx).
  const massal = [runPhase('halaman-1000', work, 3), runPhase('halaman-10000', work, 3)];
  const floor = runPhase('halaman-floor', work, 3).extra ?? {};
  const naif = runPhase('halaman-naif', work, 1);
  const halaman = massal.map((p) => {
    const pages = p.extra?.pages ?? 0;
    const ms = median(p.timesMs);
    const fflate = floor[`fflate${pages}Ms`] ?? NaN;
    const zlib = floor[`zlib${pages}Ms`] ?? NaN;
    return {
      pages,
      medianMs: r1(ms),
      peakRssMb: p.peakRssMb,
      rssBeforeMb: p.extra?.rssBeforeMb ?? 0,
      pagesPerSecond: Math.round(pages / (ms / 1000)),
      fileKb: Math.round((p.extra?.bytes ?? 0) / 1024),
      xmlMb: r1((p.extra?.xmlBytes ?? 0) / 1048576),
      floorFflateMs: r1(fflate),
      floorZlibMs: r1(zlib),
      vsFloorFflate: r1(ms / fflate),
      vsFloorZlib: r1(ms / zlib),
    };
  });
  const naiveMs = naif.timesMs[0];
  const naive = naiveMs === undefined ? null : { pages: naif.extra?.pages ?? 0, ms: r1(naiveMs), peakRssMb: naif.peakRssMb, vsEngine: r1(naiveMs / halaman[0]!.medianMs) };
  const satuan = runPhase('surat-1000', work, 1);
  const surat = {
    letters: satuan.extra?.letters ?? 0,
    medianMs: r1(median(satuan.timesMs)),
    p95Ms: r1([...satuan.timesMs].sort((a, b) => a - b)[Math.floor(satuan.timesMs.length * 0.95)] ?? NaN),
    totalMs: r1(satuan.extra?.totalMs ?? NaN),
    peakRssMb: satuan.peakRssMb,
    avgKb: r1(satuan.extra?.avgKb ?? NaN),
  };
  const dokumen = { halamanMassal: halaman, halamanNaif: naive, suratSatuan: surat };
  result = { ...result, dokumen };
  for (const h of halaman) {
    lines.push(
      `Halaman massal ${h.pages} hlm      : median ${h.medianMs} ms (${h.pagesPerSecond} halaman/detik), puncak RSS ${h.peakRssMb} MB (${h.rssBeforeMb} MB sebelum mulai), ${h.fileKb} KB (XML ${h.xmlMb} MB)`,
      `  dasar: deflate XML saja    : fflate ${h.floorFflateMs} ms (rasio ${h.vsFloorFflate}×), zlib ${h.floorZlibMs} ms (rasio ${h.vsFloorZlib}×)`,
    );
  }
  lines.push(
    `Surat satuan ${surat.letters} berkas   : median ${surat.medianMs} ms/surat, p95 ${surat.p95Ms} ms, total ${surat.totalMs} ms, puncak RSS ${surat.peakRssMb} MB, ${surat.avgKb} KB/berkas`,
    naive
      ? `  cara naif ${naive.pages} hlm (1 pohon docx, sekali): ${naive.ms} ms (${naive.vsEngine}× lebih lambat), puncak RSS ${naive.peakRssMb} MB`
      : `  cara naif: dilewati (lebih dari 10 detik)`,
  );
}
fs.rmSync(work, { recursive: true, force: true });

if (json) console.log(JSON.stringify(result));
else for (const l of lines) console.log(l);
