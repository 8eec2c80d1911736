/**
 * npm run bench:cli [-- --json] [-- --runs N]: start-up of `netra info` on 2,000 demo staff,
 * the built CLI (out/cli/netra.mjs, as `bin` and `npm run netra` run it) against the same
 * command through tsx (how `npm run netra` ran before the bundle). Medians of N runs each,
 * interleaved so a busy machine slows both alike. Goal: the built CLI under 300 ms.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCli, CLI_OUTDIR, cliIsStale, ROOT } from '../../scripts/build-cli.mjs';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : 15;

const entry = cliIsStale(CLI_OUTDIR) ? await buildCli(CLI_OUTDIR) : path.join(CLI_OUTDIR, 'netra.mjs');
const tsxCli = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-bench-cli-'));

function once(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [...args, 'info', '--data-dir', dataDir], { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`netra info gagal (${args.join(' ')}):\n${r.stderr}${r.stdout}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const r1 = (x: number) => Math.round(x * 10) / 10;

const seed = spawnSync(process.execPath, [entry, 'demo', '--data-dir', dataDir], { encoding: 'utf8' });
if (seed.status !== 0) throw new Error(`demo gagal:\n${seed.stderr}`);
// One start each first: the bundle's compile cache fills, tsx's transform cache too.
once([entry]);
once([tsxCli, 'electron/cli/main.ts']);
const built: number[] = [];
const viaTsx: number[] = [];
for (let i = 0; i < RUNS; i++) {
  built.push(once([entry]));
  viaTsx.push(once([tsxCli, 'electron/cli/main.ts']));
}
fs.rmSync(dataDir, { recursive: true, force: true });

const result = { name: 'cli-start', runs: RUNS, builtMedianMs: r1(median(built)), tsxMedianMs: r1(median(viaTsx)), goalMs: 300 };
if (json) console.log(JSON.stringify(result));
else
  console.log(
    [
      `netra info (2.000 pegawai), median ${RUNS} kali:`,
      `  CLI terbangun (out/cli) : ${result.builtMedianMs} ms (sasaran < ${result.goalMs} ms)`,
      `  lewat tsx (sebelumnya)  : ${result.tsxMedianMs} ms`,
    ].join('\n'),
  );
