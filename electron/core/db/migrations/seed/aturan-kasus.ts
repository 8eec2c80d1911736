import type { z } from 'zod';
import type { AturanInputSchema } from '../../../../../shared/contract/aturan-kasus';

/**
 * The rule sets Netra ships (migration 11), from ../shared/reference/netralitas.md and disiplin.md.
 * Facts the reference marks (verify) carry "periksa" in their basis and are editable in Pengaturan →
 * Aturan kasus. A migration never changes later: a new release adds a set, it does not edit these.
 */
type AturanBawaan = z.input<typeof AturanInputSchema>;

const PP94 = 'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil';
const pasal5n = (angka: number) => `Pasal 5 huruf n angka ${angka} ${PP94}`;

const PNS = ['PNS', 'CPNS'] as const;
const ASN = ['PNS', 'CPNS', 'PPPK', 'PPPK_PARUH_WAKTU'] as const;
const PPPK = ['PPPK', 'PPPK_PARUH_WAKTU'] as const;

const hukuman: AturanBawaan['isi']['hukuman'] = [
  { kode: 'teguran-lisan', nama: 'teguran lisan', tingkat: 'ringan', untuk: [...ASN], akibat: 'Saudara diberi teguran lisan atas pelanggaran tersebut.', dasar: `Pasal 8 ayat (2) huruf a ${PP94}` },
  { kode: 'teguran-tertulis', nama: 'teguran tertulis', tingkat: 'ringan', untuk: [...ASN], akibat: 'Saudara diberi teguran tertulis atas pelanggaran tersebut.', dasar: `Pasal 8 ayat (2) huruf b ${PP94}` },
  { kode: 'pernyataan-tidak-puas', nama: 'pernyataan tidak puas secara tertulis', tingkat: 'ringan', untuk: [...ASN], akibat: 'Saudara diberi pernyataan tidak puas secara tertulis atas pelanggaran tersebut.', dasar: `Pasal 8 ayat (2) huruf c ${PP94}` },
  ...([6, 9, 12] as const).map((bulan, i) => ({
    kode: `potongan-tukin-25-${bulan}`,
    nama: `pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama {durasi}`,
    tingkat: 'sedang' as const,
    untuk: [...ASN],
    durasiBulan: bulan,
    akibat: 'Tunjangan kinerja Saudara dipotong sebesar 25% (dua puluh lima persen) selama {durasi}, terhitung mulai tanggal {mulai} sampai dengan tanggal {selesai}.',
    dasar: `Pasal 8 ayat (3) huruf ${'abc'[i]} ${PP94}`,
  })),
  {
    kode: 'penurunan-jabatan-12',
    nama: 'penurunan jabatan setingkat lebih rendah selama {durasi}',
    tingkat: 'berat',
    untuk: [...PNS],
    durasiBulan: 12,
    akibat: 'Saudara diturunkan jabatannya setingkat lebih rendah selama {durasi}, terhitung mulai tanggal {mulai} sampai dengan tanggal {selesai}.',
    dasar: `Pasal 8 ayat (4) huruf a ${PP94}`,
  },
  {
    kode: 'pembebasan-jabatan-12',
    nama: 'pembebasan dari jabatannya menjadi jabatan pelaksana selama {durasi}',
    tingkat: 'berat',
    untuk: [...PNS],
    durasiBulan: 12,
    akibat: 'Saudara dibebaskan dari jabatannya menjadi jabatan pelaksana selama {durasi}, terhitung mulai tanggal {mulai} sampai dengan tanggal {selesai}.',
    dasar: `Pasal 8 ayat (4) huruf b ${PP94}`,
  },
  {
    kode: 'pemberhentian-dengan-hormat',
    nama: 'pemberhentian dengan hormat tidak atas permintaan sendiri sebagai Pegawai Negeri Sipil',
    tingkat: 'berat',
    untuk: [...PNS],
    tetap: true,
    akibat: 'Saudara diberhentikan dengan hormat tidak atas permintaan sendiri sebagai Pegawai Negeri Sipil terhitung mulai tanggal {mulai}.',
    dasar: `Pasal 8 ayat (4) huruf c ${PP94}`,
  },
  {
    kode: 'pemberhentian-tidak-dengan-hormat',
    nama: 'pemberhentian tidak dengan hormat sebagai Aparatur Sipil Negara',
    tingkat: 'pemberhentian',
    untuk: [...ASN],
    tetap: true,
    akibat: 'Saudara diberhentikan tidak dengan hormat sebagai Aparatur Sipil Negara terhitung mulai tanggal {mulai}.',
    dasar: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (keanggotaan/kepengurusan partai politik; periksa pasalnya)',
  },
  {
    kode: 'pppk-pemutusan-perjanjian',
    nama: 'pemutusan hubungan perjanjian kerja tidak dengan hormat',
    tingkat: 'berat',
    untuk: [...PPPK],
    tetap: true,
    akibat: 'Hubungan perjanjian kerja Saudara diputus tidak dengan hormat terhitung mulai tanggal {mulai}.',
    dasar: 'Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen PPPK (periksa)',
  },
  { kode: 'non-asn-teguran', nama: 'teguran tertulis', tingkat: 'ringan', untuk: ['NON_ASN'], akibat: 'Saudara diberi teguran tertulis atas pelanggaran tersebut.', dasar: 'Ketentuan instansi tentang pegawai Non-ASN (periksa)' },
  { kode: 'non-asn-pemutusan', nama: 'pemutusan perjanjian kerja', tingkat: 'berat', untuk: ['NON_ASN'], tetap: true, akibat: 'Perjanjian kerja Saudara diputus terhitung mulai tanggal {mulai}.', dasar: 'Ketentuan instansi tentang pegawai Non-ASN (periksa)' },
];

const pp94 = (angka: number, uraian: string, tingkat: 'sedang' | 'berat') => ({ kode: `PP94-5N-${angka}`, uraian, tingkat, sanksiMoral: false, pasal: pasal5n(angka), dasar: `${PP94} (tingkat hukuman: periksa)` });

const pelanggaranPp94 = [
  pp94(1, 'ikut kampanye untuk mendukung calon', 'sedang'),
  pp94(2, 'menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS', 'sedang'),
  pp94(3, 'menjadi peserta kampanye dengan mengerahkan PNS lain', 'berat'),
  pp94(4, 'menjadi peserta kampanye dengan menggunakan fasilitas negara', 'berat'),
  pp94(5, 'membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon sebelum, selama, dan sesudah masa kampanye', 'berat'),
  pp94(6, 'mengadakan kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon sebelum, selama, dan sesudah masa kampanye, meliputi pertemuan, ajakan, imbauan, seruan, atau pemberian barang kepada PNS dalam lingkungan unit kerjanya, anggota keluarga, dan masyarakat', 'berat'),
  pp94(7, 'memberikan surat dukungan disertai fotokopi Kartu Tanda Penduduk atau Surat Keterangan Tanda Penduduk', 'sedang'),
];

const skb = (no: number, uraian: string, tingkat: 'sedang' | 'berat' | 'pemberhentian' | 'ditentukan', sanksiMoral = true, contoh: string[] = []) => ({
  kode: `SKB-${no}`,
  uraian,
  tingkat,
  sanksiMoral,
  contoh,
  pasal: `Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN, angka ${no} daftar jenis pelanggaran (periksa)`,
  dasar: 'SKB Netralitas ASN (tingkat hukuman: periksa)',
});

const pelanggaran2022 = [
  skb(1, 'memasang spanduk, baliho, alat peraga, atau atribut lain yang mempromosikan bakal calon atau calon', 'berat'),
  skb(2, 'mempromosikan atau mengampanyekan bakal calon atau calon melalui media sosial atau media daring', 'berat', true, ['mengunggah foto atau video kampanye', 'membuat status dukungan']),
  skb(3, 'melakukan pendekatan kepada partai politik atau masyarakat sebagai bakal calon tanpa cuti di luar tanggungan negara', 'sedang'),
  skb(4, 'menghadiri deklarasi atau kampanye bakal calon atau calon dan memberikan dukungan secara aktif', 'berat'),
  skb(5, 'menjadi anggota atau pengurus partai politik', 'pemberhentian', false),
  skb(6, 'mengunggah, menanggapi, membagikan, menyukai, bergabung, atau mengikuti grup atau akun pemenangan bakal calon atau calon', 'berat', true, ['memberi tanda suka pada unggahan kampanye', 'bergabung dalam grup pemenangan']),
  skb(7, 'memasang foto bersama bakal calon atau tim kampanye dengan simbol tangan atau gerakan dukungan, atribut partai, atau latar belakang kampanye', 'berat'),
  skb(8, 'mengadakan kegiatan yang mengarah kepada keberpihakan kepada partai politik atau calon (pertemuan, ajakan, imbauan, seruan, atau pemberian barang) sebelum, selama, atau sesudah masa kampanye', 'berat'),
  skb(9, 'menjadi tim ahli, tim pemenangan, atau konsultan bakal calon sebelum penetapan calon', 'sedang'),
  skb(10, 'menjadi tim ahli, tim pemenangan, atau konsultan partai politik atau calon sesudah penetapan calon', 'berat'),
  skb(11, 'memberikan surat dukungan atau mengumpulkan fotokopi KTP bagi bakal calon perseorangan', 'sedang'),
  skb(12, 'membuat keputusan atau melakukan tindakan yang menguntungkan atau merugikan partai politik atau calon', 'berat'),
  skb(13, 'pelanggaran lain sesuai ketentuan peraturan perundang-undangan', 'ditentukan'),
];

const kategoriPelapor: AturanBawaan['isi']['kategoriPelapor'] = [
  { kategori: 'Kampanye/sosialisasi di media sosial', sebutan: ['kampanye di media sosial', 'medsos', 'media sosial', 'like/komentar/share'], pelanggaran: ['SKB-2', 'SKB-6', 'SKB-7'] },
  { kategori: 'Menghadiri kegiatan/kampanye peserta pemilihan', sebutan: ['menghadiri kampanye', 'hadir kampanye', 'ikut kampanye'], pelanggaran: ['SKB-4', 'PP94-5N-1'] },
  { kategori: 'Melakukan pendekatan/mendaftarkan diri ke partai politik', sebutan: ['pendekatan partai', 'mendaftar ke parpol', 'mendaftarkan diri'], pelanggaran: ['SKB-3'] },
  { kategori: 'Mendeklarasikan diri sebagai bakal calon', sebutan: ['deklarasi', 'mencalonkan diri', 'deklarasi bakal calon'], pelanggaran: ['SKB-3', 'SKB-4'] },
  { kategori: 'Memasang alat peraga yang mempromosikan calon', sebutan: ['alat peraga', 'spanduk', 'baliho'], pelanggaran: ['SKB-1'] },
  { kategori: 'Membuat keputusan/tindakan yang menguntungkan calon', sebutan: ['keputusan menguntungkan', 'intimidasi', 'mengarahkan'], pelanggaran: ['SKB-12', 'PP94-5N-5'] },
  { kategori: 'Mengadakan kegiatan yang mengarah keberpihakan', sebutan: ['pertemuan', 'ajakan', 'pemberian barang'], pelanggaran: ['SKB-8', 'PP94-5N-6'] },
  { kategori: 'Menjadi anggota/pengurus partai politik', sebutan: ['anggota partai', 'pengurus partai'], pelanggaran: ['SKB-5'] },
  { kategori: 'Memberikan dukungan KTP bagi calon perseorangan', sebutan: ['dukungan KTP', 'fotokopi KTP'], pelanggaran: ['SKB-11', 'PP94-5N-7'] },
];

const tenggat: AturanBawaan['isi']['tenggat'] = [
  { kode: 'jarak-panggilan-1', label: 'Surat Panggilan I paling lambat 7 hari kerja sebelum pemeriksaan', jenis: 'paling-cepat', dari: 'panggilan-1', ke: 'periksa-1', jumlah: 7, satuan: 'hari-kerja', dasar: PP94 },
  { kode: 'jarak-panggilan-2', label: 'Surat Panggilan II paling lambat 7 hari kerja sebelum pemeriksaan', jenis: 'paling-cepat', dari: 'panggilan-2', ke: 'periksa-2', jumlah: 7, satuan: 'hari-kerja', dasar: PP94 },
  { kode: 'panggilan-2-sesudah-1', label: 'Panggilan II paling cepat 7 hari kerja sejak Panggilan I', jenis: 'paling-cepat', dari: 'panggilan-1', ke: 'panggilan-2', jumlah: 7, satuan: 'hari-kerja', dasar: PP94 },
  { kode: 'penyampaian', label: 'Keputusan disampaikan paling lama 14 hari kerja sejak ditetapkan', jenis: 'paling-lambat', dari: 'keputusan', ke: 'penyampaian', jumlah: 14, satuan: 'hari-kerja', dasar: 'Perban BKN 6/2022 (periksa)', periksa: true },
  { kode: 'masa-keberatan', label: 'Keberatan/banding paling lama 15 hari kerja sejak keputusan diterima', jenis: 'tepat', dari: 'penyampaian', ke: 'akhir-keberatan', jumlah: 15, satuan: 'hari-kerja', dasar: `${PP94} (periksa)`, periksa: true },
  { kode: 'mulai-hukuman', label: 'Hukuman berlaku pada hari kerja ke-15 sejak keputusan diterima', jenis: 'tepat', dari: 'penyampaian', ke: 'mulai-hukuman', jumlah: 15, satuan: 'hari-kerja', dasar: `${PP94} (periksa)`, periksa: true },
  { kode: 'tindak-lanjut', label: 'Tindak lanjut rekomendasi dilaporkan paling lama 14 hari sejak diterima', jenis: 'paling-lambat', dari: 'diterima', ke: 'tindak-lanjut', jumlah: 14, satuan: 'hari', dasar: 'SKB Netralitas ASN (periksa)', periksa: true },
];

const j = (jenjang: string, tingkat: string, pejabat: string, label: string, alasan: string) => ({ jenjang, tingkat, pejabat, label, alasan }) as NonNullable<AturanBawaan['isi']['pejabat']>[number];
const PPK = 'Pejabat Pembina Kepegawaian (Bupati/Wali Kota)';
const pejabat: AturanBawaan['isi']['pejabat'] = [
  ...['ringan', 'sedang', 'berat', 'pemberhentian'].map((t) => j('JPT', t, 'ppk', PPK, `${PP94}: PPK menjatuhkan hukuman bagi pejabat pimpinan tinggi (periksa)`)),
  j('ADMINISTRATOR', 'ringan', 'kepala-perangkat-daerah', 'Kepala Perangkat Daerah (Pejabat Pimpinan Tinggi Pratama)', `${PP94}: hukuman ringan bagi administrator oleh pejabat pimpinan tinggi pratama (periksa)`),
  ...['sedang', 'berat', 'pemberhentian'].map((t) => j('ADMINISTRATOR', t, 'ppk', PPK, `${PP94}: hukuman sedang dan berat bagi administrator oleh PPK (periksa)`)),
  j('PENGAWAS', 'ringan', 'atasan-langsung', 'Atasan langsung (Administrator)', `${PP94}: hukuman ringan bagi pengawas oleh administrator (periksa)`),
  j('PENGAWAS', 'sedang', 'kepala-perangkat-daerah', 'Kepala Perangkat Daerah (Pejabat Pimpinan Tinggi Pratama)', `${PP94}: hukuman sedang bagi pengawas oleh pejabat pimpinan tinggi pratama (periksa)`),
  ...['berat', 'pemberhentian'].map((t) => j('PENGAWAS', t, 'ppk', PPK, `${PP94}: hukuman berat oleh PPK`)),
  ...(['FUNGSIONAL', 'PELAKSANA'] as const).flatMap((jj) => [
    j(jj, 'ringan', 'atasan-langsung', 'Atasan langsung', `${PP94}: hukuman ringan oleh atasan langsung (periksa)`),
    j(jj, 'sedang', 'kepala-perangkat-daerah', 'Kepala Perangkat Daerah (Pejabat Pimpinan Tinggi Pratama)', `${PP94}: hukuman sedang oleh pejabat pimpinan tinggi pratama (periksa)`),
    j(jj, 'berat', 'ppk', PPK, `${PP94}: hukuman berat oleh PPK`),
    j(jj, 'pemberhentian', 'ppk', PPK, `${PP94}: pemberhentian oleh PPK`),
  ]),
  ...['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'].map((jj) => j(jj, 'moral', 'ppk', PPK, 'Peraturan Pemerintah Nomor 42 Tahun 2004 Pasal 15: sanksi moral ditetapkan oleh PPK')),
  j('NON-ASN', 'ringan', 'kepala-perangkat-daerah', 'Kepala Perangkat Daerah', 'Ketentuan instansi tentang pegawai Non-ASN (periksa)'),
  j('NON-ASN', 'berat', 'kepala-perangkat-daerah', 'Kepala Perangkat Daerah', 'Ketentuan instansi tentang pegawai Non-ASN (periksa)'),
];

const jalurLuar: AturanBawaan['isi']['jalurLuar'] = [
  { jenis: 'kepala-desa', jalur: 'Diteruskan kepada Bupati/Wali Kota untuk ditangani menurut undang-undang desa (teguran tertulis, pemberhentian sementara, pemberhentian)', tujuan: 'Bupati/Wali Kota melalui Dinas Pemberdayaan Masyarakat dan Desa', dasar: 'Undang-Undang Nomor 6 Tahun 2014 tentang Desa sebagaimana telah diubah (periksa)' },
  { jenis: 'perangkat-desa', jalur: 'Diteruskan kepada kepala desa melalui camat untuk ditangani menurut undang-undang desa', tujuan: 'Kepala desa melalui camat', dasar: 'Undang-Undang Nomor 6 Tahun 2014 tentang Desa sebagaimana telah diubah (periksa)' },
  { jenis: 'instansi-lain', jalur: 'Diteruskan kepada pimpinan instansi tempat yang bersangkutan bekerja', tujuan: 'Pimpinan instansi asal', dasar: '' },
  { jenis: 'tni-polri', jalur: 'Diteruskan kepada kesatuan yang bersangkutan', tujuan: 'Komandan/pimpinan kesatuan', dasar: '' },
  { jenis: 'lainnya', jalur: 'Diteruskan kepada pihak yang berwenang', tujuan: '', dasar: '' },
];

const alur: AturanBawaan['isi']['alur'] = {
  diterima: ['verifikasi', 'panggilan-1', 'keputusan'],
  verifikasi: ['panggilan-1', 'keputusan'],
  'panggilan-1': ['pemeriksaan', 'panggilan-2'],
  'panggilan-2': ['pemeriksaan'],
  pemeriksaan: ['lhp', 'panggilan-2'],
  lhp: ['keputusan'],
  keputusan: ['penyampaian', 'tindak-lanjut', 'selesai'],
  penyampaian: ['keberatan', 'pencatatan'],
  keberatan: ['pencatatan'],
  pencatatan: ['tindak-lanjut'],
  'tindak-lanjut': ['selesai'],
};

const isi = (pelanggaran: AturanBawaan['isi']['pelanggaran']): AturanBawaan['isi'] => ({ pelanggaran, kategoriPelapor, hukuman, tenggat, pejabat, jalurLuar, alur });

/** The 2020 set covers the 2020 Pilkada; the 2022 set the 2024 Pemilu and Pilkada and after. */
export const ATURAN_BAWAAN: AturanBawaan[] = [
  {
    kode: 'SKB-2020',
    nama: 'SKB Netralitas ASN 2020 (Pilkada Serentak 2020)',
    berlakuMulai: '2020-09-10',
    berlakuSampai: '2022-09-21',
    sumber:
      'Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu Nomor 05 Tahun 2020, 800-2836 Tahun 2020, 167/KEP/2020, 6/SKB/KASN/9/2020 (tanggal mulai berlaku: periksa); PP 94/2021 berlaku sejak 31 Agustus 2021.',
    isi: {
      ...isi([...pelanggaran2022.filter((p) => p.kode !== 'SKB-9' && p.kode !== 'SKB-10'), skb(9, 'menjadi tim ahli, tim pemenangan, atau konsultan bakal calon atau calon', 'berat'), ...pelanggaranPp94]),
      catatan: 'Kategori dan tingkat hukuman mengikuti daftar SKB 2020 sebagaimana dirangkum; periksa terhadap lampiran SKB.',
    },
  },
  {
    kode: 'SKB-2022',
    nama: 'SKB Netralitas ASN 2022 (Pemilu dan Pilkada Serentak 2024)',
    berlakuMulai: '2022-09-22',
    berlakuSampai: null,
    sumber:
      'Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu Nomor 2 Tahun 2022, 800-5474 Tahun 2022, 246 Tahun 2022, 30 Tahun 2022, dan 1447.1/PM.01/K.1/09/2022 tanggal 22 September 2022; PP 94/2021; PP 42/2004.',
    isi: isi([...pelanggaran2022, ...pelanggaranPp94]),
  },
];

/** Fixed-date national holidays, seeded for the current and next years and marked "periksa dengan SKB". */
export const LIBUR_TETAP: readonly { bulanHari: string; nama: string }[] = [
  { bulanHari: '01-01', nama: 'Tahun Baru Masehi' },
  { bulanHari: '05-01', nama: 'Hari Buruh Internasional' },
  { bulanHari: '06-01', nama: 'Hari Lahir Pancasila' },
  { bulanHari: '08-17', nama: 'Hari Proklamasi Kemerdekaan Republik Indonesia' },
  { bulanHari: '12-25', nama: 'Hari Raya Natal' },
];

/**
 * Moving holidays and cuti bersama of 2026 as announced in advance (verify against the year's SKB:
 * the seeded rows are marked "periksa").
 */
export const LIBUR_2026: readonly { tanggal: string; nama: string; jenis: 'nasional' | 'cuti-bersama' }[] = [
  { tanggal: '2026-01-16', nama: 'Isra Mikraj Nabi Muhammad SAW', jenis: 'nasional' },
  { tanggal: '2026-02-17', nama: 'Tahun Baru Imlek', jenis: 'nasional' },
  { tanggal: '2026-03-19', nama: 'Hari Suci Nyepi', jenis: 'nasional' },
  { tanggal: '2026-03-20', nama: 'Idul Fitri 1447 H', jenis: 'nasional' },
  { tanggal: '2026-03-21', nama: 'Idul Fitri 1447 H', jenis: 'nasional' },
  { tanggal: '2026-03-23', nama: 'Cuti bersama Idul Fitri', jenis: 'cuti-bersama' },
  { tanggal: '2026-03-24', nama: 'Cuti bersama Idul Fitri', jenis: 'cuti-bersama' },
  { tanggal: '2026-04-03', nama: 'Wafat Yesus Kristus', jenis: 'nasional' },
  { tanggal: '2026-05-14', nama: 'Kenaikan Yesus Kristus', jenis: 'nasional' },
  { tanggal: '2026-05-27', nama: 'Idul Adha 1447 H', jenis: 'nasional' },
  { tanggal: '2026-05-31', nama: 'Hari Raya Waisak', jenis: 'nasional' },
  { tanggal: '2026-06-16', nama: 'Tahun Baru Islam 1448 H', jenis: 'nasional' },
  { tanggal: '2026-08-25', nama: 'Maulid Nabi Muhammad SAW', jenis: 'nasional' },
  { tanggal: '2026-12-24', nama: 'Cuti bersama Hari Raya Natal', jenis: 'cuti-bersama' },
];
