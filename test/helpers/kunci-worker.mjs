// Worker of the two-process key test in adversarial/dokumen-kunci.test.ts: its own core (its own
// SQLite connection) on the shared data folder, sending the same keyed create request as the other.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createCore } = await import('../../electron/core/core.ts');
const { dispatch } = await import('../../electron/core/handlers/index.ts');
const core = createCore({ dataDir: workerData.dataDir, mode: 'cli' });
const gate = new Int32Array(workerData.gate);
Atomics.add(gate, 0, 1);
Atomics.notify(gate, 0);
Atomics.wait(gate, 1, 0);
const results = [];
try {
  for (let i = 0; i < workerData.repeats; i++) {
    const r = await dispatch(core, 'dokumen.buat', workerData.request);
    results.push(r.ok ? { nomor: r.value.dokumen.nomor } : { code: r.error.code, message: r.error.message });
  }
} finally {
  core.close();
}
parentPort.postMessage(results);
