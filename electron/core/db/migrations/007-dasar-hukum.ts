import type { Migration } from './index';

/**
 * The reusable list of legal bases, the page setup per document category, and the shipped texts that
 * cite legal bases by code. Numbers marked `periksa` are plausible readings still to be checked against
 * the official text (verify): the clerk sees them marked and can edit every one.
 */
export interface DasarHukumBawaan {
  kode: string;
  jenis: string;
  sebutan: string;
  nomor: string;
  tahun: number;
  tanggal: string;
  tentang: string;
  ln: string;
  tln: string;
  diubahDengan: string[];
  periksa: boolean;
}

const PILKADA_1_2015 = 'Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang';

export const DASAR_HUKUM_BAWAAN: readonly DasarHukumBawaan[] = [
  { kode: 'UU-23-2014', jenis: 'uu', sebutan: '', nomor: '23', tahun: 2014, tanggal: '2014-09-30', tentang: 'Pemerintahan Daerah', ln: '244', tln: '5587', diubahDengan: ['UU-9-2015', 'UU-6-2023'], periksa: false },
  { kode: 'UU-9-2015', jenis: 'uu', sebutan: '', nomor: '9', tahun: 2015, tanggal: '2015-03-18', tentang: 'Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah', ln: '58', tln: '5679', diubahDengan: [], periksa: false },
  { kode: 'UU-6-2023', jenis: 'uu', sebutan: '', nomor: '6', tahun: 2023, tanggal: '2023-03-31', tentang: 'Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang', ln: '41', tln: '6856', diubahDengan: [], periksa: false },
  { kode: 'UU-20-2023', jenis: 'uu', sebutan: '', nomor: '20', tahun: 2023, tanggal: '2023-10-31', tentang: 'Aparatur Sipil Negara', ln: '141', tln: '6897', diubahDengan: [], periksa: true },
  { kode: 'UU-1-2015', jenis: 'uu', sebutan: '', nomor: '1', tahun: 2015, tanggal: '2015-02-02', tentang: PILKADA_1_2015, ln: '23', tln: '5656', diubahDengan: ['UU-8-2015', 'UU-10-2016', 'UU-6-2020'], periksa: false },
  { kode: 'UU-8-2015', jenis: 'uu', sebutan: '', nomor: '8', tahun: 2015, tanggal: '2015-03-18', tentang: `Perubahan atas Undang-Undang Nomor 1 Tahun 2015 tentang ${PILKADA_1_2015}`, ln: '57', tln: '5678', diubahDengan: [], periksa: false },
  { kode: 'UU-10-2016', jenis: 'uu', sebutan: '', nomor: '10', tahun: 2016, tanggal: '2016-07-01', tentang: `Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang ${PILKADA_1_2015}`, ln: '130', tln: '5898', diubahDengan: [], periksa: false },
  {
    kode: 'UU-6-2020',
    jenis: 'uu',
    sebutan: '',
    nomor: '6',
    tahun: 2020,
    tanggal: '2020-12-11',
    tentang: `Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2020 tentang Perubahan Ketiga atas Undang-Undang Nomor 1 Tahun 2015 tentang ${PILKADA_1_2015} menjadi Undang-Undang`,
    ln: '193',
    tln: '6547',
    diubahDengan: [],
    periksa: true,
  },
  { kode: 'UU-7-2017', jenis: 'uu', sebutan: '', nomor: '7', tahun: 2017, tanggal: '2017-08-16', tentang: 'Pemilihan Umum', ln: '182', tln: '6109', diubahDengan: ['UU-7-2023'], periksa: false },
  {
    kode: 'UU-7-2023',
    jenis: 'uu',
    sebutan: '',
    nomor: '7',
    tahun: 2023,
    tanggal: '',
    tentang: 'Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2022 tentang Perubahan atas Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum menjadi Undang-Undang',
    ln: '',
    tln: '',
    diubahDengan: [],
    periksa: true,
  },
  { kode: 'PP-42-2004', jenis: 'pp', sebutan: '', nomor: '42', tahun: 2004, tanggal: '', tentang: 'Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil', ln: '142', tln: '4450', diubahDengan: [], periksa: true },
  { kode: 'PP-94-2021', jenis: 'pp', sebutan: '', nomor: '94', tahun: 2021, tanggal: '2021-08-31', tentang: 'Disiplin Pegawai Negeri Sipil', ln: '202', tln: '6718', diubahDengan: [], periksa: false },
  { kode: 'PERMENDAGRI-1-2023', jenis: 'permen', sebutan: 'Peraturan Menteri Dalam Negeri', nomor: '1', tahun: 2023, tanggal: '', tentang: 'Tata Naskah Dinas di Lingkungan Pemerintah Daerah', ln: '', tln: '', diubahDengan: [], periksa: true },
  {
    kode: 'SKB-NETRALITAS-2022',
    jenis: 'skb',
    sebutan:
      'Keputusan Bersama Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, Menteri Dalam Negeri, Kepala Badan Kepegawaian Negara, Ketua Komisi Aparatur Sipil Negara, dan Ketua Badan Pengawas Pemilihan Umum',
    nomor: '2 Tahun 2022, Nomor 800-5474 Tahun 2022, Nomor 246 Tahun 2022, Nomor 30 Tahun 2022, dan Nomor 1447.1/PM.01/K.1/09/2022',
    tahun: 2022,
    tanggal: '2022-09-22',
    tentang: 'Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara dalam Penyelenggaraan Pemilihan Umum dan Pemilihan',
    ln: '',
    tln: '',
    diubahDengan: [],
    periksa: true,
  },
];

/** The shipped texts of this release, as they were when it was made (a migration never changes later). */
const TEKS_BARU: Record<string, string> = {
  'sk-satgas': "{\"menimbang\":\"bahwa Aparatur Sipil Negara wajib menjaga netralitas dan tidak berpihak dari segala bentuk pengaruh mana pun dan tidak memihak kepada kepentingan siapa pun;\\nbahwa untuk menjamin netralitas Aparatur Sipil Negara pada {pemilihan} perlu dilakukan pengawasan secara terpadu di lingkungan {pemerintah_daerah};\\nbahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan {pejabat} tentang Pembentukan Satuan Tugas Pengawasan Netralitas Aparatur Sipil Negara pada {pemilihan};\",\"mengingat\":\"UU-23-2014\\nUU-20-2023\\nPP-42-2004\\nPP-94-2021\\nSKB-NETRALITAS-2022\",\"kesatu\":\"Membentuk Satuan Tugas Pengawasan Netralitas Aparatur Sipil Negara pada {pemilihan} di lingkungan {pemerintah_daerah}, dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.\",\"tugasPembuka\":\"Satuan Tugas sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas:\",\"tugas\":\"melakukan sosialisasi dan pembinaan netralitas kepada seluruh pegawai di lingkungan {pemerintah_daerah};\\nmemantau dan mengawasi pelaksanaan netralitas Aparatur Sipil Negara selama tahapan {pemilihan};\\nmenerima, mencatat, dan menindaklanjuti laporan atau rekomendasi dugaan pelanggaran netralitas;\\nmelakukan klarifikasi dan pemeriksaan awal atas dugaan pelanggaran netralitas;\\nmelaporkan pelaksanaan tugas kepada {pejabat} secara berkala.\",\"diktumLain\":\"Segala biaya yang timbul sebagai akibat ditetapkannya Keputusan ini dibebankan pada {beban_anggaran}.\\nKeputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan berakhirnya tahapan {pemilihan}.\"}",
  'surat-edaran': "{\"latarBelakang\":\"Asas netralitas mewajibkan setiap Aparatur Sipil Negara (ASN) tidak berpihak dari segala bentuk pengaruh mana pun dan tidak memihak kepada kepentingan siapa pun. Menjelang {pemilihan} yang pemungutan suaranya dilaksanakan pada tanggal {tanggal_pemungutan}, perlu ditegaskan kembali kewajiban menjaga netralitas bagi seluruh ASN dan pegawai Non-ASN di lingkungan {pemerintah_daerah}.\",\"maksudTujuan\":\"Surat Edaran ini dimaksudkan sebagai pedoman bagi seluruh pegawai di lingkungan {pemerintah_daerah} dalam menjaga netralitas, dengan tujuan agar pelayanan publik tetap berjalan profesional, adil, dan bebas dari kepentingan politik praktis selama tahapan {pemilihan}.\",\"ruangLingkup\":\"Ruang lingkup Surat Edaran ini meliputi Pegawai Negeri Sipil, Calon Pegawai Negeri Sipil, Pegawai Pemerintah dengan Perjanjian Kerja, dan pegawai Non-ASN pada seluruh Perangkat Daerah, Kecamatan, dan Kelurahan di lingkungan {pemerintah_daerah}.\",\"dasar\":\"UU-20-2023\\nUU-1-2015\\nPP-42-2004\\nPP-94-2021\\nSKB-NETRALITAS-2022\",\"isiPembuka\":\"Sehubungan dengan hal tersebut, seluruh ASN dan pegawai Non-ASN di lingkungan {pemerintah_daerah} dilarang:\",\"larangan\":\"memasang spanduk, baliho, alat peraga, atau atribut lain yang mempromosikan bakal calon atau calon;\\nmempromosikan, mengampanyekan, atau menyebarkan citra diri bakal calon atau calon melalui media sosial maupun media daring lainnya;\\nmemberikan tanda suka, komentar, membagikan, atau mengikuti akun dan grup pemenangan bakal calon atau calon;\\nmenghadiri deklarasi atau kampanye dan memberikan dukungan secara aktif kepada bakal calon atau calon;\\nberfoto bersama bakal calon, calon, atau tim kampanye dengan simbol tangan atau gerakan yang menunjukkan keberpihakan;\\nmengadakan kegiatan yang mengarah kepada keberpihakan, termasuk pertemuan, ajakan, imbauan, seruan, atau pemberian barang kepada pegawai, keluarga, dan masyarakat;\\nmenjadi anggota atau pengurus partai politik, tim sukses, atau konsultan bakal calon atau calon;\\nmemberikan surat dukungan disertai fotokopi KTP, atau mengumpulkan fotokopi KTP, bagi bakal calon perseorangan;\\nmembuat keputusan atau melakukan tindakan yang menguntungkan atau merugikan pasangan calon; dan\\nmenggunakan fasilitas negara untuk kepentingan kampanye.\",\"arahan\":\"Kepala Perangkat Daerah, Camat, dan Lurah agar menyosialisasikan Surat Edaran ini kepada seluruh pegawai di unit kerjanya dan melakukan pengawasan melekat.\\nPelanggaran terhadap ketentuan netralitas dikenai sanksi moral dan/atau hukuman disiplin sesuai ketentuan peraturan perundang-undangan.\\nDugaan pelanggaran netralitas dilaporkan kepada {kepala_daerah} melalui Badan Kepegawaian dan Pengembangan Sumber Daya Manusia.\",\"penutup\":\"Demikian Surat Edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab.\",\"letakYth\":\"sesudah-judul\"}",
};

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const STAMP = '2026-12-01T00:00:00.000Z';

export const m007: Migration = {
  version: 7,
  name: 'dasar hukum, halaman per kategori dokumen',
  sql: /* sql */ `
CREATE TABLE dasar_hukum (
  id INTEGER PRIMARY KEY,
  kode TEXT NOT NULL,
  jenis TEXT NOT NULL,
  sebutan TEXT NOT NULL DEFAULT '',
  nomor TEXT NOT NULL,
  tahun INTEGER NOT NULL,
  -- ISO date of enactment, '' when unknown (the year orders it)
  tanggal TEXT NOT NULL DEFAULT '',
  tentang TEXT NOT NULL,
  ln TEXT NOT NULL DEFAULT '',
  tln TEXT NOT NULL DEFAULT '',
  -- JSON array of the kode of each amending entry
  diubah_dengan TEXT NOT NULL DEFAULT '[]',
  periksa INTEGER NOT NULL DEFAULT 0,
  bawaan INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX dasar_hukum_kode ON dasar_hukum (kode COLLATE NOCASE);
INSERT INTO dasar_hukum (kode, jenis, sebutan, nomor, tahun, tanggal, tentang, ln, tln, diubah_dengan, periksa, bawaan, created_at, updated_at) VALUES
${DASAR_HUKUM_BAWAAN.map(
  (d) =>
    `  (${[d.kode, d.jenis, d.sebutan, d.nomor].map(q).join(', ')}, ${d.tahun}, ${[d.tanggal, d.tentang, d.ln, d.tln, JSON.stringify(d.diubahDengan)].map(q).join(', ')}, ${d.periksa ? 1 : 0}, 1, '${STAMP}', '${STAMP}')`,
).join(',\n')};

-- The one saved page setup becomes the letters' (korespondensi) setup under the same key; decrees and
-- circulars (penetapan) keep its paper and margins in Bookman Old Style 12 (format-dokumen.md).
INSERT INTO pengaturan (kunci, nilai, updated_at)
  SELECT 'dokumen.halaman.penetapan', json_set(nilai, '$.font', 'Bookman Old Style', '$.fontSizePt', 12), updated_at
  FROM pengaturan WHERE kunci = 'dokumen.halaman';

-- Texts never edited (only the shipped version 1) move to this release's texts as version 2; texts
-- the clerk edited stay theirs (their typed citations still build, sorted).
${Object.entries(TEKS_BARU)
  .map(
    ([jenis, teks]) => `INSERT INTO teks_dokumen (jenis, versi, teks, catatan, created_at)
  SELECT ${q(jenis)}, 2, ${q(teks)}, 'Teks bawaan Netra (pembaruan: dasar hukum dari daftar, Memperhatikan, tanda baca rincian)', '${STAMP}'
  WHERE (SELECT MAX(versi) FROM teks_dokumen WHERE jenis = ${q(jenis)}) = 1
    AND (SELECT catatan FROM teks_dokumen WHERE jenis = ${q(jenis)} AND versi = 1) = 'Teks bawaan Netra';`,
  )
  .join('\n')}
`,
};
