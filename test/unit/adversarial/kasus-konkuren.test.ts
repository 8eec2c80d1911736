import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { tempDir } from '../../helpers/core';

describe('adversarial: two processes writing cases at once', () => {
  it('register numbers stay unique and consecutive, and no audit row of the shared case is lost', async () => {
    const dir = tempDir();
    const setup = createCore({ dataDir: dir, mode: 'cli', now: () => new Date('2026-11-02T01:00:00Z') });
    const shared = setup.kasus.buat({
      data: { sumber: 'bawaslu', pelapor: 'Bawaslu', nomorSurat: 'bersama', tanggalSurat: null, tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', lokasi: '', kronologi: 'x', pemilihan: '', kategoriPelapor: '', rekomendasi: '', pelanggaran: [] },
      terlapor: [{ jenis: 'belum-dikenal', nama: 'Bersama', nip: null, jabatan: 'Staf', unitKerja: 'Dinas', keterangan: '' }],
      aturanId: null,
    });
    const terlaporId = shared.terlapor[0]!.id;
    setup.close();
    const count = 25;
    const gate = new SharedArrayBuffer(8);
    const flags = new Int32Array(gate);
    const run = (name: string) =>
      new Promise<{ nomor: string[]; tim: number; error?: string }>((resolve, reject) => {
        const w = new Worker(new URL('../../helpers/kasus-worker.mjs', import.meta.url), { workerData: { dataDir: dir, count, name, gate, terlaporId } });
        w.once('message', resolve);
        w.once('error', reject);
      });
    const results = Promise.all([run('a'), run('b')]);
    while (Atomics.load(flags, 0) < 2) await new Promise((r) => setTimeout(r, 20));
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 1);
    const [a, b] = await results;
    expect([a!.error, b!.error]).toEqual([undefined, undefined]);
    const all = [...a!.nomor, ...b!.nomor].sort();
    expect(all).toEqual(Array.from({ length: 2 * count }, (_, i) => `${String(i + 2).padStart(3, '0')}/KASUS/2026`));
    const core = createCore({ dataDir: dir, mode: 'cli' });
    const audit = core.db.prepare("SELECT COUNT(*) FROM kasus_audit WHERE kasus_id = ? AND aksi = 'tim-pemeriksa'").pluck().get(shared.id);
    expect(audit).toBe(a!.tim + b!.tim);
    expect(audit).toBe(2 * count);
    core.close();
  }, 120_000);
});
