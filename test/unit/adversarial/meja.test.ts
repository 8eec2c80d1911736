import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { MAKS_SALAH_PER_KODE, MAKS_SALAH_PER_MENIT } from '../../../electron/core/services/meja';
import { DESK_CHANNELS } from '../../../electron/web/meja';
import { startWebHost } from '../../../electron/web/server';
import { CHANNELS, isChannel, type SesiMeja } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import { buatKegiatan, mejaUji, type MejaUji } from '../../helpers/meja';
import { pns } from '../../helpers/core';

// Meja hadir as an attacker on the office network sees it: a desk (or anyone who can reach the
// port) must get nothing but its own event's check-in, and nothing at all without a session.

const fake = (channel: string, input: Record<string, unknown>) => (isChannel(channel) ? null : { ok: true as const, value: { diterima: input, ulangan: false } });

let u: MejaUji | null = null;
afterEach(async () => {
  await u?.close();
  u = null;
});

async function siap(): Promise<{ u: MejaUji; id: number; cookie: string; sesiId: number }> {
  u = await mejaUji({ fake });
  const id = buatKegiatan(u.core, 'Apel Ikrar');
  await u.aktifkan(id);
  const d = await u.pasang('Meja 2', 'Siti');
  u.calls.length = 0;
  return { u, id, cookie: d.cookie, sesiId: d.info.sesiId };
}

const pasangDengan = (x: MejaUji, kode: string, headers: Record<string, string> = {}) =>
  x.req('POST', '/meja/pasang', { headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ kode, nama: 'Meja Tamu' }) });

/** A code that is not the live one. */
const salah = (kode: string) => String((Number(kode) + 1) % 1_000_000).padStart(6, '0');

describe('Meja hadir: a desk session reaches its desk channels only', () => {
  it('every other channel of the contract is refused with 403 and never reaches the core', async () => {
    const { u, cookie } = await siap();
    const others = CHANNELS.filter((c) => !DESK_CHANNELS.includes(c));
    expect(others.length).toBeGreaterThan(40);
    for (const channel of [...others, 'tidak.ada', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = await u.desk(cookie, channel, {});
      expect(r.status, channel).toBe(403);
      expect(r.json()).toMatchObject({ ok: false, error: { code: 'DITOLAK', message: expect.stringContaining('Meja hadir hanya dapat memindai') } });
    }
    expect(u.calls).toEqual([]);
    // With the full secret of a main host too.
    const main = await startWebHost(u.core, { rendererDir: u.rendererDir });
    try {
      for (const channel of ['pegawai.list', 'cadangan.buat', 'meja.aktifkan', 'meja.sesi.cabut'])
        expect((await u.desk(cookie, channel, {}, { 'X-Netra-Kunci': main.secret, Cookie: `${cookie}; ${main.cookie}=${main.secret}` })).status).toBe(403);
    } finally {
      await main.close();
    }
    expect(u.calls).toEqual([]);
    expect(u.core.pegawai.count()).toBe(0);
  });

  it('the main secret opens nothing on the office-network listener', async () => {
    const { u } = await siap();
    await dispatch(u.core, 'pegawai.create', { data: pns() });
    const main = await startWebHost(u.core, { rendererDir: u.rendererDir });
    try {
      const withSecret: Record<string, string>[] = [
        { 'X-Netra-Kunci': main.secret },
        { Cookie: `${main.cookie}=${main.secret}` },
        { Cookie: `netra_kunci_${u.port()}=${main.secret}` },
      ];
      for (const headers of withSecret)
        for (const channel of ['pegawai.list', 'app.info', ...DESK_CHANNELS]) {
          const r = await u.desk(null, channel, {}, headers);
          expect(r.status, `${channel} ${JSON.stringify(headers)}`).toBe(401);
          expect(r.text).not.toContain('Budi');
        }
      // ?kunci= is not traded for anything here.
      const page = await u.req('GET', `/?kunci=${main.secret}`);
      expect(page.headers['set-cookie']).toBeUndefined();
      expect((await u.req('GET', `/download/x?kunci=${main.secret}`, { headers: { 'X-Netra-Kunci': main.secret } })).status).toBe(403);
      expect((await u.req('POST', `/upload?name=a.csv`, { headers: { 'X-Netra-Kunci': main.secret }, body: 'a' })).status).toBe(403);
      // And the desk's cookie opens nothing on the main host.
      const d = await u.pasang('Meja 3');
      const onMain = await fetch(`${main.origin}/api/pegawai.list`, { method: 'POST', headers: { Cookie: d.cookie }, body: '{}' });
      expect(onMain.status).toBe(401);
    } finally {
      await main.close();
    }
    expect(u.calls).toEqual([]);
  });

  // The renderer's static files (public code, no data) load without a session: the pairing page needs them.
  it('every route refuses without a session (or with a forged one), before the core sees anything', async () => {
    const { u } = await siap();
    const forged = [null, `netra_meja_${u.port()}=${'A'.repeat(43)}`, `netra_meja_${u.port()}=`, `netra_meja_${u.port()}=../../x`, `netra_meja_1=${'A'.repeat(43)}`];
    for (const cookie of forged) {
      for (const channel of [...DESK_CHANNELS, 'pegawai.list']) {
        const r = await u.desk(cookie, channel, { kegiatanId: 1, id: 1, sesiId: 1, kampanyeId: 1, nonce: 'nonce-0001' });
        expect(r.status, `${channel} ${cookie}`).toBe(401);
        expect(r.json()).toMatchObject({ ok: false, error: { code: 'TIDAK_BERWENANG', message: expect.stringContaining('belum dipasang') } });
      }
      expect((await u.req('POST', '/meja/keluar', { headers: cookie ? { Cookie: cookie } : {}, body: '{}' })).status).toBe(401);
    }
    for (const [m, p] of [
      ['GET', '/download/abc'],
      ['POST', '/upload?name=a.xlsx'],
      ['GET', '/api/meja.info'],
      ['PUT', '/'],
      ['DELETE', '/meja/pasang'],
    ] as const)
      expect((await u.req(m, p)).status, `${m} ${p}`).toBeGreaterThanOrEqual(400);
    expect(u.calls).toEqual([]);
  });

  it("forces the session's event, desk and operator: a desk of event A can never scan, list or undo in event B", async () => {
    const { u, id, cookie, sesiId } = await siap();
    const b = buatKegiatan(u.core, 'Kegiatan Lain');
    const logB = Number(
      u.core.db
        .prepare(
          `INSERT INTO kehadiran_log (kegiatan_id, hasil, cara, waktu, meja, nonce, created_at) VALUES (?, 'tercatat', 'ketik', '2026-12-07T07:00:00Z', 'Meja 1', 'nonce-lain-1', '2026-12-07T07:00:00Z')`,
        )
        .run(b).lastInsertRowid,
    );
    await u.desk(cookie, 'kegiatan.hadir.pindai', { kegiatanId: b, masukan: '198503122010011004', nonce: 'nonce-0001', meja: 'Meja Palsu', operator: 'Penyusup' });
    await u.desk(cookie, 'kegiatan.peserta.list', { kegiatanId: b, teks: 'budi' });
    await u.desk(cookie, 'kegiatan.rekap', { id: b });
    await u.desk(cookie, 'kegiatan.get', { id: b });
    await u.desk(cookie, 'meja.info', { sesiId: sesiId + 1 });
    expect(u.calls).toEqual([
      { channel: 'kegiatan.hadir.pindai', input: { kegiatanId: id, masukan: '198503122010011004', nonce: 'nonce-0001', meja: 'Meja 2', operator: 'Siti' } },
      { channel: 'kegiatan.peserta.list', input: { kegiatanId: id, teks: 'budi' } },
      { channel: 'kegiatan.rekap', input: { id } },
      { channel: 'kegiatan.get', input: { id } },
      { channel: 'meja.info', input: { sesiId } },
    ]);
    u.calls.length = 0;
    const undo = await u.desk(cookie, 'kegiatan.hadir.batal', { kegiatanId: b, logId: logB, alasan: 'salah pindai', nonce: 'nonce-0002' });
    expect(undo.status).toBe(403);
    expect(undo.json().error?.message).toBe('Catatan kehadiran itu bukan milik kegiatan meja ini.');
    expect(u.calls).toEqual([]);
  });

  it('records pledge returns only for a campaign of its own event', async () => {
    const { u, id, cookie } = await siap();
    const b = buatKegiatan(u.core, 'Kegiatan Lain');
    const now = '2026-12-07T00:00:00Z';
    const kampanye = (kegiatanId: number | null) =>
      Number(
        u.core.db
          .prepare(`INSERT INTO kampanye_ikrar (judul, pemilihan, kegiatan_id, tanggal, created_at, updated_at) VALUES ('Ikrar', 'Pilkada 2026', ?, '2026-12-07', ?, ?)`)
          .run(kegiatanId, now, now).lastInsertRowid,
      );
    const mine = kampanye(id);
    for (const other of [kampanye(b), kampanye(null), 9999, '1']) {
      const r = await u.desk(cookie, 'ikrar.terima', { kampanyeId: other, masukan: 'IK1-X', nonce: 'nonce-0003' });
      expect(r.status, String(other)).toBe(403);
    }
    expect(u.calls).toEqual([]);
    await u.desk(cookie, 'ikrar.terima', { kampanyeId: mine, masukan: 'IK1-X', nonce: 'nonce-0003', meja: 'X', operator: 'Y' });
    expect(u.calls).toEqual([{ channel: 'ikrar.terima', input: { kampanyeId: mine, masukan: 'IK1-X', nonce: 'nonce-0003', meja: 'Meja 2', operator: 'Siti' } }]);
    expect((await u.desk(cookie, 'meja.info')).json()).toMatchObject({ ok: true, value: { kampanye: [{ id: mine, judul: 'Ikrar' }] } });
  });

  it('a revoked session is refused at its very next request; the other desks carry on', async () => {
    const { u, id, cookie, sesiId } = await siap();
    const other = await u.pasang('Meja 3');
    expect((await u.desk(cookie, 'meja.info')).status).toBe(200);
    const r = await dispatch(u.core, 'meja.sesi.cabut', { sesiId });
    expect(r).toMatchObject({ ok: true, value: { id: sesiId, aktif: false, alasanBerakhir: 'dicabut' } satisfies Partial<SesiMeja> });
    u.calls.length = 0;
    const after = await u.desk(cookie, 'kegiatan.hadir.pindai', { masukan: '1985', nonce: 'nonce-0009' });
    expect(after.status).toBe(401);
    expect(after.json().error?.message).toBe('Sesi meja "Meja 2" dicabut oleh penyelenggara. Minta kode baru untuk memasang meja ini lagi.');
    expect(u.calls).toEqual([]);
    expect((await u.desk(other.cookie, 'meja.info')).status).toBe(200);
    expect(u.core.meja.status()).toMatchObject({ kegiatanId: id, jumlahMeja: 1 });
  });

  it('turning Meja hadir off ends every session, also after it is turned on for another event', async () => {
    const { u, id, cookie } = await siap();
    const other = await u.pasang('Meja 3');
    await dispatch(u.core, 'meja.aktifkan', { kegiatanId: id, aktif: false });
    const b = buatKegiatan(u.core, 'Kegiatan B');
    await u.aktifkan(b);
    const port = u.port();
    for (const c of [cookie, other.cookie].map((c) => c.replace(/^netra_meja_\d+=/, `netra_meja_${port}=`))) {
      const r = await u.desk(c, 'kegiatan.hadir.pindai', { kegiatanId: b, masukan: '1985', nonce: 'nonce-0010' });
      expect(r.status).toBe(401);
    }
    expect(u.calls).toEqual([]);
  });
});

describe('Meja hadir: pairing codes', () => {
  it('a code works once', async () => {
    u = await mejaUji({ fake });
    await u.aktifkan(buatKegiatan(u.core, 'Apel'));
    const kode = u.core.meja.status().kode!;
    expect((await pasangDengan(u, kode)).status).toBe(200);
    const again = await pasangDengan(u, kode);
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.json().error?.message).toContain('Kode pemasangan salah');
    expect(u.core.meja.status().jumlahMeja).toBe(1);
  });

  it('expires after 10 minutes, and a new code replaces the old one', async () => {
    u = await mejaUji({ fake });
    const id = buatKegiatan(u.core, 'Apel');
    const { kode } = await u.aktifkan(id);
    u.clock.t += 10 * 60_000 + 1;
    expect(u.core.meja.status().kode).toBeNull();
    const late = await pasangDengan(u, kode!);
    expect(late.status).toBe(401);
    expect(late.json().error?.message).toContain('sudah tidak berlaku');
    const fresh = (await dispatch(u.core, 'meja.kodeBaru', { kegiatanId: id })) as { ok: true; value: { kode: string } };
    const old = fresh.value.kode;
    const newer = (await dispatch(u.core, 'meja.kodeBaru', { kegiatanId: id })) as { ok: true; value: { kode: string } };
    if (newer.value.kode !== old) expect((await pasangDengan(u, old)).status).toBe(401);
    expect((await pasangDengan(u, newer.value.kode)).status).toBe(200);
  });

  it(`locks a desk address out after ${MAKS_SALAH_PER_MENIT} wrong codes in a minute, even for the right code`, async () => {
    u = await mejaUji({ fake });
    await u.aktifkan(buatKegiatan(u.core, 'Apel'));
    const kode = u.core.meja.status().kode!;
    for (let i = 0; i < MAKS_SALAH_PER_MENIT; i++) expect((await pasangDengan(u, salah(kode))).status).toBe(401);
    const locked = await pasangDengan(u, kode);
    expect(locked.status).toBe(429);
    expect(locked.json()).toMatchObject({ ok: false, error: { code: 'DIKUNCI', message: 'Terlalu banyak kode salah dari perangkat ini. Tunggu 60 detik, lalu masukkan kode yang tampil di layar penyelenggara.' } });
    expect(locked.headers['set-cookie']).toBeUndefined();
    u.clock.t += 30_000;
    expect((await pasangDengan(u, kode)).status).toBe(429);
    u.clock.t += 30_001;
    expect((await pasangDengan(u, kode)).status).toBe(200);
  });

  it(`voids a code after ${MAKS_SALAH_PER_KODE} wrong tries from many addresses`, async () => {
    u = await mejaUji({ fake });
    await u.aktifkan(buatKegiatan(u.core, 'Apel'));
    const kode = u.core.meja.status().kode!;
    for (let i = 0; i < MAKS_SALAH_PER_KODE; i++) {
      let e: unknown = null;
      try {
        u.core.meja.pasang({ kode: salah(kode), nama: 'X', operator: '' }, `10.0.0.${i}`);
      } catch (err) {
        e = err;
      }
      expect(e).toBeInstanceOf(AppError);
    }
    expect(u.core.meja.status().kode).toBeNull();
    expect(() => u!.core.meja.pasang({ kode, nama: 'X', operator: '' }, '10.0.1.1')).toThrow('sudah tidak berlaku');
  });

  it('refuses malformed pairing bodies with a message, and pairing from another site', async () => {
    u = await mejaUji({ fake });
    await u.aktifkan(buatKegiatan(u.core, 'Apel'));
    const kode = u.core.meja.status().kode!;
    for (const body of ['', '[]', 'null', '{"kode":"12345","nama":"A"}', `{"kode":"${kode}"}`, `{"kode":"${kode}","nama":"A","admin":true}`, '{bukan json'])
      expect((await u.req('POST', '/meja/pasang', { body })).status, body).toBe(400);
    for (const headers of [{ Origin: 'http://evil.example' }, { Origin: 'null' }, { 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }] as Record<string, string>[])
      expect((await pasangDengan(u, kode, headers)).status, JSON.stringify(headers)).toBe(403);
    expect(u.core.meja.status()).toMatchObject({ kode, jumlahMeja: 0 });
    // Spaces a clerk types are fine.
    expect((await pasangDengan(u, `${kode.slice(0, 3)} ${kode.slice(3)}`)).status).toBe(200);
  });

  it('refuses pairing while Meja hadir is off', async () => {
    u = await mejaUji({ fake });
    const id = buatKegiatan(u.core, 'Apel');
    await u.aktifkan(id);
    const kode = u.core.meja.status().kode!;
    await dispatch(u.core, 'meja.aktifkan', { kegiatanId: id, aktif: false });
    expect(() => u!.core.meja.pasang({ kode, nama: 'X', operator: '' }, '10.0.0.1')).toThrow('sedang tidak menyala');
  });
});

describe('Meja hadir: the office-network listener checks Host and origin', () => {
  it('refuses a spoofed Host (DNS rebinding): names, other ports, other machines, none', async () => {
    const { u, cookie } = await siap();
    const port = u.port();
    for (const host of ['evil.example', `evil.example:${port}`, `localhost:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `10.9.9.9:${port}`, `127.0.0.1:${port}.evil`, `[::1]:${port}`, 'Netra']) {
      for (const [m, p] of [
        ['POST', '/api/meja.info'],
        ['GET', '/'],
        ['POST', '/meja/pasang'],
      ] as const) {
        const r = await u.req(m, p, { headers: { Host: host, Cookie: cookie }, body: m === 'POST' ? '{}' : undefined });
        expect(r.status, `${host} ${p}`).toBe(403);
        expect(r.text).toContain('Host ditolak');
      }
    }
    expect(u.calls).toEqual([]);
    expect((await u.desk(cookie, 'meja.info')).status).toBe(200);
  });

  it('refuses desk calls from another origin or site, even with the session cookie', async () => {
    const { u, cookie } = await siap();
    const port = u.port();
    for (const headers of [
      { Origin: 'http://evil.example' },
      { Origin: `http://127.0.0.1:${port + 1}` },
      { Origin: `https://127.0.0.1:${port}` },
      { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors' },
      { 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'cors' },
    ] as Record<string, string>[])
      expect((await u.desk(cookie, 'kegiatan.hadir.pindai', { masukan: '1', nonce: 'nonce-0001' }, headers)).status, JSON.stringify(headers)).toBe(403);
    expect(u.calls).toEqual([]);
    expect((await u.desk(cookie, 'meja.info', {}, { Origin: `http://127.0.0.1:${port}`, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('caps desk bodies, and never serves files outside the renderer', async () => {
    const { u, cookie } = await siap();
    fs.writeFileSync(path.join(u.dataDir, 'rahasia.txt'), 'RAHASIA');
    const big = await u.req('POST', '/api/kegiatan.peserta.list', { headers: { Cookie: cookie }, body: JSON.stringify({ teks: 'x'.repeat(70 * 1024) }) });
    expect(big.status).toBe(413);
    for (const p of ['/../rahasia.txt', '/%2e%2e/rahasia.txt', `/..%2f..%2f${path.basename(u.dataDir)}%2frahasia.txt`, '/netra.sqlite']) {
      const r = await u.req('GET', p);
      expect(r.text, p).not.toContain('RAHASIA');
      expect(r.text).not.toContain('SQLite format');
    }
    expect(u.calls).toEqual([]);
  });
});
