import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { createRegistry } from '../../../electron/core/registry';
import { makeCore, pns } from '../../helpers/core';
import { writeSheet } from '../../helpers/sheets';

const sheet = (headers: string[], rows: (string | null)[][]) => writeSheet('data.xlsx', headers, rows);

describe('impor: data yang berubah antara rencana dan penulisan', () => {
  it('a restore during the pre-import backup does not let the import overwrite another person under a reused id', async () => {
    // a backup from another registry, where id 1 is Bunga
    const other = makeCore();
    other.pegawai.create(pns({ nip: '199001012015032003', nama: 'Bunga Lestari', jenisKelamin: 'P', tanggalLahir: '1990-01-01' }));
    const backup = await other.cadangan.buat('Bunga');
    const backupPath = path.join(other.dataDir, 'cadangan', backup.fileName);
    other.close();

    const core = makeCore();
    core.pegawai.create(pns({ nama: 'Ani' })); // id 1 here
    // The job worker's connection; while it makes the backup before the import, the app restores.
    const workerDb = openDatabase(core.dataDir);
    let restores = 0;
    const reg = createRegistry(workerDb, {
      beforeWrite: async () => (restores++ === 0 ? core.cadangan.pulihkanBerkas({ path: backupPath, label: 'bunga.sqlite' }) : null),
    });
    const file = await sheet(['NIP', 'NAMA', 'TEMPAT LAHIR'], [['198503122010011004', 'Ani Baru', 'Kota Baru']]);

    await expect(reg.impor.commit({ path: file, label: 'data.xlsx' }, { mapping: null, update: true, skipInvalid: false })).rejects.toMatchObject({
      code: 'IMPOR_DITOLAK',
      message: expect.stringMatching(/berubah selagi impor disiapkan/),
    });
    expect(core.db.prepare('SELECT nip, nama, tempat_lahir AS tempatLahir FROM pegawai').all()).toEqual([
      { nip: '199001012015032003', nama: 'Bunga Lestari', tempatLahir: 'Sukamaju' },
    ]);

    // run again on the data as it now is: Ani is not registered here, so she is added
    const r = await reg.impor.commit({ path: file, label: 'data.xlsx' }, { mapping: null, update: true, skipInvalid: false });
    expect(r).toMatchObject({ ok: true, inserted: 1, updated: 0 });
    workerDb.close();
    core.close();
  });
});
