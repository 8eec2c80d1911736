import { describe, expect, it } from 'vitest';
import type { DokumenBuat, DokumenDibuat } from '../../../shared/contract/dokumen';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import type { Core } from '../../../electron/core/core';
import { makeCore, tempDir } from '../../helpers/core';

const contoh = JENIS['surat-undangan'].contoh as Record<string, unknown>;
const undangan = (core: Core, over: Partial<DokumenBuat> = {}): DokumenBuat => ({
  jenis: 'surat-undangan',
  data: contoh,
  profilId: core.instansi.list().find((p) => p.jenisKop === 'dinas')!.id,
  tandaTangan: { penandatanganId: core.penandatangan.list().find((p) => p.jenis === 'pejabat')!.id, mode: 'langsung', atasNama: '', untukBeliau: '' },
  tanggal: '2026-11-23',
  nomor: { cara: 'otomatis' },
  ...over,
});
const KUNCI = '7d1e0c2a-4b5f-4a3e-8c9d-0e1f2a3b4c5d';
const numbers = (core: Core) => core.penomoran.list({ tahun: null, status: null }).map((n) => [n.nomor, n.status]);

describe('adversarial: the takeover of a stale key claim', () => {
  it('two windows taking over the same stale claim at once: one letter, no wasted number, the other waits', async () => {
    const dir = tempDir();
    const a = makeCore(dir);
    a.demo.load({ pegawai: 5, seed: 1 });
    const b = makeCore(dir);
    try {
      // a build that died long ago left its claim
      a.db.prepare('INSERT INTO dokumen_kunci (kunci, sidik, dokumen_id, created_at) VALUES (?, ?, NULL, ?)').run(KUNCI, 'x', '2026-01-01T00:00:00.000Z');
      // window B reads the stale claim; right then window A takes it over and starts building
      let fromA: Promise<DokumenDibuat> | undefined;
      const read = b.arsip.kunci.bind(b.arsip);
      b.arsip.kunci = (k: string) => {
        const claim = read(k);
        fromA ??= a.dokumen.buat(undangan(a, { kunci: KUNCI }));
        return claim;
      };
      const fromB = b.dokumen.buat(undangan(b, { kunci: KUNCI }));
      const [ra, rb] = await Promise.allSettled([fromA!, fromB]);
      expect(ra.status).toBe('fulfilled');
      // B must not delete A's fresh claim and build a second letter under the same key
      expect(rb.status).toBe('rejected');
      expect((rb as PromiseRejectedResult).reason.message).toContain('sedang disimpan di jendela lain');
      expect(numbers(a)).toEqual([['800/0001/BKPSDM/2026', 'dipakai']]);
    } finally {
      b.close();
      a.close();
    }
  });
});
