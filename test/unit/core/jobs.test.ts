import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { generateDemoData } from '../../../electron/core/demo/generate';
import { dispatch } from '../../../electron/core/handlers';
import { writePegawaiXlsx } from '../../../electron/core/sheets/write';
import type { Pegawai } from '../../../shared/domain/pegawai';
import { tempDir } from '../../helpers/core';

/** A registry export of `n` demo staff: the importer's own format, all rows valid. */
async function bigFile(n: number): Promise<string> {
  const rows: Pegawai[] = generateDemoData({ pegawai: n, seed: 3 }).pegawai.map((p, i) => {
    const { unitIndukNama: _i, ...rest } = p;
    return { ...rest, id: i + 1, unitKerjaId: null, createdAt: '', updatedAt: '' };
  });
  const file = path.join(tempDir(), 'besar.xlsx');
  await writePegawaiXlsx(file, rows, { title: ['DAFTAR PEGAWAI'] });
  return file;
}

const count = (core: Core) => core.db.prepare('SELECT COUNT(*) FROM pegawai').pluck().get() as number;
let open: Core[] = [];
afterEach(() => {
  for (const c of open) c.close();
  open = [];
});

describe('pekerjaan panjang di luar jalur permintaan', () => {
  it('a dry run through the import channel reports what it would write and saves nothing (the CLI\'s --dry-run)', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'cli' });
    open.push(core);
    const file = core.files.register(await bigFile(40), 'kecil.xlsx');
    const preview = await dispatch(core, 'pegawai.importPreview', { file });
    const units = Object.fromEntries((preview.ok ? (preview.value as { newUnits: { key: string }[] }).newUnits : []).map((u) => [u.key, { buat: true }]));
    const r = await dispatch(core, 'pegawai.importCommit', { file, units, dryRun: true });
    expect(r).toMatchObject({ ok: true, value: { ok: true, inserted: 40 } });
    expect(count(core)).toBe(0);
    expect(core.units.count()).toBe(0);
  });

  it('other calls are answered while a large import runs in the worker, and the import lands whole', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'web' });
    open.push(core);
    const file = core.files.register(await bigFile(12_000), 'besar.xlsx');
    const preview = await dispatch(core, 'pegawai.importPreview', { file, jobId: 'pratinjau-1' });
    expect(preview.ok).toBe(true);
    const units = Object.fromEntries((preview.ok ? (preview.value as { newUnits: { key: string }[] }).newUnits : []).map((u) => [u.key, { buat: true }]));

    let done = false;
    const importing = dispatch(core, 'pegawai.importCommit', { file, jobId: 'impor-besar-1', units }).finally(() => (done = true));
    // The main thread stays free: app.info answers again and again before the import is finished.
    let answeredDuring = 0;
    const seen = new Set<string>();
    while (!done) {
      const info = await dispatch(core, 'app.info', {});
      expect(info.ok).toBe(true);
      const p = await dispatch(core, 'job.progress', { jobId: 'impor-besar-1' });
      const phase = p.ok ? (p.value as { progress: { phase: string } | null }).progress?.phase : undefined;
      if (phase) seen.add(phase);
      if (!done) answeredDuring++;
      await new Promise((r) => setTimeout(r, 20));
    }
    const r = await importing;
    expect(r).toMatchObject({ ok: true, value: { ok: true, inserted: 12_000 } });
    expect(answeredDuring).toBeGreaterThan(5);
    expect(seen.has('memeriksa') || seen.has('menulis')).toBe(true);
    expect(count(core)).toBe(12_000);
    // the WAL was folded back and trimmed after the large write
    expect(fs.statSync(path.join(core.dataDir, 'netra.sqlite-wal')).size).toBeLessThan(1 << 20);
  });

  it('cancel rolls the import back cleanly: nothing is written, no unit is created', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'web' });
    open.push(core);
    const file = core.files.register(await bigFile(12_000), 'besar.xlsx');
    const preview = await dispatch(core, 'pegawai.importPreview', { file });
    const units = Object.fromEntries((preview.ok ? (preview.value as { newUnits: { key: string }[] }).newUnits : []).map((u) => [u.key, { buat: true }]));
    const importing = dispatch(core, 'pegawai.importCommit', { file, jobId: 'impor-batal-1', units });
    // wait until the job has started, then cancel it
    for (;;) {
      const p = await dispatch(core, 'job.progress', { jobId: 'impor-batal-1' });
      if (p.ok && (p.value as { progress: unknown }).progress) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await dispatch(core, 'job.cancel', { jobId: 'impor-batal-1' })).toEqual({ ok: true, value: { cancelled: true } });
    const r = await importing;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('DIBATALKAN');
    expect(count(core)).toBe(0);
    expect(core.db.prepare('SELECT COUNT(*) FROM unit_kerja').pluck().get()).toBe(0);
    expect(await dispatch(core, 'job.cancel', { jobId: 'impor-batal-1' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('an unknown or malformed job id is refused at the boundary', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'cli' });
    open.push(core);
    expect(await dispatch(core, 'job.cancel', { jobId: '../../etc' })).toMatchObject({ ok: false, error: { code: 'VALIDASI' } });
    expect(await dispatch(core, 'job.progress', { jobId: 'tidak-ada-123' })).toEqual({ ok: true, value: { progress: null } });
  });
});

describe('batal saat membaca berkas', () => {
  it('a cancel while the file is still being read stops the read itself', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'cli' });
    open.push(core);
    const file = await bigFile(3000);
    const phases: string[] = [];
    let reads = 0;
    const run = core.impor.preview({ path: file, label: 'besar.xlsx' }, null, {}, {
      progress: (p) => {
        phases.push(p.phase);
        if (p.phase === 'membaca') reads++;
      },
      cancelled: () => reads > 0,
    });
    await expect(run).rejects.toMatchObject({ code: 'DIBATALKAN' });
    expect(new Set(phases)).toEqual(new Set(['membaca']));
  });
});

describe('status akhir pekerjaan dan pemulihan', () => {
  it('a cancelled job ends as dibatalkan (not selesai), and a restore is refused while a job runs', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'web' });
    open.push(core);
    core.pegawai.create({ nip: null, jenisIdentitas: 'LAINNYA', nama: 'Orang Pertama', gelarDepan: null, gelarBelakang: null, jenisKelamin: null, tempatLahir: null, tanggalLahir: null, status: 'NON_ASN', golongan: null, jabatan: null, jenisJabatan: null, eselon: null, unitKerjaId: null, telepon: null, email: null, aktif: true });
    const backup = await core.cadangan.buat('uji');
    const file = core.files.register(await bigFile(12_000), 'besar.xlsx');
    const running = dispatch(core, 'pegawai.importPreview', { file, jobId: 'status-akhir-1' });
    for (;;) {
      const p = await dispatch(core, 'job.progress', { jobId: 'status-akhir-1' });
      if (p.ok && (p.value as { progress: unknown }).progress) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const refused = await dispatch(core, 'cadangan.pulihkan', { id: backup.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDASI' } });
    await dispatch(core, 'job.cancel', { jobId: 'status-akhir-1' });
    expect((await running).ok).toBe(false);
    expect(await dispatch(core, 'job.progress', { jobId: 'status-akhir-1' })).toMatchObject({ ok: true, value: { progress: { phase: 'dibatalkan' } } });
    // once nothing runs, the restore goes through
    expect((await dispatch(core, 'cadangan.pulihkan', { id: backup.id })).ok).toBe(true);
  });
});

describe('ekspor dengan progres', () => {
  it('an export reports rows written against the total, and a cancel leaves no file behind', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'cli' });
    open.push(core);
    core.demo.load({ pegawai: 2500, seed: 5 });
    const q = { text: '', unitKerjaId: null, status: null, golongan: null, jenisJabatan: null, aktif: 'semua' as const, sort: 'nama' as const, desc: false };
    const seen: number[] = [];
    const out = path.join(tempDir(), 'ekspor.xlsx');
    const n = await core.ekspor.toXlsx(out, q, [], { progress: (p) => seen.push(p.rowsWritten) });
    expect(n).toBeGreaterThan(2000);
    expect(seen).toEqual([1000, 2000]);
    const cancelled = path.join(path.dirname(out), 'batal.xlsx');
    await expect(core.ekspor.toXlsx(cancelled, q, [], { progress: () => undefined, cancelled: () => true })).rejects.toMatchObject({ code: 'DIBATALKAN' });
    expect(fs.readdirSync(path.dirname(out))).toEqual(['ekspor.xlsx']);
  });
});
