#!/usr/bin/env node
/**
 * Builds the command line into out/cli/ with one esbuild step (~0.2 s): `node scripts/build-cli.mjs`.
 * Run by `npm install` (prepare), `npm run build` and, when a source changed, by `npm run netra`.
 *
 * Plain JavaScript so it runs before anything is built. Native or heavy CommonJS packages stay
 * external and load from node_modules; the rest is bundled, so a start reads a few files
 * instead of hundreds. resources/ is found at run time by walking up from out/cli (resources.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const CLI_OUTDIR = path.join(ROOT, 'out', 'cli');
export const EXTERNAL = ['better-sqlite3', 'exceljs'];
const MANIFEST = 'build-inputs.json';

/** Builds the CLI into `outdir` (replacing what was there) and returns the path of its entry. */
export async function buildCli(outdir = CLI_OUTDIR) {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  // Built beside the target and moved into place, so a CLI starting meanwhile never sees half a build.
  const staging = `${outdir}.${process.pid}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { netra: 'electron/cli/bin.ts' },
    outdir: staging,
    bundle: true,
    // The entry stays tiny and loads the rest as a chunk, after it has switched the compile cache on.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    external: EXTERNAL,
    // Bundled CommonJS code calls require(); ESM output has none of its own.
    banner: { js: "import { createRequire as __netraCreateRequire } from 'node:module'; const require = __netraCreateRequire(import.meta.url);" },
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // What the bundle was made from (project files only; dependencies change with package-lock.json).
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => !f.includes('node_modules'))
    .concat(['package.json', 'package-lock.json', path.relative(ROOT, fileURLToPath(import.meta.url))]);
  fs.writeFileSync(path.join(staging, MANIFEST), JSON.stringify({ startedAt, inputs }, null, 1));
  fs.chmodSync(path.join(staging, 'netra.mjs'), 0o755);
  fs.rmSync(outdir, { recursive: true, force: true });
  try {
    fs.renameSync(staging, outdir);
  } catch (e) {
    // Another build (a second `npm run netra` at the same moment) got there first: its output is as fresh.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(outdir, 'netra.mjs'))) throw e;
  }
  return path.join(outdir, 'netra.mjs');
}

/** Whether `outdir` lacks a bundle or any file it was built from changed since its build started. */
export function cliIsStale(outdir = CLI_OUTDIR) {
  let manifest;
  try {
    if (!fs.statSync(path.join(outdir, 'netra.mjs')).isFile()) return true;
    manifest = JSON.parse(fs.readFileSync(path.join(outdir, MANIFEST), 'utf8'));
  } catch {
    return true;
  }
  if (!Number.isFinite(manifest?.startedAt) || !Array.isArray(manifest?.inputs) || manifest.inputs.length === 0) return true;
  for (const rel of manifest.inputs) {
    try {
      if (fs.statSync(path.join(ROOT, rel)).mtimeMs > manifest.startedAt) return true;
    } catch {
      return true; // a source that moved or was deleted
    }
  }
  return false;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const entry = await buildCli();
  console.log(`CLI dibangun: ${path.relative(ROOT, entry)}`);
}
