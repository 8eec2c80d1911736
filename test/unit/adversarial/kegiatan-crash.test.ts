import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { makeCore, pns, tempDir } from '../../helpers/core';

// kill -9 in the middle of a scan, an undo, a bulk marking or a rule being applied: the data
// folder opens afterwards with every participant pointing at the entry that holds their
// attendance, and no half-written event or bulk marking.

const worker = fileURLToPath(new URL('../../helpers/kegiatan-crash-worker.mjs', import.meta.url));

function staff(core: Core, n: number): void {
  const units = ['Dinas Pendidikan', 'Dinas Kesehatan', 'Bappeda'].map((nama) => core.units.create({ nama, singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null }));
  core.db.transaction(() => {
    for (let i = 0; i < n; i++) core.pegawai.create(pns({ nip: `198503122010011${String(i + 1).padStart(3, '0')}`, nama: `Pegawai ${i}`, unitKerjaId: units[i % 3]!.id }));
  })();
}

const aturanSemua = { unit: [], subunit: true, status: ['PNS' as const], jenisJabatan: [], eselon: [], golongan: [], golonganDari: null, golonganSampai: null };

function kill(dir: string, mode: 'scan' | 'rule', kegiatanId: number, op: string, method: string, n: number): void {
  const child = spawnSync(process.execPath, [worker, dir, mode, String(kegiatanId), op, method, String(n)], { encoding: 'utf8', timeout: 120_000 });
  expect(child.stdout, child.stderr).toBe('mati\n');
  expect(child.signal).toBe('SIGKILL');
}

/** What must hold in any committed state. */
function consistent(core: Core): void {
  expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(core.db.pragma('foreign_key_check')).toEqual([]);
  // every pointer names this participant's latest entry that no reversal undid (null: none)
  const wrong = core.db
    .prepare(
      `SELECT p.id, p.hadir_log_id AS ptr,
         (SELECT l.id FROM kehadiran_log l WHERE l.peserta_id = p.id AND l.hasil = 'tercatat'
            AND NOT EXISTS (SELECT 1 FROM kehadiran_log b WHERE b.membatalkan_id = l.id) ORDER BY l.id DESC LIMIT 1) AS eff
       FROM kegiatan_peserta p WHERE p.hadir_log_id IS NOT (SELECT l.id FROM kehadiran_log l WHERE l.peserta_id = p.id AND l.hasil = 'tercatat'
            AND NOT EXISTS (SELECT 1 FROM kehadiran_log b WHERE b.membatalkan_id = l.id) ORDER BY l.id DESC LIMIT 1)`,
    )
    .all();
  expect(wrong).toEqual([]);
  // a bulk marking is all there or not at all: every "nonce:i" row has its first row, and its rows are contiguous
  const parts = core.db
    .prepare(`SELECT substr(nonce, 1, instr(nonce, ':') - 1) AS base, COUNT(*) AS n, MAX(id) - MIN(id) AS span FROM kehadiran_log WHERE nonce LIKE '%:%' GROUP BY base`)
    .all() as { base: string; n: number; span: number }[];
  for (const p of parts) {
    expect(core.kehadiran['repo'].logByNonce(p.base), p.base).not.toBeNull();
    expect(p.span, p.base).toBe(p.n - 1);
  }
}

describe('kegiatan: kill -9 mid-transaction', () => {
  it('scans, undos and bulk markings killed halfway leave a consistent event that takes the next scan', () => {
    const dir = tempDir();
    let core = makeCore(dir);
    staff(core, 150);
    const k = core.kegiatan.create({
      judul: 'Apel', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', batasTerlambat: null, jamSelesai: null, zonaWaktu: 'WIB', tempat: 'Halaman', mode: 'luring',
      tautan: null, penyelenggaraId: null, penandatanganId: null, pemilihan: '', narasumber: [], catatan: '', peserta: aturanSemua,
    });
    core.kegiatan.tetapkan(k.id);
    core.close();
    // after the log row is written, before the pointer moves: in a scan, an undo, the 40th row of a bulk marking
    for (const [op, method, n] of [
      ['tandai', 'insertLog', 40],
      ['pindai', 'setHadirLog', 60],
      ['batal', 'setHadirLog', 9],
      ['pindai', 'insertLog', 100],
    ] as const) {
      kill(dir, 'scan', k.id, op, method, n);
      core = makeCore(dir);
      consistent(core);
      core.close();
    }
    core = makeCore(dir);
    const log = core.kehadiran.log(k.id, 0, 1).total;
    expect(log).toBeGreaterThan(150);
    const p = core.kegiatan.allPeserta(k.id)[5]!;
    const r = core.kehadiran.pindai({ kegiatanId: k.id, masukan: p.nip!, pesertaId: null, status: null, meja: 'Meja 9', operator: '', nonce: 'sesudah-mati-1', waktu: null, cara: 'pindai' });
    expect(['tercatat', 'duplikat']).toContain(r.hasil);
    consistent(core);
    core.close();
  });

  it('an event whose rule was being applied when killed is not there at all (no half list)', () => {
    const dir = tempDir();
    let core = makeCore(dir);
    staff(core, 600);
    core.close();
    kill(dir, 'rule', 0, 'create', 'insertPeserta', 400);
    core = makeCore(dir);
    expect(core.kegiatan.list('')).toEqual([]);
    expect(core.db.prepare('SELECT COUNT(*) FROM kegiatan_peserta').pluck().get()).toBe(0);
    consistent(core);
    core.close();
  });
});
