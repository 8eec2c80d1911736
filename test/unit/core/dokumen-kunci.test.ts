import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DokumenDibuat } from '../../../shared/contract/dokumen';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { dispatch } from '../../../electron/core/handlers';
import type { Core } from '../../../electron/core/core';
import { makeCore, tempDir } from '../../helpers/core';
import { undanganContoh } from '../../helpers/dokumen';
import { hasSoffice, renderPdf } from '../../helpers/libreoffice';

function coreWithDemo(dataDir?: string): Core {
  const core = makeCore(dataDir);
  core.demo.load({ pegawai: 20, seed: 3 });
  return core;
}

const contoh = JENIS.get('surat-undangan').contoh;
const undangan = undanganContoh;

const KUNCI = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const numbers = (core: Core) => core.penomoran.list({ tahun: null, status: null }).map((n) => [n.nomor, n.status]);
const archiveTotal = (core: Core) => core.arsip.list({ text: '', jenis: null, tahun: null, offset: 0, limit: 10 }).total;

describe('dokumen.buat with an idempotency key', () => {
  it('a repeated request returns the first document and takes no second number', async () => {
    const core = coreWithDemo();
    const a = await core.dokumen.buat(undangan(core, { kunci: KUNCI }));
    const b = await core.dokumen.buat(undangan(core, { kunci: KUNCI }));
    expect(b.dokumen).toEqual(a.dokumen);
    expect(core.files.resolve(b.file).path).toBe(core.files.resolve(a.file).path);
    expect(numbers(core)).toEqual([['800/0001/BKPSDM/2026', 'dipakai']]);
    expect(archiveTotal(core)).toBe(1);
  });

  it('two concurrent calls with one key (a double click) yield one number', async () => {
    const core = coreWithDemo();
    const results = await Promise.all([1, 2, 3].map(() => core.dokumen.buat(undangan(core, { kunci: KUNCI }))));
    expect(new Set(results.map((r) => r.dokumen.id)).size).toBe(1);
    expect(numbers(core)).toEqual([['800/0001/BKPSDM/2026', 'dipakai']]);
  });

  it('the same key through dispatch, twice at once and once more, gives one number', async () => {
    const core = coreWithDemo();
    const req = undangan(core, { kunci: KUNCI });
    const rs = await Promise.all([dispatch(core, 'dokumen.buat', req), dispatch(core, 'dokumen.buat', req)]);
    const again = await dispatch(core, 'dokumen.buat', req);
    const nomor = [...rs, again].map((r) => (r.ok ? (r.value as DokumenDibuat).dokumen.nomor : r.error.message));
    expect(nomor).toEqual(['800/0001/BKPSDM/2026', '800/0001/BKPSDM/2026', '800/0001/BKPSDM/2026']);
    expect(numbers(core)).toHaveLength(1);
  });

  it('different keys are different letters', async () => {
    const core = coreWithDemo();
    await core.dokumen.buat(undangan(core, { kunci: KUNCI }));
    await core.dokumen.buat(undangan(core, { kunci: `${KUNCI.slice(0, -1)}c` }));
    await core.dokumen.buat(undangan(core)); // no key: always new
    expect(numbers(core).map(([n]) => n)).toEqual(['800/0003/BKPSDM/2026', '800/0002/BKPSDM/2026', '800/0001/BKPSDM/2026']);
  });

  it('refuses the same key with other data, naming the letter, and takes no number', async () => {
    const core = coreWithDemo();
    await core.dokumen.buat(undangan(core, { kunci: KUNCI }));
    const r = await dispatch(core, 'dokumen.buat', undangan(core, { kunci: KUNCI, data: { ...contoh, hal: 'Undangan Lain' } }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('DUPLIKAT');
      expect(r.error.message).toContain('800/0001/BKPSDM/2026');
      expect(r.error.message).toContain('isi yang berbeda');
      expect(r.error.fields?.[0]?.field).toBe('kunci');
    }
    // also while the first is still being built
    const other = makeCore();
    other.demo.load({ pegawai: 20, seed: 3 });
    const first = other.dokumen.buat(undangan(other, { kunci: KUNCI }));
    await expect(other.dokumen.buat(undangan(other, { kunci: KUNCI, tanggal: '2026-11-24' }))).rejects.toThrow('isi yang berbeda');
    await first;
    expect(numbers(core)).toHaveLength(1);
    expect(numbers(other)).toHaveLength(1);
  });

  it('the key survives a restart: the repeat after reopening the data folder returns the first letter', async () => {
    const dir = tempDir();
    const core = coreWithDemo(dir);
    const a = await core.dokumen.buat(undangan(core, { kunci: KUNCI }));
    const req = undangan(core, { kunci: KUNCI });
    core.close();
    const reopened = makeCore(dir);
    try {
      const b = await reopened.dokumen.buat(req);
      expect(b.dokumen.id).toBe(a.dokumen.id);
      expect(numbers(reopened)).toHaveLength(1);
    } finally {
      reopened.close();
    }
  });

  it('a refused request gives its key back, so the corrected letter can be saved under it', async () => {
    const core = coreWithDemo();
    const bad = undangan(core, { kunci: KUNCI, tandaTangan: { penandatanganId: core.penandatangan.list()[0]!.id, mode: 'an', atasNama: '', untukBeliau: '' } });
    await expect(core.dokumen.buat(bad)).rejects.toThrow('atas nama');
    const ok = await core.dokumen.buat(undangan(core, { kunci: KUNCI }));
    expect(ok.dokumen.nomor).toBe('800/0001/BKPSDM/2026');
  });

  it('a key claimed long ago by a build that never finished is taken over; a fresh one elsewhere is refused', async () => {
    const core = coreWithDemo();
    core.db.prepare('INSERT INTO dokumen_kunci (kunci, sidik, dokumen_id, created_at) VALUES (?, ?, NULL, ?)').run(KUNCI, 'x', new Date().toISOString());
    await expect(core.dokumen.buat(undangan(core, { kunci: KUNCI }))).rejects.toThrow('sedang disimpan di jendela lain');
    expect(numbers(core)).toHaveLength(0);
    core.db.prepare('UPDATE dokumen_kunci SET created_at = ? WHERE kunci = ?').run('2026-01-01T00:00:00.000Z', KUNCI);
    const r = await core.dokumen.buat(undangan(core, { kunci: KUNCI }));
    expect(r.dokumen.nomor).toBe('800/0001/BKPSDM/2026');
  });

  it('writes the addressees in the agenda book line of the number', async () => {
    const core = coreWithDemo();
    const a = await core.dokumen.buat(undangan(core));
    const line = core.penomoran.list({ tahun: null, status: null })[0]!;
    expect(line.dokumenId).toBe(a.dokumen.id);
    expect(line.tujuan).toBe('Kepala Dinas Pendidikan; Kepala Dinas Kesehatan; dan 2 lainnya');
    const exported = await dispatch(core, 'nomor.export', { tahun: 2026 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(core.files.resolve((exported as { ok: true; value: { file: string } }).value.file).path);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(4).getCell(5).value).toBe('Tujuan');
    expect(ws.getRow(5).getCell(5).value).toBe('Kepala Dinas Pendidikan; Kepala Dinas Kesehatan; dan 2 lainnya');
  });
});

describe('a voided number makes its archived letter BATAL', () => {
  it('the archive list and the record carry the reason', async () => {
    const core = coreWithDemo();
    const a = await core.dokumen.buat(undangan(core));
    const b = await core.dokumen.buat(undangan(core));
    expect(a.dokumen.batal).toBeNull();
    const line = core.penomoran.list({ tahun: null, status: null }).find((n) => n.dokumenId === a.dokumen.id)!;
    core.penomoran.void(line.id, 'Salah alamat undangan');
    const rows = core.arsip.list({ text: '', jenis: null, tahun: null, offset: 0, limit: 10 }).rows;
    expect(rows.map((d) => [d.id, d.batal])).toEqual([
      [b.dokumen.id, null],
      [a.dokumen.id, 'Salah alamat undangan'],
    ]);
    expect(core.arsip.get(a.dokumen.id).batal).toBe('Salah alamat undangan');
  });
});

describe('"Buat ulang" of a voided letter', () => {
  const headerXml = (bytes: Uint8Array) =>
    Object.entries(unzipSync(bytes))
      .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
      .map(([, b]) => strFromU8(b))
      .join('\n');

  it('gives a copy stamped BATAL with the reason on every page, never a clean duplicate', async () => {
    const core = coreWithDemo();
    const a = await core.dokumen.buat(undangan(core));
    const clean = await core.dokumen.buatUlang(a.dokumen.id);
    expect(clean).toMatchObject({ sama: true, batal: null, fileName: a.dokumen.fileName });
    expect(headerXml(clean.bytes)).not.toContain('BATAL');

    const line = core.penomoran.list({ tahun: null, status: null }).find((n) => n.dokumenId === a.dokumen.id)!;
    core.penomoran.void(line.id, 'Salah alamat undangan');
    const r = await dispatch(core, 'dokumen.buatUlang', { id: a.dokumen.id });
    expect(r.ok).toBe(true);
    const made = (r as { ok: true; value: DokumenDibuat }).value;
    expect(made.dokumen.batal).toBe('Salah alamat undangan');
    const f = core.files.resolve(made.file);
    expect(f.name).toBe(`BATAL_${a.dokumen.fileName}`);
    const bytes = fs.readFileSync(f.path);
    const headers = headerXml(bytes);
    expect(headers.match(/>BATAL</g)?.length).toBe(2); // the first page's header and the others'
    expect(headers).toContain('Nomor 800/0001/BKPSDM/2026 dibatalkan di buku agenda: Salah alamat undangan');
    // the archived original is untouched
    expect(core.dokumen.fileToken(a.dokumen.id)).toBeTruthy();

    if (hasSoffice()) {
      const pdf = await renderPdf(f.path, { outDir: tempDir() });
      const pages = pdf.text.split('\f').filter((p) => p.trim());
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(page).toContain('BATAL');
      expect(pdf.text).toContain('Salah alamat undangan');
    }
  }, 120_000);
});
