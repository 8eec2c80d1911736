import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import { pns, tempDir } from '../../helpers/core';

describe('pekerjaan: menulis dari jendela selagi impor menulis', () => {
  it('a write from the UI while the worker holds the write lock fails at once with a clear message, not after freezing the app', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'web' });
    const p = core.pegawai.create(pns());
    // the job worker's connection in the middle of an import's transaction
    const worker = new Database(core.db.name);
    worker.exec('BEGIN IMMEDIATE');
    worker.prepare("UPDATE pegawai SET telepon = '081234567890'").run();

    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const t0 = Date.now();
    const r = await dispatch(core, 'pegawai.setAktif', { id: p.id, aktif: false });
    const took = Date.now() - t0;
    clearInterval(timer);
    expect(r).toMatchObject({ ok: false, error: { code: 'DATABASE', message: expect.stringMatching(/sedang ditulis.*Tunggu sampai selesai/) } });
    // SQLite's 5 s busy wait blocks the thread (and with it every other request); 2 s is far from both
    expect(took).toBeLessThan(2000);

    worker.exec('COMMIT');
    expect(await dispatch(core, 'pegawai.setAktif', { id: p.id, aktif: false })).toMatchObject({ ok: true });
    worker.close();
    core.close();
  });
});
