#!/usr/bin/env node
// Entry of the built command line (out/cli/netra.mjs, made by scripts/build-cli.mjs).
import module from 'node:module';
import path from 'node:path';

// V8's compile cache, on before the command's modules load (they come in through the dynamic
// import below): compiling exceljs alone is ~50 ms of every start otherwise. Kept beside the
// bundle, not in a shared temporary folder.
module.enableCompileCache?.(path.join(import.meta.dirname, '.cache'));

const { run } = await import('./main');
const code = await run(process.argv.slice(2));
// Exit once stdout has drained: exiting at once can cut the end of a long --json answer in a pipe.
process.stdout.write('', () => process.exit(code));
