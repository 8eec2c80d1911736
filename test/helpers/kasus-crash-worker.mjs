// Child process of test/unit/adversarial/kasus-crash.test.ts: kills itself with SIGKILL inside a
// case write, at the N-th call of the KasusRepository method METHOD, with a tiny page cache so the
// unfinished writes reach the WAL file.
//   node kasus-crash-worker.mjs DATA_DIR MODE METHOD N [TERLAPOR_ID]
// MODE: banyak (a bulk intake of 300 recommendations through buatBanyak), maju (one step forward).
import { register } from 'tsx/esm/api';

register();
const [dataDir, mode, method, nArg, terlaporArg] = process.argv.slice(2);
const { createCore } = await import('../../electron/core/core.ts');
const core = createCore({ dataDir, mode: 'cli', now: () => new Date('2026-11-02T01:00:00Z') });
core.db.pragma('cache_size = 8');
const repo = core.kasus.repo;
const original = repo[method].bind(repo);
let calls = 0;
repo[method] = (...args) => {
  if (++calls === Number(nArg)) {
    process.stdout.write('mati\n');
    process.kill(process.pid, 'SIGKILL');
  }
  return original(...args);
};
const aturanId = core.aturanKasus.list().find((a) => a.kode === 'SKB-2022').id;
if (mode === 'banyak') {
  const items = Array.from({ length: 300 }, (_, i) => ({
    data: { sumber: 'bawaslu', pelapor: 'Bawaslu', nomorSurat: `R-${i}`, tanggalSurat: null, tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', lokasi: '', kronologi: 'x'.repeat(2000), pemilihan: '', kategoriPelapor: '', rekomendasi: '', pelanggaran: [] },
    terlapor: [0, 1, 2].map((j) => ({ jenis: 'belum-dikenal', nama: `Orang ${i}-${j}`, nip: null, jabatan: 'Staf', unitKerja: 'Dinas', keterangan: '' })),
    aturanId,
    asal: 'uji.xlsx',
  }));
  core.kasus.buatBanyak(items);
} else {
  core.kasus.maju(Number(terlaporArg), '2026-11-03', { tahap: 'verifikasi', catatan: 'x' });
}
process.stdout.write('selesai tanpa mati\n');
