import { describe, expect, it } from 'vitest';
import { makeCore, pns } from '../../helpers/core';

const unit = (nama: string, parentId: number | null = null) => ({ nama, singkatan: null, jenis: 'PERANGKAT_DAERAH' as const, parentId });

describe('unit kerja', () => {
  it('renames and moves, refusing cycles and duplicate names under one parent', () => {
    const core = makeCore();
    const a = core.units.create(unit('Dinas A'));
    const b = core.units.create(unit('Bidang B', a.id));
    expect(() => core.units.update(a.id, unit('Dinas A', b.id))).toThrow(/ke bawah dirinya sendiri/);
    expect(() => core.units.create(unit('bidang b', a.id))).toThrow(/sudah ada/);
    const moved = core.units.update(b.id, unit('Bidang B Baru', null));
    expect(moved.parentId).toBeNull();
    expect(moved.nama).toBe('Bidang B Baru');
  });

  it('merges: employees and sub-units follow, the source disappears', () => {
    const core = makeCore();
    const lama = core.units.create(unit('Kantor Lama'));
    const baru = core.units.create(unit('Kantor Baru'));
    const sub = core.units.create(unit('Seksi X', lama.id));
    const p = core.pegawai.create(pns({ unitKerjaId: lama.id }));
    const merged = core.units.merge(lama.id, baru.id);
    expect(merged.jumlahPegawai).toBe(1);
    expect(core.pegawai.get(p.id).unitKerjaId).toBe(baru.id);
    expect(core.units.get(sub.id).parentId).toBe(baru.id);
    expect(() => core.units.get(lama.id)).toThrow(/tidak ditemukan/);
    expect(core.pegawai.list({ text: 'kantor baru', unitKerjaId: null, status: null, golongan: null, jenisJabatan: null, aktif: 'semua', sort: 'nama', desc: false, offset: 0, limit: 10 }).total).toBe(1);
  });

  it('deletes only empty units', () => {
    const core = makeCore();
    const u = core.units.create(unit('Kantor'));
    core.pegawai.create(pns({ unitKerjaId: u.id }));
    expect(() => core.units.delete(u.id)).toThrow(/masih memiliki 1 pegawai/);
    const empty = core.units.create(unit('Kosong'));
    core.units.delete(empty.id);
    expect(core.units.list().map((x) => x.nama)).toEqual(['Kantor']);
  });
});
