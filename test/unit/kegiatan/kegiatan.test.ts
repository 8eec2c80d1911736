import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import type { Core } from '../../../electron/core/core';
import { createCore } from '../../../electron/core/core';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { pns, tempDir } from '../../helpers/core';
import { JENIS } from '../../../shared/dokumen/jenis/index';

/** Calls through dispatch (the boundary every transport uses); fails the test on an error answer. */
async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.message}`);
  return r.value as OutputOf<C>;
}
async function gagal<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>) {
  const r = await dispatch(core, ch, input);
  if (r.ok) throw new Error(`${ch} diterima padahal harus ditolak`);
  return r.error;
}

const nip = (i: number) => `198503122010011${String(i).padStart(3, '0')}`;
let nonceSeq = 0;
const nonce = () => `n${Date.now().toString(36)}x${++nonceSeq}`;

/** Two offices (one with a school under it) and an office not invited; a clock the test moves. */
function setup(start = '2026-12-07T00:10:00Z') {
  let now = new Date(start);
  const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => now });
  const disdik = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const sd = core.units.create({ nama: 'SD Negeri 1 Sukamaju', singkatan: null, jenis: 'SEKOLAH', parentId: disdik.id });
  const dinkes = core.units.create({ nama: 'Dinas Kesehatan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const bappeda = core.units.create({ nama: 'Bappeda', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const p = (i: number, unitKerjaId: number, over = {}) => core.pegawai.create(pns({ nip: nip(i), nama: `Pegawai ${i}`, unitKerjaId, ...over }));
  const kadis = p(1, disdik.id, { nama: 'Kepala Dinas', eselon: 'II.b', jenisJabatan: 'JPT', golongan: 'IV/c', gelarDepan: 'Dr.' });
  const guru = p(2, sd.id, { golongan: 'III/a' });
  const staf = p(3, disdik.id, { golongan: 'III/d', jenisJabatan: 'PELAKSANA' });
  const kabid = p(4, disdik.id, { eselon: 'III.b', jenisJabatan: 'ADMINISTRATOR', golongan: 'IV/a' });
  const perawat = p(5, dinkes.id);
  const luar = p(6, bappeda.id);
  return { core, units: { disdik, sd, dinkes, bappeda }, people: { kadis, guru, staf, kabid, perawat, luar }, setNow: (iso: string) => (now = new Date(iso)) };
}

const apel = (over: Record<string, unknown> = {}) => ({
  judul: 'Apel Ikrar Netralitas ASN',
  jenis: 'apel-ikrar',
  tanggal: '2026-12-07',
  jam: '7:30',
  batasTerlambat: '0745',
  tempat: 'Halaman Kantor Bupati',
  peserta: { unit: ['Dinas Pendidikan', 'Dinas Kesehatan'], subunit: true },
  ...over,
});

describe('kegiatan: participants by rule, snapshot, check-in', () => {
  it('invites two units with sub-units in print order, head of unit first; a school without subunit is left out', async () => {
    const { core, units } = setup();
    const k = await call(core, 'kegiatan.create', { data: apel() });
    expect(k.jam).toBe('07.30');
    expect(k.batasTerlambat).toBe('07.45');
    expect(k.jumlah.peserta).toBe(5);
    const list = await call(core, 'kegiatan.peserta.list', { kegiatanId: k.id });
    expect(list.rows.map((r) => [r.unitInduk, r.nama])).toEqual([
      ['Dinas Kesehatan', 'Pegawai 5, S.E.'],
      ['Dinas Pendidikan', 'Dr. Kepala Dinas, S.E.'],
      ['Dinas Pendidikan', 'Pegawai 4, S.E.'],
      ['Dinas Pendidikan', 'Pegawai 2, S.E.'],
      ['Dinas Pendidikan', 'Pegawai 3, S.E.'],
    ]);
    expect(list.rows.find((r) => r.nama.startsWith('Pegawai 2'))!.unitKerja).toBe('SD Negeri 1 Sukamaju');
    const tanpaSub = await call(core, 'kegiatan.peserta.pratinjau', { aturan: { unit: [units.disdik.id], subunit: false } });
    expect(tanpaSub.jumlah).toBe(3);
    const err = await gagal(core, 'kegiatan.peserta.pratinjau', { aturan: { unit: ['Dinas Tidak Ada'] } });
    expect(err.message).toContain('"Dinas Tidak Ada"');
  });

  it('follows the registry while a draft; after the list is closed registry changes never rewrite it', async () => {
    const { core, people } = setup();
    const k = await call(core, 'kegiatan.create', { data: apel() });
    core.pegawai.update(people.perawat.id, { ...people.perawat, jabatan: 'Perawat Ahli Muda' });
    await call(core, 'kegiatan.update', { id: k.id, data: apel({ tempat: 'Aula' }) });
    const draft = await call(core, 'kegiatan.peserta.list', { kegiatanId: k.id, teks: 'Pegawai 5' });
    expect(draft.rows[0]!.jabatan).toBe('Perawat Ahli Muda');
    await call(core, 'kegiatan.peserta.tetapkan', { kegiatanId: k.id });
    core.pegawai.update(people.perawat.id, { ...people.perawat, jabatan: 'Kepala Puskesmas', nama: 'Nama Baru' });
    await call(core, 'kegiatan.update', { id: k.id, data: apel({ tempat: 'Aula Utama' }) });
    const after = await call(core, 'kegiatan.peserta.list', { kegiatanId: k.id, teks: 'Pegawai 5' });
    expect(after.rows[0]!.jabatan).toBe('Perawat Ahli Muda');
    expect(after.rows[0]!.nama).toBe('Pegawai 5, S.E.');
    // the rule is frozen with the list
    const err = await gagal(core, 'kegiatan.update', { id: k.id, data: apel({ peserta: { unit: ['Bappeda'] } }) });
    expect(err.message).toContain('sudah ditetapkan');
    // a person added later is marked with the time
    const add = await call(core, 'kegiatan.peserta.tambah', { kegiatanId: k.id, pegawaiIds: [people.luar.id, people.perawat.id] });
    expect(add).toEqual({ ditambah: 1, sudahAda: 1 });
    const luar = (await call(core, 'kegiatan.peserta.list', { kegiatanId: k.id, teks: 'Pegawai 6' })).rows[0]!;
    expect(luar.ditambahAt).not.toBeNull();
    expect(luar.sumber).toBe('manual');
    // removal after closing needs a reason and keeps the row out of lists
    expect((await gagal(core, 'kegiatan.peserta.hapus', { kegiatanId: k.id, pesertaId: luar.id })).message).toContain('alasan');
    await call(core, 'kegiatan.peserta.hapus', { kegiatanId: k.id, pesertaId: luar.id, alasan: 'Salah undang' });
    expect((await call(core, 'kegiatan.get', { id: k.id })).jumlah.peserta).toBe(5);
  });

  it('scans: typed NIP with spaces, duplicate with time and desk, resent nonce not counted, late after the cut-off', async () => {
    const { core, people, setNow } = setup('2026-12-07T00:42:00Z'); // 07.42 WIB
    const k = await call(core, 'kegiatan.create', { data: apel() });
    const n1 = nonce();
    const spaced = '19850312 201001 1 001';
    const first = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: spaced, meja: 'Meja 2', nonce: n1 });
    expect(first.hasil).toBe('tercatat');
    expect(first.judul).toBe('Hadir');
    expect(first.peserta!.pegawaiId).toBe(people.kadis.id);
    // the first scan closed the list
    expect((await call(core, 'kegiatan.get', { id: k.id })).status).toBe('ditetapkan');
    const resent = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: spaced, meja: 'Meja 2', nonce: n1 });
    expect(resent.ulangan).toBe(true);
    expect(resent.logId).toBe(first.logId);
    setNow('2026-12-07T00:50:00Z');
    const dup = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), meja: 'Meja 1', nonce: nonce() });
    expect(dup.hasil).toBe('duplikat');
    expect(dup.judul).toBe('Sudah tercatat pukul 07.42 di Meja 2');
    const late = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(2), nonce: nonce() });
    expect(late.judul).toBe('Terlambat');
    const rekap = await call(core, 'kegiatan.rekap', { id: k.id });
    expect(rekap.total.jumlah).toMatchObject({ peserta: 5, hadir: 2, terlambat: 1, belum: 3 });
    const log = await call(core, 'kegiatan.hadir.log', { kegiatanId: k.id });
    expect(log.total).toBe(3); // the resend added nothing
  });

  it('answers red for a registered person not invited, an unknown number, a stray text and a forged form code', async () => {
    const { core, people } = setup();
    const k = await call(core, 'kegiatan.create', { data: apel() });
    const notInvited = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(6), nonce: nonce() });
    expect(notInvited.hasil).toBe('bukan-peserta');
    expect(notInvited.pegawai!.id).toBe(people.luar.id);
    const unknown = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: '199001012015031999', nonce: nonce() });
    expect(unknown.hasil).toBe('tidak-dikenal');
    const short = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: '1985031', nonce: nonce() });
    expect(short.pesan).toContain('7 angka');
    const forged = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: 'IK1-0001-00001-ABCDEFGH', nonce: nonce() });
    expect(forged.hasil).toBe('tidak-dikenal');
    expect(forged.pesan).toContain('tanda periksa');
    // the desk adds them, then the scan counts
    await call(core, 'kegiatan.peserta.tambah', { kegiatanId: k.id, pegawaiIds: [notInvited.pegawai!.id] });
    expect((await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(6), nonce: nonce() })).hasil).toBe('tercatat');
  });

  it('undo is a reversal row with a reason; the log refuses UPDATE and DELETE', async () => {
    const { core } = setup();
    const k = await call(core, 'kegiatan.create', { data: apel() });
    const s = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(3), nonce: nonce() });
    const undo = await call(core, 'kegiatan.hadir.batal', { kegiatanId: k.id, logId: s.logId, alasan: 'Salah pindai', nonce: nonce() });
    expect(undo.hasil).toBe('batal');
    expect(undo.membatalkanId).toBe(s.logId);
    expect((await call(core, 'kegiatan.get', { id: k.id })).jumlah.hadir).toBe(0);
    expect((await gagal(core, 'kegiatan.hadir.batal', { kegiatanId: k.id, logId: s.logId, alasan: 'lagi', nonce: nonce() })).message).toContain('sudah dibatalkan');
    // scanning again counts again
    expect((await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(3), nonce: nonce() })).hasil).toBe('tercatat');
    expect(() => core.db.prepare('UPDATE kehadiran_log SET status = ? WHERE id = ?').run('sakit', s.logId)).toThrow(/hanya bisa ditambah/);
    expect(() => core.db.prepare('DELETE FROM kehadiran_log WHERE id = ?').run(s.logId)).toThrow(/hanya bisa ditambah/);
  });

  it('bulk reasons per unit skip people already present; a later scan turns a reason into presence', async () => {
    const { core } = setup();
    const k = await call(core, 'kegiatan.create', { data: apel() });
    await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), nonce: nonce() });
    const disdikId = (await call(core, 'kegiatan.rekap', { id: k.id })).baris.find((b) => b.unit === 'Dinas Pendidikan')!.unitIndukId!;
    const n = nonce();
    const r = await call(core, 'kegiatan.hadir.tandai', { kegiatanId: k.id, status: 'dinas-luar', unitIndukId: disdikId, nonce: n });
    expect(r).toEqual({ ditandai: 3, dilewati: 1 });
    expect(await call(core, 'kegiatan.hadir.tandai', { kegiatanId: k.id, status: 'dinas-luar', unitIndukId: disdikId, nonce: n })).toEqual({ ditandai: 3, dilewati: 0 });
    const back = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(2), nonce: nonce() });
    expect(back.hasil).toBe('tercatat');
    const row = (await call(core, 'kegiatan.rekap', { id: k.id })).baris.find((b) => b.unit === 'Dinas Pendidikan')!;
    expect(row.jumlah).toMatchObject({ peserta: 4, hadir: 2, belum: 0 });
    expect(row.jumlah.perStatus['dinas-luar']).toBe(2);
    expect(row.persenHadir).toBe(50);
  });

  it('a closed event takes no scans; a guest is listed under their instansi', async () => {
    const { core } = setup();
    const k = await call(core, 'kegiatan.create', { data: apel() });
    const g = await call(core, 'kegiatan.peserta.tamu', { kegiatanId: k.id, tamu: { nama: 'H. Rahmat', jabatan: 'Camat Sukamaju', instansi: 'Kecamatan Sukamaju' } });
    expect(g.unitInduk).toBe('Kecamatan Sukamaju');
    expect((await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, pesertaId: g.id, cara: 'cari', nonce: nonce() })).hasil).toBe('tercatat');
    const und = await call(core, 'kegiatan.undangan', { id: k.id });
    expect(und.kepada).toEqual(['Kepala Dinas Kesehatan', 'Kepala Dinas Pendidikan', 'Camat Sukamaju Kecamatan Sukamaju']);
    // the data is a Surat Undangan the document engine accepts as it is (once the election is named)
    await call(core, 'kegiatan.update', { id: k.id, data: apel({ pemilihan: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026' }) });
    for (const tujuan of ['unit', 'peserta'] as const) {
      const data = await call(core, 'kegiatan.undangan', { id: k.id, tujuan });
      expect(JENIS.get('surat-undangan').siapkan(data).ok).toBe(true);
    }
    const named = await call(core, 'kegiatan.undangan', { id: k.id, tujuan: 'peserta' });
    expect(named.kepada).toHaveLength(6);
    expect(named.kepada).toContain('Dr. Kepala Dinas, S.E., Analis Kepegawaian Ahli Pertama, Dinas Pendidikan');
    await call(core, 'kegiatan.selesai', { id: k.id });
    expect((await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), nonce: nonce() })).hasil).toBe('ditutup');
  });

  it('a desk whose clock is still on an earlier day is overruled by this clock (no late arrival counted on time)', async () => {
    const { core } = setup('2026-12-07T01:05:00Z'); // 08.05 WIB on the event day, after the 07.45 cut-off
    const k = await call(core, 'kegiatan.create', { data: apel() });
    const wrongDay = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), nonce: nonce(), waktu: '2026-12-06T00:30:00Z' });
    expect(wrongDay.judul).toBe('Terlambat');
    expect(wrongDay.peserta!.kehadiran!.waktu).toBe('2026-12-07T01:05:00.000Z');
    // an offline desk's own time on the event day stands (07.40, on time)
    const offline = await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(2), nonce: nonce(), waktu: '2026-12-07T00:40:00Z' });
    expect(offline.judul).toBe('Hadir');
  });

  it('refuses bad input naming the field: unknown kind, daring without link, cut-off before start, desk clock ahead', async () => {
    const { core } = setup();
    expect((await gagal(core, 'kegiatan.create', { data: apel({ jenis: 'konser' }) })).message).toContain('konser');
    expect((await gagal(core, 'kegiatan.create', { data: apel({ mode: 'daring' }) })).fields?.[0]?.field).toBe('tautan');
    expect((await gagal(core, 'kegiatan.create', { data: apel({ batasTerlambat: '07.00' }) })).fields?.[0]?.field).toBe('batasTerlambat');
    expect((await gagal(core, 'kegiatan.create', { data: apel({ jam: '25.00' }) })).message).toContain('Jam mulai');
    const k = await call(core, 'kegiatan.create', { data: apel() });
    const err = await gagal(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: nip(1), nonce: nonce(), waktu: '2026-12-07T03:00:00Z' });
    expect(err.message).toContain('Jam di meja');
  });
});
