import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core';
import { dispatch as coreDispatch, toErrorData } from '../core/handlers';
import type { JaringanMeja, SesiAktif } from '../core/services/meja';
import { AppError, type AppErrorData, type ErrorCode, type Result } from '../../shared/contract/result';
import { PORT_MEJA_BAWAAN, PasangMejaSchema } from '../../shared/contract/meja';
import { validationError } from '../../shared/contract/validasi';
import { cookieValues, fetchSiteAllowed, originAllowed, parseTarget } from './guard';
import { BASE_HEADERS, answerClientError, readBody, sendJson, sendText, serveStatic, simplePage, wantsHtml, sendHtml } from './server';

/**
 * The office-network listener of Meja hadir: a second HTTP server, on the LAN interfaces, for
 * check-in desks on other laptops and phones. It serves the built renderer (so the desk page loads),
 * POST /meja/pasang (a pairing code for a desk session cookie), POST /meja/keluar, and POST
 * /api/<channel> for the desk channels below only, each with the session's event, desk name and
 * operator forced onto the input. The per-launch secret of the main host means nothing here: the
 * rest of the app stays on 127.0.0.1.
 */

type Dispatch = (core: Core, channel: string, payload: unknown) => Promise<Result<unknown>>;
type Masukan = Record<string, unknown>;

/**
 * What a desk may call, and how its input is rewritten. Whatever the desk sent for the event, the
 * desk name or the operator is replaced by the session's, so a desk of event 3 can never touch event 4.
 */
export const KANAL_MEJA: Readonly<Record<string, (input: Masukan, sesi: SesiAktif, core: Core) => Masukan>> = {
  // The clock decides hadir or terlambat at a desk: a desk naming the status could mark a late
  // arrival on time, or anyone sick; reasons are the organiser's (bulk marking, own screen).
  'kegiatan.hadir.pindai': (i, s) => {
    if (i.status !== undefined && i.status !== null)
      throw new AppError('DITOLAK', 'Meja hadir mencatat hadir atau terlambat menurut jam; alasan tidak hadir (izin, sakit, …) ditandai penyelenggara di komputer Netra.');
    return { ...i, kegiatanId: s.kegiatanId, meja: s.nama, operator: s.operator, waktu: jamMeja(i.waktu, s) };
  },
  // A desk undoes what it recorded itself: a paired phone must not be able to walk the log and
  // reverse every other desk's scans or the organiser's bulk markings.
  'kegiatan.hadir.batal': (i, s, core) => {
    if (typeof i.logId === 'number' && !core.meja.logMilik(i.logId, s.kegiatanId)) throw new AppError('DITOLAK', 'Catatan kehadiran itu bukan milik kegiatan meja ini.');
    if (typeof i.logId === 'number' && !core.meja.logMilik(i.logId, s.kegiatanId, s.nama))
      throw new AppError('DITOLAK', `Catatan itu dibuat di meja lain atau oleh penyelenggara; meja "${s.nama}" hanya dapat membatalkan pindaiannya sendiri.`);
    return { ...i, kegiatanId: s.kegiatanId, meja: s.nama, operator: s.operator };
  },
  'kegiatan.peserta.list': (i, s) => ({ ...i, kegiatanId: s.kegiatanId }),
  'kegiatan.rekap': (_i, s) => ({ id: s.kegiatanId }),
  'kegiatan.get': (_i, s) => ({ id: s.kegiatanId }),
  // Pledge-form returns, for a campaign of this event only.
  'ikrar.terima': (i, s, core) => {
    if (typeof i.kampanyeId !== 'number' || !core.meja.kampanyeMilik(i.kampanyeId, s.kegiatanId))
      throw new AppError('DITOLAK', 'Kampanye ikrar itu bukan milik kegiatan meja ini.');
    return { ...i, meja: s.nama, operator: s.operator, waktu: jamMeja(i.waktu, s) };
  },
  // The return desk shows its campaign's counts and its last returns: of this event's campaigns only.
  'ikrar.get': (i, s, core) => {
    if (typeof i.id !== 'number' || !core.meja.kampanyeMilik(i.id, s.kegiatanId)) throw new AppError('DITOLAK', 'Kampanye ikrar itu bukan milik kegiatan meja ini.');
    return { id: i.id };
  },
  'ikrar.terima.log': (i, s, core) => {
    if (typeof i.kampanyeId !== 'number' || !core.meja.kampanyeMilik(i.kampanyeId, s.kegiatanId))
      throw new AppError('DITOLAK', 'Kampanye ikrar itu bukan milik kegiatan meja ini.');
    return i;
  },
  'meja.info': (_i, s) => ({ sesiId: s.id }),
};
export const DESK_CHANNELS = Object.keys(KANAL_MEJA);

/** A time the desk sent, on this computer's clock (the offset measured when it paired); anything else goes to the schema as sent. */
function jamMeja(waktu: unknown, s: SesiAktif): unknown {
  if (typeof waktu !== 'string' || s.selisihJamMs === 0) return waktu;
  const t = Date.parse(waktu);
  return Number.isFinite(t) ? new Date(t + s.selisihJamMs).toISOString() : waktu;
}

/** Channels whose answer counts as a scan of the desk (a resend, `ulangan`, does not). */
const PINDAI = new Set(['kegiatan.hadir.pindai', 'ikrar.terima']);

const KB = 1024;
/** A desk sends scans and searches: small bodies only. */
export const MAKS_JSON_MEJA = 64 * KB;
/** The desk cookie outlives a closed browser tab for a working day; the session itself ends only as the organiser says. */
const COOKIE_MAX_AGE = 24 * 3600;

export const mejaCookieName = (port: number): string => `netra_meja_${port}`;

/**
 * HTTP status per error code, so a desk can tell what to do with a queued scan: 401 re-pair (keep
 * the queue), 400/403 drop it (it can never succeed), 429 wait, 503/500 and no answer: send again later.
 */
const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  VALIDASI: 400,
  TIDAK_BERWENANG: 401,
  DITOLAK: 403,
  KANAL_TIDAK_DIKENAL: 403,
  TIDAK_DITEMUKAN: 404,
  TERLALU_BESAR: 413,
  DIKUNCI: 429,
  DATABASE: 503,
  INTERNAL: 500,
};

export interface MejaHostOptions {
  rendererDir: string;
  /** Default PORT_MEJA_BAWAAN; 0 picks a free one (tests). */
  port?: number;
  /** Default every interface (0.0.0.0); a test binds 127.0.0.1. */
  bind?: string;
  maxJsonBytes?: number;
  /** Tests route calls to their own channels here; default the core's dispatch. */
  dispatch?: Dispatch;
}

export interface MejaHost {
  port: number;
  /** http://<ip>:<port>/meja for each address a desk can reach. */
  alamat(): string[];
  close(): Promise<void>;
}

/** IPv4 addresses of this machine's interfaces, private LAN ranges first. */
function alamatLokal(includeInternal: boolean): string[] {
  const out: string[] = [];
  for (const list of Object.values(os.networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && (includeInternal || !a.internal)) out.push(a.address);
  const rank = (ip: string) => (/^(192\.168|10)\./.test(ip) || /^172\.(1[6-9]|2\d|3[01])\./.test(ip) ? 0 : ip.startsWith('127.') ? 2 : 1);
  return [...new Set(out)].sort((a, b) => rank(a) - rank(b));
}

export function startMejaHost(core: Core, opts: MejaHostOptions): Promise<MejaHost> {
  const bind = opts.bind ?? '0.0.0.0';
  const everywhere = bind === '0.0.0.0';
  const maxJson = opts.maxJsonBytes ?? MAKS_JSON_MEJA;
  const run = opts.dispatch ?? coreDispatch;
  let port = 0;
  let cookie = '';
  // Host names a desk may use: IP literals of this machine (a name could be a DNS-rebinding page).
  let known = new Set<string>();
  let knownAt = 0;
  const hostAllowed = (host: string): boolean => {
    const m = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d+)$/.exec(host);
    if (!m || Number(m[2]) !== port) return false;
    if (!everywhere) return m[1] === bind;
    if (!known.has(m[1]!) && Date.now() - knownAt > 1000) {
      // An interface may have come up (Wi-Fi joined) since the last look.
      known = new Set(alamatLokal(true));
      knownAt = Date.now();
    }
    return known.has(m[1]!);
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse, expectsContinue: boolean): Promise<void> => {
    const host = req.headers.host ?? '';
    if (!hostAllowed(host))
      return sendText(res, 403, 'Host ditolak: buka meja hadir lewat alamat IP yang tampil di layar penyelenggara, misalnya http://192.168.1.10:47321/meja.');
    const target = parseTarget(req.url);
    const rawPath = (req.url ?? '').split('?')[0] ?? '';
    const isApi = rawPath.startsWith('/api/') || rawPath.startsWith('/meja/');
    if (!target) return refuse(req, res, isApi, 400, 'VALIDASI', 'Alamat permintaan tidak sah: penyandian persen (%) rusak.');
    const method = req.method ?? 'GET';
    const isGet = method === 'GET' || method === 'HEAD';
    if (!originAllowed(req.headers.origin, host) || !fetchSiteAllowed(req, !isApi && isGet))
      return refuse(req, res, isApi, 403, 'DITOLAK', 'Permintaan dari situs lain ditolak.');

    if (target.path === '/meja/pasang' || target.path === '/meja/keluar' || target.path.startsWith('/api/')) {
      if (method !== 'POST') return refuse(req, res, true, 405, 'VALIDASI', 'Metode tidak didukung: gunakan POST.');
      const body = await readBody(req, res, maxJson, expectsContinue);
      if (body === 'aborted') return;
      if (body === 'too-large') return answer(res, fail('TERLALU_BESAR', 'Isi permintaan terlalu besar untuk meja hadir.'), { Connection: 'close' });
      let payload: unknown;
      try {
        payload = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return answer(res, fail('VALIDASI', 'Isi permintaan bukan JSON yang valid.'));
      }
      if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return answer(res, fail('VALIDASI', 'Isi permintaan harus berupa objek JSON.'));
      if (target.path === '/meja/pasang') return pasang(req, res, payload);
      const cek = sesiDari(req);
      if (!cek.ok) return answer(res, fail('TIDAK_BERWENANG', cek.message));
      if (target.path === '/meja/keluar') {
        core.meja.keluar(cek.sesi.id);
        return answer(res, { ok: true, value: { keluar: true } }, { 'Set-Cookie': `${cookie}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0` });
      }
      return desk(res, cek.sesi, target.path.slice('/api/'.length), payload as Masukan);
    }
    if (target.path === '/upload' || target.path.startsWith('/download/'))
      return refuse(req, res, false, 403, 'DITOLAK', 'Unggah dan unduh berkas tidak tersedia di meja hadir: gunakan Netra di komputer penyelenggara.');
    if (!isGet) return refuse(req, res, false, 405, 'VALIDASI', 'Metode tidak didukung.');
    if (target.path === '/meja') {
      // The desk pages are routes of the single-page app: a paired desk goes to its event's desk,
      // anyone else (or a QR with a code) to the pairing screen, the code riding along.
      const kode = target.query.get('kode');
      const cek = sesiDari(req);
      const location =
        cek.ok && !kode ? `/#/meja?kegiatan=${cek.sesi.kegiatanId}` : `/#/pasang${kode && /^\d{6}$/.test(kode) ? `?kode=${kode}` : ''}`;
      res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', 'Content-Length': 0 });
      return void res.end();
    }
    return serveStatic(opts.rendererDir, target.path, res);
  };

  /** The first of the desk's cookies that names a live session; else the reason the first one is refused. */
  const sesiDari = (req: http.IncomingMessage) => {
    const values = cookieValues(req.headers.cookie, cookie);
    let first: ReturnType<Core['meja']['periksa']> | null = null;
    for (const v of values.length ? values : [undefined]) {
      const c = core.meja.periksa(v);
      if (c.ok) return c;
      first ??= c;
    }
    return first!;
  };

  const pasang = (req: http.IncomingMessage, res: http.ServerResponse, payload: unknown) => {
    const parsed = PasangMejaSchema.safeParse(payload);
    if (!parsed.success) return answer(res, { ok: false, error: validationError(parsed.error).toData() });
    try {
      const { token, sesi } = core.meja.pasang(parsed.data, req.socket.remoteAddress ?? '');
      const info = core.meja.info(sesi.id);
      return answer(res, { ok: true, value: info }, { 'Set-Cookie': `${cookie}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE}` });
    } catch (e) {
      return answer(res, { ok: false, error: toErrorData(e) });
    }
  };

  const desk = async (res: http.ServerResponse, sesi: SesiAktif, channel: string, payload: Masukan) => {
    const force = Object.prototype.hasOwnProperty.call(KANAL_MEJA, channel) ? KANAL_MEJA[channel] : undefined;
    if (!force) return answer(res, fail('DITOLAK', `Meja hadir hanya dapat memindai dan melihat peserta kegiatannya sendiri; perintah "${channel}" tidak tersedia di sini.`));
    let input: Masukan;
    try {
      input = force(payload, sesi, core);
    } catch (e) {
      return answer(res, { ok: false, error: toErrorData(e) });
    }
    const r = await run(core, channel, input);
    const counted = r.ok && PINDAI.has(channel) && (r.value as { ulangan?: unknown } | null)?.ulangan !== true;
    try {
      core.meja.catat(sesi.id, counted);
    } catch (e) {
      // Last seen and the desk's count are for the organiser's list: a busy database must not turn a recorded scan into an error.
      console.warn(`[meja] ${(e as Error).message}`);
    }
    // A desk needs names, NIPs and units; identity numbers of guests stay with the organiser.
    return answer(res, r.ok ? { ok: true, value: tanpaNik(bukanPesertaTanpaRegistri(channel, r.value)) } : r);
  };

  const serve = (req: http.IncomingMessage, res: http.ServerResponse, expectsContinue: boolean) => {
    for (const [k, v] of Object.entries(BASE_HEADERS)) res.setHeader(k, v);
    handle(req, res, expectsContinue).catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'Kesalahan server meja hadir.'));
      else res.destroy();
    });
  };
  const server = http.createServer((req, res) => serve(req, res, false));
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => serve(req, res, true));
  server.on('clientError', answerClientError);
  // Idle desks keep their connection; a stopped listener drops them (closeAllConnections below).
  server.keepAliveTimeout = 30_000;

  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const p = opts.port ?? PORT_MEJA_BAWAAN;
      if (e.code === 'EADDRINUSE')
        reject(new AppError('VALIDASI', `Port ${p} untuk meja hadir sedang dipakai program lain di komputer ini. Tutup program itu (atau Netra lain yang masih terbuka), lalu nyalakan lagi.`));
      else if (e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL')
        reject(new AppError('VALIDASI', `Meja hadir tidak dapat mendengarkan di ${bind}:${p} (${e.code}). Periksa izin jaringan atau firewall komputer ini.`));
      else reject(e);
    });
    server.listen(opts.port ?? PORT_MEJA_BAWAAN, bind, () => {
      port = (server.address() as AddressInfo).port;
      cookie = mejaCookieName(port);
      resolve({
        port,
        alamat: () => (everywhere ? alamatLokal(false) : [bind]).map((ip) => `http://${ip}:${port}/meja`),
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** The listener as the meja service drives it: started when Meja hadir turns on, stopped when it turns off. */
export function jaringanMeja(core: Core, opts: MejaHostOptions): JaringanMeja & { host(): MejaHost | null } {
  let host: MejaHost | null = null;
  return {
    host: () => host,
    async buka() {
      host ??= await startMejaHost(core, opts);
      return { port: host.port, alamat: host.alamat() };
    },
    async tutup() {
      const h = host;
      host = null;
      await h?.close();
    },
    alamat: () => host?.alamat() ?? null,
  };
}

function fail(code: ErrorCode, message: string): { ok: false; error: AppErrorData } {
  return { ok: false, error: { code, message } };
}

/** A Result, with the HTTP status its error code means (200 for answers, as the main host does for the core's errors). */
function answer(res: http.ServerResponse, r: Result<unknown>, extra: Record<string, string> = {}): void {
  const status = r.ok ? 200 : (STATUS_OF[r.error.code] ?? 200);
  sendJson(res, status, r, extra);
}

function refuse(req: http.IncomingMessage, res: http.ServerResponse, isApi: boolean, status: number, code: ErrorCode, message: string): void {
  if (isApi) return sendJson(res, status, fail(code, message));
  if (wantsHtml(req)) return sendHtml(res, status, simplePage('Netra: meja hadir', message));
  sendText(res, status, message);
}

/**
 * A desk sees its event's participants, nothing else of the registry: a number typed at a desk that
 * belongs to a registered person not invited must not tell the desk who that is (any NIP would
 * otherwise look up the registry). The organiser's own screen (main host) still gets the person, to add them.
 */
function bukanPesertaTanpaRegistri(channel: string, v: unknown): unknown {
  if (!PINDAI.has(channel) || typeof v !== 'object' || v === null || (v as { hasil?: unknown }).hasil !== 'bukan-peserta') return v;
  const pesan =
    channel === 'ikrar.terima'
      ? 'Nomor ini tidak punya formulir di kampanye ini. Minta penyelenggara memeriksanya di komputer Netra.'
      : 'Nomor ini tidak ada di daftar peserta kegiatan ini. Minta penyelenggara menambahkannya di komputer Netra.';
  return { ...v, pegawai: null, pesan };
}

function tanpaNik(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(tanpaNik);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (k !== 'nik') out[k] = tanpaNik(x);
  return out;
}
