import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dispatch, toErrorData } from '../../../electron/core/handlers';
import { makeCore, pns } from '../../helpers/core';

describe('contract boundary', () => {
  it('rejects unknown channels', async () => {
    const r = await dispatch(makeCore(), 'fs.readFile', { path: '/etc/passwd' });
    expect(r).toEqual({ ok: false, error: { code: 'KANAL_TIDAK_DIKENAL', message: 'Perintah "fs.readFile" tidak dikenal.' } });
  });

  it('rejects payloads that fail the schema, naming the field, before any service runs', async () => {
    const core = makeCore();
    const r = await dispatch(core, 'pegawai.create', { data: { ...pns(), nama: '  ', status: 'RAJA' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDASI');
    expect(r.error.fields?.map((f) => f.field).sort()).toEqual(['data.nama', 'data.status']);
    expect(r.error.fields?.find((f) => f.field === 'data.nama')?.message).toBe('Nama wajib diisi.');
    expect(core.pegawai.list({ text: '', unitKerjaId: null, status: null, golongan: null, jenisJabatan: null, aktif: 'semua', sort: 'nama', desc: false, offset: 0, limit: 10 }).total).toBe(0);
  });

  it('maps a schema error thrown past the boundary (a service, the job worker, the CLI) to VALIDASI naming the field', () => {
    const e = z.object({ limit: z.number().max(1000) }).safeParse({ limit: 5000 }).error;
    const data = toErrorData(e);
    expect(data).toMatchObject({ code: 'VALIDASI', fields: [{ field: 'limit' }] });
    expect(data.message).toMatch(/^Isian tidak valid: limit: Terlalu besar/);
  });

  it('rejects extra keys on empty-input channels and raw paths instead of file tokens', async () => {
    const core = makeCore();
    expect((await dispatch(core, 'app.info', { x: 1 })).ok).toBe(false);
    const r = await dispatch(core, 'pegawai.importPreview', { file: '/etc/passwd', mapping: null });
    expect(r.ok).toBe(false);
    const unknown = await dispatch(core, 'pegawai.importPreview', { file: 'AAAAAAAAAAAAAAAA', mapping: null });
    expect(!unknown.ok && unknown.error.code).toBe('TIDAK_DITEMUKAN');
  });

  it('serves a valid call end to end', async () => {
    const core = makeCore();
    const created = await dispatch(core, 'pegawai.create', { data: pns() });
    expect(created.ok).toBe(true);
    const list = await dispatch(core, 'pegawai.list', { text: 'budi' });
    expect(list.ok && (list.value as { total: number }).total).toBe(1);
  });
});
