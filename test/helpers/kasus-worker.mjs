// Worker of the case concurrency test (adversarial/kasus-konkuren.test.ts): its own core (its own
// SQLite connection) on the shared data folder, registering cases and writing the shared case as
// fast as it can once both workers are ready.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createCore } = await import('../../electron/core/core.ts');
const core = createCore({ dataDir: workerData.dataDir, mode: 'cli', now: () => new Date('2026-11-02T01:00:00Z') });
const gate = new Int32Array(workerData.gate);
Atomics.add(gate, 0, 1);
Atomics.notify(gate, 0);
Atomics.wait(gate, 1, 0);
const nomor = [];
let tim = 0;
try {
  for (let i = 0; i < workerData.count; i++) {
    const k = core.kasus.buat({
      data: { sumber: 'bawaslu', pelapor: 'Bawaslu', nomorSurat: `${workerData.name}-${i}`, tanggalSurat: null, tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', lokasi: '', kronologi: 'x', pemilihan: '', kategoriPelapor: '', rekomendasi: '', pelanggaran: [] },
      terlapor: [{ jenis: 'belum-dikenal', nama: `Orang ${workerData.name} ${i}`, nip: null, jabatan: 'Staf', unitKerja: 'Dinas', keterangan: '' }],
      aturanId: null,
    });
    nomor.push(k.nomorRegister);
    // the shared case: each write a different team, so each one is a change with its own audit row
    core.kasus.tim(workerData.terlaporId, [{ pegawaiId: null, nama: `Ketua ${workerData.name} ${i}`, nip: null, pangkat: null, jabatan: 'Inspektur', peran: 'Ketua' }]);
    tim++;
  }
  parentPort.postMessage({ nomor, tim });
} catch (e) {
  parentPort.postMessage({ nomor, tim, error: String(e) });
} finally {
  core.close();
}
