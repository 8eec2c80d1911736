import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { startWebHost } from '../../../electron/web/server';
import type { ChannelName, HasilPindaiKegiatan, InputOf, OutputOf, SesiMeja } from '../../../shared/contract/index';
import { mejaUji, type MejaUji } from '../../helpers/meja';
import { pns } from '../../helpers/core';

// Meja hadir against the real kegiatan core: scans over the office-network listener land in the
// session's event, with the session's desk and operator, and a resend is never counted twice.

let u: MejaUji | null = null;
afterEach(async () => {
  await u?.close();
  u = null;
});

async function call<C extends ChannelName>(x: MejaUji, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(x.core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.message}`);
  return r.value as OutputOf<C>;
}

const nip = (i: number) => `198503122010011${String(i).padStart(3, '0')}`;

/** Two events: A invites Dinas Pendidikan (people 1–3), B Dinas Kesehatan (people 4–5). */
async function duaKegiatan() {
  u = await mejaUji();
  u.clock.t = Date.parse('2026-12-07T00:10:00Z'); // 07.10 WIB
  const disdik = u.core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const dinkes = u.core.units.create({ nama: 'Dinas Kesehatan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  for (let i = 1; i <= 5; i++) u.core.pegawai.create(pns({ nip: nip(i), nama: `Pegawai ${i}`, unitKerjaId: i <= 3 ? disdik.id : dinkes.id }));
  const ev = (judul: string, unit: string) =>
    call(u!, 'kegiatan.create', { data: { judul, jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Halaman', peserta: { unit: [unit] } } });
  const a = await ev('Apel A', 'Dinas Pendidikan');
  const b = await ev('Apel B', 'Dinas Kesehatan');
  await call(u, 'kegiatan.peserta.tamu', { kegiatanId: a.id, tamu: { nama: 'Camat Sukamaju', instansi: 'Kecamatan Sukamaju', nik: '3201010101010001' } });
  await u.aktifkan(a.id);
  const d = await u.pasang('Pintu Timur', 'Siti');
  return { u, a: a.id, b: b.id, cookie: d.cookie, sesiId: d.info.sesiId };
}

const logRows = (x: MejaUji, kegiatanId: number) =>
  x.core.db.prepare('SELECT hasil, meja, operator, nonce, peserta_id FROM kehadiran_log WHERE kegiatan_id = ? ORDER BY id').all(kegiatanId) as {
    hasil: string;
    meja: string;
    operator: string;
    nonce: string;
    peserta_id: number | null;
  }[];

describe('Meja hadir over the real kegiatan channels', () => {
  it("a desk whose clock runs behind has its scan times put on this computer's clock (a late arrival stays late)", async () => {
    u = await mejaUji();
    u.clock.t = Date.parse('2026-12-07T00:50:00Z'); // 07.50 WIB here; the cut-off is 07.45
    const disdik = u.core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    u.core.pegawai.create(pns({ nip: nip(1), nama: 'Pegawai 1', unitKerjaId: disdik.id }));
    u.core.pegawai.create(pns({ nip: nip(2), nama: 'Pegawai 2', unitKerjaId: disdik.id }));
    const k = await call(u, 'kegiatan.create', { data: { judul: 'Apel', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', batasTerlambat: '07.45', tempat: 'Halaman', peserta: { unit: ['Dinas Pendidikan'] } } });
    await u.aktifkan(k.id);
    // the phone says 07.30 when this computer says 07.50
    const slow = await u.pasang('Pintu Barat', '', '2026-12-07T00:30:00Z');
    const r = (await u.desk(slow.cookie, 'kegiatan.hadir.pindai', { masukan: nip(1), nonce: 'nonce-jam-0001', waktu: '2026-12-07T00:31:00Z' })).json() as { value: HasilPindaiKegiatan };
    expect(r.value.judul).toBe('Terlambat');
    expect(r.value.peserta!.kehadiran!.waktu).toBe('2026-12-07T00:51:00.000Z');
    // a desk that sent no clock keeps its times as sent
    const plain = await u.pasang('Pintu Timur');
    const p = (await u.desk(plain.cookie, 'kegiatan.hadir.pindai', { masukan: nip(2), nonce: 'nonce-jam-0002', waktu: '2026-12-07T00:40:00Z' })).json() as { value: HasilPindaiKegiatan };
    expect(p.value.judul).toBe('Hadir');
  });

  it("a desk's scan lands in its own event with its desk and operator, whatever it sends", async () => {
    const { u, a, b, cookie } = await duaKegiatan();
    const r = await u.desk(cookie, 'kegiatan.hadir.pindai', { kegiatanId: b, masukan: nip(1), nonce: 'nonce-a-0001', meja: 'Meja Palsu', operator: 'Penyusup', cara: 'pindai' });
    expect(r.status).toBe(200);
    const v = (r.json() as { value: HasilPindaiKegiatan }).value;
    expect(v).toMatchObject({ hasil: 'tercatat', ulangan: false, peserta: { nama: 'Pegawai 1, S.E.', kegiatanId: a } });
    // A person of event B scanned at A's desk is "not a participant" of A, and B is untouched.
    const other = (await u.desk(cookie, 'kegiatan.hadir.pindai', { kegiatanId: b, masukan: nip(4), nonce: 'nonce-a-0002' })).json() as { value: HasilPindaiKegiatan };
    expect(other.value.hasil).toBe('bukan-peserta');
    expect(logRows(u, a).map((x) => [x.hasil, x.meja, x.operator, x.nonce])).toEqual([
      ['tercatat', 'Pintu Timur', 'Siti', 'nonce-a-0001'],
      ['bukan-peserta', 'Pintu Timur', 'Siti', 'nonce-a-0002'],
    ]);
    expect(logRows(u, b)).toEqual([]);
    expect((await call(u, 'kegiatan.get', { id: b })).jumlah.hadir).toBe(0);
    expect((await call(u, 'kegiatan.get', { id: a })).jumlah.hadir).toBe(1);
  });

  it('a resent scan (same nonce) returns the first answer and counts nothing, also after pairing again', async () => {
    const { u, a, cookie, sesiId } = await duaKegiatan();
    const first = (await u.desk(cookie, 'kegiatan.hadir.pindai', { masukan: nip(2), nonce: 'nonce-ulang-1' })).json() as { value: HasilPindaiKegiatan };
    const again = (await u.desk(cookie, 'kegiatan.hadir.pindai', { masukan: nip(2), nonce: 'nonce-ulang-1' })).json() as { value: HasilPindaiKegiatan };
    expect(again.value).toMatchObject({ hasil: 'tercatat', ulangan: true, logId: first.value.logId });
    // The desk lost its session with scans queued: it pairs again and resends the same nonces.
    await call(u, 'meja.sesi.cabut', { sesiId });
    const queued = { masukan: nip(3), nonce: 'nonce-antre-1', waktu: '2026-12-07T00:05:00Z' };
    expect((await u.desk(cookie, 'kegiatan.hadir.pindai', queued)).status).toBe(401);
    const d = await u.pasang('Pintu Timur', 'Siti');
    for (const input of [{ masukan: nip(2), nonce: 'nonce-ulang-1' }, queued, queued]) expect((await u.desk(d.cookie, 'kegiatan.hadir.pindai', input)).status).toBe(200);
    expect(logRows(u, a).map((x) => x.nonce)).toEqual(['nonce-ulang-1', 'nonce-antre-1']);
    const rekap = await call(u, 'kegiatan.rekap', { id: a });
    expect(rekap.total.jumlah.hadir).toBe(2);
    const desks = await call(u, 'meja.sesi.list', { kegiatanId: a });
    expect(desks.map((s: SesiMeja) => [s.aktif, s.jumlahPindai])).toEqual([
      [true, 1],
      [false, 1],
    ]);
  });

  it('lists and searches the event\'s participants, its recap and title, without NIKs', async () => {
    const { u, a, b, cookie } = await duaKegiatan();
    const list = await u.desk(cookie, 'kegiatan.peserta.list', { kegiatanId: b });
    const rows = (list.json() as { value: { total: number; rows: { nama: string; nik?: string; kegiatanId: number }[] } }).value;
    expect(rows.total).toBe(4);
    expect(new Set(rows.rows.map((r) => r.kegiatanId))).toEqual(new Set([a]));
    expect(rows.rows.map((r) => r.nama)).toContain('Camat Sukamaju');
    expect(rows.rows.every((r) => !('nik' in r))).toBe(true);
    expect(list.text).not.toContain('3201010101010001');
    const search = (await u.desk(cookie, 'kegiatan.peserta.list', { teks: 'Pegawai 2' })).json() as { value: { rows: { nama: string }[] } };
    expect(search.value.rows.map((r) => r.nama)).toEqual(['Pegawai 2, S.E.']);
    const rekap = (await u.desk(cookie, 'kegiatan.rekap', { id: b })).json() as { value: { kegiatan: { id: number }; total: { jumlah: { peserta: number } } } };
    expect(rekap.value).toMatchObject({ kegiatan: { id: a }, total: { jumlah: { peserta: 4 } } });
    const get = (await u.desk(cookie, 'kegiatan.get', {})).json() as { value: { id: number; judul: string; mejaAktif: boolean } };
    expect(get.value).toMatchObject({ id: a, judul: 'Apel A', mejaAktif: true });
  });

  it("undoes a scan of its own event, as its desk, and nobody else's", async () => {
    const { u, a, b, cookie } = await duaKegiatan();
    const s = (await u.desk(cookie, 'kegiatan.hadir.pindai', { masukan: nip(1), nonce: 'nonce-batal-1' })).json() as { value: HasilPindaiKegiatan };
    const organiser = await call(u, 'kegiatan.hadir.pindai', { kegiatanId: b, masukan: nip(4), nonce: 'nonce-batal-2' });
    const own = await u.desk(cookie, 'kegiatan.hadir.batal', { logId: s.value.logId, alasan: 'Salah orang', nonce: 'nonce-batal-3', meja: 'X' });
    expect(own.json()).toMatchObject({ ok: true, value: { hasil: 'batal', meja: 'Pintu Timur', operator: 'Siti', membatalkanId: s.value.logId } });
    const theirs = await u.desk(cookie, 'kegiatan.hadir.batal', { logId: organiser.logId, alasan: 'Iseng', nonce: 'nonce-batal-4' });
    expect(theirs.status).toBe(403);
    expect((await call(u, 'kegiatan.get', { id: b })).jumlah.hadir).toBe(1);
    expect((await call(u, 'kegiatan.get', { id: a })).jumlah.hadir).toBe(0);
  });

  it('kegiatan.selesai ends every desk session at once and closes the listener', async () => {
    const { u, a, cookie } = await duaKegiatan();
    const port = u.port();
    await call(u, 'kegiatan.selesai', { id: a });
    expect((await call(u, 'meja.sesi.list', { kegiatanId: a })).map((s) => [s.aktif, s.alasanBerakhir])).toEqual([[false, 'kegiatan-selesai']]);
    expect(u.core.meja.status().aktif).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    const closed = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.on('connect', () => (s.destroy(), resolve(false)));
      s.on('error', () => resolve(true));
    });
    expect(closed).toBe(true);
    expect(logRows(u, a)).toEqual([]);
    void cookie;
  });

  it('records returned pledge forms of its own event\'s campaign, as its desk, and no other campaign\'s', async () => {
    const { u, a, b, cookie } = await duaKegiatan();
    const kampanye = (kegiatanId: number) =>
      call(u, 'ikrar.create', { data: { judul: 'Ikrar Netralitas', pemilihan: 'Pemilihan Bupati Sukamaju 2026', kegiatanId, tanggal: '2026-12-07' } });
    const mine = await kampanye(a);
    const theirs = await kampanye(b);
    const info = (await u.desk(cookie, 'meja.info')).json() as { value: { kampanye: { id: number }[] } };
    expect(info.value.kampanye.map((k) => k.id)).toEqual([mine.id]);
    const form = (await call(u, 'ikrar.formulir.list', { kampanyeId: mine.id })).rows.find((f) => f.nip === nip(1))!;
    const other = (await call(u, 'ikrar.formulir.list', { kampanyeId: theirs.id })).rows[0]!;
    const r = await u.desk(cookie, 'ikrar.terima', { kampanyeId: mine.id, masukan: form.kode, nonce: 'nonce-ikrar-1', meja: 'X', operator: 'Y' });
    expect(r.json()).toMatchObject({ ok: true, value: { hasil: 'tercatat', ulangan: false, formulir: { kode: form.kode, kembali: { meja: 'Pintu Timur' } } } });
    const again = await u.desk(cookie, 'ikrar.terima', { kampanyeId: mine.id, masukan: form.kode, nonce: 'nonce-ikrar-1' });
    expect(again.json()).toMatchObject({ ok: true, value: { ulangan: true } });
    const refused = await u.desk(cookie, 'ikrar.terima', { kampanyeId: theirs.id, masukan: other.kode, nonce: 'nonce-ikrar-2' });
    expect(refused.status).toBe(403);
    const rows = u.core.db.prepare('SELECT kampanye_id, meja, operator FROM ikrar_terima_log ORDER BY id').all();
    expect(rows).toEqual([{ kampanye_id: mine.id, meja: 'Pintu Timur', operator: 'Siti' }]);
  });

  it("the organiser's own desk page keeps scanning over 127.0.0.1 with the launch secret", async () => {
    const { u, a } = await duaKegiatan();
    const main = await startWebHost(u.core, { rendererDir: u.rendererDir });
    try {
      const res = await fetch(`${main.origin}/api/kegiatan.hadir.pindai`, {
        method: 'POST',
        headers: { 'X-Netra-Kunci': main.secret },
        body: JSON.stringify({ kegiatanId: a, masukan: nip(3), nonce: 'nonce-utama-1', meja: 'Meja 1' }),
      });
      expect(await res.json()).toMatchObject({ ok: true, value: { hasil: 'tercatat' } });
      expect(logRows(u, a).map((x) => x.meja)).toEqual(['Meja 1']);
    } finally {
      await main.close();
    }
  });
});
