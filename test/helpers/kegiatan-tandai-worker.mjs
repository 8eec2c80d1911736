// Worker of test/unit/adversarial/kegiatan-konkuren.test.ts: its own core (its own SQLite
// connection) on the shared data folder. "pindai" scans every NIP it is given; "tandai" marks each
// unit with a reason over and over and undoes its own markings, both as fast as they can once
// both workers are ready.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createCore } = await import('../../electron/core/core.ts');
const core = createCore({ dataDir: workerData.dataDir, mode: 'cli' });
const gate = new Int32Array(workerData.gate);
Atomics.add(gate, 0, 1);
Atomics.notify(gate, 0);
Atomics.wait(gate, 1, 0);
const { kegiatanId, name } = workerData;
const out = { tercatat: [], ditandai: 0, error: undefined };
try {
  if (workerData.mode === 'pindai') {
    workerData.nips.forEach((nip, i) => {
      const r = core.kehadiran.pindai({ kegiatanId, masukan: nip, pesertaId: null, status: null, meja: name, operator: '', nonce: `${name}-${i}-pindai`, waktu: null, cara: 'pindai' });
      if (r.hasil === 'tercatat') out.tercatat.push(r.peserta.id);
    });
  } else {
    const statuses = ['izin', 'sakit', 'dinas-luar', 'cuti'];
    for (let round = 0; round < 12; round++)
      for (const [u, unitIndukId] of workerData.units.entries()) {
        const r = core.kehadiran.tandai({ kegiatanId, status: statuses[(round + u) % 4], unitIndukId, pesertaIds: [], meja: name, operator: '', nonce: `${name}-${round}-${u}-tandai` });
        out.ditandai += r.ditandai;
        // undo some of what was just marked, so the next round has people to mark again
        const log = core.kehadiran.log(kegiatanId, 0, Math.min(r.ditandai, 5)).rows.filter((l) => l.cara === 'massal' && l.hasil === 'tercatat' && !l.dibatalkan);
        for (const l of log) core.kehadiran.batal({ kegiatanId, logId: l.id, alasan: 'Uji', meja: name, operator: '', nonce: `${name}-${l.id}-batal` });
      }
  }
} catch (e) {
  out.error = String(e);
} finally {
  core.close();
}
parentPort.postMessage(out);
