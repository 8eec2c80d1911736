#!/usr/bin/env node
// `npm run netra -- ARGS`: the built CLI (out/cli/netra.mjs), rebuilt first when a source file
// changed since its last build, so a checkout never runs stale code. Checking costs a few ms.
import { buildCli, CLI_OUTDIR, cliIsStale } from './build-cli.mjs';

if (cliIsStale(CLI_OUTDIR)) await buildCli(CLI_OUTDIR);
// npm runs scripts in the package folder; file names on the command line mean the folder it was typed in.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
await import('../out/cli/netra.mjs');
