/**
 * `npm start`: the desktop app when an Electron binary is available (downloading it on first
 * start), otherwise the same UI served on 127.0.0.1 and opened in the browser.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const passThrough = process.argv.slice(2);

function electronBinary(): string | null {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const bin = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(bin) ? bin : null;
}

function ensureElectron(): boolean {
  if (electronBinary()) return true;
  console.log('Mengunduh Electron (sekali saja)…');
  const r = spawnSync(npx, ['install-electron', '--no'], { cwd: root, stdio: 'inherit', timeout: 180_000 });
  return r.status === 0 && electronBinary() !== null;
}

const run = (args: string[]) => {
  const child = spawn(npx, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
};

if (!process.env.NETRA_WEB && ensureElectron()) {
  run(['electron-vite', 'preview', '--', ...passThrough]);
} else {
  console.log('Electron tidak tersedia di mesin ini: Netra dibuka di peramban (mode web lokal).');
  const build = spawnSync(npx, ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  run(['tsx', 'electron/web/main.ts', '--open', ...passThrough]);
}
