import { describe, expect, it } from 'vitest';
import { LiburRepository } from '../../../electron/core/db/repositories/libur';
import { dispatch } from '../../../electron/core/handlers';
import { tambahBulan, tambahHari, tambahHariKerja } from '../../../shared/domain/hari-kerja';
import { makeCore } from '../../helpers/core';

describe('adversarial: working days at the edges of the calendar', () => {
  it('years below 100 are not read as 19xx (Date.UTC maps 0-99 onto 1900-1999)', async () => {
    expect(tambahHariKerja('0026-03-02', 1, new Set())).toBe('0026-03-03');
    expect(tambahHari('0099-12-31', 1)).toBe('0100-01-01');
    expect(tambahBulan('0050-01-31', 1)).toBe('0050-02-28');
    const core = makeCore();
    const r = await dispatch(core, 'libur.hariKerja', { tanggal: '0026-03-02', n: 1 });
    expect(r).toMatchObject({ ok: true, value: { tanggal: '0026-03-03' } });
    core.close();
  });

  it('a count that leaves year 9999 or year 1 is refused by name, not an unexpected error', async () => {
    const core = makeCore();
    for (const [tanggal, n] of [
      ['9999-12-30', 5],
      ['0001-01-02', -5],
    ] as const) {
      const r = await dispatch(core, 'libur.hariKerja', { tanggal, n });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDASI');
        expect(r.error.message).toContain('tahun');
      }
    }
    core.close();
  });

  it('a holiday table that covers every day is refused with a message about the table', async () => {
    const core = makeCore();
    const repo = new LiburRepository(core.db);
    core.db.transaction(() => {
      for (let d = '2026-01-01'; d < '2057-01-01'; d = tambahHari(d, 1)) repo.simpan({ tanggal: d, nama: 'Libur', jenis: 'daerah' }, '2026-01-01T00:00:00Z');
    })();
    const r = await dispatch(core, 'libur.hariKerja', { tanggal: '2026-03-02', n: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDASI');
      expect(r.error.message).toContain('daftar hari libur');
    }
    core.close();
  });
});
