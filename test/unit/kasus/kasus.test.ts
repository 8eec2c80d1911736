import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { LiburRepository } from '../../../electron/core/db/repositories/libur';
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

const atasan = { pegawaiId: null, nama: 'Drs. Hadi Wijaya', nip: '197001011995031001', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'Kepala Dinas Pendidikan', peran: '' };

function setup(start = '2026-11-02T01:00:00Z') {
  let now = new Date(start);
  const core = createCore({ dataDir: tempDir(), mode: 'cli', now: () => now });
  const disdik = core.units.create({ nama: 'Dinas Pendidikan', singkatan: null, jenis: 'PERANGKAT_DAERAH', parentId: null });
  const guru = core.pegawai.create(pns({ nip: '198503122010011004', nama: 'Budi Santoso', unitKerjaId: disdik.id, jenisJabatan: 'FUNGSIONAL' }));
  const kabid = core.pegawai.create(pns({ nip: '197812052005012003', nama: 'Rina Marlina', jenisKelamin: 'P', tanggalLahir: '1978-12-05', unitKerjaId: disdik.id, jenisJabatan: 'ADMINISTRATOR', eselon: 'III.b', golongan: 'IV/a' }));
  return { core, guru, kabid, setNow: (iso: string) => (now = new Date(iso)) };
}

const rekomendasi = (over: Partial<InputOf<'kasus.buat'>['data']> = {}): InputOf<'kasus.buat'>['data'] => ({
  sumber: 'bawaslu',
  pelapor: 'Bawaslu Kabupaten Sukamaju',
  nomorSurat: '045/PP.01.02/K.JB-12/11/2026',
  tanggalSurat: '2026-10-30',
  tanggalDiterima: '2026-11-02',
  tanggalKejadian: '2026-10-20',
  kronologi: 'Terlapor mengunggah foto bersama calon dengan simbol jari.',
  kategoriPelapor: 'Kampanye di media sosial',
  pelanggaran: ['SKB-7'],
  ...over,
});

describe('kasus: intake and rule sets', () => {
  it('freezes the rule set in force on the incident date (2020 vs 2022) and asks when none applies', async () => {
    const { core, guru } = setup();
    const k22 = await call(core, 'kasus.buat', { data: rekomendasi(), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    expect(k22.aturan.kode).toBe('SKB-2022');
    expect(k22.nomorRegister).toBe('001/KASUS/2026');
    const k20 = await call(core, 'kasus.buat', { data: rekomendasi({ tanggalKejadian: '2020-11-10', pelanggaran: ['SKB-2'] }), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    expect(k20.aturan.kode).toBe('SKB-2020');
    // each frozen set is stored once, however many cases froze it
    await call(core, 'kasus.buat', { data: rekomendasi({ nomorSurat: 'lain' }), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    expect(core.db.prepare('SELECT COUNT(*) FROM aturan_beku').pluck().get()).toBe(2);
    // SKB-10 (consultant after candidates are set) is not in the 2020 catalogue
    const err = await gagal(core, 'kasus.buat', { data: rekomendasi({ tanggalKejadian: '2020-11-10', pelanggaran: ['SKB-10'] }), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    expect(err.message).toContain('SKB-10');
    const none = await gagal(core, 'kasus.buat', { data: rekomendasi({ tanggalKejadian: '2019-04-17', pelanggaran: [] }), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    expect(none.code).toBe('ATURAN_PILIH');
    expect(none.fields?.length).toBe(2);
    const picked = await call(core, 'kasus.buat', { data: rekomendasi({ tanggalKejadian: '2019-04-17', pelanggaran: [] }), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }], aturanId: k20.aturan.id! });
    expect(picked.aturan.kode).toBe('SKB-2020');
    core.close();
  });

  it('takes people from the registry, not yet identified, or outside it; links one later', async () => {
    const { core, guru, kabid } = setup();
    const k = await call(core, 'kasus.buat', {
      data: rekomendasi(),
      terlapor: [
        { jenis: 'pegawai', pegawaiId: guru.id },
        { jenis: 'belum-dikenal', nama: 'Rina', jabatan: 'Kepala Bidang', unitKerja: 'Dinas Pendidikan', keterangan: 'akun Facebook "Rina Sukamaju"' },
        { jenis: 'luar', luarJenis: 'kepala-desa', nama: 'Sutrisno', jabatan: 'Kepala Desa Mekarsari', instansi: 'Desa Mekarsari' },
      ],
    });
    expect(k.terlapor.map((t) => [t.jenis, t.nama, t.nip])).toEqual([
      ['pegawai', 'Budi Santoso, S.E.', '198503122010011004'],
      ['belum-dikenal', 'Rina', null],
      ['luar', 'Sutrisno', null],
    ]);
    expect(k.terlapor.every((t) => t.tahap === 'diterima')).toBe(true);
    const rina = k.terlapor[1]!;
    // not identified: cannot be summoned until linked
    const e = await gagal(core, 'kasus.tahap.maju', { terlaporId: rina.id, tanggal: '2026-11-03', data: { tahap: 'panggilan-1', tanggalPeriksa: '2026-11-20', tempat: 'Ruang Rapat BKPSDM', pemeriksa: atasan } });
    expect(e.code).toBe('TAHAP_DITOLAK');
    expect(e.message).toContain('tautkan');
    const linked = await call(core, 'kasus.terlapor.tautkan', { terlaporId: rina.id, pegawaiId: kabid.id });
    expect(linked.terlapor[1]).toMatchObject({ jenis: 'pegawai', pegawaiId: kabid.id, nip: '197812052005012003', eselon: 'III.b' });
    // the outsider only gets forwarded
    const desa = k.terlapor[2]!;
    const e2 = await gagal(core, 'kasus.tahap.maju', { terlaporId: desa.id, tanggal: '2026-11-03', data: { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'teguran-tertulis' } });
    expect(e2.message).toContain('diteruskan');
    const fwd = await call(core, 'kasus.tahap.maju', { terlaporId: desa.id, tanggal: '2026-11-03', data: { tahap: 'keputusan', hasil: 'diteruskan', alasan: 'Kepala desa: kewenangan Bupati menurut UU Desa.' } });
    expect(fwd.terlapor[2]).toMatchObject({ tahap: 'keputusan', hasil: 'diteruskan' });
    const audit = await call(core, 'kasus.audit', { kasusId: k.id });
    expect(audit.map((a) => a.aksi)).toEqual(expect.arrayContaining(['buat', 'tambah-terlapor', 'tautkan', 'tahap']));
    core.close();
  });
});

describe('kasus: the procedure', () => {
  it('runs one person to a written reprimand: summons at least 7 working days ahead (holidays skipped), guards, deadlines', async () => {
    const { core, guru, setNow } = setup();
    const k = await call(core, 'kasus.buat', { data: rekomendasi({ pelanggaran: ['SKB-3'] }), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    const id = k.terlapor[0]!.id;
    // the recommendation's follow-up deadline is pending from the start
    expect(k.terlapor[0]!.tenggat.map((t) => [t.kode, t.tanggal, t.lampu])).toEqual([['tindak-lanjut', '2026-11-16', 'aman']]);
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-03', data: { tahap: 'verifikasi', catatan: 'Tangkapan layar diperiksa.' } });
    // a holiday inside the window pushes the earliest examination date by a day
    new LiburRepository(core.db).simpan({ tanggal: '2026-11-05', nama: 'Libur daerah', jenis: 'daerah' }, '2026-11-03T00:00:00Z');
    const libur = new Set(core.db.prepare('SELECT tanggal FROM hari_libur').pluck().all() as string[]);
    const earliest = tambahHariKerja('2026-11-04', 7, libur);
    expect(earliest).toBe('2026-11-16');
    const tooClose = await gagal(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-04', data: { tahap: 'panggilan-1', tanggalPeriksa: '2026-11-13', tempat: 'Ruang Rapat', pemeriksa: atasan } });
    expect(tooClose.code).toBe('TAHAP_DITOLAK');
    expect(tooClose.message).toContain('16 November 2026');
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-04', data: { tahap: 'panggilan-1', tanggalPeriksa: earliest, tempat: 'Ruang Rapat', pemeriksa: atasan } });
    // sedang level expected (SKB-3): the hearing needs a tim pemeriksa
    const noTim = await gagal(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: earliest, data: { tahap: 'pemeriksaan', hadir: true } });
    expect(noTim.message).toContain('tim pemeriksa');
    await call(core, 'kasus.terlapor.tim', { terlaporId: id, tim: [{ ...atasan, peran: 'Ketua' }, { pegawaiId: null, nama: 'Ir. Agus', nip: null, pangkat: null, jabatan: 'Inspektur Pembantu', peran: 'Anggota' }] });
    // a decision needs a report
    const noLhp = await gagal(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: earliest, data: { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'teguran-tertulis' } });
    expect(noLhp.code).toBe('TAHAP_DITOLAK');
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: earliest, data: { tahap: 'pemeriksaan', hadir: true, tempat: 'Ruang Rapat' } });
    await call(core, 'kasus.pemeriksaan.simpan', { terlaporId: id, pasangan: [{ pertanyaan: 'Apakah Saudara sehat?', jawaban: 'Ya.' }] });
    expect((await call(core, 'kasus.pemeriksaan.get', { terlaporId: id })).pasangan).toHaveLength(1);
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-17', data: { tahap: 'lhp', terbukti: true, usulanHukuman: 'teguran-tertulis' } });
    const pej = await call(core, 'kasus.pejabat', { terlaporId: id, hukuman: 'teguran-tertulis' });
    expect(pej.pejabat).toBe('atasan-langsung');
    setNow('2026-11-18T01:00:00Z');
    const dec = await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-18', data: { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'teguran-tertulis' } });
    const t = dec.terlapor[0]!;
    expect(t).toMatchObject({ hasil: 'hukuman', hukuman: 'teguran-tertulis' });
    // delivery within 14 working days of the decree; the follow-up deadline passed on 16 November
    expect(t.tenggat.find((x) => x.kode === 'penyampaian')).toMatchObject({ tanggal: tambahHariKerja('2026-11-18', 14, libur), lampu: 'aman' });
    expect(t.tenggat.find((x) => x.kode === 'tindak-lanjut')).toMatchObject({ lampu: 'lewat' });
    expect(t.lampu).toBe('lewat');
    const home = await call(core, 'kasus.tenggat', {});
    expect(home[0]).toMatchObject({ kasusId: k.id, lampu: 'lewat', label: expect.stringContaining('Tindak lanjut') });

    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-20', data: { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: '2026-11-20' } });
    const early = await gagal(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-23', data: { tahap: 'pencatatan' } });
    expect(early.message).toContain('Masa keberatan');
    const akhir = tambahHariKerja('2026-11-20', 15, libur);
    setNow(`${akhir}T05:00:00Z`);
    const next = tambahHariKerja(akhir, 1, libur);
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: next, data: { tahap: 'pencatatan', sistem: 'SIASN' } });
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: next, data: { tahap: 'tindak-lanjut', nomorSurat: '800/123/BKPSDM', kepada: ['Bawaslu Kabupaten Sukamaju'] } });
    const done = await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: next, data: { tahap: 'selesai' } });
    expect(done.terlapor[0]!.tahap).toBe('selesai');
    expect(done.terlapor[0]!.lampu).toBeNull();
    // a reprimand has no duration: nothing in the register to be "under"
    expect(done.terlapor[0]).toMatchObject({ hukumanMulai: '2026-12-11', hukumanSelesai: null });
    core.close();
  });

  it('a heavy sanction ends after its months; a second summons only after the first examination date passed', async () => {
    const { core, kabid, setNow } = setup();
    const k = await call(core, 'kasus.buat', { data: rekomendasi({ pelanggaran: ['SKB-7'] }), terlapor: [{ jenis: 'pegawai', pegawaiId: kabid.id }] });
    const id = k.terlapor[0]!.id;
    await call(core, 'kasus.terlapor.tim', { terlaporId: id, tim: [{ ...atasan, peran: 'Ketua' }] });
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-02', data: { tahap: 'panggilan-1', tanggalPeriksa: '2026-11-11', tempat: 'Aula', pemeriksa: atasan } });
    const soon = await gagal(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-10', data: { tahap: 'panggilan-2', tanggalPeriksa: '2026-11-25', tempat: 'Aula', pemeriksa: atasan } });
    expect(soon.message).toContain('Panggilan II');
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-11', data: { tahap: 'pemeriksaan', hadir: false } });
    const noSecond = await gagal(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-12', data: { tahap: 'lhp', terbukti: true, usulanHukuman: 'pembebasan-jabatan-12' } });
    expect(noSecond.message).toContain('Panggilan II');
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-12', data: { tahap: 'panggilan-2', tanggalPeriksa: '2026-11-23', tempat: 'Aula', pemeriksa: atasan } });
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-23', data: { tahap: 'pemeriksaan', hadir: false, catatan: 'Tidak hadir tanpa alasan yang sah.' } });
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-24', data: { tahap: 'lhp', terbukti: true, usulanHukuman: 'pembebasan-jabatan-12' } });
    expect((await call(core, 'kasus.pejabat', { terlaporId: id, hukuman: 'pembebasan-jabatan-12' })).pejabat).toBe('ppk');
    setNow('2026-11-25T01:00:00Z');
    await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-25', data: { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'pembebasan-jabatan-12', sanksiMoral: 'terbuka' } });
    const got = await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-26', data: { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: '2026-11-26' } });
    const libur = new Set(core.db.prepare('SELECT tanggal FROM hari_libur').pluck().all() as string[]);
    const mulai = tambahHariKerja('2026-11-26', 15, libur);
    expect(got.terlapor[0]).toMatchObject({ hukumanMulai: mulai, sanksiMoral: 'terbuka' });
    // 12 months: the day before the same date a year later
    const [y, m, d] = mulai.split('-').map(Number) as [number, number, number];
    const end = new Date(Date.UTC(y + 1, m - 1, d - 1)).toISOString().slice(0, 10);
    expect(got.terlapor[0]!.hukumanSelesai).toBe(end);
    core.close();
  });

  it('refuses a step the procedure does not allow next, and a date earlier than the last step', async () => {
    const { core, guru } = setup();
    const k = await call(core, 'kasus.buat', { data: rekomendasi(), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    const id = k.terlapor[0]!.id;
    const skip = await gagal(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-03', data: { tahap: 'penyampaian', cara: 'langsung', tanggalDiterima: '2026-11-03' } });
    expect(skip.code).toBe('TAHAP_DITOLAK');
    expect(skip.message).toContain('Tahap berikutnya yang boleh');
    const back = await gagal(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-01', data: { tahap: 'verifikasi' } });
    expect(back.message).toContain('lebih awal');
    core.close();
  });
});

describe('kasus: nothing is lost', () => {
  it('the audit trail refuses UPDATE and DELETE; cases, people, stages and evidence cannot be deleted', async () => {
    const { core, guru } = setup();
    const k = await call(core, 'kasus.buat', { data: rekomendasi(), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    expect(() => core.db.prepare("UPDATE kasus_audit SET oleh = 'x'").run()).toThrow(/tidak dapat diubah/);
    expect(() => core.db.prepare('DELETE FROM kasus_audit').run()).toThrow(/tidak dapat dihapus/);
    expect(() => core.db.prepare('DELETE FROM kasus WHERE id = ?').run(k.id)).toThrow(/arsipkan/);
    expect(() => core.db.prepare('DELETE FROM kasus_terlapor').run()).toThrow(/arsipkan/);
    expect(() => core.db.prepare('DELETE FROM kasus_tahap').run()).toThrow(/tidak dapat dihapus/);
    const arch = await call(core, 'kasus.arsipkan', { id: k.id, alasan: 'Rekomendasi dicabut Bawaslu.' });
    expect(arch.diarsipkan).toBe(true);
    expect((await call(core, 'kasus.list', {})).total).toBe(0);
    expect((await call(core, 'kasus.list', { arsip: true })).rows[0]!.id).toBe(k.id);
    const locked = await gagal(core, 'kasus.tahap.maju', { terlaporId: k.terlapor[0]!.id, tanggal: '2026-11-03', data: { tahap: 'verifikasi' } });
    expect(locked.code).toBe('DIARSIPKAN');
    await call(core, 'kasus.pulihkan', { id: k.id });
    expect((await call(core, 'kasus.audit', { kasusId: k.id })).map((a) => a.aksi).slice(0, 2)).toEqual(['pulihkan', 'arsipkan']);
    core.close();
  });

  it('evidence is stored once by content under bukti/, typed by its bytes, and a repeat is refused', async () => {
    const { core, guru } = setup();
    const k = await call(core, 'kasus.buat', { data: rekomendasi(), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const src = path.join(tempDir(), 'tangkapan.txt');
    fs.writeFileSync(src, png);
    const token = core.files.register(src);
    const withB = await call(core, 'kasus.bukti.tambah', { kasusId: k.id, file: token, namaBerkas: 'tangkapan.txt', keterangan: 'Unggahan Facebook' });
    expect(withB.bukti[0]).toMatchObject({ jenis: 'gambar', mime: 'image/png', bytes: png.length });
    expect(fs.existsSync(path.join(core.dataDir, 'bukti', `${withB.bukti[0]!.sha256}.png`))).toBe(true);
    // reading the case again names the same file (a refreshed screen does not grow the token table)
    expect((await call(core, 'kasus.get', { id: k.id })).bukti[0]!.file).toBe(withB.bukti[0]!.file);
    expect(core.files.resolve(withB.bukti[0]!.file).name).toBe('tangkapan.txt');
    const dup = await gagal(core, 'kasus.bukti.tambah', { kasusId: k.id, file: token, namaBerkas: 'lagi.png' });
    expect(dup.code).toBe('DUPLIKAT');
    core.close();
  });
});

describe('kasus: corrections', () => {
  it('a corrected step is checked again, changes what it decides, and keeps old and new in the audit trail', async () => {
    const { core, guru } = setup();
    const k = await call(core, 'kasus.buat', { data: rekomendasi({ pelanggaran: [] }), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    const id = k.terlapor[0]!.id;
    const p1 = await call(core, 'kasus.tahap.maju', { terlaporId: id, tanggal: '2026-11-03', data: { tahap: 'panggilan-1', tanggalPeriksa: '2026-11-13', tempat: 'Aula', pemeriksa: atasan } });
    const rec = p1.terlapor[0]!.riwayat.find((r) => r.tahap === 'panggilan-1')!;
    // moving the examination date closer than the rule allows is refused, like a new step
    const bad = await gagal(core, 'kasus.tahap.ubah', { tahapId: rec.id, tanggal: '2026-11-03', data: { tahap: 'panggilan-1', tanggalPeriksa: '2026-11-10', tempat: 'Aula', pemeriksa: atasan }, alasan: 'Salah ketik' });
    expect(bad.code).toBe('TAHAP_DITOLAK');
    const wrongKind = await gagal(core, 'kasus.tahap.ubah', { tahapId: rec.id, tanggal: '2026-11-03', data: { tahap: 'verifikasi' }, alasan: 'x' });
    expect(wrongKind.message).toContain('padahal yang diubah tahap');
    await call(core, 'kasus.tahap.ubah', { tahapId: rec.id, tanggal: '2026-11-03', data: { tahap: 'panggilan-1', tanggalPeriksa: '2026-11-16', tempat: 'Ruang Rapat', pemeriksa: atasan }, alasan: 'Jadwal pemeriksaan diundur' });
    const audit = await call(core, 'kasus.audit', { kasusId: k.id });
    const fix = audit.find((a) => a.aksi === 'ubah-tahap')!;
    expect(JSON.parse(fix.lama!).data.tanggalPeriksa).toBe('2026-11-13');
    expect(JSON.parse(fix.baru!)).toMatchObject({ alasan: 'Jadwal pemeriksaan diundur', data: { tanggalPeriksa: '2026-11-16' } });
    core.close();
  });

  it('editing the intake audits each changed field and refuses an incident date outside the frozen set', async () => {
    const { core, guru } = setup();
    const k = await call(core, 'kasus.buat', { data: rekomendasi(), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    await call(core, 'kasus.ubah', { id: k.id, data: rekomendasi({ lokasi: 'Kecamatan Sukamaju', pelanggaran: ['SKB-7', 'SKB-2'] }) });
    const audit = await call(core, 'kasus.audit', { kasusId: k.id });
    expect(audit.filter((a) => a.aksi === 'ubah').map((a) => a.bidang).sort()).toEqual(['lokasi', 'pelanggaran']);
    expect((await call(core, 'kasus.get', { id: k.id })).pelanggaran).toEqual(['SKB-7', 'SKB-2']);
    const out = await gagal(core, 'kasus.ubah', { id: k.id, data: rekomendasi({ tanggalKejadian: '2021-05-01' }) });
    expect(out.message).toContain('di luar masa berlaku');
    core.close();
  });

  it('lists by light and stage, and the home list orders by due date', async () => {
    const { core, guru, kabid, setNow } = setup();
    const a = await call(core, 'kasus.buat', { data: rekomendasi(), terlapor: [{ jenis: 'pegawai', pegawaiId: guru.id }] });
    const b = await call(core, 'kasus.buat', { data: rekomendasi({ tanggalDiterima: '2026-11-09', nomorSurat: '050/PP' }), terlapor: [{ jenis: 'pegawai', pegawaiId: kabid.id }] });
    setNow('2026-11-12T01:00:00Z');
    // a: due 16 Nov (2 working days: segera), b: due 23 Nov (aman)
    const list = await call(core, 'kasus.list', {});
    expect(list.rows.map((r) => [r.id, r.lampu])).toEqual([
      [b.id, 'aman'],
      [a.id, 'segera'],
    ]);
    expect((await call(core, 'kasus.list', { lampu: 'segera' })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await call(core, 'kasus.list', { teks: 'Rina' })).rows.map((r) => r.id)).toEqual([b.id]);
    setNow('2026-11-19T01:00:00Z');
    const home = await call(core, 'kasus.tenggat', {});
    expect(home.map((h) => [h.kasusId, h.lampu])).toEqual([
      [a.id, 'lewat'],
      [b.id, 'segera'],
    ]);
    await call(core, 'kasus.pengaturan.simpan', { ambangSegera: 1, petugas: 'Siti (BKPSDM)' });
    expect((await call(core, 'kasus.tenggat', {})).map((h) => h.lampu)).toEqual(['lewat']);
    await call(core, 'kasus.arsipkan', { id: a.id, alasan: 'Dobel' });
    expect((await call(core, 'kasus.audit', { kasusId: a.id }))[0]!.oleh).toBe('Siti (BKPSDM)');
    core.close();
  });
});
