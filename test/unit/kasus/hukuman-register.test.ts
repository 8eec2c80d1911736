import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers';
import { statusPada } from '../../../electron/core/services/hukuman-register';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { tambahHariKerja } from '../../../shared/domain/hari-kerja';
import { kepalaBadan, profil } from '../../helpers/dokumen';
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

const atasan = { pegawaiId: null, nama: 'Drs. Hadi Wijaya', nip: '197001011995031001', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'Kepala Dinas Pendidikan', peran: 'Ketua' };

/** A person taken through the procedure to a delivered sanction of `hukuman` (received 26 November 2026). */
async function dihukum(hukuman: string) {
  const now = new Date('2026-11-02T01:00:00Z');
  const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => now });
  const disdik = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const guru = core.pegawai.create(pns({ nip: '198503122010011004', nama: 'Budi Santoso', unitKerjaId: disdik.id, jenisJabatan: 'FUNGSIONAL' }));
  const lain = core.pegawai.create(pns({ nip: '197812052005012003', nama: 'Rina Marlina', jenisKelamin: 'P', tanggalLahir: '1978-12-05', unitKerjaId: disdik.id }));
  const k = await call(core, 'kasus.buat', {
    data: { sumber: 'bawaslu', tanggalDiterima: '2026-11-02', tanggalKejadian: '2026-10-20', pelanggaran: ['SKB-7'] },
    terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }],
  });
  const id = k.terlapor[0]!.id;
  await call(core, 'kasus.terlapor.tim', { terlaporId: id, tim: [atasan] });
  await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-02', data: { tahap: 'panggilan-1', tanggalPeriksa: '2026-11-11', tempat: 'Aula', pemeriksa: atasan } });
  await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-11', data: { tahap: 'pemeriksaan', hadir: true } });
  await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-12', data: { tahap: 'lhp', terbukti: true, usulanHukuman: hukuman } });
  await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-18', data: { tahap: 'keputusan', hasil: 'hukuman', hukuman } });
  return { core, guru, lain, kasusId: k.id, terlaporId: id };
}

describe('the sanction register', () => {
  it('a sanction of 6 months: decided → not yet in force; delivered → in force from the 15th working day for 6 months; then over', async () => {
    const { core, guru, terlaporId } = await dihukum('potongan-tukin-25-6');
    const diputus = await call(core, 'pegawai.hukuman', { pegawaiId: guru.id, tanggal: '2026-11-20' });
    expect(diputus.hukuman).toHaveLength(1);
    expect(diputus.hukuman[0]).toMatchObject({ status: 'belum-berlaku', mulai: null, tanggalKeputusan: '2026-11-18', tingkat: 'sedang' });
    // the name carries the duration from the frozen rule set, in figures and words
    expect(diputus.hukuman[0]!.nama).toBe('pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama 6 (enam) bulan');
    expect(diputus.berlaku).toEqual([]);

    await call(core, 'kasus.tahap.maju', { terlaporId, tanggal: '2026-11-26', data: { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: '2026-11-26' } });
    const libur = new Set(core.db.prepare('SELECT tanggal FROM hari_libur').pluck().all() as string[]);
    const mulai = tambahHariKerja('2026-11-26', 15, libur);
    const r = core.hukuman.daftar(guru.id, mulai);
    expect(r.hukuman[0]).toMatchObject({ mulai, status: 'berlaku' });
    const selesai = r.hukuman[0]!.selesai!;
    // 6 months: the day before the same date six months on
    const [y, m, d] = mulai.split('-').map(Number) as [number, number, number];
    expect(selesai).toBe(new Date(Date.UTC(y, m - 1 + 6, d - 1)).toISOString().slice(0, 10));
    expect(core.hukuman.sedangMenjalani(guru.id, selesai)).toHaveLength(1);
    const besok = new Date(Date.parse(`${selesai}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(core.hukuman.sedangMenjalani(guru.id, besok)).toEqual([]);
    expect(core.hukuman.daftar(guru.id, besok).hukuman[0]!.status).toBe('selesai');
    core.close();
  });

  it('the certificate is refused while the register shows a sanction in force, naming it and its period; given to someone without', async () => {
    const { core, guru, lain, kasusId, terlaporId } = await dihukum('potongan-tukin-25-6');
    // decided but not yet delivered: refused too (it would be untrue once the decree is delivered)
    const belum = await gagal(core, 'pegawai.hukuman.suratKeterangan', { pegawaiId: guru.id, tanggal: '2026-11-20', keperluan: 'usul kenaikan pangkat' });
    expect(belum.message).toContain('belum berlaku');
    await call(core, 'kasus.tahap.maju', { terlaporId, tanggal: '2026-11-26', data: { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: '2026-11-26' } });
    const { hukumanMulai, hukumanSelesai } = core.kasus.get(kasusId).terlapor[0]!;
    const e = await gagal(core, 'pegawai.hukuman.suratKeterangan', { pegawaiId: guru.id, tanggal: '2027-01-04', keperluan: 'usul kenaikan pangkat' });
    expect(e.code).toBe('VALIDASI');
    expect(e.message).toContain('Budi Santoso, S.E. sedang menjalani hukuman disiplin');
    expect(e.message).toContain('pemotongan tunjangan kinerja sebesar 25%');
    expect(e.message).toMatch(/\d+ \w+ 2026 s\.d\. \d+ \w+ 2027/);
    expect(e.message).toContain('kasus 001/KASUS/2026');
    expect(hukumanMulai && hukumanSelesai).toBeTruthy();

    const ok = await call(core, 'pegawai.hukuman.suratKeterangan', { pegawaiId: lain.id, tanggal: '2027-01-04', keperluan: 'usul mutasi' });
    expect(ok.data).toMatchObject({ pegawaiId: lain.id, nip: '197812052005012003', jabatan: expect.any(String), unitKerja: 'Dinas Pendidikan', keperluan: 'usul mutasi' });

    // the save is checked too: the same data for the sanctioned person is refused before a number is taken
    const p = core.instansi.save(null, profil());
    const s = core.penandatangan.save(null, kepalaBadan());
    const buat = { jenis: 'surat-keterangan-hukdis' as const, profilId: p.id, tandaTangan: { penandatanganId: s.id }, tanggal: '2027-01-04', nomor: { cara: 'otomatis' as const } };
    const refused = await gagal(core, 'dokumen.buat', { ...buat, data: { ...ok.data, pegawaiId: guru.id } });
    expect(refused.message).toContain('sedang menjalani hukuman disiplin');
    expect(core.penomoran.list({ tahun: 2027, status: null }).length).toBe(0);
    const typed = await gagal(core, 'dokumen.buat', { ...buat, data: { ...ok.data, pegawaiId: null } });
    expect(typed.message).toContain('pilih pegawainya dari data pegawai');
    const made = await call(core, 'dokumen.buat', { ...buat, data: ok.data });
    expect(made.dokumen.fileName).toBe('197812052005012003_SKET-HUKDIS_2027-01-04.docx');
    expect(made.dokumen.pegawaiIds).toEqual([lain.id]);
    core.close();
  });

  it('a reprimand is over once given; an archived case does not count', async () => {
    const { core, guru, kasusId, terlaporId } = await dihukum('teguran-tertulis');
    await call(core, 'kasus.tahap.maju', { terlaporId, tanggal: '2026-11-26', data: { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: '2026-11-26' } });
    const r = core.hukuman.daftar(guru.id, '2027-01-04');
    expect(r.hukuman[0]).toMatchObject({ status: 'selesai', selesai: null });
    await call(core, 'kasus.arsipkan', { id: kasusId, alasan: 'Salah input' });
    expect(core.hukuman.daftar(guru.id, '2027-01-04').hukuman).toEqual([]);
    core.close();
  });

  it('statusPada: before the start, within, after; a permanent sanction never ends', () => {
    const h = { mulai: '2026-12-17', selesai: '2027-06-16', tetap: false };
    expect(statusPada(h, '2026-12-16')).toBe('belum-berlaku');
    expect(statusPada(h, '2026-12-17')).toBe('berlaku');
    expect(statusPada(h, '2027-06-16')).toBe('berlaku');
    expect(statusPada(h, '2027-06-17')).toBe('selesai');
    expect(statusPada({ mulai: '2026-12-17', selesai: null, tetap: true }, '2040-01-01')).toBe('berlaku');
    expect(statusPada({ mulai: null, selesai: null, tetap: false }, '2040-01-01')).toBe('belum-berlaku');
  });
});
