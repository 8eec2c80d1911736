import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { pns, tempDir } from '../../helpers/core';

// Who was invited, as an adversary changes the registry around an event: moves, hires, people
// leaving, guests, people removed and then scanned. The list follows its rule until it is closed,
// and is the registry of that moment afterwards.

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
const nonce = () => `snap${Date.now().toString(36)}x${++seq}`;

function setup() {
  const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-12-07T00:10:00Z') });
  const disdik = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const dinkes = core.units.create({ nama: 'Dinas Kesehatan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const bappeda = core.units.create({ nama: 'Bappeda', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const p = (i: number, unitKerjaId: number, over = {}) => core.pegawai.create(pns({ nip: nip(i), nama: `Pegawai ${i}`, unitKerjaId, ...over }));
  const people = { a: p(1, disdik.id), b: p(2, disdik.id), c: p(3, dinkes.id), d: p(4, bappeda.id) };
  return { core, units: { disdik, dinkes, bappeda }, people, p };
}

const apel = { judul: 'Apel Ikrar', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Halaman', peserta: { unit: ['Dinas Pendidikan', 'Dinas Kesehatan'] } };

const names = async (core: Core, kegiatanId: number) =>
  (await call(core, 'kegiatan.peserta.list', { kegiatanId })).rows.map((r) => `${r.nama.replace(', S.E.', '')} @ ${r.unitInduk}`).sort();

/** The registry changes between making the event and closing its list. */
function changeRegistry(s: ReturnType<typeof setup>) {
  const { core, people, units, p } = s;
  core.pegawai.update(people.c.id, { ...people.c, unitKerjaId: units.bappeda.id }); // moved out of the invited units
  core.pegawai.update(people.d.id, { ...people.d, unitKerjaId: units.dinkes.id }); // moved in
  core.pegawai.setAktif(people.b.id, false); // retired
  p(5, units.disdik.id); // hired
}
const AT_CLOSING = ['Pegawai 1 @ Dinas Pendidikan', 'Pegawai 4 @ Dinas Kesehatan', 'Pegawai 5 @ Dinas Pendidikan'];

describe('kegiatan: the snapshot is the registry when the list is closed', () => {
  it('closing the list by hand takes the registry of that moment, not of the last save', async () => {
    const s = setup();
    const k = await call(s.core, 'kegiatan.create', { data: apel });
    expect(await names(s.core, k.id)).toEqual(['Pegawai 1 @ Dinas Pendidikan', 'Pegawai 2 @ Dinas Pendidikan', 'Pegawai 3 @ Dinas Kesehatan']);
    changeRegistry(s);
    await call(s.core, 'kegiatan.peserta.tetapkan', { kegiatanId: k.id });
    expect(await names(s.core, k.id)).toEqual(AT_CLOSING);
    // after closing, nothing the registry does rewrites it
    s.core.pegawai.update(s.people.a.id, { ...s.people.a, unitKerjaId: s.units.bappeda.id, nama: 'Nama Baru' });
    s.p(6, s.units.disdik.id);
    await call(s.core, 'kegiatan.update', { id: k.id, data: { ...apel, tempat: 'Aula' } });
    expect(await names(s.core, k.id)).toEqual(AT_CLOSING);
    expect((await gagal(s.core, 'kegiatan.update', { id: k.id, data: { ...apel, peserta: { unit: ['Bappeda'] } } })).fields?.[0]?.field).toBe('peserta');
  });

  it('the first scan closes the list with the registry of that moment (a new hire can check in)', async () => {
    const s = setup();
    const k = await call(s.core, 'kegiatan.create', { data: apel });
    changeRegistry(s);
    const r = await call(s.core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(5), nonce: nonce() });
    expect(r.hasil).toBe('tercatat');
    expect(await names(s.core, k.id)).toEqual(AT_CLOSING);
    // the one who moved away is not a participant any more: red, not counted
    expect((await call(s.core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(3), nonce: nonce() })).hasil).toBe('bukan-peserta');
    expect((await call(s.core, 'kegiatan.rekap', { id: k.id })).total.jumlah).toMatchObject({ peserta: 3, hadir: 1 });
  });

  it('closing the event straight from a draft takes the registry of that moment too', async () => {
    const s = setup();
    const k = await call(s.core, 'kegiatan.create', { data: apel });
    changeRegistry(s);
    await call(s.core, 'kegiatan.selesai', { id: k.id });
    expect(await names(s.core, k.id)).toEqual(AT_CLOSING);
  });
});

describe('kegiatan: a draft whose rule no longer reads', () => {
  it('a unit renamed after the event was made never blocks the door; closing by hand says which unit', async () => {
    const s = setup();
    const k = await call(s.core, 'kegiatan.create', { data: apel });
    s.core.units.update(s.units.dinkes.id, { nama: 'Dinas Kesehatan dan KB', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    // the first scan still records (the list stays as last saved) …
    expect((await call(s.core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(3), nonce: nonce() })).hasil).toBe('tercatat');
    expect((await call(s.core, 'kegiatan.hadir.tandai', { kegiatanId: k.id, status: 'izin', unitIndukId: s.units.disdik.id, nonce: nonce() })).ditandai).toBe(2);
    // … while a clerk closing a draft by hand is told what to fix
    const k2 = await call(s.core, 'kegiatan.create', { data: { ...apel, peserta: { unit: ['Dinas Pendidikan', 'Dinas Kesehatan dan KB'] } } });
    s.core.units.update(s.units.disdik.id, { nama: 'Dinas Pendidikan dan Kebudayaan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    expect((await gagal(s.core, 'kegiatan.peserta.tetapkan', { kegiatanId: k2.id })).message).toContain('"Dinas Pendidikan"');
  });
});

describe('kegiatan: removed participants and guests', () => {
  it('a participant removed after closing is refused at the desk by NIP, by id and in bulk, and leaves the recap', async () => {
    const s = setup();
    const k = await call(s.core, 'kegiatan.create', { data: apel });
    await call(s.core, 'kegiatan.peserta.tetapkan', { kegiatanId: k.id });
    const rows = (await call(s.core, 'kegiatan.peserta.list', { kegiatanId: k.id })).rows;
    const a = rows.find((r) => r.nip === nip(1))!;
    expect((await gagal(s.core, 'kegiatan.peserta.hapus', { kegiatanId: k.id, pesertaId: a.id, alasan: '' })).fields?.[0]?.field).toBe('alasan');
    await call(s.core, 'kegiatan.peserta.hapus', { kegiatanId: k.id, pesertaId: a.id, alasan: 'Pindah tugas' });
    expect((await call(s.core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), nonce: nonce() })).hasil).toBe('bukan-peserta');
    expect((await call(s.core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, pesertaId: a.id, cara: 'cari', nonce: nonce() })).hasil).toBe('tidak-dikenal');
    expect(await call(s.core, 'kegiatan.hadir.tandai', { kegiatanId: k.id, status: 'izin', pesertaIds: [a.id], nonce: nonce() })).toEqual({ ditandai: 0, dilewati: 0 });
    expect((await call(s.core, 'kegiatan.rekap', { id: k.id })).total.jumlah).toMatchObject({ peserta: 2, belum: 2 });
    // a second removal of the same row is refused, not counted twice
    expect((await gagal(s.core, 'kegiatan.peserta.hapus', { kegiatanId: k.id, pesertaId: a.id, alasan: 'Lagi' })).code).toBe('TIDAK_DITEMUKAN');
    // added back by hand: marked as added after closing
    expect(await call(s.core, 'kegiatan.peserta.tambah', { kegiatanId: k.id, pegawaiIds: [s.people.a.id, s.people.a.id] })).toEqual({ ditambah: 1, sudahAda: 0 });
    const back = (await call(s.core, 'kegiatan.peserta.list', { kegiatanId: k.id })).rows.find((r) => r.nip === nip(1))!;
    expect(back.ditambahAt).not.toBeNull();
  });

  it("a guest's NIK is 16 digits (spaces allowed), so a desk can find the guest by it; anything else is refused", async () => {
    const s = setup();
    const k = await call(s.core, 'kegiatan.create', { data: apel });
    const tamu = (nik: string | null) => ({ kegiatanId: k.id, tamu: { nama: 'H. Rahmat', jabatan: 'Kepala Desa', instansi: 'Desa Sukamaju', nik } });
    for (const bad of ['abc', '123', '12345678901234567', '3201-0101-0101-00x'])
      expect((await gagal(s.core, 'kegiatan.peserta.tamu', tamu(bad))).fields?.[0]?.field, bad).toBe('tamu.nik');
    const g = await call(s.core, 'kegiatan.peserta.tamu', tamu('3201 0101 0101 0001'));
    expect(g.nik).toBe('3201010101010001');
    expect((await call(s.core, 'kegiatan.peserta.tamu', tamu(''))).nik).toBeNull();
    const r = await call(s.core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: '3201010101010001', nonce: nonce() });
    expect(r).toMatchObject({ hasil: 'tercatat', peserta: { id: g.id, tamu: true } });
  });

  it('unicode names, 200-character entries and SQL in the entry are stored and answered as text', async () => {
    const s = setup();
    const k = await call(s.core, 'kegiatan.create', { data: apel });
    const nama = 'Ni Luh Putu Ayu Ṣrī Dèwi 🙏 أحمد';
    const g = await call(s.core, 'kegiatan.peserta.tamu', { kegiatanId: k.id, tamu: { nama, jabatan: "O'Brien; DROP TABLE kegiatan; --", instansi: 'Kodim 1234' } });
    expect(g.nama).toBe(nama);
    expect((await call(s.core, 'kegiatan.peserta.list', { kegiatanId: k.id, teks: 'Ṣrī' })).rows.map((r) => r.id)).toEqual([g.id]);
    const long = "'; DELETE FROM kehadiran_log; --".repeat(7).slice(0, 200);
    const r = await call(s.core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: long, nonce: nonce() });
    expect(r.hasil).toBe('tidak-dikenal');
    expect((await gagal(s.core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: `${long}y`, nonce: nonce() })).code).toBe('VALIDASI');
    const log = await call(s.core, 'kegiatan.hadir.log', { kegiatanId: k.id });
    expect(log.rows[0]!.masukan).toBe(long);
    expect((await call(s.core, 'kegiatan.get', { id: k.id })).jumlah.peserta).toBe(4);
  });
});
