import { describe, expect, it } from 'vitest';
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
});
