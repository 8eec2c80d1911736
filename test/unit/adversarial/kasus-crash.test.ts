import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { tempDir } from '../../helpers/core';

// kill -9 in the middle of a bulk intake or of one step forward: the data folder opens afterwards
// with nothing of the interrupted write, and the next case takes the next register number.

const worker = fileURLToPath(new URL('../../helpers/kasus-crash-worker.mjs', import.meta.url));

function kill(dir: string, mode: 'banyak' | 'maju', method: string, n: number, terlaporId = 0): void {
  const child = spawnSync(process.execPath, [worker, dir, mode, method, String(n), String(terlaporId)], { encoding: 'utf8', timeout: 120_000 });
  expect(child.stdout, child.stderr).toBe('mati\n');
  expect(child.signal).toBe('SIGKILL');
}

const open = (dir: string) => createCore({ dataDir: dir, mode: 'cli', now: () => new Date('2026-11-02T01:00:00Z') });
const count = (core: Core, t: string) => core.db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number;

function satu(core: Core) {
  return core.kasus.buat({
    data: { sumber: 'bawaslu', pelapor: 'Bawaslu', nomorSurat: 'satu', tanggalSurat: null, tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', lokasi: '', kronologi: 'x', pemilihan: '', kategoriPelapor: '', rekomendasi: '', pelanggaran: [] },
    terlapor: [{ jenis: 'belum-dikenal', nama: 'Satu', nip: null, jabatan: 'Staf', unitKerja: 'Dinas', keterangan: '' }],
    aturanId: null,
  });
}

describe('adversarial: kill -9 inside a case write', () => {
  it('a bulk intake killed at its 700th person leaves no case, person, step or audit row', () => {
    const dir = tempDir();
    const before = open(dir);
    satu(before);
    before.close();
    kill(dir, 'banyak', 'insertTerlapor', 700);
    const core = open(dir);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect([count(core, 'kasus'), count(core, 'kasus_terlapor'), count(core, 'kasus_tahap'), count(core, 'kasus_audit')]).toEqual([1, 1, 1, 2]);
    expect(satu(core).nomorRegister).toBe('002/KASUS/2026');
    core.close();
  }, 120_000);

  it('a step killed after its record and before its audit row is not half there', () => {
    const dir = tempDir();
    const before = open(dir);
    const k = satu(before);
    before.close();
    kill(dir, 'maju', 'audit', 1, k.terlapor[0]!.id);
    const core = open(dir);
    const t = core.kasus.get(k.id).terlapor[0]!;
    expect(t.tahap).toBe('diterima');
    expect(t.riwayat.map((r) => r.tahap)).toEqual(['diterima']);
    expect(count(core, 'kasus_audit')).toBe(2);
    // and the step can be taken again
    expect(core.kasus.maju(t.id, '2026-11-03', { tahap: 'verifikasi', catatan: 'x' }).terlapor[0]!.tahap).toBe('verifikasi');
    core.close();
  }, 120_000);
});
