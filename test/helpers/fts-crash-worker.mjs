// Child process of the crash test in pencarian.test.ts: starts a bulk write on the data folder and
// kills itself with SIGKILL halfway, with a tiny page cache so the unfinished write has already
// reached the WAL file.
import { register } from 'tsx/esm/api';

register();
const { createCore } = await import('../../electron/core/core.ts');
const { PegawaiRepository } = await import('../../electron/core/db/repositories/pegawai.ts');
const core = createCore({ dataDir: process.argv[2], mode: 'cli' });
core.db.pragma('cache_size = 8');
const repo = new PegawaiRepository(core.db);
const row = (nama) => ({
  nip: null, jenisIdentitas: 'LAINNYA', nama, gelarDepan: null, gelarBelakang: null, jenisKelamin: 'P', tempatLahir: null,
  tanggalLahir: null, status: 'NON_ASN', golongan: null, jabatan: 'Pengemudi', jenisJabatan: null, eselon: null,
  unitKerjaId: null, telepon: null, email: null, aktif: true,
});
core.db.transaction(() =>
  repo.bulkWrite(() => {
    repo.update(1, row('Sudah Diganti'));
    for (let i = 0; i < 3000; i++) {
      repo.insert(row(`Terputus ${i}`));
      if (i === 2000) {
        process.stdout.write('mati\n');
        process.kill(process.pid, 'SIGKILL');
      }
    }
  }),
)();
