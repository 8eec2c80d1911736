import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { makeCore } from '../../helpers/core';

// A whole pemda at the limits the contract allows: 50,000 staff by rule, 50,000 ids by hand,
// 50,000 marked in one go. Nothing is cut short or counted twice.

async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.message}`);
  return r.value as OutputOf<C>;
}

const N = 50_000;

function pemda(core: Core): { units: number[] } {
  const units = Array.from({ length: 40 }, (_, i) => core.units.create({ nama: `Dinas ${String(i).padStart(2, '0')}`, singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null }).id);
  const now = new Date().toISOString();
  const ins = core.db.prepare(
    `INSERT INTO pegawai (nip, jenis_identitas, nama, jenis_kelamin, status, golongan, golongan_urutan, jabatan, unit_kerja_id, aktif, created_at, updated_at)
     VALUES (?, 'NIP', ?, 'L', 'PNS', 'III/a', 9, 'Staf', ?, 1, ?, ?)`,
  );
  core.db.transaction(() => {
    for (let i = 0; i < N; i++) ins.run(`1985031220100${String(10000 + i).padStart(5, '0')}`, `Pegawai ${i} Ñandú`, units[i % units.length], now, now);
  })();
  return { units };
}

const apel = { judul: 'Apel Akbar', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', tempat: 'Alun-alun' };

describe('kegiatan at 50,000', () => {
  it('a rule of 50,000, bulk reasons over all of them, a scan at the end: every count adds up', async () => {
    const core = makeCore();
    const { units } = pemda(core);
    const k = await call(core, 'kegiatan.create', { data: { ...apel, peserta: { status: ['PNS'] } } });
    expect(k.jumlah.peserta).toBe(N);
    // the first entry closes a draft of 50,000 (refreshed from the registry) and finds the last person
    const last = `1985031220100${String(10000 + N - 1)}`;
    expect((await call(core, 'kegiatan.hadir.pindai', { kegiatanId: k.id, masukan: last, nonce: 'besar-0000001' })).hasil).toBe('tercatat');
    const ids = (await call(core, 'kegiatan.peserta.list', { kegiatanId: k.id, limit: 5000, offset: 0 })).rows.map((r) => r.id);
    expect(ids).toHaveLength(5000);
    const r1 = await call(core, 'kegiatan.hadir.tandai', { kegiatanId: k.id, status: 'dinas-luar', unitIndukId: units[3]!, nonce: 'besar-0000002' });
    expect(r1.ditandai + r1.dilewati).toBe(N / units.length);
    const all = core.kegiatan.allPeserta(k.id).map((p) => p.id);
    expect(all).toHaveLength(N);
    const r2 = await call(core, 'kegiatan.hadir.tandai', { kegiatanId: k.id, status: 'izin', pesertaIds: all, nonce: 'besar-0000003' });
    expect(r2).toEqual({ ditandai: N - 1 - r1.ditandai, dilewati: 1 + r1.ditandai });
    // a resend of the 50,000 marking counts nothing new
    expect((await call(core, 'kegiatan.hadir.tandai', { kegiatanId: k.id, status: 'izin', pesertaIds: all, nonce: 'besar-0000003' })).ditandai).toBe(r2.ditandai);
    const rekap = await call(core, 'kegiatan.rekap', { id: k.id });
    expect(rekap.baris).toHaveLength(units.length);
    expect(rekap.total.jumlah).toMatchObject({ peserta: N, hadir: 1, belum: 0 });
    expect(rekap.total.jumlah.perStatus).toMatchObject({ izin: r2.ditandai, 'dinas-luar': r1.ditandai });
    expect(core.kehadiran.log(k.id, 0, 1).total).toBe(N);
    // the per-name letter refuses rather than cut 50,000 names to 500
    const und = await dispatch(core, 'kegiatan.undangan', { id: k.id, tujuan: 'peserta' });
    expect(und.ok).toBe(false);
    expect((await call(core, 'kegiatan.undangan', { id: k.id, tujuan: 'unit' })).kepada).toHaveLength(units.length);
    core.close();
  }, 120_000);

  it('50,000 people added by hand, then again: each listed once; one unknown id adds nothing', async () => {
    const core = makeCore();
    pemda(core);
    const k = await call(core, 'kegiatan.create', { data: apel });
    const pegawaiIds = core.db.prepare('SELECT id FROM pegawai ORDER BY id DESC').pluck().all() as number[];
    expect(await call(core, 'kegiatan.peserta.tambah', { kegiatanId: k.id, pegawaiIds })).toEqual({ ditambah: N, sudahAda: 0 });
    expect(await call(core, 'kegiatan.peserta.tambah', { kegiatanId: k.id, pegawaiIds: pegawaiIds.slice(0, 5000) })).toEqual({ ditambah: 0, sudahAda: 5000 });
    // one unknown id among 49,999 real ones: nothing is added
    expect((await dispatch(core, 'kegiatan.peserta.tambah', { kegiatanId: k.id, pegawaiIds: [...pegawaiIds.slice(1), 999_999] })).ok).toBe(false);
    expect((await call(core, 'kegiatan.get', { id: k.id })).jumlah.peserta).toBe(N);
    core.close();
  }, 120_000);
});
