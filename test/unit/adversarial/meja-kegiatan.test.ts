import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import type { ChannelName, HasilPindaiKegiatan, InputOf, OutputOf } from '../../../shared/contract/index';
import { pns } from '../../helpers/core';
import { mejaUji, type MejaUji } from '../../helpers/meja';

// A paired desk of event A, against the real kegiatan and ikrar core, trying to reach event B
// (or the registry) through every field it sends.

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

/** A invites Dinas Pendidikan (1–3), B Dinas Kesehatan (4–5); person 6 (Bappeda) is in neither. */
async function duaKegiatan() {
  u = await mejaUji();
  u.clock.t = Date.parse('2026-12-07T00:10:00Z');
  const unit = (nama: string) => u!.core.units.create({ nama, singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null }).id;
  const [disdik, dinkes, bappeda] = [unit('Dinas Pendidikan'), unit('Dinas Kesehatan'), unit('Bappeda')];
  for (let i = 1; i <= 6; i++) u.core.pegawai.create(pns({ nip: nip(i), nama: `Rahasia Nama ${i}`, gelarBelakang: null, unitKerjaId: i <= 3 ? disdik : i <= 5 ? dinkes : bappeda }));
  const ev = (judul: string, u2: string) => call(u!, 'kegiatan.create', { data: { judul, jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Halaman', peserta: { unit: [u2] } } });
  const a = await ev('Apel A', 'Dinas Pendidikan');
  const b = await ev('Apel B', 'Dinas Kesehatan');
  await u.aktifkan(a.id);
  const d = await u.pasang('Pintu Timur', 'Siti');
  return { u, a: a.id, b: b.id, cookie: d.cookie };
}

const v = (r: { json: () => unknown }) => (r.json() as { value: HasilPindaiKegiatan }).value;

describe('Meja hadir: a desk reaches nothing of event B and nothing of the registry', () => {
  it("B's participant id, B's nonce and B's log entry reach nothing of B", async () => {
    const { u, a, b, cookie } = await duaKegiatan();
    const pb = (await call(u, 'kegiatan.peserta.list', { kegiatanId: b })).rows[0]!;
    const viaId = v(await u.desk(cookie, 'kegiatan.hadir.pindai', { pesertaId: pb.id, cara: 'cari', nonce: 'meja-adv-0001' }));
    expect(viaId.hasil).toBe('tidak-dikenal');
    // B's own desk (the organiser) scans; A's desk replays that nonce
    const sb = await call(u, 'kegiatan.hadir.pindai', { kegiatanId: b, masukan: nip(4), nonce: 'meja-adv-b-01' });
    const replay = await u.desk(cookie, 'kegiatan.hadir.pindai', { masukan: nip(4), nonce: 'meja-adv-b-01' });
    expect(replay.status).toBe(400);
    // undo B's entry: by number, as a string, under B's event id
    for (const logId of [sb.logId, String(sb.logId)]) {
      const r = await u.desk(cookie, 'kegiatan.hadir.batal', { kegiatanId: b, logId, alasan: 'Salah pindai', nonce: `meja-adv-u-${typeof logId}` });
      expect(r.status, String(logId)).toBeGreaterThanOrEqual(400);
    }
    expect((await call(u, 'kegiatan.get', { id: b })).jumlah).toMatchObject({ hadir: 1 });
    expect((await call(u, 'kegiatan.hadir.log', { kegiatanId: b })).total).toBe(1);
    expect((await call(u, 'kegiatan.get', { id: a })).jumlah.hadir).toBe(0);
  });

  it('a registered person not invited is red at a desk without their name, unit or id from the registry', async () => {
    const { u, a, cookie } = await duaKegiatan();
    for (const [i, masukan] of [nip(6), nip(4)].entries()) {
      const r = await u.desk(cookie, 'kegiatan.hadir.pindai', { masukan, nonce: `meja-adv-leak-${i}` });
      expect(r.status).toBe(200);
      expect(v(r)).toMatchObject({ hasil: 'bukan-peserta', pegawai: null });
      expect(r.text).not.toContain('Rahasia Nama');
      expect(r.text).not.toMatch(/Bappeda|Dinas Kesehatan/);
    }
    // the same through a pledge campaign of this event
    const kampanye = await call(u, 'ikrar.create', { data: { judul: 'Ikrar A', pemilihan: 'Pilkada 2026', tanggal: '2026-12-07', kegiatanId: a } });
    const t = await u.desk(cookie, 'ikrar.terima', { kampanyeId: kampanye.id, masukan: nip(6), nonce: 'meja-adv-leak-ik' });
    expect(t.status).toBe(200);
    expect(v(t).hasil).toBe('bukan-peserta');
    expect(t.text).not.toContain('Rahasia Nama');
    // the organiser's own screen still gets the person, to add them
    const own = await call(u, 'kegiatan.hadir.pindai', { kegiatanId: a, masukan: nip(6), nonce: 'meja-adv-own-1' });
    expect(own.pegawai?.nama).toBe('Rahasia Nama 6');
  });

  it('closing the event refuses the very next desk request; nothing more is recorded', async () => {
    const { u, a, cookie } = await duaKegiatan();
    expect(v(await u.desk(cookie, 'kegiatan.hadir.pindai', { masukan: nip(1), nonce: 'meja-adv-c-01' })).hasil).toBe('tercatat');
    const port = u.port();
    await call(u, 'kegiatan.selesai', { id: a });
    // the request that races the listener's closing is refused by the session check; later ones find no listener
    for (const ch of ['kegiatan.hadir.pindai', 'kegiatan.peserta.list', 'meja.info']) {
      const r = await u
        .req('POST', `/api/${ch}`, { port, headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: JSON.stringify({ masukan: nip(2), nonce: 'meja-adv-c-02' }) })
        .catch((e: NodeJS.ErrnoException) => e.code ?? String(e));
      if (typeof r === 'string') expect(r, ch).toBe('ECONNREFUSED');
      else {
        expect(r.status, ch).toBe(401);
        expect(r.json().error?.message, ch).toContain('sudah ditutup');
      }
    }
    expect(u.jaringan.host()).toBeNull();
    expect((await call(u, 'kegiatan.hadir.log', { kegiatanId: a })).total).toBe(1);
  });

  it('many, long and odd cookies: the live session among them still works, none of them opens anything else', async () => {
    const { u, cookie } = await duaKegiatan();
    const name = cookie.split('=')[0]!;
    const junk = Array.from({ length: 60 }, (_, i) => `${name}=${'x'.repeat(i)}`).join('; ');
    expect((await u.desk(`${junk}; ${cookie}`, 'meja.info')).status).toBe(200);
    for (const odd of [`${name}="${cookie.split('=')[1]}"`, `${name}=${cookie.split('=')[1]}x`, `${name}=${encodeURIComponent('ä'.repeat(43))}`, `${name}=;${name}`])
      expect((await u.desk(odd, 'meja.info')).status, odd).toBe(401);
  });

  it("a code shown for event A pairs nothing once Meja hadir moved to event B, and A's desk stays out", async () => {
    const { u, a, b, cookie } = await duaKegiatan();
    await call(u, 'meja.kodeBaru', { kegiatanId: a });
    const kodeA = u.core.meja.status().kode!;
    await call(u, 'meja.aktifkan', { kegiatanId: a, aktif: false });
    await u.aktifkan(b);
    const kodeB = u.core.meja.status().kode!;
    if (kodeB !== kodeA) {
      const r = await u.req('POST', '/meja/pasang', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kode: kodeA, nama: 'Meja Lama' }) });
      expect(r.status).toBe(401);
      expect(r.headers['set-cookie']).toBeUndefined();
    }
    const port = u.port();
    const again = await u.desk(cookie.replace(/^netra_meja_\d+=/, `netra_meja_${port}=`), 'kegiatan.hadir.pindai', { masukan: nip(4), nonce: 'meja-adv-pindah' });
    expect(again.status).toBe(401);
    expect((await call(u, 'kegiatan.hadir.log', { kegiatanId: b })).total).toBe(0);
    expect(u.core.meja.status()).toMatchObject({ kegiatanId: b, jumlahMeja: 0 });
  });

  it("a desk undoes only its own scans: not another desk's, not the organiser's bulk marking", async () => {
    const { u, a, cookie } = await duaKegiatan();
    const other = await u.pasang('Pintu Barat', 'Joko');
    const mine = v(await u.desk(cookie, 'kegiatan.hadir.pindai', { masukan: nip(1), nonce: 'meja-adv-own-01' }));
    const theirs = v(await u.desk(other.cookie, 'kegiatan.hadir.pindai', { masukan: nip(2), nonce: 'meja-adv-oth-01' }));
    const disdik = (await call(u, 'kegiatan.rekap', { id: a })).baris.find((b) => b.unit === 'Dinas Pendidikan')!.unitIndukId!;
    await call(u, 'kegiatan.hadir.tandai', { kegiatanId: a, status: 'izin', unitIndukId: disdik, nonce: 'meja-adv-bulk-1' });
    const bulk = (await call(u, 'kegiatan.hadir.log', { kegiatanId: a })).rows.find((l) => l.cara === 'massal')!;
    for (const logId of [theirs.logId, bulk.id]) {
      const r = await u.desk(cookie, 'kegiatan.hadir.batal', { logId, alasan: 'Iseng', nonce: `meja-adv-undo-${logId}` });
      expect(r.status, String(logId)).toBe(403);
      expect(r.json().error?.message).toContain('hanya dapat membatalkan pindaiannya sendiri');
    }
    const ok = await u.desk(cookie, 'kegiatan.hadir.batal', { logId: mine.logId, alasan: 'Salah pindai', nonce: 'meja-adv-undo-own' });
    expect(ok.status).toBe(200);
    expect((await call(u, 'kegiatan.rekap', { id: a })).total.jumlah).toMatchObject({ hadir: 1 });
    expect((await call(u, 'kegiatan.rekap', { id: a })).total.jumlah.perStatus.izin).toBe(1);
  });

  it('a desk cannot name the status: no late arrival marked on time, nobody marked sick from a phone', async () => {
    const { u, a, cookie } = await duaKegiatan();
    await call(u, 'kegiatan.update', { id: a, data: { judul: 'Apel A', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.00', batasTerlambat: '07.05', tempat: 'Halaman', peserta: { unit: ['Dinas Pendidikan'] } } });
    for (const status of ['hadir', 'sakit', 'tanpa-keterangan']) {
      const r = await u.desk(cookie, 'kegiatan.hadir.pindai', { masukan: nip(1), status, nonce: `meja-adv-st-${status}` });
      expect(r.status, status).toBe(403);
    }
    // 07.10 > 07.05: the clock says terlambat
    expect(v(await u.desk(cookie, 'kegiatan.hadir.pindai', { masukan: nip(1), status: null, nonce: 'meja-adv-st-ok' })).judul).toBe('Terlambat');
    expect((await call(u, 'kegiatan.hadir.log', { kegiatanId: a })).total).toBe(1);
  });
});
