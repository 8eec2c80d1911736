/**
 * Violation cases (kasus) and the disciplinary procedure: the vocabulary the UI, the core and the
 * CLI share. Legal numbers (sanction durations, deadlines, articles) are never here: they are rule
 * sets (aturan kasus) with a validity period, stored in the database and frozen onto each case.
 */

/** Where a report or recommendation comes from. */
export const SUMBER_KASUS = ['bawaslu', 'bkn', 'kasn', 'lapor', 'pengaduan-bkn', 'pengaduan', 'satgas', 'inspektorat', 'media', 'lainnya'] as const;
export type SumberKasus = (typeof SUMBER_KASUS)[number];
export const SUMBER_LABEL: Record<SumberKasus, string> = {
  bawaslu: 'Bawaslu',
  bkn: 'Badan Kepegawaian Negara',
  kasn: 'Komisi Aparatur Sipil Negara (sebelum dibubarkan)',
  lapor: 'Pengaduan masyarakat (SP4N-LAPOR!)',
  'pengaduan-bkn': 'Kanal pengaduan BKN',
  pengaduan: 'Pengaduan langsung ke instansi',
  satgas: 'Satgas Netralitas ASN',
  inspektorat: 'Inspektorat (APIP)',
  media: 'Pemberitaan media',
  lainnya: 'Lainnya',
};

/**
 * Who a case is about: someone in the registry; someone not yet identified (name and description
 * only, to be linked later); or someone outside the registry, who takes the route their kind has
 * in the rule set (a kepala desa goes to the Bupati under the village law; another instansi's staff
 * are forwarded to it).
 */
export const JENIS_TERLAPOR = ['pegawai', 'belum-dikenal', 'luar'] as const;
export type JenisTerlapor = (typeof JENIS_TERLAPOR)[number];

/**
 * The stages of one reported person's procedure, in order. Which stage may follow which is the
 * rule set's `alur`; what a stage needs before it may be entered is a guard in the service.
 */
export const TAHAP = [
  'diterima',
  'verifikasi',
  'panggilan-1',
  'panggilan-2',
  'pemeriksaan',
  'lhp',
  'keputusan',
  'penyampaian',
  'keberatan',
  'pencatatan',
  'tindak-lanjut',
  'selesai',
] as const;
export type Tahap = (typeof TAHAP)[number];
export const TAHAP_LABEL: Record<Tahap, string> = {
  diterima: 'Diterima dan diregistrasi',
  verifikasi: 'Verifikasi / klarifikasi',
  'panggilan-1': 'Panggilan I',
  'panggilan-2': 'Panggilan II',
  pemeriksaan: 'Pemeriksaan',
  lhp: 'Laporan hasil pemeriksaan',
  keputusan: 'Keputusan',
  penyampaian: 'Penyampaian keputusan',
  keberatan: 'Masa keberatan / banding',
  pencatatan: 'Dicatat di SIASN / I\u2019DIS',
  'tindak-lanjut': 'Tindak lanjut dilaporkan',
  selesai: 'Selesai',
};

/** How a decision ends the examination. `diteruskan`: sent to the body that has authority (outside the registry). */
export const HASIL_KEPUTUSAN = ['hukuman', 'tidak-terbukti', 'dihentikan', 'diteruskan'] as const;
export type HasilKeputusan = (typeof HASIL_KEPUTUSAN)[number];
export const HASIL_LABEL: Record<HasilKeputusan, string> = {
  hukuman: 'Dijatuhi hukuman / sanksi',
  'tidak-terbukti': 'Tidak terbukti',
  dihentikan: 'Dihentikan',
  diteruskan: 'Diteruskan ke instansi yang berwenang',
};

/** Levels of a sanction: PP 94/2021 levels, the moral sanction of PP 42/2004, and the worst outcome outside them. */
export const TINGKAT_HUKUMAN = ['ringan', 'sedang', 'berat', 'moral', 'pemberhentian', 'ditentukan'] as const;
export type TingkatHukuman = (typeof TINGKAT_HUKUMAN)[number];
export const TINGKAT_LABEL: Record<TingkatHukuman, string> = {
  ringan: 'Ringan',
  sedang: 'Sedang',
  berat: 'Berat',
  moral: 'Sanksi moral',
  pemberhentian: 'Pemberhentian',
  ditentukan: 'Sesuai keputusan',
};

/**
 * Named dates of a person's procedure that deadline rules count from and to. Each is read from the
 * stage records (`tanggalTitik` in the service); `mulai-hukuman` and `akhir-keberatan` are derived
 * by rules of kind `tepat`.
 */
export const TITIK = [
  'diterima',
  'verifikasi',
  'panggilan-1',
  'periksa-1',
  'panggilan-2',
  'periksa-2',
  'pemeriksaan',
  'lhp',
  'keputusan',
  'penyampaian',
  'akhir-keberatan',
  'mulai-hukuman',
  'pencatatan',
  'tindak-lanjut',
] as const;
export type Titik = (typeof TITIK)[number];
export const TITIK_LABEL: Record<Titik, string> = {
  diterima: 'tanggal laporan/rekomendasi diterima',
  verifikasi: 'tanggal verifikasi',
  'panggilan-1': 'tanggal Surat Panggilan I',
  'periksa-1': 'tanggal pemeriksaan menurut Panggilan I',
  'panggilan-2': 'tanggal Surat Panggilan II',
  'periksa-2': 'tanggal pemeriksaan menurut Panggilan II',
  pemeriksaan: 'tanggal pemeriksaan',
  lhp: 'tanggal laporan hasil pemeriksaan',
  keputusan: 'tanggal keputusan',
  penyampaian: 'tanggal keputusan diterima yang bersangkutan',
  'akhir-keberatan': 'akhir masa keberatan',
  'mulai-hukuman': 'mulai berlakunya hukuman',
  pencatatan: 'tanggal dicatat di SIASN / I\u2019DIS',
  'tindak-lanjut': 'tanggal tindak lanjut dilaporkan',
};

/**
 * `paling-lambat`: `ke` must come no later than `jumlah` units after `dari` (a deadline with a
 * traffic light). `paling-cepat`: `ke` may come no earlier (a guard, e.g. a summons at least 7
 * working days ahead). `tepat`: `ke` is exactly that date (a derived date, e.g. when a sanction starts).
 */
export const JENIS_TENGGAT = ['paling-lambat', 'paling-cepat', 'tepat'] as const;
export type JenisTenggat = (typeof JENIS_TENGGAT)[number];

export const SATUAN_TENGGAT = ['hari-kerja', 'hari', 'bulan'] as const;
export const SATUAN_LABEL: Record<(typeof SATUAN_TENGGAT)[number], string> = { 'hari-kerja': 'hari kerja', hari: 'hari kalender', bulan: 'bulan' };

/** The position classes the deciding-official table is keyed by (from jenis jabatan and eselon). */
export const JENJANG_JABATAN = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA', 'NON-ASN'] as const;
export type JenjangJabatan = (typeof JENJANG_JABATAN)[number];

/** Traffic light of a deadline. */
export type Lampu = 'aman' | 'segera' | 'lewat';

/** Kinds of people outside the registry a report may name. */
export const JENIS_LUAR = ['kepala-desa', 'perangkat-desa', 'instansi-lain', 'tni-polri', 'lainnya'] as const;
export type JenisLuar = (typeof JENIS_LUAR)[number];
export const JENIS_LUAR_LABEL: Record<JenisLuar, string> = {
  'kepala-desa': 'Kepala desa',
  'perangkat-desa': 'Perangkat desa',
  'instansi-lain': 'Pegawai instansi lain',
  'tni-polri': 'Anggota TNI/Polri',
  lainnya: 'Lainnya',
};

/** Moral sanction of PP 42/2004: a statement delivered in a closed meeting, or announced openly. */
export const SANKSI_MORAL = ['tertutup', 'terbuka'] as const;
export type SanksiMoral = (typeof SANKSI_MORAL)[number];
