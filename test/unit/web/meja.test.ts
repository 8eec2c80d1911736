import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import { startMejaHost } from '../../../electron/web/meja';
import { isChannel, type InfoMeja, type SesiMeja, type StatusMeja } from '../../../shared/contract/index';
import { buatKegiatan, INDEX, mejaUji, type MejaUji } from '../../helpers/meja';
import { tempDir } from '../../helpers/core';

/** Channels not (yet) in the contract answer with what they received; the rest go to the real core. */
const fake = (channel: string, input: Record<string, unknown>) => (isChannel(channel) ? null : { ok: true as const, value: { diterima: input, ulangan: false } });

let u: MejaUji | null = null;
afterEach(async () => {
  await u?.close();
  u = null;
});

const ok = <T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
};

/** True when nothing listens on the port any more. */
const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.on('connect', () => (s.destroy(), resolve(false)));
    s.on('error', () => resolve(true));
  });

describe('Meja hadir: turning it on and off', () => {
  it('turns on with the desk address, a 6-digit code valid 10 minutes and the pairing URL as QR', async () => {
    u = await mejaUji({ fake });
    const id = buatKegiatan(u.core, 'Apel Ikrar Netralitas ASN');
    const s = await u.aktifkan(id);
    const port = u.port();
    expect(s).toMatchObject({ kegiatanId: id, judul: 'Apel Ikrar Netralitas ASN', aktif: true, port, alamat: [`http://127.0.0.1:${port}/meja`], jumlahMeja: 0 });
    expect(s.kode).toMatch(/^\d{6}$/);
    expect(s.qr).toBe(`http://127.0.0.1:${port}/meja?kode=${s.kode}`);
    expect(s.kedaluwarsa).toBe(new Date(u.clock.t + 10 * 60_000).toISOString());
    expect(ok<StatusMeja>(await dispatch(u.core, 'meja.status', {}))).toEqual(s);
    // The flag is on the event row, for the event page.
    expect(u.core.db.prepare('SELECT meja_aktif FROM kegiatan WHERE id = ?').pluck().get(id)).toBe(1);
  });

  it('serves the desk page without a session, and sends /meja to pairing (with the code) or to the paired desk', async () => {
    u = await mejaUji({ fake });
    await u.aktifkan(buatKegiatan(u.core, 'Apel'));
    for (const p of ['/', '/assets/tidak-ada.js', '/index.html']) {
      const r = await u.req('GET', p);
      expect(r.status, p).toBe(200);
      expect(r.text).toBe(INDEX);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
    const go = await u.req('GET', '/meja?kode=123456');
    expect(go.status).toBe(303);
    expect(go.headers.location).toBe('/#/pasang?kode=123456');
    expect((await u.req('GET', '/meja?kode=<script>')).headers.location).toBe('/#/pasang');
    expect((await u.req('GET', '/meja')).headers.location).toBe('/#/pasang');
    // A paired desk opening the address again lands on its event's desk page.
    const d = await u.pasang('Meja 2');
    expect((await u.req('GET', '/meja', { headers: { Cookie: d.cookie } })).headers.location).toBe(`/#/meja?kegiatan=${d.info.kegiatanId}`);
  });

  it('pairs a desk: an HttpOnly SameSite=Strict cookie, the event, a fresh code for the next desk', async () => {
    u = await mejaUji({ fake });
    const id = buatKegiatan(u.core, 'Apel');
    const before = (await u.aktifkan(id)).kode;
    const { cookie, info, reply } = await u.pasang('Pintu Timur', 'Siti');
    expect(info).toMatchObject({ kegiatanId: id, judul: 'Apel', meja: 'Pintu Timur', operator: 'Siti', kampanye: [] } satisfies Partial<InfoMeja>);
    const [pair, ...attrs] = reply.headers['set-cookie']![0]!.split(';').map((s) => s.trim());
    expect(pair).toBe(cookie);
    expect(pair).toMatch(new RegExp(`^netra_meja_${u.port()}=[A-Za-z0-9_-]{43}$`));
    expect(attrs.map((a) => a.toLowerCase()).sort()).toEqual(['httponly', 'max-age=86400', 'path=/', 'samesite=strict']);
    const after = u.core.meja.status();
    expect(after.kode).toMatch(/^\d{6}$/);
    expect(after.kode).not.toBe(before);
    expect(after.jumlahMeja).toBe(1);
    // Only the token's hash is stored.
    const token = cookie.split('=')[1]!;
    const stored = u.core.db.prepare('SELECT token_hash FROM meja_sesi').pluck().all() as string[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]).not.toContain(token);
    const mine = await u.desk(cookie, 'meja.info', { sesiId: 999 });
    expect(mine.status).toBe(200);
    expect(mine.json()).toEqual({ ok: true, value: info });
  });

  it('lists desks with pairing time, last seen and scans (a resend is not a scan)', async () => {
    let n = 0;
    u = await mejaUji({ fake: (c, i) => (c === 'kegiatan.hadir.pindai' ? { ok: true, value: { diterima: i, ulangan: n++ === 1 } } : null) });
    const id = buatKegiatan(u.core, 'Apel');
    await u.aktifkan(id);
    const a = await u.pasang('Meja 2', 'Budi');
    const t0 = new Date(u.clock.t).toISOString();
    u.clock.t += 60_000;
    for (const nonce of ['nonce-0001', 'nonce-0001', 'nonce-0002']) expect((await u.desk(a.cookie, 'kegiatan.hadir.pindai', { masukan: '1985', nonce })).status).toBe(200);
    const list = ok<SesiMeja[]>(await dispatch(u.core, 'meja.sesi.list', { kegiatanId: id }));
    expect(list).toEqual([
      {
        id: a.info.sesiId,
        kegiatanId: id,
        nama: 'Meja 2',
        operator: 'Budi',
        alamatKlien: expect.stringMatching(/127\.0\.0\.1$/),
        dipasangAt: t0,
        terakhirAt: new Date(u.clock.t).toISOString(),
        jumlahPindai: 2,
        aktif: true,
        berakhirAt: null,
        alasanBerakhir: null,
      },
    ]);
  });

  it('turning off ends every desk session and closes the listener; on again, the old cookies stay refused', async () => {
    u = await mejaUji({ fake });
    const id = buatKegiatan(u.core, 'Apel');
    await u.aktifkan(id);
    const a = await u.pasang('Meja 2');
    const b = await u.pasang('Meja 3');
    const port = u.port();
    const off = ok<StatusMeja>(await dispatch(u.core, 'meja.aktifkan', { kegiatanId: id, aktif: false }));
    expect(off).toMatchObject({ aktif: false, kegiatanId: null, kode: null, alamat: [], jumlahMeja: 0 });
    expect(await refused(port)).toBe(true);
    const list = ok<SesiMeja[]>(await dispatch(u.core, 'meja.sesi.list', { kegiatanId: id }));
    expect(list.map((s) => [s.nama, s.aktif, s.alasanBerakhir])).toEqual([
      ['Meja 2', false, 'dimatikan'],
      ['Meja 3', false, 'dimatikan'],
    ]);
    await u.aktifkan(id);
    for (const c of [a.cookie.replace(`_${port}=`, `_${u.port()}=`), b.cookie.replace(`_${port}=`, `_${u.port()}=`)]) {
      const r = await u.desk(c, 'meja.info');
      expect(r.status).toBe(401);
      expect(r.json().error?.message).toContain('dimatikan oleh penyelenggara');
    }
  });

  it('has Meja hadir on for one event at a time, and says which one holds it', async () => {
    u = await mejaUji({ fake });
    const a = buatKegiatan(u.core, 'Apel Pagi');
    const b = buatKegiatan(u.core, 'Sosialisasi Siang');
    await u.aktifkan(a);
    const r = await dispatch(u.core, 'meja.aktifkan', { kegiatanId: b, aktif: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDASI', message: expect.stringContaining('"Apel Pagi"') } });
    expect(u.core.meja.status().kegiatanId).toBe(a);
    // Turning on the same event again keeps its desks and its live code.
    const d = await u.pasang('Meja 2');
    const again = await u.aktifkan(a);
    expect(again.jumlahMeja).toBe(1);
    expect((await u.desk(d.cookie, 'meja.info')).status).toBe(200);
  });

  it('refuses a closed event, an unknown one, and the command line (no listener)', async () => {
    u = await mejaUji({ fake });
    const closed = buatKegiatan(u.core, 'Apel Kemarin', 'selesai');
    expect(await dispatch(u.core, 'meja.aktifkan', { kegiatanId: closed, aktif: true })).toMatchObject({ ok: false, error: { message: expect.stringContaining('sudah ditutup') } });
    expect(await dispatch(u.core, 'meja.aktifkan', { kegiatanId: 999, aktif: true })).toMatchObject({ ok: false, error: { code: 'TIDAK_DITEMUKAN' } });
    const cli = createCore({ dataDir: tempDir(), mode: 'cli' });
    try {
      const id = buatKegiatan(cli, 'Apel');
      expect(await dispatch(cli, 'meja.aktifkan', { kegiatanId: id, aktif: true })).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('bukan dari baris perintah') },
      });
      expect(cli.db.prepare('SELECT meja_aktif FROM kegiatan').pluck().get()).toBe(0);
    } finally {
      cli.close();
    }
  });

  it('shows the desk address of a network joined after Meja hadir was turned on', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'web' });
    try {
      let now: string[] = [];
      core.meja.setJaringan({ buka: async () => ({ port: 47321, alamat: [] }), tutup: async () => undefined, alamat: () => now });
      const id = buatKegiatan(core, 'Apel');
      expect(ok<StatusMeja>(await dispatch(core, 'meja.aktifkan', { kegiatanId: id, aktif: true })).alamat).toEqual([]);
      now = ['http://192.168.1.10:47321/meja'];
      const s = core.meja.status();
      expect(s.alamat).toEqual(now);
      expect(s.qr).toBe(`http://192.168.1.10:47321/meja?kode=${s.kode}`);
    } finally {
      core.close();
    }
  });

  it('says so when the port is taken, and records nothing as on', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const taken = (blocker.address() as net.AddressInfo).port;
    const core = createCore({ dataDir: tempDir(), mode: 'web' });
    try {
      await expect(startMejaHost(core, { rendererDir: '.', port: taken, bind: '127.0.0.1' })).rejects.toThrow(`Port ${taken} untuk meja hadir sedang dipakai`);
      const { jaringanMeja } = await import('../../../electron/web/meja');
      core.meja.setJaringan(jaringanMeja(core, { rendererDir: '.', port: taken, bind: '127.0.0.1' }));
      const id = buatKegiatan(core, 'Apel');
      expect(await dispatch(core, 'meja.aktifkan', { kegiatanId: id, aktif: true })).toMatchObject({ ok: false, error: { code: 'VALIDASI', message: expect.stringContaining(`Port ${taken}`) } });
      expect(core.meja.status().aktif).toBe(false);
    } finally {
      core.close();
      blocker.close();
    }
  });

  it('after a restart of Netra, the event is still open to its paired desks (a new code is needed for new ones)', async () => {
    u = await mejaUji({ fake });
    const id = buatKegiatan(u.core, 'Apel');
    await u.aktifkan(id);
    const d = await u.pasang('Meja 2');
    const token = d.cookie.split('=')[1]!;
    const dataDir = u.dataDir;
    await u.close();
    u = await mejaUji({ dataDir, fake });
    const s = await u.core.meja.pulihkan();
    expect(s).toMatchObject({ aktif: true, kegiatanId: id, kode: null, jumlahMeja: 1 });
    const r = await u.desk(`netra_meja_${u.port()}=${token}`, 'meja.info');
    expect(r.status).toBe(200);
    const fresh = ok<StatusMeja>(await dispatch(u.core, 'meja.kodeBaru', { kegiatanId: id }));
    expect(fresh.kode).toMatch(/^\d{6}$/);
  });

  it('a desk request of a closed event is refused and ends its sessions, even when the meja service was not told', async () => {
    u = await mejaUji({ fake });
    const id = buatKegiatan(u.core, 'Apel Ikrar');
    await u.aktifkan(id);
    const d = await u.pasang('Meja 2');
    // What kegiatan.selesai does to the row (the lead's service); the desk host checks the status itself.
    u.core.db.prepare(`UPDATE kegiatan SET status = 'selesai' WHERE id = ?`).run(id);
    const port = u.port();
    const r = await u.desk(d.cookie, 'kegiatan.hadir.pindai', { masukan: '1985', nonce: 'nonce-0001' });
    expect(r.status).toBe(401);
    expect(r.json().error?.message).toBe('Kegiatan "Apel Ikrar" sudah ditutup: meja hadir tidak menerima pindaian lagi.');
    expect(u.calls.filter((c) => c.channel.startsWith('kegiatan.'))).toEqual([]);
    expect(ok<SesiMeja[]>(await dispatch(u.core, 'meja.sesi.list', { kegiatanId: id }))[0]).toMatchObject({ aktif: false, alasanBerakhir: 'kegiatan-selesai' });
    expect(u.core.meja.status().aktif).toBe(false);
    await new Promise((res) => setTimeout(res, 50));
    expect(await refused(port)).toBe(true);
  });

  it('a desk paired again under a live name replaces it; "keluar" ends its own session', async () => {
    u = await mejaUji({ fake });
    const id = buatKegiatan(u.core, 'Apel');
    await u.aktifkan(id);
    const first = await u.pasang('Meja 2');
    const second = await u.pasang('meja 2');
    expect((await u.desk(first.cookie, 'meja.info')).json().error?.message).toContain('Perangkat lain dipasang dengan nama meja "Meja 2"');
    expect((await u.desk(second.cookie, 'meja.info')).status).toBe(200);
    const out = await u.req('POST', '/meja/keluar', { headers: { Cookie: second.cookie }, body: '{}' });
    expect(out.status).toBe(200);
    expect(out.headers['set-cookie']?.[0]).toContain('Max-Age=0');
    expect((await u.desk(second.cookie, 'meja.info')).json().error?.message).toContain('sudah keluar');
    expect(ok<SesiMeja[]>(await dispatch(u.core, 'meja.sesi.list', { kegiatanId: id })).map((s) => s.alasanBerakhir)).toEqual(['diganti', 'keluar']);
  });

  it('answers a recorded scan even when its last-seen write fails (database busy with an import)', async () => {
    u = await mejaUji({ fake: (c, i) => (c === 'kegiatan.hadir.pindai' ? { ok: true, value: { diterima: i, ulangan: false } } : null) });
    await u.aktifkan(buatKegiatan(u.core, 'Apel'));
    const d = await u.pasang('Meja 2');
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    u.core.meja.catat = () => {
      throw busy;
    };
    const r = await u.desk(d.cookie, 'kegiatan.hadir.pindai', { masukan: '1985', nonce: 'nonce-0001' });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, value: { diterima: { masukan: '1985' } } });
  });

  it('forces the session onto desk calls and hides identity numbers (NIK) from desks', async () => {
    u = await mejaUji({
      fake: (c, i) => (c === 'kegiatan.peserta.list' ? { ok: true, value: { rows: [{ nama: 'Tamu', nik: '3201010101010001', nip: null }], diterima: i } } : null),
    });
    const id = buatKegiatan(u.core, 'Apel');
    await u.aktifkan(id);
    const d = await u.pasang('Meja 2', 'Siti');
    const r = await u.desk(d.cookie, 'kegiatan.peserta.list', { kegiatanId: id + 5, teks: 'tam' });
    expect(r.json()).toEqual({ ok: true, value: { rows: [{ nama: 'Tamu', nip: null }], diterima: { kegiatanId: id, teks: 'tam' } } });
    expect(r.text).not.toContain('3201010101010001');
  });
});
