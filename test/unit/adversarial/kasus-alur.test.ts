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

/** A rule set whose flow an administrator loosened: any stage may go straight to "selesai". */
function setup() {
  const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => new Date('2026-11-02T01:00:00Z') });
  const unit = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const p = core.pegawai.create(pns({ nip: '198503122010011004', nama: 'Budi Santoso', unitKerjaId: unit.id, jenisJabatan: 'FUNGSIONAL' }));
  const base = core.aturanKasus.list().find((a) => a.kode === 'SKB-2022')!;
  const alur = Object.fromEntries(Object.entries(base.isi.alur).map(([k, v]) => [k, [...new Set([...(v ?? []), 'selesai'])]]));
  const longgar = core.aturanKasus.simpan(null, { kode: 'LONGGAR', nama: 'Alur longgar', berlakuMulai: base.berlakuMulai, berlakuSampai: base.berlakuSampai, sumber: '', isi: { ...base.isi, alur } }, true);
  return { core, pegawaiId: p.id, aturanId: longgar.id };
}

async function kasus(core: Core, pegawaiId: number, aturanId: number) {
  const k = await call(core, 'kasus.buat', {
    data: { sumber: 'bawaslu', pelapor: 'Bawaslu', nomorSurat: '045/2026', tanggalSurat: null, tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', kronologi: 'x', kategoriPelapor: '', pelanggaran: ['SKB-3'] },
    terlapor: [{ jenis: 'pegawai', pegawaiId }],
    aturanId,
  });
  return k.terlapor[0]!.id;
}

describe('adversarial: an edited flow cannot skip the steps the law requires', () => {
  it('a person is not closed without any decision, even when the flow allows "selesai" from the start', async () => {
    const { core, pegawaiId, aturanId } = setup();
    const id = await kasus(core, pegawaiId, aturanId);
    const r = await dispatch(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-03', data: { tahap: 'selesai', catatan: '' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('TAHAP_DITOLAK');
    core.close();
  });

  it('a delivered sanction is not closed before it is recorded in SIASN / I\u2019DIS', async () => {
    const { core, pegawaiId, aturanId } = setup();
    const id = await kasus(core, pegawaiId, aturanId);
    const libur = new Set(core.db.prepare('SELECT tanggal FROM hari_libur').pluck().all() as string[]);
    const periksa = tambahHariKerja('2026-11-03', 7, libur);
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-03', data: { tahap: 'panggilan-1', tanggalPeriksa: periksa, tempat: 'Aula', pemeriksa: atasan } });
    await call(core, 'kasus.terlapor.tim', { terlaporId: id, tim: [atasan] });
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: periksa, data: { tahap: 'pemeriksaan', hadir: true } });
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: periksa, data: { tahap: 'lhp', terbukti: true, usulanHukuman: 'teguran-tertulis' } });
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: periksa, data: { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'teguran-tertulis' } });
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: periksa, data: { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: periksa } });
    const r = await dispatch(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: periksa, data: { tahap: 'selesai', catatan: '' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('dicatat');
    core.close();
  });
});
