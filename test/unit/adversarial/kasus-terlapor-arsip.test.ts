import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { tempDir } from '../../helpers/core';

async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}

describe('adversarial: a person archived out of a case is read-only', () => {
  it('refuses correcting their steps and writing their examination, as stepping forward is refused', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-11-02T01:00:00Z') });
    const k = await call(core, 'kasus.buat', {
      data: { sumber: 'bawaslu', pelapor: 'Bawaslu', nomorSurat: '045/2026', tanggalSurat: null, tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', kronologi: 'x', kategoriPelapor: '', pelanggaran: [] },
      terlapor: [
        { jenis: 'belum-dikenal', nama: 'Satu', jabatan: 'Staf', unitKerja: 'Dinas' },
        { jenis: 'belum-dikenal', nama: 'Dua', jabatan: 'Staf', unitKerja: 'Dinas' },
      ],
    });
    const id = k.terlapor[0]!.id;
    const v = await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-03', data: { tahap: 'verifikasi', catatan: 'awal' } });
    const rec = v.terlapor[0]!.riwayat.find((r) => r.tahap === 'verifikasi')!;
    await call(core, 'kasus.terlapor.arsipkan', { terlaporId: id, alasan: 'salah orang' });
    const audit = core.db.prepare('SELECT COUNT(*) FROM kasus_audit').pluck().get();
    const ubah = await dispatch(core, 'kasus.tahap.ubah', { tahapId: rec.id, tanggal: '2026-11-03', data: { tahap: 'verifikasi', catatan: 'diubah' }, alasan: 'x' });
    expect(ubah.ok ? null : ubah.error.code).toBe('DIARSIPKAN');
    const bap = await dispatch(core, 'kasus.pemeriksaan.simpan', { terlaporId: id, pasangan: [{ pertanyaan: 'P?', jawaban: 'J.' }] });
    expect(bap.ok ? null : bap.error.code).toBe('DIARSIPKAN');
    expect(core.db.prepare('SELECT COUNT(*) FROM kasus_audit').pluck().get()).toBe(audit);
    core.close();
  });
});
