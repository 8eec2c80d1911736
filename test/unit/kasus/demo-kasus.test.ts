import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { tempDir } from '../../helpers/core';

describe('demo cases', () => {
  it('a demo registry gets cases at several stages whose deadlines show on the home list, once', () => {
    const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-12-01T03:00:00Z') });
    core.demo.load({ pegawai: 400 });
    const list = core.kasus.list({ teks: '', tahap: null, sumber: null, lampu: null, arsip: false, offset: 0, limit: 100 });
    expect(list.rows.map((r) => r.tahap).sort()).toEqual(['diterima', 'keputusan', 'panggilan-1']);
    const home = core.kasus.tenggat(50);
    expect(home.map((h) => h.lampu)).toContain('lewat');
    expect(home.map((h) => h.lampu)).toContain('segera');
    // the decided case waits for delivery: its 14-working-day window is pending
    const decided = core.kasus.get(list.rows.find((r) => r.tahap === 'keputusan')!.id);
    expect(decided.terlapor[0]!.tenggat.find((t) => t.kode === 'penyampaian')?.terpenuhi).toBeNull();
    core.demo.load({ pegawai: 400 });
    expect(core.kasus.list({ teks: '', tahap: null, sumber: null, lampu: null, arsip: false, offset: 0, limit: 100 }).total).toBe(3);
    core.close();
  });
});
