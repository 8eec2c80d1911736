import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { DokumenDibuat } from '../../../shared/contract/dokumen';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import type { Core } from '../../../electron/core/core';
import { startWebHost } from '../../../electron/web/server';
import { makeCore, tempDir } from '../../helpers/core';
import { undanganContoh } from '../../helpers/dokumen';

const contoh = JENIS.get('surat-undangan').contoh as Record<string, unknown>;
const undangan = undanganContoh;
const KUNCI = '7d1e0c2a-4b5f-4a3e-8c9d-0e1f2a3b4c5d';
const numbers = (core: Core) => core.penomoran.list({ tahun: null, status: null }).map((n) => [n.nomor, n.status]);

describe('adversarial: the takeover of a stale key claim', () => {
  it('two windows taking over the same stale claim at once: one letter, no wasted number, the other waits', async () => {
    const dir = tempDir();
    const a = makeCore(dir);
    a.demo.load({ pegawai: 5, seed: 1 });
    const b = makeCore(dir);
    try {
      // a build that died long ago left its claim
      a.db.prepare('INSERT INTO dokumen_kunci (kunci, sidik, dokumen_id, created_at) VALUES (?, ?, NULL, ?)').run(KUNCI, 'x', '2026-01-01T00:00:00.000Z');
      // window B reads the stale claim; right then window A takes it over and starts building
      let fromA: Promise<DokumenDibuat> | undefined;
      const read = b.arsip.kunci.bind(b.arsip);
      b.arsip.kunci = (k: string) => {
        const claim = read(k);
        fromA ??= a.dokumen.buat(undangan(a, { kunci: KUNCI }));
        return claim;
      };
      // (B's letter is longer, so its build ends after A's failure, as a slow disk would have it)
      const kepada = Array.from({ length: 400 }, (_, i) => `Kepala Sekolah Dasar Negeri ${i + 1} Sukamaju`);
      const fromB = b.dokumen.buat(undangan(b, { kunci: KUNCI, data: { ...contoh, kepada } }));
      const [ra, rb] = await Promise.allSettled([fromA!, fromB]);
      expect(ra.status).toBe('fulfilled');
      // B must not delete A's fresh claim and build a second letter under the same key
      expect(rb.status).toBe('rejected');
      expect((rb as PromiseRejectedResult).reason.message).toContain('sedang disimpan di jendela lain');
      expect(numbers(a)).toEqual([['800/0001/BKPSDM/2026', 'dipakai']]);
    } finally {
      b.close();
      a.close();
    }
  });
});

describe('adversarial: a build that fails after its key was taken over', () => {
  it('gives back only its own claim, never the one that took over', async () => {
    const dir = tempDir();
    const a = makeCore(dir);
    a.demo.load({ pegawai: 5, seed: 1 });
    const b = makeCore(dir);
    try {
      // A claims the key; its build fails, and the failure is handled a moment later (a microtask here,
      // ten minutes of a stuck disk in real life) ...
      const failing = a.dokumen.buat(undangan(a, { kunci: KUNCI, data: { ...contoh, hal: '' } }));
      // ... by then B found the claim stale, took it over and is building the letter
      a.db.prepare('UPDATE dokumen_kunci SET created_at = ?').run('2026-01-01T00:00:00.000Z');
      const fromB = b.dokumen.buat(undangan(b, { kunci: KUNCI }));
      await expect(failing).rejects.toThrow('Hal wajib diisi');
      const r = await fromB;
      expect(r.dokumen.nomor).toBe('800/0001/BKPSDM/2026');
      expect(b.arsip.kunci(KUNCI)?.dokumenId).toBe(r.dokumen.id);
      expect(numbers(b)).toEqual([['800/0001/BKPSDM/2026', 'dipakai']]);
    } finally {
      b.close();
      a.close();
    }
  });
});

describe('adversarial: two processes on one data folder', () => {
  it('the same keyed request from two processes at once makes one letter and one number', async () => {
    const dir = tempDir();
    const seed = makeCore(dir);
    seed.demo.load({ pegawai: 5, seed: 1 });
    const request = undangan(seed, { kunci: KUNCI });
    seed.close();
    const gate = new SharedArrayBuffer(8);
    const flags = new Int32Array(gate);
    type R = { nomor?: string; code?: string; message?: string };
    const run = () =>
      new Promise<R[]>((resolve, reject) => {
        const w = new Worker(new URL('../../helpers/kunci-worker.mjs', import.meta.url), { workerData: { dataDir: dir, request, repeats: 3, gate } });
        w.once('message', resolve);
        w.once('error', reject);
      });
    const all = Promise.all([run(), run()]);
    while (Atomics.load(flags, 0) < 2) await new Promise((r) => setTimeout(r, 20));
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 1);
    const results = (await all).flat();
    // each answer is the one letter, or "being saved in another window": never a second number
    for (const r of results) expect(r.nomor ?? r.message).toMatch(/^800\/0001\/BKPSDM\/2026$|sedang disimpan di jendela lain/);
    expect(results.some((r) => r.nomor)).toBe(true);
    const core = makeCore(dir);
    try {
      expect(numbers(core)).toEqual([['800/0001/BKPSDM/2026', 'dipakai']]);
      expect(core.arsip.list({ text: '', jenis: null, tahun: null, offset: 0, limit: 10 }).total).toBe(1);
    } finally {
      core.close();
    }
  }, 60_000);
});

describe('adversarial: killed between claiming the key and archiving', () => {
  it('the takeover also voids the number the dead build had reserved, when the app restarted too soon to', async () => {
    const dir = tempDir();
    const first = makeCore(dir);
    first.demo.load({ pegawai: 5, seed: 1 });
    // what kill -9 mid-build leaves: the claim, and the number reserved for the letter, no document
    first.dokumen.buat(undangan(first, { kunci: KUNCI })).catch(() => undefined);
    first.db.close(); // dies before the render resolves: nothing after the reservation is written
    const fiveMinutesAgo = new Date(Date.now() - 5 * 60_000).toISOString();
    const raw = makeCore(dir).db;
    raw.prepare('UPDATE dokumen_kunci SET created_at = ?').run(fiveMinutesAgo);
    raw.prepare('UPDATE nomor_surat SET created_at = ?').run(fiveMinutesAgo);
    raw.close();
    // restarted five minutes later: too soon for start-up to void the number, and the key is still claimed
    const core = makeCore(dir);
    try {
      expect(numbers(core)).toEqual([['800/0001/BKPSDM/2026', 'dipesan']]);
      await expect(core.dokumen.buat(undangan(core, { kunci: KUNCI }))).rejects.toThrow('sedang disimpan di jendela lain');
      // the app keeps running; the clerk tries again a quarter of an hour later
      const longAgo = new Date(Date.now() - 15 * 60_000).toISOString();
      core.db.prepare('UPDATE dokumen_kunci SET created_at = ?').run(longAgo);
      core.db.prepare('UPDATE nomor_surat SET created_at = ?').run(longAgo);
      const r = await core.dokumen.buat(undangan(core, { kunci: KUNCI }));
      expect(r.dokumen.nomor).toBe('800/0002/BKPSDM/2026');
      // the dead build's number is not left "dipesan" until some later start-up: it says why it was skipped
      const lines = core.penomoran.list({ tahun: null, status: null });
      expect(lines.map((n) => [n.nomor, n.status])).toEqual([
        ['800/0002/BKPSDM/2026', 'dipakai'],
        ['800/0001/BKPSDM/2026', 'batal'],
      ]);
      expect(lines[1]!.alasanBatal).toContain('terhenti');
    } finally {
      core.close();
    }
  });
});

describe('adversarial: through the web host, with and without a key', () => {
  it('no key: every request is a new letter; a key sent twice at once: one letter', async () => {
    const rendererDir = tempDir('netra-web-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Netra</title>');
    const core = makeCore();
    core.demo.load({ pegawai: 5, seed: 1 });
    const secret = 'rahasia-uji-kunci-0123456789abcdef';
    const host = await startWebHost(core, { rendererDir, secret });
    try {
      const post = (body: unknown) =>
        fetch(`${host.origin}/api/dokumen.buat`, { method: 'POST', headers: { 'X-Netra-Kunci': secret, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(
          (r) => r.json() as Promise<{ ok: boolean; value?: DokumenDibuat; error?: { message: string } }>,
        );
      const plain = undangan(core);
      const [a, b] = [await post(plain), await post(plain)];
      expect([a.ok, b.ok]).toEqual([true, true]);
      expect(a.value!.dokumen.nomor).not.toBe(b.value!.dokumen.nomor);
      const keyed = undangan(core, { kunci: KUNCI });
      const both = await Promise.all([post(keyed), post(keyed)]);
      expect(both.map((r) => r.value?.dokumen.nomor ?? r.error?.message)).toEqual(['800/0003/BKPSDM/2026', '800/0003/BKPSDM/2026']);
      expect(numbers(core)).toHaveLength(3);
    } finally {
      await host.close();
      core.close();
    }
  });
});

describe('adversarial: the same letter spelled two ways under one key', () => {
  it('"7:30" then "07.30", or a default left out then given, is a repeat, not other data', async () => {
    const core = makeCore();
    core.demo.load({ pegawai: 5, seed: 1 });
    const { sifat: _, ...tanpaSifat } = contoh;
    const first = await core.dokumen.buat(undangan(core, { kunci: KUNCI, data: { ...tanpaSifat, sifat: 'Biasa', pukulMulai: '7:30' } }));
    const again = await core.dokumen.buat(undangan(core, { kunci: KUNCI, data: { ...tanpaSifat, pukulMulai: '07.30' } }));
    expect(again.dokumen.id).toBe(first.dokumen.id);
    // a real change is still refused
    await expect(core.dokumen.buat(undangan(core, { kunci: KUNCI, data: { ...tanpaSifat, pukulMulai: '08.00' } }))).rejects.toThrow('isi yang berbeda');
    // and a request the type's schema refuses takes neither the key nor a number
    await expect(core.dokumen.buat(undangan(core, { kunci: `${KUNCI.slice(0, -1)}0`, data: { ...contoh, hal: '' } }))).rejects.toThrow('Hal wajib diisi');
    expect(core.arsip.kunci(`${KUNCI.slice(0, -1)}0`)).toBeNull();
    expect(numbers(core)).toHaveLength(1);
  });
});
