import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cliIsStale, ROOT } from '../../../scripts/build-cli.mjs';
import { DAFTAR_JENIS } from '../../../shared/dokumen/jenis/index';
import { tempDir } from '../../helpers/core';

// The CLI as shipped: built by the same step as `npm run build` (into its own folder under out/,
// so resources/ is found the way it is from out/cli), then run as a separate Node process.
const outdir = path.join(ROOT, 'out', `cli-test-${process.pid}`);
let entry: string;

const netra = (...args: string[]) => {
  const r = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NETRA_DATA_DIR: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

beforeAll(async () => {
  entry = await buildCli(outdir);
}, 60_000);

afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

describe('the built CLI', () => {
  it('answers info from a fresh data folder (native better-sqlite3 loads from node_modules)', () => {
    const dir = tempDir();
    const r = netra('info', '--json', '--data-dir', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const info = JSON.parse(r.out);
    expect(info).toMatchObject({ dataDir: dir, pegawai: 0, unitKerja: 0 });
    expect(info.schemaVersion).toBeGreaterThan(0);
  });

  it('keeps the exit codes: usage errors are 2', () => {
    const r = netra('terbang');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Perintah tidak dikenal: terbang/);
  });

  it('delivers a long --json answer whole through a pipe', () => {
    const dir = tempDir();
    expect(netra('demo', '--jumlah', '400', '--data-dir', dir).code).toBe(0);
    const r = netra('pegawai', 'search', 'a', '--limit', '400', '--json', '--data-dir', dir);
    expect(r.code).toBe(0);
    expect(r.out.length).toBeGreaterThan(64 * 1024); // more than a pipe buffer holds
    const body = JSON.parse(r.out);
    expect(body.rows.length).toBe(Math.min(body.total, 400));
  });

  it('finds resources/ from its build folder (the sample logo in dokumen contoh)', () => {
    const dir = tempDir();
    const out = path.join(dir, 'contoh');
    const r = netra('dokumen', 'contoh', '--out', out, '--data-dir', dir, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.docx')).length).toBeGreaterThan(0);
  });
});

describe('cliIsStale', () => {
  const manifestFile = () => path.join(outdir, 'build-inputs.json');

  it('is fresh right after a build and stale when an input changed after it or is gone', () => {
    expect(cliIsStale(outdir)).toBe(false);
    const manifest = JSON.parse(fs.readFileSync(manifestFile(), 'utf8'));
    expect(manifest.inputs).toEqual(expect.arrayContaining(['electron/cli/main.ts', 'electron/core/core.ts', 'package-lock.json']));
    expect(manifest.inputs.some((f: string) => f.includes('node_modules'))).toBe(false);
    try {
      fs.writeFileSync(manifestFile(), JSON.stringify({ ...manifest, startedAt: fs.statSync(path.join(ROOT, 'electron/cli/main.ts')).mtimeMs - 1 }));
      expect(cliIsStale(outdir)).toBe(true);
      fs.writeFileSync(manifestFile(), JSON.stringify({ ...manifest, inputs: [...manifest.inputs, 'electron/cli/weg.ts'] }));
      expect(cliIsStale(outdir)).toBe(true);
      fs.writeFileSync(manifestFile(), '{');
      expect(cliIsStale(outdir)).toBe(true);
    } finally {
      fs.writeFileSync(manifestFile(), JSON.stringify(manifest));
    }
    expect(cliIsStale(outdir)).toBe(false);
    expect(cliIsStale(path.join(outdir, 'tidak-ada'))).toBe(true);
  });
});

describe('npm run netra from another folder', () => {
  it('reads and writes file names relative to the folder the command was typed in (npm’s INIT_CWD), not the package folder', () => {
    const here = tempDir();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'netra.mjs'), 'dokumen', 'contoh', '--out', 'contoh', '--data-dir', path.join(here, 'data')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: here, NETRA_DATA_DIR: '' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(path.join(here, 'contoh')).sort()).toEqual(DAFTAR_JENIS.map((j) => `${j.kodeFile}_contoh.docx`).sort());
    expect(fs.existsSync(path.join(ROOT, 'contoh'))).toBe(false);
  }, 60_000);
});
