import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { makeCore, tempDir } from '../../helpers/core';
import { undanganContoh } from '../../helpers/dokumen';

const undangan = undanganContoh;

describe('adversarial: voiding numbers', () => {
  it('a number voided in another window while its letter is being built: the clerk is told that, and the reason stays', async () => {
    const dir = tempDir();
    const core = makeCore(dir);
    core.demo.load({ pegawai: 5, seed: 1 });
    const other = makeCore(dir);
    try {
      const building = core.dokumen.buat(undangan(core));
      const line = other.penomoran.list({ tahun: null, status: null })[0]!;
      expect(line.status).toBe('dipesan');
      other.penomoran.void(line.id, 'Dibatalkan dari buku agenda');
      const e = await building.then(
        () => null,
        (err: Error) => err,
      );
      expect(e?.message).toContain('sudah dibatalkan (Dibatalkan dari buku agenda) dan tidak dapat dipakai');
      const after = core.penomoran.get(line.id);
      expect([after.status, after.alasanBatal]).toEqual(['batal', 'Dibatalkan dari buku agenda']);
      expect(core.arsip.list({ text: '', jenis: null, tahun: null, offset: 0, limit: 10 }).total).toBe(0);
    } finally {
      other.close();
      core.close();
    }
  });

  it('voiding twice is refused with the first reason; a voided letter of another year rebuilds stamped BATAL', async () => {
    const core = makeCore();
    core.demo.load({ pegawai: 5, seed: 1 });
    const a = await core.dokumen.buat(undangan(core, { tanggal: '2025-12-30' }));
    await core.dokumen.buat(undangan(core));
    const line = core.penomoran.list({ tahun: 2025, status: null })[0]!;
    expect(line.nomor).toBe('800/0001/BKPSDM/2025');
    const once = await dispatch(core, 'nomor.batal', { id: line.id, alasan: 'Salah tahun' });
    expect(once.ok).toBe(true);
    const twice = await dispatch(core, 'nomor.batal', { id: line.id, alasan: 'Lagi' });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toContain('Salah tahun');
    expect(core.arsip.get(a.dokumen.id).batal).toBe('Salah tahun');
    const again = await core.dokumen.buatUlang(a.dokumen.id);
    expect(again.fileName).toMatch(/^BATAL_/);
    // the 2026 letter stands
    expect(core.arsip.list({ text: '', jenis: null, tahun: 2026, offset: 0, limit: 10 }).rows.map((d) => d.batal)).toEqual([null]);
    const blank = await dispatch(core, 'nomor.batal', { id: line.id, alasan: '   ' });
    expect(blank.ok).toBe(false);
  });

  it('opening or saving a voided letter from the archive, or repeating its request, never hands out the clean file', async () => {
    const core = makeCore();
    core.demo.load({ pegawai: 5, seed: 1 });
    const kunci = 'a1b2c3d4-0000-4000-8000-000000000001';
    const req = undangan(core, { kunci });
    const a = await core.dokumen.buat(req);
    const clean = await dispatch(core, 'dokumen.file', { id: a.dokumen.id });
    expect(clean.ok && (clean.value as { fileName: string }).fileName).toBe(a.dokumen.fileName);
    const line = core.penomoran.list({ tahun: null, status: null })[0]!;
    core.penomoran.void(line.id, 'Undangan ditarik');
    const headers = (file: string) =>
      Object.entries(unzipSync(fs.readFileSync(core.files.resolve(file).path)))
        .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
        .map(([, b]) => strFromU8(b))
        .join('');
    const r = await dispatch(core, 'dokumen.file', { id: a.dokumen.id });
    expect(r.ok).toBe(true);
    if (r.ok) {
      const v = r.value as { file: string; fileName: string };
      expect(v.fileName).toBe(`BATAL_${a.dokumen.fileName}`);
      expect(headers(v.file)).toContain('Undangan ditarik');
    }
    const again = await core.dokumen.buat(req);
    expect(again.dokumen.batal).toBe('Undangan ditarik');
    expect(headers(again.file)).toContain('>BATAL<');
    // the archived original stays as it was made
    expect(core.arsip.file(a.dokumen.id).path).toBeTruthy();
  });
});
