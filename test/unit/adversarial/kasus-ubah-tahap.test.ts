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
async function gagal<C extends ChannelName>(core: Core, ch: C, input: InputOf<C>) {
  const r = await dispatch(core, ch, input);
  if (r.ok) throw new Error(`${ch} diterima padahal harus ditolak`);
  return r.error;
}

const atasan = { pegawaiId: null, nama: 'Drs. Hadi Wijaya', nip: '197001011995031001', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'Kepala Dinas', peran: 'Ketua' };

/** One employee taken to a delivered sanction (sedang: tim formed), the steps' ids returned. */
async function sampaiPenyampaian() {
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
  const lhpTgl = tambahHariKerja(periksa, 1, libur);
  await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: lhpTgl, data: { tahap: 'lhp', terbukti: true, usulanHukuman: 'teguran-tertulis' } });
  const kepTgl = tambahHariKerja(lhpTgl, 1, libur);
  await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: kepTgl, data: { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'teguran-tertulis' } });
  const spTgl = tambahHariKerja(kepTgl, 1, libur);
  const done = await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: spTgl, data: { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: spTgl } });
  const riwayat = done.terlapor[0]!.riwayat;
  const rec = (t: string) => riwayat.find((r) => r.tahap === t)!;
  return { core, id, kasusId: k.id, rec, periksa, kepTgl, spTgl };
}

describe('adversarial: correcting a recorded step cannot break the steps after it', () => {
  it('refuses turning a delivered sanction into "tidak terbukti" (the delivery would name a decision that no longer exists)', async () => {
    const { core, rec, kepTgl, kasusId } = await sampaiPenyampaian();
    const e = await gagal(core, 'kasus.tahap.ubah', { tahapId: rec('keputusan').id, tanggal: kepTgl, data: { tahap: 'keputusan', hasil: 'tidak-terbukti', alasan: 'Salah pilih' }, alasan: 'koreksi' });
    expect(e.code).toBe('TAHAP_DITOLAK');
    expect(e.message).toContain('Penyampaian');
    // nothing changed: the sanction is still decided and delivered
    const k = await call(core, 'kasus.get', { id: kasusId });
    expect(k.terlapor[0]).toMatchObject({ hasil: 'hukuman', hukuman: 'teguran-tertulis' });
    core.close();
  });

  it('refuses marking the hearing "tidak hadir" once a report rests on it without a second summons', async () => {
    const { core, rec, periksa } = await sampaiPenyampaian();
    const e = await gagal(core, 'kasus.tahap.ubah', { tahapId: rec('pemeriksaan').id, tanggal: periksa, data: { tahap: 'pemeriksaan', hadir: false }, alasan: 'koreksi' });
    expect(e.code).toBe('TAHAP_DITOLAK');
    expect(e.message).toContain('Laporan hasil pemeriksaan');
    core.close();
  });

  it('refuses a delivery date corrected to before the decree', async () => {
    const { core, rec, spTgl, kepTgl } = await sampaiPenyampaian();
    const e = await gagal(core, 'kasus.tahap.ubah', { tahapId: rec('penyampaian').id, tanggal: spTgl, data: { tahap: 'penyampaian', cara: 'dikirim', tanggalDiterima: tambahHariKerja(kepTgl, -1, new Set()) }, alasan: 'koreksi' });
    expect(e.code).toBe('TAHAP_DITOLAK');
    core.close();
  });

  it('still accepts a correction that keeps every later step valid', async () => {
    const { core, rec, kepTgl } = await sampaiPenyampaian();
    const k = await call(core, 'kasus.tahap.ubah', { tahapId: rec('keputusan').id, tanggal: kepTgl, data: { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'teguran-tertulis', sanksiMoral: 'tertutup' }, alasan: 'sanksi moral tertinggal' });
    expect(k.terlapor[0]).toMatchObject({ hasil: 'hukuman', sanksiMoral: 'tertutup', tahap: 'penyampaian' });
    core.close();
  });
});
