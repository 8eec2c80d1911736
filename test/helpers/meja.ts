import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/handlers';
import { jaringanMeja, type MejaHostOptions } from '../../electron/web/meja';
import type { Result } from '../../shared/contract/result';
import type { InfoMeja, StatusMeja } from '../../shared/contract/meja';
import { tempDir } from './core';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: () => { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

export interface Panggilan {
  channel: string;
  input: Record<string, unknown>;
}

/**
 * A core with Meja hadir's listener on 127.0.0.1 (port chosen by the OS), a movable clock, and a
 * record of every call the desk host passed on to dispatch.
 */
export interface MejaUji {
  core: Core;
  dataDir: string;
  rendererDir: string;
  jaringan: ReturnType<typeof jaringanMeja>;
  calls: Panggilan[];
  clock: { t: number };
  /** The listener's port (throws while it is off). */
  port(): number;
  req(method: string, target: string, opts?: { headers?: Record<string, string>; body?: string; port?: number }): Promise<Reply>;
  /** POST a desk call with this cookie (a desk's session). */
  desk(cookie: string | null, channel: string, input?: unknown, headers?: Record<string, string>): Promise<Reply>;
  aktifkan(kegiatanId: number): Promise<StatusMeja>;
  /** Pairs a desk with the current code; returns its Cookie header value. */
  /** `jam`: the desk's own clock at pairing (ISO), as the desk page sends it. */
  pasang(nama: string, operator?: string, jam?: string): Promise<{ cookie: string; info: InfoMeja; reply: Reply }>;
  close(): Promise<void>;
}

export const INDEX = '<!doctype html><title>Netra</title><div id="root">halaman-indeks</div>';

/** An event row as the lead's kegiatan core would make it (only what Meja hadir reads). */
export function buatKegiatan(core: Core, judul: string, status: 'draf' | 'ditetapkan' | 'selesai' = 'ditetapkan'): number {
  const now = new Date().toISOString();
  return Number(
    core.db
      .prepare(
        `INSERT INTO kegiatan (judul, jenis, tanggal, jam, tempat, mode, aturan_peserta, status, created_at, updated_at)
         VALUES (?, 'apel-ikrar', '2026-12-07', '07.30', 'Halaman Kantor Bupati', 'luring', '{}', ?, ?, ?)`,
      )
      .run(judul, status, now, now).lastInsertRowid,
  );
}

export async function mejaUji(
  opts: { dataDir?: string; dispatch?: MejaHostOptions['dispatch']; fake?: (channel: string, input: Record<string, unknown>) => Result<unknown> | null } = {},
): Promise<MejaUji> {
  const dataDir = opts.dataDir ?? tempDir('netra-meja-');
  const rendererDir = tempDir('netra-meja-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX);
  const clock = { t: Date.parse('2026-12-07T00:00:00Z') };
  const core = createCore({ dataDir, mode: 'web', now: () => new Date(clock.t) });
  const calls: Panggilan[] = [];
  const jaringan = jaringanMeja(core, {
    rendererDir,
    port: 0,
    bind: '127.0.0.1',
    dispatch:
      opts.dispatch ??
      (async (c, channel, payload) => {
        calls.push({ channel, input: structuredClone(payload) as Record<string, unknown> });
        return opts.fake?.(channel, payload as Record<string, unknown>) ?? dispatch(c, channel, payload);
      }),
  });
  core.meja.setJaringan(jaringan);
  const port = () => {
    const h = jaringan.host();
    if (!h) throw new Error('meja hadir mati');
    return h.port;
  };
  const req: MejaUji['req'] = (method, target, o = {}) =>
    new Promise((resolve, reject) => {
      const p = o.port ?? port();
      const r = http.request(
        { host: '127.0.0.1', port: p, method, path: target, agent: false, headers: { Host: `127.0.0.1:${p}`, ...o.headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
          });
        },
      );
      r.on('error', reject);
      r.end(o.body);
    });
  const desk: MejaUji['desk'] = (cookie, channel, input = {}, headers = {}) =>
    req('POST', `/api/${channel}`, { headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}), ...headers }, body: JSON.stringify(input) });
  const u: MejaUji = {
    core,
    dataDir,
    rendererDir,
    jaringan,
    calls,
    clock,
    port,
    req,
    desk,
    aktifkan: async (kegiatanId) => {
      const r = await dispatch(core, 'meja.aktifkan', { kegiatanId, aktif: true });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as StatusMeja;
    },
    pasang: async (nama, operator = '', jam) => {
      const kode = core.meja.status().kode;
      if (!kode) throw new Error('tidak ada kode');
      const reply = await req('POST', '/meja/pasang', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kode, nama, operator, ...(jam ? { jam } : {}) }) });
      const body = reply.json();
      if (!body.ok) throw new Error(`pasang: ${reply.text}`);
      const set = reply.headers['set-cookie']?.[0] ?? '';
      return { cookie: set.split(';')[0]!, info: (body as { value: InfoMeja }).value, reply };
    },
    close: async () => {
      await jaringan.tutup();
      core.close();
    },
  };
  return u;
}
