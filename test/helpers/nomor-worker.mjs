// Worker of the concurrency test in penomoran.test.ts: its own core (its own SQLite connection)
// on the shared data folder, taking numbers as fast as it can once both workers are ready.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createCore } = await import('../../electron/core/core.ts');
const core = createCore({ dataDir: workerData.dataDir, mode: 'cli' });
const gate = new Int32Array(workerData.gate);
Atomics.add(gate, 0, 1);
Atomics.notify(gate, 0);
Atomics.wait(gate, 1, 0);
const taken = [];
try {
  for (let i = 0; i < workerData.count; i++)
    taken.push(core.penomoran.take('surat-undangan', { tanggal: '2026-05-02', hal: `Surat ${workerData.name} ${i}`, unitKode: 'BKPSDM' }).urut);
  parentPort.postMessage({ taken });
} catch (e) {
  parentPort.postMessage({ taken, error: String(e) });
} finally {
  core.close();
}
