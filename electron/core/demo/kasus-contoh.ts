import type { PejabatKasus } from '../../../shared/contract/kasus';
import { tambahHariKerja } from '../../../shared/domain/hari-kerja';
import { KasusContohRepository } from '../db/repositories/kasus-contoh';
import type { Db } from '../db/open';
import type { KasusService } from '../services/kasus';

/**
 * A few cases of the synthetic "Kabupaten Sukamaju" at different stages, dated back from today so
 * the lights and the home screen have something to show. Only into a registry without cases.
 */
export function seedKasusContoh(db: Db, kasus: KasusService, hariIni: string): number {
  const repo = new KasusContohRepository(db);
  if (repo.adaKasus()) return 0;
  const libur = repo.libur();
  const hk = (n: number) => tambahHariKerja(hariIni, n, libur);
  // staff with a NIP from different offices: a teacher, a head of section, a village-level officer
  const guru = repo.pegawai('PNS', 'FUNGSIONAL');
  const kabid = repo.pegawai('PNS', 'ADMINISTRATOR');
  const staf = repo.pegawai('PNS', 'PELAKSANA');
  const pppk = repo.pegawai('PPPK', null);
  if (!guru || !kabid || !staf) return 0;
  const pemeriksa: PejabatKasus = { pegawaiId: null, nama: 'Drs. Hadi Wijaya, M.Si.', nip: '197001011995031001', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'Kepala Bidang Pembinaan dan Disiplin', peran: 'Ketua' };
  const base = {
    pelapor: 'Bawaslu Kabupaten Sukamaju',
    tanggalSurat: null,
    lokasi: 'Kabupaten Sukamaju',
    pemilihan: 'Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026',
    rekomendasi: 'Meminta Pejabat Pembina Kepegawaian menindaklanjuti dugaan pelanggaran netralitas sesuai ketentuan peraturan perundang-undangan.',
  };
  let n = 0;
  // 1: just received from Bawaslu, two employees and a village head
  const a = kasus.buat({
    data: { ...base, sumber: 'bawaslu', nomorSurat: '112/PP.01.02/K.JT-07/11/2026', tanggalDiterima: hk(-2), tanggalKejadian: hk(-12), kronologi: 'Terlapor mengunggah foto bersama pasangan calon dengan simbol jari dan menulis ajakan memilih di akun Facebook pribadinya.', kategoriPelapor: 'Kampanye/sosialisasi di media sosial', pelanggaran: ['SKB-7', 'SKB-2'] },
    terlapor: [
      { jenis: 'pegawai', pegawaiId: guru, keterangan: '' },
      ...(pppk ? [{ jenis: 'pegawai' as const, pegawaiId: pppk, keterangan: '' }] : []),
      { jenis: 'luar', luarJenis: 'kepala-desa', nama: 'Sutrisno', jabatan: 'Kepala Desa Mekarsari', instansi: 'Desa Mekarsari, Kecamatan Sukamaju', keterangan: 'Hadir dan berorasi dalam kampanye.' },
    ],
    aturanId: null,
  });
  n++;
  // 2: summoned, the examination is next week (a tim pemeriksa formed)
  const b = kasus.buat({
    data: { ...base, sumber: 'bkn', pelapor: 'Badan Kepegawaian Negara', nomorSurat: 'B-2710/R-AK.02.03/SD/K/2026', tanggalDiterima: hk(-8), tanggalKejadian: hk(-20), kronologi: 'Terlapor menghadiri deklarasi bakal calon dan menyampaikan dukungan di atas panggung.', kategoriPelapor: 'Menghadiri kegiatan/kampanye peserta pemilihan', pelanggaran: ['SKB-4'] },
    terlapor: [{ jenis: 'pegawai', pegawaiId: kabid, keterangan: '' }],
    aturanId: null,
  });
  const tb = b.terlapor[0]!.id;
  kasus.tim(tb, [pemeriksa, { pegawaiId: null, nama: 'Ir. Agus Priyanto, M.T.', nip: '197010101997031005', pangkat: 'Pembina (IV/a)', jabatan: 'Inspektur Pembantu Wilayah I', peran: 'Anggota' }]);
  kasus.maju(tb, hk(-7), { tahap: 'verifikasi', catatan: 'Video deklarasi dan daftar hadir diperiksa.' });
  kasus.maju(tb, hk(-6), { tahap: 'panggilan-1', tanggalPeriksa: hk(3), jam: '09.00', tempat: 'Ruang Rapat BKPSDM', pemeriksa });
  n++;
  // 3: decided (written reprimand) and waiting to be delivered: its 14-working-day window is running
  const c = kasus.buat({
    data: { ...base, sumber: 'lapor', pelapor: 'Pengaduan masyarakat melalui SP4N-LAPOR!', nomorSurat: 'LAPOR-5519207', tanggalDiterima: hk(-30), tanggalKejadian: hk(-40), kronologi: 'Terlapor mendatangi kantor partai politik dan menyatakan siap dicalonkan sebagai bakal calon wakil bupati tanpa mengajukan cuti di luar tanggungan negara.', kategoriPelapor: 'Melakukan pendekatan/mendaftarkan diri ke partai politik', pelanggaran: ['SKB-3'] },
    terlapor: [{ jenis: 'pegawai', pegawaiId: staf, keterangan: '' }],
    aturanId: null,
  });
  const tc = c.terlapor[0]!.id;
  kasus.tim(tc, [pemeriksa]);
  kasus.maju(tc, hk(-29), { tahap: 'panggilan-1', tanggalPeriksa: hk(-20), jam: '09.00', tempat: 'Ruang Rapat BKPSDM', pemeriksa });
  kasus.maju(tc, hk(-20), { tahap: 'pemeriksaan', hadir: true, tempat: 'Ruang Rapat BKPSDM', jam: '09.00', menolakTandaTangan: false, catatan: '' });
  kasus.simpanPemeriksaan(tc, [
    { pertanyaan: 'Apakah Saudara dalam keadaan sehat jasmani dan rohani serta bersedia diperiksa?', jawaban: 'Ya, saya sehat dan bersedia.' },
    { pertanyaan: 'Apakah benar pada tanggal tersebut Saudara mendatangi kantor partai politik?', jawaban: 'Benar, saya datang memenuhi undangan pengurus.' },
    { pertanyaan: 'Apakah Saudara sudah mengajukan cuti di luar tanggungan negara?', jawaban: 'Belum. Saya sudah menarik diri dari pencalonan.' },
  ]);
  kasus.maju(tc, hk(-18), { tahap: 'lhp', terbukti: true, bentuk: 'Melakukan pendekatan kepada partai politik sebagai bakal calon tanpa cuti di luar tanggungan negara', waktu: '', tempat: 'Kantor DPC partai politik di Sukamaju', memberatkan: '', meringankan: 'Mengakui perbuatan dan menarik diri dari pencalonan', dampak: 'Diberitakan media lokal', usulanHukuman: 'potongan-tukin-25-6', usulanSanksiMoral: 'tertutup' });
  kasus.maju(tc, hk(-12), { tahap: 'keputusan', hasil: 'hukuman', hukuman: 'potongan-tukin-25-6', sanksiMoral: 'tertutup', alasan: '', pejabatLain: null });
  n++;
  return a ? n : n - 1;
}
