/**
 * Meja hadir under load: DESKS paired desks each send SCANS scans at once through the real HTTP
 * path (office-network listener on loopback, session cookie, forced event, the kehadiran service,
 * SQLite), one request at a time per desk as a desk waits for its banner, over keep-alive.
 * A random 5% of scans are sent again with the same nonce (a desk resending after a lost answer),
 * and a tenth of each desk's people are also scanned at another desk (a person at two doors).
 * Checked from the database afterwards: every nonce logged once (0 lost), every resend answered
 * `ulangan` with the first answer's id, nobody recorded present twice, the recap's count exact.
 * The clients run in the same process as the server, so their work counts into the latency.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createCore } from '../../electron/core/core';
import { dispatch } from '../../electron/core/handlers';
import { jaringanMeja } from '../../electron/web/meja';
import type { HasilPindaiKegiatan, Kegiatan, RekapKegiatan } from '../../shared/contract/index';

interface Jawaban {
  status: number;
  body: { ok: boolean; value?: HasilPindaiKegiatan; error?: { message: string } };
}

export async function mejaBeban(work: string, desks = 4, scans = 2500): Promise<{ timesMs: number[]; extra: Record<string, number> }> {
  const dir = path.join(work, `meja-${Math.random().toString(36).slice(2)}`);
  fs.mkdirSync(dir);
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
  const core = createCore({ dataDir: dir, mode: 'web' });
  const people = desks * scans;
  core.demo.load({ pegawai: Math.ceil(people * 1.2), seed: 11 });
  // The whole pemda: every top-level unit with its sub-units.
  const units = core.db.prepare('SELECT id FROM unit_kerja WHERE parent_id IS NULL').pluck().all() as number[];
  const created = await dispatch(core, 'kegiatan.create', {
    data: { judul: 'Apel Ikrar Netralitas ASN', jenis: 'apel-ikrar', tanggal: new Date().toISOString().slice(0, 10), jam: '07.30', tempat: 'Alun-alun', peserta: { unit: units, subunit: true } },
  });
  if (!created.ok) throw new Error(created.error.message);
  const k = created.value as Kegiatan;
  await dispatch(core, 'kegiatan.peserta.tetapkan', { kegiatanId: k.id });
  const nips = (core.db.prepare('SELECT nip FROM kegiatan_peserta WHERE kegiatan_id = ? AND nip IS NOT NULL ORDER BY id').pluck().all(k.id) as string[]).slice(0, people);
  if (nips.length < people) throw new Error(`hanya ${nips.length} peserta ber-NIP`);

  const net = jaringanMeja(core, { rendererDir: renderer, port: 0, bind: '127.0.0.1' });
  core.meja.setJaringan(net);
  const on = await dispatch(core, 'meja.aktifkan', { kegiatanId: k.id, aktif: true });
  if (!on.ok) throw new Error(on.error.message);
  const port = net.host()!.port;

  const post = (agent: http.Agent, cookie: string, target: string, body: unknown) =>
    new Promise<Jawaban>((resolve, reject) => {
      const data = JSON.stringify(body);
      const r = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: target, agent, headers: { Host: `127.0.0.1:${port}`, Cookie: cookie, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
          res.on('error', reject);
        },
      );
      r.on('error', reject);
      r.end(data);
    });

  // Pair the desks, each with the code the organiser's screen shows at that moment.
  const meja: { agent: http.Agent; cookie: string }[] = [];
  for (let d = 0; d < desks; d++) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const r = await new Promise<{ cookie: string }>((resolve, reject) => {
      const data = JSON.stringify({ kode: core.meja.status().kode, nama: `Meja ${d + 1}`, operator: `Petugas ${d + 1}` });
      const q = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/meja/pasang', agent, headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ cookie: (res.headers['set-cookie']?.[0] ?? '').split(';')[0]! }));
      });
      q.on('error', reject);
      q.end(data);
    });
    if (!r.cookie) throw new Error('pasang gagal');
    meja.push({ agent, cookie: r.cookie });
  }

  // Deterministic pseudo-random choices (the same run every time).
  let seed = 20261207;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  interface Kirim {
    nonce: string;
    masukan: string;
    ulang: boolean;
  }
  const plans: Kirim[][] = [];
  const distinct = new Set<string>();
  let resends = 0;
  for (let d = 0; d < desks; d++) {
    const plan: Kirim[] = [];
    for (let i = 0; i < scans; i++) {
      // every tenth scan is someone of the next desk's share: the same person at two doors
      const who = i % 10 === 9 ? ((d + 1) % desks) * scans + i - 1 : d * scans + i;
      plan.push({ nonce: `bench-${d}-${i}-${Math.floor(rnd() * 1e9).toString(36)}`, masukan: nips[who]!, ulang: false });
      distinct.add(nips[who]!);
    }
    // A random 5% sent again with the same nonce, up to three scans later (as after a lost answer).
    for (let i = plan.length - 1; i >= 0; i--)
      if (!plan[i]!.ulang && rnd() < 0.05) {
        plan.splice(Math.min(plan.length, i + 1 + Math.floor(rnd() * 4)), 0, { ...plan[i]!, ulang: true });
        resends++;
      }
    plans.push(plan);
  }

  const latencies: number[] = [];
  const first = new Map<string, number>();
  let failures = 0;
  let wrongResend = 0;
  const t0 = performance.now();
  await Promise.all(
    plans.map(async (plan, d) => {
      const m = meja[d]!;
      for (const s of plan) {
        const t = performance.now();
        const r = await post(m.agent, m.cookie, '/api/kegiatan.hadir.pindai', { masukan: s.masukan, nonce: s.nonce, cara: 'pindai' });
        latencies.push(performance.now() - t);
        if (r.status !== 200 || !r.body.ok) {
          failures++;
          continue;
        }
        const v = r.body.value!;
        if (s.ulang) {
          if (!v.ulangan || first.get(s.nonce) !== v.logId) wrongResend++;
        } else first.set(s.nonce, v.logId);
      }
    }),
  );
  const wallMs = performance.now() - t0;
  for (const m of meja) m.agent.destroy();

  // The database is the judge.
  const sent = plans.flat().filter((s) => !s.ulang);
  const rows = core.db.prepare('SELECT nonce, hasil, peserta_id FROM kehadiran_log WHERE kegiatan_id = ?').all(k.id) as { nonce: string; hasil: string; peserta_id: number | null }[];
  const logged = new Set(rows.map((r) => r.nonce));
  const lost = sent.filter((s) => !logged.has(s.nonce)).length;
  const counted = new Map<number, number>();
  for (const r of rows) if (r.hasil === 'tercatat' && r.peserta_id !== null) counted.set(r.peserta_id, (counted.get(r.peserta_id) ?? 0) + 1);
  const twice = [...counted.values()].filter((n) => n > 1).length;
  const rekap = await dispatch(core, 'kegiatan.rekap', { id: k.id });
  const hadir = rekap.ok ? (rekap.value as RekapKegiatan).total.jumlah.hadir : -1;
  const perDesk = (core.db.prepare('SELECT sum(jumlah_pindai) FROM meja_sesi WHERE kegiatan_id = ?').pluck().get(k.id) as number) ?? 0;
  await net.tutup();
  core.close();

  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]! * 100) / 100;
  const extra = {
    desks,
    scans: sent.length,
    resends,
    requests: latencies.length,
    failures,
    lost,
    extraRows: rows.length - sent.length,
    countedTwice: twice,
    wrongResend,
    distinctPeople: distinct.size,
    rekapHadir: hadir,
    deskScanCount: perDesk,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: at(1),
    scansPerSecond: Math.round(latencies.length / (wallMs / 1000)),
  };
  const ok =
    failures === 0 && lost === 0 && twice === 0 && wrongResend === 0 && extra.extraRows === 0 && hadir === distinct.size && perDesk === sent.length;
  if (!ok) throw new Error(`meja hadir: hasil tidak utuh ${JSON.stringify(extra)}`);
  return { timesMs: [wallMs], extra };
}
