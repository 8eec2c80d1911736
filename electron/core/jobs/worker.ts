/**
 * The job worker: its own SQLite connection on the app's data folder, so an import's reading,
 * checking and writing never hold the thread that answers the UI. One job at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSecondConnection } from '../db/open';
import { toErrorData } from '../handlers';
import { createRegistry } from '../registry';
import { CadanganStore } from '../db/cadangan-store';
import { CadanganService } from '../services/cadangan';
import type { FromWorker, ToWorker } from './protocol';
import { runJob } from './run-job';

const port = parentPort!;
const { dataDir } = workerData as { dataDir: string };
const db = openSecondConnection(dataDir);
// The backup before an import is made here, from this thread's own connection, as the app would.
const cadangan = new CadanganService({ db, store: new CadanganStore(dataDir) });
const registry = createRegistry(db, { beforeWrite: (label) => cadangan.sebelumImpor(label) });
const post = (m: FromWorker) => port.postMessage(m);

let queue = Promise.resolve();
port.on('message', (m: ToWorker | { type: 'close' }) => {
  if (m.type === 'close') {
    queue = queue.then(() => {
      db.close();
      port.close();
    });
    return;
  }
  const flag = new Int32Array(m.cancel);
  queue = queue.then(async () => {
    try {
      const value = await runJob(db, registry, m.kind, m.input as never, {
        progress: (progress) => post({ type: 'progress', id: m.id, progress }),
        cancelled: () => Atomics.load(flag, 0) === 1,
      });
      post({ type: 'done', id: m.id, value });
    } catch (e) {
      post({ type: 'failed', id: m.id, error: toErrorData(e) });
    }
  });
});
