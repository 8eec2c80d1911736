import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { makeCore, pns, tempDir } from '../../helpers/core';

// A desk scanning while the organiser marks reasons per unit and undoes some, each on its own
// connection: nobody scanned present ends up absent, nobody's pointer names a stale entry.

describe('kehadiran: bulk reasons and scans from two connections at once', () => {
  it('a person scanned present stays present whatever the bulk markings around them do', async () => {
    const dir = tempDir();
    const core = makeCore(dir);
    const units = ['Dinas Pendidikan', 'Dinas Kesehatan', 'Bappeda'].map((nama) => core.units.create({ nama, singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null }).id);
    const nips = Array.from({ length: 240 }, (_, i) => `198503122010011${String(i + 1).padStart(3, '0')}`);
    nips.forEach((nip, i) => core.pegawai.create(pns({ nip, nama: `Pegawai ${i}`, unitKerjaId: units[i % 3]! })));
    const k = core.kegiatan.create({
      judul: 'Apel', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', batasTerlambat: null, jamSelesai: null, zonaWaktu: 'WIB', tempat: 'Halaman', mode: 'luring',
      tautan: null, penyelenggaraId: null, penandatanganId: null, pemilihan: '', narasumber: [], catatan: '',
      peserta: { unit: units, subunit: true, status: [], jenisJabatan: [], eselon: [], golongan: [], golonganDari: null, golonganSampai: null },
    });
    core.kegiatan.tetapkan(k.id);
    core.close();
    const gate = new SharedArrayBuffer(8);
    const flags = new Int32Array(gate);
    type Out = { tercatat: number[]; ditandai: number; error?: string };
    const run = (data: Record<string, unknown>) =>
      new Promise<Out>((resolve, reject) => {
        const w = new Worker(new URL('../../helpers/kegiatan-tandai-worker.mjs', import.meta.url), { workerData: { dataDir: dir, kegiatanId: k.id, gate, ...data } });
        w.once('message', resolve);
        w.once('error', reject);
      });
    const results = Promise.all([run({ mode: 'pindai', name: 'Meja-1', nips: nips.filter((_, i) => i % 2 === 0) }), run({ mode: 'tandai', name: 'Panitia', units })]);
    while (Atomics.load(flags, 0) < 2) await new Promise((r) => setTimeout(r, 20));
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 1);
    const [scan, mark] = await results;
    expect([scan!.error, mark!.error]).toEqual([undefined, undefined]);
    expect(mark!.ditandai).toBeGreaterThan(0);

    const after = makeCore(dir);
    const present = new Set(scan!.tercatat);
    // every even-numbered person was scanned: recorded once as present (a reason before it gave way)
    expect(present.size).toBe(120);
    for (const p of after.kegiatan.allPeserta(k.id)) {
      if (present.has(p.id)) expect(p.kehadiran?.status, p.nama).toBe('hadir');
      else expect(p.kehadiran?.status ?? null, p.nama).not.toBe('hadir');
    }
    const wrong = after.db
      .prepare(
        `SELECT p.id FROM kegiatan_peserta p WHERE p.kegiatan_id = ? AND p.hadir_log_id IS NOT (SELECT l.id FROM kehadiran_log l WHERE l.peserta_id = p.id AND l.hasil = 'tercatat'
           AND NOT EXISTS (SELECT 1 FROM kehadiran_log b WHERE b.membatalkan_id = l.id) ORDER BY l.id DESC LIMIT 1)`,
      )
      .all(k.id);
    expect(wrong).toEqual([]);
    expect(after.kehadiran.rekap(k.id).total.jumlah.hadir).toBe(120);
    after.close();
  }, 120_000);
});
