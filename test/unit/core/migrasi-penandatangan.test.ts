import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { makeCore, tempDir } from '../../helpers/core';

const V5 = MIGRATIONS.filter((m) => m.version <= 5);

describe('migration 6: signer kinds, Pemerintah Daerah kop, emblem of the kop jabatan', () => {
  it('gives old signatories their kind, keeps a kop jabatan looking the same, and keeps the archive linked', async () => {
    const dir = tempDir();
    const old = openDatabase(dir, V5);
    const now = '2026-01-01T00:00:00Z';
    const logo = JSON.stringify({ base64: 'AAAA', type: 'png', widthPx: 40, heightPx: 40 });
    const profil = old.prepare(
      `INSERT INTO instansi_profil (nama, jenis_kop, pemerintah, kepala_daerah, perangkat_daerah, kota, kode_unit, logo, created_at, updated_at)
       VALUES (?, ?, 'PEMERINTAH KABUPATEN SUKAMAJU', 'BUPATI SUKAMAJU', ?, 'Sukamaju', ?, ?, ?, ?)`,
    );
    profil.run('BKPSDM', 'dinas', 'BADAN KEPEGAWAIAN', 'BKPSDM', logo, now, now);
    profil.run('Bupati', 'kepala-daerah', '', 'Setda', logo, now, now);
    const ttd = old.prepare(
      `INSERT INTO penandatangan (jabatan, nama, golongan, nip, kepala_daerah, aktif, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
    );
    ttd.run('Bupati Sukamaju', 'Ahmad', '', '', 1, now, now);
    ttd.run('Wakil Bupati Sukamaju', 'Budi', '', '', 1, now, now);
    ttd.run('Sekretaris Daerah', 'Citra', 'IV/d', '196805121994031007', 0, now, now);
    ttd.run('Kepala BKPSDM', 'Dewi', 'IV/c', '197303141998032004', 0, now, now);
    old.prepare(`INSERT INTO teks_dokumen (jenis, versi, teks, created_at) VALUES ('surat-undangan', 1, '{}', ?)`).run(now);
    old.prepare(
      `INSERT INTO dokumen (jenis, nomor, tanggal, hal, file_name, rel_path, sha256, bytes, teks_versi, profil_id, penandatangan_id, data, tanda_tangan, setup, konteks, created_at)
       VALUES ('surat-undangan', '800/1', '2026-01-01', 'x', 'a.docx', 'arsip/a.docx', 'x', 1, 1, 2, 4, '{}', '{}', '{}', '{}', ?)`,
    ).run(now);
    old.close();

    const core = makeCore(dir);
    expect(core.penandatangan.list().map((p) => [p.nama, p.jenis])).toEqual([
      ['Ahmad', 'kepala-daerah'],
      ['Budi', 'wakil-kepala-daerah'],
      ['Citra', 'sekretaris-daerah'],
      ['Dewi', 'pejabat'],
    ]);
    const [bkpsdm, bupati] = [core.instansi.list().find((p) => p.nama === 'BKPSDM')!, core.instansi.list().find((p) => p.nama === 'Bupati')!];
    expect(bupati.lambang).toEqual(JSON.parse(logo));
    expect(bkpsdm.lambang).toBeNull();
    expect(bkpsdm.logo).toEqual(JSON.parse(logo));
    // ids kept: the archived document still points at its profile, and the profile is still protected
    expect(core.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(() => core.instansi.delete(bupati.id)).toThrow('dipakai oleh 1 dokumen');
    // the new kop kind is accepted by the rebuilt table
    expect(core.instansi.save(null, { ...bkpsdm, nama: 'Setda', jenisKop: 'pemerintah-daerah', perangkatDaerah: 'SEKRETARIAT DAERAH' }).jenisKop).toBe('pemerintah-daerah');
  });
});
