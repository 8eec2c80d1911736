import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { tempDir } from '../../helpers/core';

let core: Core | null = null;
let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  core?.close();
  host = null;
  core = null;
});

async function upload(name: string): Promise<{ status: number; body: { ok: boolean; value?: { file: string; fileName: string }; error?: { message: string } } }> {
  core = createCore({ dataDir: tempDir(), mode: 'web' });
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  host = await startWebHost(core, { rendererDir });
  const res = await fetch(`${host.origin}/upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'X-Netra-Kunci': host.secret }, body: 'NAMA\nBudi\n' });
  return { status: res.status, body: await res.json() };
}

describe('web host: nama berkas unggahan', () => {
  for (const name of ['..', '.', '...', ' . ']) {
    it(`an upload named "${name}" is stored under a usable name, not an error with the data folder's path`, async () => {
      const r = await upload(name);
      expect(r.body).toMatchObject({ ok: true, value: { fileName: 'berkas' } });
      const stored = core!.files.resolve(r.body.value!.file);
      expect(fs.readFileSync(stored.path, 'utf8')).toBe('NAMA\nBudi\n');
    });
  }

  it('a Windows device name ("NUL.xlsx") and trailing dots are not used as they are', async () => {
    const r = await upload('NUL.xlsx');
    expect(r.body.value!.fileName).toBe('_NUL.xlsx');
    await host!.close();
    core!.close();
    host = null;
    core = null;
    const r2 = await upload('data.csv. .');
    expect(r2.body.value!.fileName).toBe('data.csv');
  });
});
