import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PegawaiQuerySchema } from '../../../shared/contract/schemas';
import type { Core } from '../../../electron/core/core';
import { EksporPegawaiService } from '../../../electron/core/services/ekspor-pegawai';
import { makeCore, tempDir } from '../../helpers/core';

const all = PegawaiQuerySchema.parse({ aktif: 'semua' });

/** "Bidang Umum < Dinas X" for every employee, keyed by NIP: where each one sits in the tree. */
function placement(core: Core): Map<string, string> {
  const units = new Map(core.units.list().map((u) => [u.id, u]));
  const pathOf = (id: number | null): string => {
    const names: string[] = [];
    for (let u = id === null ? undefined : units.get(id); u; u = u.parentId === null ? undefined : units.get(u.parentId)) names.push(u.nama);
    return names.join(' < ');
  };
  return new Map(core.pegawai.list({ ...all, limit: 10_000 }).rows.map((p) => [p.nip ?? p.nama, pathOf(p.unitKerjaId)]));
}

describe('ekspor pegawai', () => {
  it('an export re-imported into an empty database puts everyone back in the same unit under the same perangkat daerah', async () => {
    const source = makeCore();
    source.demo.load({ pegawai: 400, seed: 11 });
    // Two perangkat daerah each with a "Bidang Umum": only the perangkat daerah tells them apart.
    const tops = source.units.list().filter((u) => u.parentId === null).slice(0, 2);
    const staff = source.pegawai.list({ ...all, limit: 4 }).rows;
    tops.forEach((top, i) => {
      const unit = source.units.create({ nama: 'Bidang Umum', singkatan: null, jenis: 'BIDANG', parentId: top.id });
      for (const p of staff.slice(i * 2, i * 2 + 2)) {
        const { id: _id, unitKerjaNama: _n, createdAt: _c, updatedAt: _u, ...input } = p;
        source.pegawai.update(p.id, { ...input, unitKerjaId: unit.id });
      }
    });
    const file = path.join(tempDir(), 'ekspor.xlsx');
    expect(await source.ekspor.toXlsx(file, all)).toBe(400);

    const target = makeCore();
    const r = await target.impor.commit({ path: file, label: 'ekspor.xlsx' }, { mapping: null, update: false, skipInvalid: false, createUnits: true });
    expect(r).toMatchObject({ ok: true, inserted: 400, skipped: 0 });
    const before = placement(source);
    const after = placement(target);
    const moved = [...before].filter(([k, v]) => after.get(k) !== v);
    expect(moved).toEqual([]);
  });
});

describe('ekspor pegawai: title block', () => {
  it('names the unit when the export is of one unit, and refuses a unit that does not exist', () => {
    const core = makeCore();
    const unit = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    expect(EksporPegawaiService.judul(core.units, null)).toEqual(['DAFTAR PEGAWAI']);
    expect(EksporPegawaiService.judul(core.units, unit.id)).toEqual(['DAFTAR PEGAWAI', 'DINAS PENDIDIKAN']);
    expect(() => EksporPegawaiService.judul(core.units, unit.id + 99)).toThrow(/tidak ditemukan/);
  });
});
