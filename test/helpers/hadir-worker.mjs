// Worker of the two-connection check-in test in kehadiran-konkuren.test.ts: its own core (its own
// SQLite connection) on the shared data folder, scanning every NIP it is given as fast as it can
// once both workers are ready; every tenth scan is sent twice with the same nonce (a desk resending).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createCore } = await import('../../electron/core/core.ts');
const core = createCore({ dataDir: workerData.dataDir, mode: 'cli' });
const gate = new Int32Array(workerData.gate);
Atomics.add(gate, 0, 1);
Atomics.notify(gate, 0);
Atomics.wait(gate, 1, 0);
const hasil = [];
try {
  workerData.nips.forEach((nip, i) => {
    const scan = { kegiatanId: workerData.kegiatanId, masukan: nip, pesertaId: null, status: null, meja: workerData.name, operator: '', nonce: `${workerData.name}-${i}-nonce`, waktu: null, cara: 'pindai' };
    hasil.push(core.kehadiran.pindai(scan).hasil);
    if (i % 10 === 0) hasil.push(core.kehadiran.pindai(scan).ulangan ? 'ulangan' : 'BARU');
  });
  parentPort.postMessage({ hasil });
} catch (e) {
  parentPort.postMessage({ hasil, error: String(e) });
} finally {
  core.close();
}
