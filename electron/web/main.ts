import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, resolveDataDir } from '../core/core';
import { spawn } from 'node:child_process';
import { startWebHost } from './server';
import { jaringanMeja } from './meja';
import { PORT_MEJA_BAWAAN } from '../../shared/contract/meja';

/**
 * `npm run web [-- --port N] [--port-meja N] [--data-dir DIR] [--demo] [--open]`: the real UI in a browser on 127.0.0.1,
 * behind a per-launch secret; Meja hadir (turned on from an event) listens on the office network at --port-meja (default 47321).
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const portArg = argv.indexOf('--port');
  const port = portArg >= 0 ? Number(argv[portArg + 1]) : 0;
  const mejaArg = argv.indexOf('--port-meja');
  const portMeja = mejaArg >= 0 ? Number(argv[mejaArg + 1]) : PORT_MEJA_BAWAAN;
  const core = createCore({ dataDir: resolveDataDir(argv), mode: 'web' });
  if (argv.includes('--demo') && core.pegawai.count() === 0) {
    const r = core.demo.load();
    console.log(`Data contoh dimuat: ${r.pegawai} pegawai, ${r.units} unit kerja.`);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../out/renderer');
  const host = await startWebHost(core, { port, rendererDir: root });
  const meja = jaringanMeja(core, { rendererDir: root, port: portMeja });
  core.meja.setJaringan(meja);
  const status = await core.meja.pulihkan().catch((e: unknown) => {
    console.error(`Meja hadir dimatikan: ${(e as Error).message}`);
    return null;
  });
  if (status?.aktif) console.log(`Meja hadir menyala untuk "${status.judul}": ${status.alamat.join(', ')}`);
  console.log(`Netra berjalan (data: ${core.dataDir}). Buka alamat lengkap ini di peramban:\n\n  ${host.url}\n`);
  console.log('Alamat ini berisi kunci rahasia yang berlaku sampai Netra ditutup: jangan dibagikan.');
  if (argv.includes('--open')) openBrowser(host.url);
  const stop = () => Promise.all([host.close(), meja.tutup()]).then(() => {
    core.close();
    process.exit(0);
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});

function openBrowser(url: string): void {
  const cmd = process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  try {
    spawn(cmd, [url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
  } catch {
    /* no browser launcher: the URL is printed above */
  }
}
