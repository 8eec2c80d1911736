import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { JENIS } from '../../../shared/dokumen/jenis/index';
import { makeCore } from '../../helpers/core';

function setup() {
  const core = makeCore();
  core.demo.load({ pegawai: 5, seed: 1 });
  const kasus = ['045/2026', '046/2026'].map((nomorSurat) =>
    core.kasus.buat({
      data: { sumber: 'bawaslu', pelapor: 'Bawaslu', nomorSurat, tanggalSurat: null, tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', lokasi: '', kronologi: 'x', pemilihan: '', kategoriPelapor: '', rekomendasi: '', pelanggaran: [] },
      terlapor: [{ jenis: 'belum-dikenal', nama: `Terlapor ${nomorSurat}`, nip: null, jabatan: 'Staf', unitKerja: 'Dinas', keterangan: '' }],
      aturanId: null,
    }),
  );
  const base = {
    profilId: core.instansi.list().find((p) => p.jenisKop === 'dinas')!.id,
    tandaTangan: { penandatanganId: core.penandatangan.list().find((p) => p.jenis === 'pejabat')!.id, mode: 'langsung' as const, atasNama: '', untukBeliau: '' },
    tanggal: '2026-11-23',
    nomor: { cara: 'otomatis' as const },
    peringatanDiterima: true,
  };
  return { core, kasus, base };
}

describe('adversarial: case documents hand-crafted through dokumen.buat', () => {
  it('refuses a document whose terlaporId belongs to another case, or whose case does not exist', async () => {
    const { core, kasus, base } = setup();
    expect(kasus.length).toBeGreaterThanOrEqual(2);
    const [a, b] = kasus as [(typeof kasus)[0], (typeof kasus)[0]];
    const contoh = JENIS.get('surat-panggilan').contoh as Record<string, unknown>;
    const before = core.db.prepare('SELECT COUNT(*) FROM dokumen').pluck().get();
    for (const [kasusId, terlaporId] of [
      [a.id, b.terlapor[0]!.id],
      [999_999, null],
      [null, a.terlapor[0]!.id],
    ] as const) {
      const r = await dispatch(core, 'dokumen.buat', { ...base, jenis: 'surat-panggilan', data: { ...contoh, kasusId, terlaporId } });
      expect(r.ok, `kasusId ${kasusId}, terlaporId ${terlaporId}`).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('VALIDASI');
    }
    expect(core.db.prepare('SELECT COUNT(*) FROM dokumen').pluck().get()).toBe(before);
    // the case's own person is accepted
    const ok = await dispatch(core, 'dokumen.buat', { ...base, jenis: 'surat-panggilan', data: { ...contoh, kasusId: a.id, terlaporId: a.terlapor[0]!.id } });
    expect(ok.ok).toBe(true);
    core.close();
  });
});
