// Child process of test/unit/adversarial/kegiatan-crash.test.ts: works on an event in the shared
// data folder and kills itself with SIGKILL inside a transaction, at the N-th call of the
// repository method METHOD made inside the service operation OP (after that transaction has
// already written rows), with a tiny page cache so the unfinished writes reach the WAL file.
//   node kegiatan-crash-worker.mjs DATA_DIR MODE KEGIATAN_ID OP METHOD N
// MODE: scan (scans, undos and bulk markings in a loop; OP pindai, batal or tandai of
// core.kehadiran), rule (creates an event of all staff; OP create of core.kegiatan).
import { register } from 'tsx/esm/api';

register();
const [dataDir, mode, kegiatanIdArg, op, method, nArg] = process.argv.slice(2);
const { createCore } = await import('../../electron/core/core.ts');
const core = createCore({ dataDir, mode: 'cli' });
core.db.pragma('cache_size = 8');
const repo = core.kegiatan.repo;
const service = mode === 'rule' ? core.kegiatan : core.kehadiran;
const originalOp = service[op].bind(service);
let inside = false;
service[op] = (...args) => {
  inside = true;
  try {
    return originalOp(...args);
  } finally {
    inside = false;
  }
};
const original = repo[method].bind(repo);
let calls = 0;
repo[method] = (...args) => {
  if (inside && ++calls === Number(nArg)) {
    process.stdout.write('mati\n');
    process.kill(process.pid, 'SIGKILL');
  }
  return original(...args);
};
const kegiatanId = Number(kegiatanIdArg);
let seq = 0;
const nonce = () => `crash-${process.pid}-${++seq}`;

if (mode === 'rule') {
  core.kegiatan.create({
    judul: 'Apel Terputus', jenis: 'apel-ikrar', tanggal: '2026-12-07', jam: '07.30', batasTerlambat: null, jamSelesai: null, zonaWaktu: 'WIB',
    tempat: 'Halaman', mode: 'luring', tautan: null, penyelenggaraId: null, penandatanganId: null, pemilihan: '', narasumber: [], catatan: '',
    peserta: { unit: [], subunit: true, status: ['PNS'], jenisJabatan: [], eselon: [], golongan: [], golonganDari: null, golonganSampai: null },
  });
} else {
  const peserta = core.kegiatan.allPeserta(kegiatanId);
  const units = [...new Set(peserta.map((p) => p.unitIndukId))];
  for (let round = 0; round < 20; round++) {
    for (const [i, p] of peserta.entries()) {
      const r = core.kehadiran.pindai({ kegiatanId, masukan: '', pesertaId: p.id, status: null, meja: 'Meja 1', operator: '', nonce: nonce(), waktu: null, cara: 'cari' });
      if (r.hasil === 'tercatat' && i % 3 === 0) core.kehadiran.batal({ kegiatanId, logId: r.logId, alasan: 'Salah pindai', meja: 'Meja 1', operator: '', nonce: nonce() });
      if (i % 50 === 0) core.kehadiran.tandai({ kegiatanId, status: 'izin', unitIndukId: units[(i + round) % units.length], pesertaIds: [], meja: 'Meja 1', operator: '', nonce: nonce() });
    }
  }
}
process.stdout.write('selesai tanpa mati\n');
