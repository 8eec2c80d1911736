import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { makeCore, pns, tempDir } from '../../helpers/core';

describe('check-in from two connections at once', () => {
  it('two desks scanning the same 200 people: each recorded once, the other scan a duplicate, resends not counted', async () => {
    const dir = tempDir();
    const core = makeCore(dir);
    const unit = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
    const nips = Array.from({ length: 200 }, (_, i) => `198503122010011${String(i + 1).padStart(3, '0')}`);
    nips.forEach((nip, i) => core.pegawai.create(pns({ nip, nama: `Pegawai ${i}`, unitKerjaId: unit.id })));
    const k = core.kegiatan.create({ judul: 'Apel', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', batasTerlambat: null, jamSelesai: null, zonaWaktu: 'WIB', tempat: 'Halaman', mode: 'luring', tautan: null, penyelenggaraId: null, penandatanganId: null, pemilihan: '', narasumber: [], catatan: '', peserta: { unit: [unit.id], subunit: true, status: [], jenisJabatan: [], eselon: [], golongan: [], golonganDari: null, golonganSampai: null } });
    core.close();
    const gate = new SharedArrayBuffer(8);
    const flags = new Int32Array(gate);
    const run = (name: string, order: string[]) =>
      new Promise<{ hasil: string[]; error?: string }>((resolve, reject) => {
        const w = new Worker(new URL('../../helpers/hadir-worker.mjs', import.meta.url), { workerData: { dataDir: dir, kegiatanId: k.id, nips: order, name, gate } });
        w.once('message', resolve);
        w.once('error', reject);
      });
    const results = Promise.all([run('Meja 1', nips), run('Meja 2', [...nips].reverse())]);
    while (Atomics.load(flags, 0) < 2) await new Promise((r) => setTimeout(r, 20));
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 1);
    const [a, b] = await results;
    expect([a!.error, b!.error]).toEqual([undefined, undefined]);
    const all = [...a!.hasil, ...b!.hasil];
    expect(all.filter((h) => h === 'tercatat')).toHaveLength(200);
    expect(all.filter((h) => h === 'duplikat')).toHaveLength(200);
    expect(all.filter((h) => h === 'BARU')).toHaveLength(0);
    const after = makeCore(dir);
    expect(after.kegiatan.get(k.id).jumlah).toMatchObject({ peserta: 200, hadir: 200, belum: 0 });
    expect(after.kehadiran.log(k.id, 0, 1).total).toBe(400);
    after.close();
  });
});
