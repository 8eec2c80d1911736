import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { tambahHariKerja } from '../../../shared/domain/hari-kerja';
import { pns, tempDir } from '../../helpers/core';

async function call<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await dispatch(core, ch, input);
  if (!r.ok) throw new Error(`${ch}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}

const atasan = { pegawaiId: null, nama: 'Drs. Hadi Wijaya', nip: '197001011995031001', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'Kepala Dinas', peran: 'Ketua' };

/** One employee decided to a written reprimand (not yet delivered: the register refuses a certificate). */
async function diputus() {
  const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-11-02T01:00:00Z') });
  const unit = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const p = core.pegawai.create(pns({ nip: '198503122010011004', nama: 'Budi Santoso', unitKerjaId: unit.id, jenisJabatan: 'FUNGSIONAL' }));
  const k = await call(core, 'kasus.buat', {
    data: { sumber: 'bawaslu', pelapor: 'Bawaslu', nomorSurat: '045/2026', tanggalSurat: '2026-10-30', tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', kronologi: 'x', kategoriPelapor: '', pelanggaran: ['SKB-3'] },
    terlapor: [{ jenis: 'pegawai', pegawaiId: p.id }],
  });
  const id = k.terlapor[0]!.id;
  const libur = new Set(core.db.prepare('SELECT tanggal FROM hari_libur').pluck().all() as string[]);
  const periksa = tambahHariKerja('2026-11-03', 7, libur);
  await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-03', data: { tahap: 'panggilan-1', tanggalPeriksa: periksa, tempat: 'Aula', pemeriksa: atasan } });
  await call(core, 'kasus.terlapor.tim', { terlaporId: id, tim: [atasan] });
  await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: periksa, data: { tahap: 'pemeriksaan', hadir: true } });
  await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: periksa, data: { tahap: 'lhp', terbukti: true, usulanHukuman: 'teguran-tertulis' } });
  await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: periksa, data: { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'teguran-tertulis' } });
  return { core, pegawaiId: p.id, kasusId: k.id, terlaporId: id, periksa };
}

describe('adversarial: archiving cannot clear the sanction register', () => {
  it('a case whose person was decided a sanction is not archived (the surat keterangan would then be issued)', async () => {
    const { core, pegawaiId, kasusId, periksa } = await diputus();
    const before = await dispatch(core, 'pegawai.hukuman.suratKeterangan', { pegawaiId, tanggal: periksa });
    expect(before.ok).toBe(false);
    const r = await dispatch(core, 'kasus.arsipkan', { id: kasusId, alasan: 'salah catat' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('TAHAP_DITOLAK');
    const after = await dispatch(core, 'pegawai.hukuman.suratKeterangan', { pegawaiId, tanggal: periksa });
    expect(after.ok).toBe(false);
    core.close();
  });

  it('nor is the person archived out of the case', async () => {
    const { core, pegawaiId, terlaporId, periksa } = await diputus();
    const r = await dispatch(core, 'kasus.terlapor.arsipkan', { terlaporId, alasan: 'salah orang' });
    expect(r.ok).toBe(false);
    expect((await dispatch(core, 'pegawai.hukuman.suratKeterangan', { pegawaiId, tanggal: periksa })).ok).toBe(false);
    core.close();
  });

  it('once the decision is corrected to "tidak terbukti" before delivery, archiving is allowed again', async () => {
    const { core, kasusId, terlaporId, periksa } = await diputus();
    const k = core.kasus.get(kasusId);
    const kep = k.terlapor[0]!.riwayat.find((x) => x.tahap === 'keputusan')!;
    await call(core, 'kasus.tahap.ubah', { tahapId: kep.id, tanggal: periksa, data: { tahap: 'keputusan', hasil: 'tidak-terbukti', alasan: 'Bukti tidak cukup.' }, alasan: 'koreksi' });
    await call(core, 'kasus.terlapor.arsipkan', { terlaporId, alasan: 'salah orang' });
    core.close();
  });
});
