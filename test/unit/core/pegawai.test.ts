import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/result';
import { PegawaiQuerySchema } from '../../../shared/contract/schemas';
import { makeCore, pns } from '../../helpers/core';

const q = (over: Record<string, unknown> = {}) => PegawaiQuerySchema.parse({ aktif: 'semua', ...over });

function fieldErrors(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return Object.fromEntries((e.fields ?? []).map((f) => [f.field, f.message]));
    throw e;
  }
  throw new Error('expected a validation error');
}

describe('pegawai service', () => {
  it('creates, reads and updates a PNS, normalising NIP and golongan', () => {
    const core = makeCore();
    const p = core.pegawai.create(pns({ nip: '19850312 201001 1 004', golongan: '3b' }));
    expect(p.nip).toBe('198503122010011004');
    expect(p.golongan).toBe('III/b');
    const u = core.pegawai.update(p.id, { ...pns(), jabatan: 'Analis SDM Aparatur Ahli Muda', golongan: 'III/c' });
    expect(u.jabatan).toBe('Analis SDM Aparatur Ahli Muda');
    expect(u.updatedAt >= p.updatedAt).toBe(true);
  });

  it('refuses a duplicate NIP, naming the owner', () => {
    const core = makeCore();
    core.pegawai.create(pns());
    const errors = fieldErrors(() => core.pegawai.create(pns({ nama: 'Orang Lain' })));
    expect(errors.nip).toMatch(/sudah terdaftar atas nama Budi Santoso/);
  });

  it('reports NIP contradictions against gender and birth date per field', () => {
    const core = makeCore();
    const errors = fieldErrors(() => core.pegawai.create(pns({ jenisKelamin: 'P', tanggalLahir: '1986-01-01' })));
    expect(Object.keys(errors).sort()).toEqual(['jenisKelamin', 'tanggalLahir']);
  });

  it('checks golongan against the status', () => {
    const core = makeCore();
    expect(fieldErrors(() => core.pegawai.create(pns({ golongan: 'IX' }))).golongan).toBeTruthy();
    const pppk = core.pegawai.create(pns({ status: 'PPPK', jenisIdentitas: 'NI_PPPK', golongan: '9', nip: '199001012022212001', jenisKelamin: 'P', tanggalLahir: '1990-01-01' }));
    expect(pppk.golongan).toBe('IX');
    expect(fieldErrors(() => core.pegawai.create(pns({ nip: null, jenisIdentitas: 'LAINNYA', status: 'NON_ASN', golongan: 'II/a' }))).golongan).toMatch(/Non-ASN/);
  });

  it('requires a valid NIP for PNS and a 16-digit NIK when given', () => {
    const core = makeCore();
    expect(fieldErrors(() => core.pegawai.create(pns({ nip: null }))).nip).toMatch(/wajib/);
    expect(fieldErrors(() => core.pegawai.create(pns({ nip: '12345' }))).nip).toMatch(/18 digit/);
    expect(fieldErrors(() => core.pegawai.create(pns({ nip: '123', jenisIdentitas: 'NIK', status: 'NON_ASN', golongan: null }))).nip).toBeTruthy();
  });

  it('searches by name prefix, NIP prefix (with spaces), jabatan and unit, through the full-text index', () => {
    const core = makeCore();
    const dinas = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    const sd = core.units.create({ nama: 'SD Negeri 1 Sukamaju', singkatan: null, jenis: 'SEKOLAH', parentId: dinas.id });
    core.pegawai.create(pns({ unitKerjaId: sd.id, jabatan: 'Guru Ahli Pertama' }));
    core.pegawai.create(pns({ nip: '199002022015032001', nama: 'Siti Aminah', jenisKelamin: 'P', tanggalLahir: '1990-02-02', jabatan: 'Pengadministrasi Umum' }));
    const names = (text: string, extra: Record<string, unknown> = {}) => core.pegawai.list(q({ text, ...extra })).rows.map((r) => r.nama);
    expect(names('bud')).toEqual(['Budi Santoso']);
    expect(names('sit ami')).toEqual(['Siti Aminah']);
    expect(names('19850312')).toEqual(['Budi Santoso']);
    expect(names('19850312 2010')).toEqual(['Budi Santoso']);
    expect(names('guru')).toEqual(['Budi Santoso']);
    expect(names('pendidikan')).toEqual(['Budi Santoso']); // parent unit name reaches the school's staff
    expect(names('"; DROP TABLE pegawai; --')).toEqual([]);
    expect(names('', { unitKerjaId: dinas.id })).toEqual(['Budi Santoso']); // filter includes sub-units
    core.units.update(dinas.id, { nama: 'Dinas Pendidikan dan Kebudayaan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    expect(names('kebudayaan')).toEqual(['Budi Santoso']);
  });

  it('filters, sorts and pages', () => {
    const core = makeCore();
    core.pegawai.create(pns());
    const s = core.pegawai.create(pns({ nip: '199002022015032001', nama: 'Siti Aminah', jenisKelamin: 'P', tanggalLahir: '1990-02-02', golongan: 'II/a' }));
    core.pegawai.setAktif(s.id, false);
    expect(core.pegawai.list(q({ aktif: 'aktif' })).total).toBe(1);
    expect(core.pegawai.list(q({ aktif: 'nonaktif' })).rows[0]!.nama).toBe('Siti Aminah');
    expect(core.pegawai.list(q({ sort: 'golongan' })).rows.map((r) => r.golongan)).toEqual(['II/a', 'III/b']);
    expect(core.pegawai.list(q({ sort: 'nama', desc: true })).rows.map((r) => r.nama)).toEqual(['Siti Aminah', 'Budi Santoso']);
    const page = core.pegawai.list(q({ offset: 1, limit: 1 }));
    expect(page.total).toBe(2);
    expect(page.rows).toHaveLength(1);
    expect(core.pegawai.list(q({ golongan: 'III/b' })).rows.map((r) => r.nama)).toEqual(['Budi Santoso']);
  });
});
