import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers';
import { makeCore } from '../../helpers/core';

const kasusBaru = {
  data: { sumber: 'bawaslu' as const, pelapor: 'Bawaslu', nomorSurat: '045/2026', tanggalSurat: null, tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', kronologi: 'x', kategoriPelapor: '', pelanggaran: [] },
  terlapor: [{ jenis: 'belum-dikenal' as const, nama: 'Terlapor', jabatan: 'Staf', unitKerja: 'Dinas' }],
};

describe('adversarial: a rule set edited outside Netra', () => {
  for (const [apa, sql] of [
    ['a wrong type', "UPDATE aturan_kasus SET isi = json_set(isi, '$.tenggat[0].jumlah', 'tujuh') WHERE kode = 'SKB-2020'"],
    ['broken JSON', "UPDATE aturan_kasus SET isi = '{rusak' WHERE kode = 'SKB-2020'"],
  ] as const)
    it(`${apa} in a stored set is named as damaged data, not as the clerk's input or an unexpected error`, async () => {
      const core = makeCore();
      core.db.prepare(sql).run();
      const r = await dispatch(core, 'aturan.list', {});
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('DATABASE');
        expect(r.error.message).toContain('SKB-2020');
        expect(r.error.message).toContain('di luar Netra');
      }
      core.close();
    });

  it("a case's frozen copy edited by hand names the case", async () => {
    const core = makeCore();
    const made = await dispatch(core, 'kasus.buat', kasusBaru);
    expect(made.ok).toBe(true);
    const id = (made as { ok: true; value: { id: number } }).value.id;
    // the frozen rows refuse UPDATE: an outside editor would write a new row and point the case at it
    core.db
      .prepare("INSERT INTO aturan_beku (sha256, isi) SELECT 'rusak', json_set(b.isi, '$.isi.alur', 'x') FROM aturan_beku b JOIN kasus k ON k.aturan_beku_id = b.id WHERE k.id = ?")
      .run(id);
    core.db.prepare("UPDATE kasus SET aturan_beku_id = (SELECT id FROM aturan_beku WHERE sha256 = 'rusak') WHERE id = ?").run(id);
    expect(() => core.db.prepare('UPDATE aturan_beku SET isi = ?').run('{}')).toThrow(/tidak dapat diubah/);
    const r = await dispatch(core, 'kasus.get', { id });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('DATABASE');
      expect(r.error.message).toContain('001/KASUS/2026');
    }
    core.close();
  });
});
