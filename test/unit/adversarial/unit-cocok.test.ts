import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { makeCore } from '../../helpers/core';
import { writeSheet } from '../../helpers/sheets';

const sheet = (headers: string[], rows: (string | null)[][]) => writeSheet('data.xlsx', headers, rows);

const at = (file: string) => ({ path: file, label: path.basename(file) });
const unit = (core: Core, nama: string, parentId: number | null, jenis: 'PERANGKAT_DAERAH' | 'BIDANG' | 'UPT' | 'SEKOLAH' = 'BIDANG') =>
  core.units.create({ nama, singkatan: null, jenis, parentId });
const unitOf = (core: Core) => core.db.prepare('SELECT unit_kerja_id FROM pegawai').pluck().get() as number | null;

describe('impor: nama unit yang dipakai beberapa unit tidak ditebak', () => {
  it('"Sekretariat" with no perangkat daerah column, when two offices have one, is a proposal with both as candidates', async () => {
    const core = makeCore();
    const dinkes = unit(core, 'Dinas Kesehatan', null, 'PERANGKAT_DAERAH');
    const dinsos = unit(core, 'Dinas Sosial', null, 'PERANGKAT_DAERAH');
    const a = unit(core, 'Sekretariat', dinkes.id);
    const b = unit(core, 'Sekretariat', dinsos.id);
    const file = await sheet(['NIP', 'NAMA', 'UNIT KERJA'], [['198503122010011004', 'Budi Santoso', 'Sekretariat']]);

    const p = await core.impor.preview(at(file), null);
    expect(p.newUnits).toHaveLength(1);
    expect(p.newUnits[0]!.candidates.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(p.newUnits[0]!.suggestedId).toBeNull();
    await expect(core.impor.commit(at(file), { mapping: null, update: false, skipInvalid: false })).rejects.toMatchObject({ code: 'UNIT_BELUM_DITINJAU' });
    expect(core.db.prepare('SELECT COUNT(*) FROM pegawai').pluck().get()).toBe(0);

    const r = await core.impor.commit(at(file), { mapping: null, update: false, skipInvalid: false, units: { [p.newUnits[0]!.key]: { pakai: b.id } } });
    expect(r).toMatchObject({ ok: true, inserted: 1, unitsCreated: 0 });
    expect(unitOf(core)).toBe(b.id);
  });

  it('"SDN 1" under Disdik, when two kecamatan each have an SD Negeri 1, is a proposal, not the first one found', async () => {
    const core = makeCore();
    const disdik = unit(core, 'Dinas Pendidikan', null, 'PERANGKAT_DAERAH');
    const utara = unit(core, 'Korwil Kecamatan Utara', disdik.id, 'UPT');
    const selatan = unit(core, 'Korwil Kecamatan Selatan', disdik.id, 'UPT');
    const s1 = unit(core, 'SD Negeri 1', utara.id, 'SEKOLAH');
    const s2 = unit(core, 'SD Negeri 1', selatan.id, 'SEKOLAH');
    const file = await sheet(['NIP', 'NAMA', 'PERANGKAT DAERAH', 'UNIT KERJA'], [['198503122010011004', 'Budi Santoso', 'Disdik', 'SDN 1']]);

    const p = await core.impor.preview(at(file), null);
    expect(p.sample[0]!.unitTujuan).toMatch(/\(baru\)$/);
    expect(p.newUnits.map((u) => u.candidates.slice(0, 2).map((c) => c.id).sort())).toEqual([[s1.id, s2.id].sort()]);
  });

  it('a name only one unit has is still matched without a question', async () => {
    const core = makeCore();
    const dinkes = unit(core, 'Dinas Kesehatan', null, 'PERANGKAT_DAERAH');
    const only = unit(core, 'Sekretariat', dinkes.id);
    unit(core, 'Bidang Pelayanan', dinkes.id);
    const file = await sheet(['NIP', 'NAMA', 'UNIT KERJA'], [['198503122010011004', 'Budi Santoso', 'sekretariat']]);
    const p = await core.impor.preview(at(file), null);
    expect(p.newUnits).toEqual([]);
    await core.impor.commit(at(file), { mapping: null, update: false, skipInvalid: false });
    expect(unitOf(core)).toBe(only.id);
  });
});
