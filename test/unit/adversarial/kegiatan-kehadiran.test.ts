import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { pns, tempDir } from '../../helpers/core';

// The attendance core as an adversary uses it: nonces reused for other inputs, undo games, desk
// clocks, search text with LIKE wildcards. Every scan is either counted once or refused out loud.

async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.message}`);
  return r.value as OutputOf<C>;
}
async function gagal<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>) {
  const r = await dispatch(core, ch, input);
  if (r.ok) throw new Error(`${ch} diterima padahal harus ditolak: ${JSON.stringify(r.value)}`);
  return r.error;
}

const nip = (i: number) => `198503122010011${String(i).padStart(3, '0')}`;
let seq = 0;
const nonce = () => `adv${Date.now().toString(36)}x${++seq}`;

function setup(start = '2026-12-07T00:10:00Z') {
  let now = new Date(start);
  const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => now });
  const disdik = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const dinkes = core.units.create({ nama: 'Dinas Kesehatan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const p = (i: number, unitKerjaId: number, over = {}) => core.pegawai.create(pns({ nip: nip(i), nama: `Pegawai ${i}`, unitKerjaId, ...over }));
  const people = [p(1, disdik.id), p(2, disdik.id), p(3, disdik.id), p(4, dinkes.id), p(5, dinkes.id)];
  return { core, units: { disdik, dinkes }, people, setNow: (iso: string) => (now = new Date(iso)) };
}

const apel = (over: Record<string, unknown> = {}) => ({
  judul: 'Apel Ikrar Netralitas ASN',
  jenis: 'apel-ikrar',
  tanggal: '2026-12-07',
  jam: '07.30',
  batasTerlambat: '07.45',
  tempat: 'Halaman Kantor Bupati',
  peserta: { unit: ['Dinas Pendidikan', 'Dinas Kesehatan'], subunit: true },
  ...over,
});

async function peserta(core: Core, kegiatanId: number) {
  return (await call(core, 'kegiatan.peserta.list', { kegiatanId })).rows;
}

describe('kehadiran: a nonce names one scan, never another', () => {
  it('a nonce reused for another participant chosen by name is refused, not answered with the first person', async () => {
    const { core } = setup();
    const k = await call(core, 'kegiatan.create', { data: apel() });
    const [a, b] = await peserta(core, k.id);
    const n = nonce();
    const first = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, pesertaId: a!.id, cara: 'cari', nonce: n });
    expect(first.hasil).toBe('tercatat');
    // A desk bug (or a replay) sends B under A's nonce: B must not be silently "already received".
    const err = await gagal(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, pesertaId: b!.id, cara: 'cari', nonce: n });
    expect(err.code).toBe('VALIDASI');
    expect(err.message).toContain('Nonce');
    // The true resend is still answered as the first time.
    const again = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, pesertaId: a!.id, cara: 'cari', nonce: n });
    expect(again).toMatchObject({ ulangan: true, logId: first.logId });
  });

  it('a nonce of a scan cannot be replayed as a bulk marking (which would mark nobody and say one)', async () => {
    const { core, units } = setup();
    const k = await call(core, 'kegiatan.create', { data: apel() });
    const n = nonce();
    await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(4), nonce: n });
    const err = await gagal(core, 'kegiatan.hadir.tandai', { kegiatanId: k.id, status: 'izin', unitIndukId: units.disdik.id, nonce: n });
    expect(err.message).toContain('Nonce');
    expect((await call(core, 'kegiatan.rekap', { id: k.id })).total.jumlah.perStatus.izin).toBe(0);
  });

  it("a bulk marking's nonce replayed in another event is refused, not answered with the first event's count", async () => {
    const { core, units } = setup();
    const k1 = await call(core, 'kegiatan.create', { data: apel() });
    const k2 = await call(core, 'kegiatan.create', { data: apel({ judul: 'Sosialisasi', jenis: 'sosialisasi' }) });
    const n = nonce();
    expect(await call(core, 'kegiatan.hadir.tandai', { kegiatanId: k1.id, status: 'izin', unitIndukId: units.disdik.id, nonce: n })).toEqual({ ditandai: 3, dilewati: 0 });
    const err = await gagal(core, 'kegiatan.hadir.tandai', { kegiatanId: k2.id, status: 'izin', unitIndukId: units.disdik.id, nonce: n });
    expect(err.message).toContain('Nonce');
    expect((await call(core, 'kegiatan.rekap', { id: k2.id })).total.jumlah.perStatus.izin).toBe(0);
  });

  it("an undo's nonce replayed under another event is refused (it used to answer nothing at all)", async () => {
    const { core } = setup();
    const k1 = await call(core, 'kegiatan.create', { data: apel() });
    const k2 = await call(core, 'kegiatan.create', { data: apel({ judul: 'Sosialisasi', jenis: 'sosialisasi' }) });
    const s = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k1.id, masukan: nip(1), nonce: nonce() });
    const n = nonce();
    const undo = await call(core, 'kegiatan.hadir.batal', { kegiatanId: k1.id, logId: s.logId, alasan: 'Salah pindai', nonce: n });
    expect(undo.membatalkanId).toBe(s.logId);
    // the true resend returns the same reversal
    expect(await call(core, 'kegiatan.hadir.batal', { kegiatanId: k1.id, logId: s.logId, alasan: 'Salah pindai', nonce: n })).toEqual(undo);
    const r = await dispatch(core, 'kegiatan.hadir.batal', { kegiatanId: k2.id, logId: s.logId, alasan: 'Salah pindai', nonce: n });
    expect(r.ok).toBe(false);
  });

  it('a reversal cannot be reversed, a duplicate cannot be undone, an undo cannot be repeated under a new nonce', async () => {
    const { core } = setup();
    const k = await call(core, 'kegiatan.create', { data: apel() });
    const s = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), nonce: nonce() });
    const dup = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), nonce: nonce() });
    expect(dup.hasil).toBe('duplikat');
    expect((await gagal(core, 'kegiatan.hadir.batal', { kegiatanId: k.id, logId: dup.logId, alasan: 'x y z', nonce: nonce() })).message).toContain('tidak mengubah kehadiran');
    const undo = await call(core, 'kegiatan.hadir.batal', { kegiatanId: k.id, logId: s.logId, alasan: 'Salah orang', nonce: nonce() });
    expect((await gagal(core, 'kegiatan.hadir.batal', { kegiatanId: k.id, logId: undo.id, alasan: 'balik lagi', nonce: nonce() })).message).toContain('tidak mengubah kehadiran');
    expect((await gagal(core, 'kegiatan.hadir.batal', { kegiatanId: k.id, logId: s.logId, alasan: 'lagi', nonce: nonce() })).message).toContain('sudah dibatalkan');
    // a scan nonce replayed as an undo, and an undo nonce replayed as a scan
    const scanNonce = nonce();
    const s2 = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(2), nonce: scanNonce });
    expect((await gagal(core, 'kegiatan.hadir.batal', { kegiatanId: k.id, logId: s2.logId, alasan: 'Salah pindai', nonce: scanNonce })).message).toContain('Nonce');
    expect((await call(core, 'kegiatan.rekap', { id: k.id })).total.jumlah).toMatchObject({ hadir: 1 });
  });
});

describe('kehadiran: desk clocks and the cut-off', () => {
  it('terlambat only after the cut-off minute, in the event zone (WITA)', async () => {
    const { core } = setup('2026-12-07T02:00:00Z');
    const k = await call(core, 'kegiatan.create', { data: apel({ zonaWaktu: 'WITA' }) });
    // 07.45 WITA = 23.45 UTC the day before
    const at = async (i: number, waktu: string) => (await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(i), nonce: nonce(), waktu })).judul;
    expect(await at(1, '2026-12-06T23:45:00Z')).toBe('Hadir');
    expect(await at(2, '2026-12-06T23:45:59.999Z')).toBe('Hadir');
    expect(await at(3, '2026-12-06T23:46:00Z')).toBe('Terlambat');
    // a desk with a +08:00 offset means the same instant
    expect(await at(4, '2026-12-07T07:46:00+08:00')).toBe('Terlambat');
  });

  it('an offline desk that scanned someone first, sent after another desk scanned them late, keeps them on time', async () => {
    const { core, setNow } = setup('2026-12-07T00:50:00Z'); // 07.50 WIB, after the 07.45 cut-off
    const k = await call(core, 'kegiatan.create', { data: apel() });
    // Meja 2 (online) scans at 07.50: terlambat.
    const late = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), meja: 'Meja 2', nonce: nonce() });
    expect(late.judul).toBe('Terlambat');
    // Meja 1 was offline since 07.20, when it scanned the same person at the door; it sends now.
    setNow('2026-12-07T01:00:00Z');
    const early = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), meja: 'Meja 1', nonce: nonce(), waktu: '2026-12-07T00:20:00Z' });
    expect(early.ulangan).toBe(false);
    const p = (await peserta(core, k.id)).find((x) => x.nip === nip(1))!;
    // The person arrived at 07.20: the first scan in time is their attendance.
    expect(p.kehadiran).toMatchObject({ status: 'hadir', waktu: '2026-12-07T00:20:00.000Z', meja: 'Meja 1' });
    expect((await call(core, 'kegiatan.rekap', { id: k.id })).total.jumlah).toMatchObject({ hadir: 1, terlambat: 0 });
    // still one person present, and a third scan is a duplicate naming the earliest
    const third = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), meja: 'Meja 3', nonce: nonce() });
    expect(third.hasil).toBe('duplikat');
    expect(third.judul).toBe('Sudah tercatat pukul 07.20 di Meja 1');
  });

  it('a desk clock ahead by more than five minutes is refused; one just inside is taken at its own time', async () => {
    const { core } = setup('2026-12-07T00:10:00Z');
    const k = await call(core, 'kegiatan.create', { data: apel() });
    expect((await gagal(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), nonce: nonce(), waktu: '2026-12-07T00:15:01Z' })).fields?.[0]?.field).toBe('waktu');
    const ok = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), nonce: nonce(), waktu: '2026-12-07T00:15:00Z' });
    expect(ok.peserta!.kehadiran!.waktu).toBe('2026-12-07T00:15:00.000Z');
    expect((await gagal(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(2), nonce: nonce(), waktu: 'besok pagi' })).code).toBe('VALIDASI');
  });
});

describe('kehadiran: search text is text', () => {
  it('LIKE wildcards % _ \\ in the participant search match themselves, in names and numbers', async () => {
    const { core } = setup();
    const k = await call(core, 'kegiatan.create', { data: apel() });
    await call(core, 'kegiatan.peserta.tamu', { kegiatanId: k.id, tamu: { nama: 'Tamu 100% Hadir', jabatan: 'Camat', instansi: 'Kecamatan Sukamaju' } });
    await call(core, 'kegiatan.peserta.tamu', { kegiatanId: k.id, tamu: { nama: 'Ahmad_Rizal', jabatan: '', instansi: 'Polres' } });
    const cari = async (teks: string) => (await call(core, 'kegiatan.peserta.list', { kegiatanId: k.id, teks })).rows.map((r) => r.nama);
    expect(await cari('%')).toEqual(['Tamu 100% Hadir']);
    expect(await cari('_')).toEqual(['Ahmad_Rizal']);
    expect(await cari('\\')).toEqual([]);
    expect(await cari('1985%')).toEqual([]);
    expect(await cari('19850312_')).toEqual([]);
    // digits still find by NIP prefix, with the spaces a clerk types
    expect(await cari('19850312 2010011 00')).toHaveLength(5);
    expect(await cari('Pegawai 4')).toEqual(['Pegawai 4, S.E.']);
  });
});
