/**
 * Word lists for the demo registry of the fictional "Kabupaten Sukamaju": perangkat daerah and their
 * units, jabatan, personal names, degrees and birthplaces. Pure data; the generator is in `generate.ts`.
 */

import type { JenisUnit } from '../../../shared/domain/pegawai';

export type Pendidikan = 'SMP' | 'SMA' | 'D3' | 'S1' | 'S2';

/** A jabatan fungsional; the jenjang (Ahli Pertama, Terampil …) is added from the golongan. */
export interface FungsionalSeed {
  jenis: 'FUNGSIONAL';
  nama: string;
  jalur: 'keahlian' | 'keterampilan';
  /** Education of entry; default S1 for keahlian, D3 for keterampilan. */
  pendidikan?: Pendidikan;
  /** Degrees after the name for that education (one is picked); '' for none. */
  gelar: readonly string[];
  /** Second degree added for some holders of a keahlian post. */
  gelarS2?: readonly string[];
  /** Professional title before the name (`dr.`, `drg.`, `apt.`, `drh.`). */
  gelarDepan?: string;
  /** Share of women; default 0.5. */
  perempuan?: number;
}

export interface PelaksanaSeed {
  jenis: 'PELAKSANA';
  nama: string;
  pendidikan: readonly Pendidikan[];
  perempuan?: number;
}

export type JabatanSeed = FungsionalSeed | PelaksanaSeed;

const K = (nama: string, gelar: readonly string[], more: Partial<FungsionalSeed> = {}): FungsionalSeed => ({
  jenis: 'FUNGSIONAL',
  nama,
  jalur: 'keahlian',
  gelar,
  ...more,
});
const T = (nama: string, gelar: readonly string[], more: Partial<FungsionalSeed> = {}): FungsionalSeed => ({
  jenis: 'FUNGSIONAL',
  nama,
  jalur: 'keterampilan',
  gelar,
  ...more,
});
const P = (nama: string, pendidikan: readonly Pendidikan[], perempuan?: number): PelaksanaSeed => ({
  jenis: 'PELAKSANA',
  nama,
  pendidikan,
  ...(perempuan === undefined ? {} : { perempuan }),
});

export const JABATAN = {
  // pelaksana
  'pengadministrasi-umum': P('Pengadministrasi Umum', ['SMA', 'SMA', 'D3', 'S1']),
  'pengadministrasi-perkantoran': P('Pengadministrasi Perkantoran', ['SMA', 'D3']),
  'pengadministrasi-persuratan': P('Pengadministrasi Persuratan', ['SMA']),
  'pengelola-keuangan': P('Pengelola Keuangan', ['D3', 'S1']),
  'penata-laporan-keuangan': P('Penata Laporan Keuangan', ['S1']),
  'pengolah-data': P('Pengolah Data dan Informasi', ['D3', 'S1']),
  'pengelola-bmd': P('Pengelola Barang Milik Daerah', ['D3', 'S1']),
  'pengelola-kepegawaian': P('Pengelola Kepegawaian', ['SMA', 'D3', 'S1']),
  'pramu-bakti': P('Pramu Bakti', ['SMP', 'SMA'], 0.3),
  'pengemudi': P('Pengemudi', ['SMP', 'SMA'], 0),
  'pengelola-pajak': P('Pengelola Pajak Daerah', ['D3', 'S1']),
  'pengadministrasi-kependudukan': P('Pengadministrasi Kependudukan', ['SMA', 'D3']),
  'petugas-damkar': P('Petugas Pemadam Kebakaran', ['SMA'], 0.05),
  'pengelola-perizinan': P('Pengelola Perizinan', ['D3', 'S1']),
  'pengelola-pengaduan': P('Pengelola Pengaduan Masyarakat', ['D3', 'S1']),
  'teknisi-jalan': P('Teknisi Jalan dan Jembatan', ['SMA', 'D3'], 0.1),
  'pengatur-lalu-lintas': P('Pengatur Lalu Lintas', ['SMA'], 0.1),
  'pengelola-bencana': P('Pengelola Penanggulangan Bencana', ['SMA', 'D3', 'S1'], 0.3),
  'pengelola-data-politik': P('Pengelola Data Ormas dan Partai Politik', ['D3', 'S1']),
  // fungsional keahlian
  guru: K('Guru', ['S.Pd.', 'S.Pd.', 'S.Pd.', 'S.Pd.I.', 'S.Si.', 'S.Pd.SD.'], { gelarS2: ['M.Pd.'], perempuan: 0.65 }),
  'pengawas-sekolah': K('Pengawas Sekolah', ['S.Pd.'], { gelarS2: ['M.Pd.'] }),
  penilik: K('Penilik', ['S.Pd.', 'S.Sos.']),
  'perawat-ners': K('Perawat', ['S.Kep., Ns.'], { gelarS2: ['M.Kep.'], perempuan: 0.7 }),
  'bidan-ahli': K('Bidan', ['S.Tr.Keb.', 'S.Keb., Bd.'], { perempuan: 1 }),
  dokter: K('Dokter', [''], { gelarDepan: 'dr.', gelarS2: ['M.Kes.'] }),
  'dokter-spesialis': K('Dokter', ['Sp.PD.', 'Sp.A.', 'Sp.OG.', 'Sp.B.', 'Sp.An.', 'Sp.Rad.', 'Sp.P.', 'Sp.JP.', 'Sp.M.', 'Sp.N.'], {
    gelarDepan: 'dr.',
    pendidikan: 'S2',
  }),
  'dokter-gigi': K('Dokter Gigi', [''], { gelarDepan: 'drg.', perempuan: 0.7 }),
  apoteker: K('Apoteker', ['S.Farm.'], { gelarDepan: 'apt.', perempuan: 0.75 }),
  epidemiolog: K('Epidemiolog Kesehatan', ['S.K.M.'], { gelarS2: ['M.Epid.', 'M.K.M.'] }),
  'penyuluh-kesmas': K('Penyuluh Kesehatan Masyarakat', ['S.K.M.'], { perempuan: 0.65 }),
  'administrator-kesehatan': K('Administrator Kesehatan', ['S.K.M.'], { gelarS2: ['M.Kes.', 'M.K.M.'] }),
  'analis-kepegawaian': K('Analis Kepegawaian', ['S.Sos.', 'S.IP.', 'S.H.', 'S.E.', 'S.AP.'], { gelarS2: ['M.Si.', 'M.A.P.'] }),
  'analis-sdm': K('Analis Sumber Daya Manusia Aparatur', ['S.Sos.', 'S.IP.', 'S.Psi.', 'S.AP.'], { gelarS2: ['M.Si.', 'M.A.P.'] }),
  'asesor-sdm': K('Asesor Sumber Daya Manusia Aparatur', ['S.Psi.'], { gelarS2: ['M.Psi.'] }),
  auditor: K('Auditor', ['S.E.', 'S.Ak.', 'S.E.'], { gelarS2: ['M.Ak.', 'M.M.'] }),
  p2upd: K('Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', ['S.IP.', 'S.H.', 'S.STP.']),
  perencana: K('Perencana', ['S.T.', 'S.E.', 'S.P.', 'S.Si.', 'S.PWK.'], { gelarS2: ['M.T.', 'M.Si.', 'M.E.'] }),
  'analis-kebijakan': K('Analis Kebijakan', ['S.Sos.', 'S.IP.', 'S.H.', 'S.AP.'], { gelarS2: ['M.Si.', 'M.A.P.'] }),
  'analis-keuangan': K('Analis Keuangan Pusat dan Daerah', ['S.E.', 'S.Ak.'], { gelarS2: ['M.Ak.'] }),
  'penilai-pajak': K('Penilai Pajak Bumi dan Bangunan', ['S.E.', 'S.T.']),
  'pranata-komputer-ahli': K('Pranata Komputer', ['S.Kom.', 'S.T.'], { gelarS2: ['M.Kom.'], perempuan: 0.35 }),
  'pranata-humas': K('Pranata Hubungan Masyarakat', ['S.I.Kom.', 'S.Sos.']),
  statistisi: K('Statistisi', ['S.Si.', 'S.Stat.']),
  'perancang-uu': K('Perancang Peraturan Perundang-undangan', ['S.H.'], { gelarS2: ['M.H.'] }),
  'analis-hukum': K('Analis Hukum', ['S.H.'], { gelarS2: ['M.H.'] }),
  'pengelola-pbj': K('Pengelola Pengadaan Barang/Jasa', ['S.E.', 'S.T.', 'S.Kom.']),
  'teknik-jalan': K('Teknik Jalan dan Jembatan', ['S.T.'], { gelarS2: ['M.T.'], perempuan: 0.2 }),
  'teknik-pengairan': K('Teknik Pengairan', ['S.T.'], { gelarS2: ['M.T.'], perempuan: 0.2 }),
  'teknik-tata-bangunan': K('Teknik Tata Bangunan dan Perumahan', ['S.T.'], { perempuan: 0.3 }),
  'penata-ruang': K('Penata Ruang', ['S.T.', 'S.PWK.']),
  'pekerja-sosial': K('Pekerja Sosial', ['S.Sos.', 'S.Tr.Sos.'], { perempuan: 0.6 }),
  'penyuluh-sosial': K('Penyuluh Sosial', ['S.Sos.']),
  adminduk: K('Administrator Database Kependudukan', ['S.Kom.', 'S.T.']),
  'penyuluh-pertanian': K('Penyuluh Pertanian', ['S.P.', 'S.TP.', 'S.Pt.'], { perempuan: 0.35 }),
  'medik-veteriner': K('Medik Veteriner', [''], { gelarDepan: 'drh.' }),
  'pengendali-dampak': K('Pengendali Dampak Lingkungan', ['S.T.', 'S.Si.'], { gelarS2: ['M.Si.', 'M.T.'] }),
  'penata-penanaman-modal': K('Penata Kelola Penanaman Modal', ['S.E.', 'S.IP.']),
  pustakawan: K('Pustakawan', ['S.IP.', 'S.Hum.', 'S.I.Pus.'], { perempuan: 0.65 }),
  arsiparis: K('Arsiparis', ['S.IP.', 'S.Hum.', 'S.Sos.'], { perempuan: 0.6 }),
  'penyuluh-kb': K('Penyuluh Keluarga Berencana', ['S.Sos.', 'S.K.M.'], { perempuan: 0.65 }),
  'penggerak-swadaya': K('Penggerak Swadaya Masyarakat', ['S.Sos.', 'S.IP.']),
  'pengawas-perdagangan': K('Pengawas Perdagangan', ['S.E.']),
  adyatama: K('Adyatama Kepariwisataan dan Ekonomi Kreatif', ['S.Par.', 'S.E.']),
  'pamong-budaya': K('Pamong Budaya', ['S.S.', 'S.Sn.']),
  'analis-ketahanan-pangan': K('Analis Ketahanan Pangan', ['S.P.', 'S.TP.']),
  'pengelola-perikanan': K('Pengelola Produksi Perikanan Tangkap', ['S.Pi.'], { perempuan: 0.25 }),
  'analis-kebencanaan': K('Analis Kebencanaan', ['S.T.', 'S.Si.', 'S.Sos.'], { perempuan: 0.3 }),
  'analis-kebakaran': K('Analis Kebakaran', ['S.T.'], { perempuan: 0.15 }),
  // fungsional keterampilan
  perawat: T('Perawat', ['A.Md.Kep.'], { perempuan: 0.7 }),
  bidan: T('Bidan', ['A.Md.Keb.'], { perempuan: 1 }),
  nutrisionis: T('Nutrisionis', ['A.Md.Gz.'], { perempuan: 0.8 }),
  sanitarian: T('Sanitarian', ['A.Md.KL.']),
  'pranata-lab': T('Pranata Laboratorium Kesehatan', ['A.Md.AK.'], { perempuan: 0.7 }),
  'perekam-medis': T('Perekam Medis', ['A.Md.RMIK.'], { perempuan: 0.7 }),
  radiografer: T('Radiografer', ['A.Md.Rad.']),
  fisioterapis: T('Fisioterapis', ['A.Md.Ftr.']),
  'asisten-apoteker': T('Asisten Apoteker', ['A.Md.Farm.'], { perempuan: 0.8 }),
  'pranata-sdm': T('Pranata Sumber Daya Manusia Aparatur', ['A.Md.', '']),
  'pranata-komputer': T('Pranata Komputer', ['A.Md.Kom.', 'A.Md.'], { perempuan: 0.35 }),
  'arsiparis-terampil': T('Arsiparis', ['A.Md.', 'A.Md.Ars.'], { perempuan: 0.6 }),
  'pustakawan-terampil': T('Pustakawan', ['A.Md.'], { perempuan: 0.65 }),
  polpp: T('Polisi Pamong Praja', [''], { pendidikan: 'SMA', perempuan: 0.2 }),
  damkar: T('Pemadam Kebakaran', [''], { pendidikan: 'SMA', perempuan: 0.05 }),
  'penguji-kendaraan': T('Penguji Kendaraan Bermotor', ['A.Md.', 'A.Md.T.'], { perempuan: 0.15 }),
  'penyuluh-pertanian-terampil': T('Penyuluh Pertanian', ['A.Md.P.', 'A.Md.'], { perempuan: 0.35 }),
  popt: T('Pengendali Organisme Pengganggu Tumbuhan', ['A.Md.P.']),
  'paramedik-veteriner': T('Paramedik Veteriner', ['A.Md.Vet.', 'A.Md.Pt.']),
  penera: T('Penera', ['A.Md.']),
  sandiman: T('Sandiman', ['A.Md.', '']),
} satisfies Record<string, JabatanSeed>;

export type JabatanKey = keyof typeof JABATAN;
/** A jabatan and its relative weight in a pool. */
export type Pool = readonly (readonly [JabatanKey, number])[];

/** Every office has these. */
export const KANTOR: Pool = [
  ['pengadministrasi-umum', 5],
  ['pengadministrasi-perkantoran', 3],
  ['pengadministrasi-persuratan', 1],
  ['pengelola-keuangan', 3],
  ['penata-laporan-keuangan', 1],
  ['pengolah-data', 2],
  ['pengelola-bmd', 1],
  ['pengelola-kepegawaian', 1],
  ['pramu-bakti', 1],
  ['pengemudi', 1],
  ['arsiparis-terampil', 1],
  ['pranata-komputer', 1],
  ['analis-kebijakan', 1],
  ['perencana', 1],
];

export const SEKOLAH_POOL: Pool = [
  ['guru', 40],
  ['pengadministrasi-perkantoran', 2],
  ['pengelola-keuangan', 1],
  ['pramu-bakti', 1],
];

export const PUSKESMAS_POOL: Pool = [
  ['perawat', 10],
  ['perawat-ners', 4],
  ['bidan', 10],
  ['bidan-ahli', 2],
  ['dokter', 3],
  ['dokter-gigi', 1],
  ['apoteker', 1],
  ['asisten-apoteker', 1],
  ['nutrisionis', 1],
  ['sanitarian', 1],
  ['pranata-lab', 1],
  ['perekam-medis', 1],
  ['penyuluh-kesmas', 1],
  ['pengadministrasi-umum', 2],
  ['pengelola-keuangan', 1],
];

export const RSUD_POOL: Pool = [
  ['perawat', 18],
  ['perawat-ners', 10],
  ['bidan', 5],
  ['bidan-ahli', 1],
  ['dokter', 3],
  ['dokter-spesialis', 4],
  ['dokter-gigi', 1],
  ['apoteker', 2],
  ['asisten-apoteker', 2],
  ['nutrisionis', 1],
  ['pranata-lab', 2],
  ['perekam-medis', 2],
  ['radiografer', 1],
  ['fisioterapis', 1],
  ['administrator-kesehatan', 1],
  ['pengadministrasi-umum', 3],
  ['pengelola-keuangan', 2],
  ['pengemudi', 1],
];

/** Degree profiles of structural officials by field of study: title before the name, first and second degree. */
export interface GelarProfil {
  depan?: string;
  s1: string;
  s2: readonly string[];
}

export type BidangIlmu = 'umum' | 'pendidikan' | 'kesehatan' | 'teknik' | 'pertanian' | 'hukum' | 'ekonomi' | 'komputer';

export const GELAR_ILMU: Record<BidangIlmu, readonly GelarProfil[]> = {
  umum: [
    { s1: 'S.Sos.', s2: ['M.Si.', 'M.A.P.'] },
    { s1: 'S.IP.', s2: ['M.Si.', 'M.A.P.'] },
    { s1: 'S.STP.', s2: ['M.Si.', 'M.A.P.', 'M.M.'] },
    { s1: 'S.E.', s2: ['M.M.', 'M.Si.'] },
    { s1: 'S.H.', s2: ['M.H.'] },
    { s1: 'S.AP.', s2: ['M.A.P.'] },
    { s1: 'S.Pd.', s2: ['M.M.', 'M.Pd.'] },
    { s1: 'S.Kom.', s2: ['M.Kom.', 'M.M.'] },
    { s1: 'S.T.', s2: ['M.T.', 'M.M.'] },
  ],
  pendidikan: [
    { s1: 'S.Pd.', s2: ['M.Pd.', 'M.M.'] },
    { s1: 'S.Pd.I.', s2: ['M.Pd.I.', 'M.Pd.'] },
  ],
  kesehatan: [
    { depan: 'dr.', s1: '', s2: ['M.Kes.', 'M.K.M.', 'M.M.R.S.'] },
    { s1: 'S.K.M.', s2: ['M.Kes.', 'M.K.M.'] },
    { s1: 'S.Kep., Ns.', s2: ['M.Kep.', 'M.Kes.'] },
  ],
  teknik: [{ s1: 'S.T.', s2: ['M.T.', 'M.Eng.', 'M.M.'] }],
  pertanian: [
    { s1: 'S.P.', s2: ['M.P.', 'M.Si.'] },
    { s1: 'S.Pt.', s2: ['M.Si.'] },
    { s1: 'S.Pi.', s2: ['M.Si.'] },
  ],
  hukum: [{ s1: 'S.H.', s2: ['M.H.', 'M.Kn.'] }],
  ekonomi: [
    { s1: 'S.E.', s2: ['M.M.', 'M.Ak.', 'M.E.'] },
    { s1: 'S.Ak.', s2: ['M.Ak.'] },
  ],
  komputer: [
    { s1: 'S.Kom.', s2: ['M.Kom.', 'M.T.I.'] },
    { s1: 'S.T.', s2: ['M.T.'] },
  ],
};

/** Degrees of pelaksana by education. */
export const GELAR_D3: readonly string[] = ['A.Md.', 'A.Md.', 'A.Md.Ak.', 'A.Md.Kom.', 'A.Md.A.B.'];

/** Degrees older graduates wrote before the name instead of the modern S1 degree after it. */
export const GELAR_LAMA: Readonly<Record<string, { L: string; P: string }>> = {
  'S.Sos.': { L: 'Drs.', P: 'Dra.' },
  'S.E.': { L: 'Drs.', P: 'Dra.' },
  'S.Pd.': { L: 'Drs.', P: 'Dra.' },
  'S.IP.': { L: 'Drs.', P: 'Dra.' },
  'S.T.': { L: 'Ir.', P: 'Ir.' },
  'S.P.': { L: 'Ir.', P: 'Ir.' },
};

// ---------------------------------------------------------------------------------------------
// Units

export interface StrukturalSeed {
  jabatan: string;
  jenis: 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS';
  eselon: string;
}

export interface SubUnitSeed {
  nama: string;
  singkatan?: string;
  jenis: Exclude<JenisUnit, 'PERANGKAT_DAERAH'>;
  kepala?: StrukturalSeed;
  /** Further structural posts inside the unit (Kepala Subbagian …). */
  struktural?: readonly StrukturalSeed[];
  /** Share of the perangkat daerah's general staff. */
  bobot: number;
  pool?: Pool;
  nonAsn?: readonly string[];
}

export interface PerangkatDaerahSeed {
  nama: string;
  singkatan: string | null;
  kepala: StrukturalSeed;
  ilmu: BidangIlmu;
  /** Relative number of staff of the whole perangkat daerah. */
  bobot: number;
  /** Share of the general staff placed in the perangkat daerah itself (relative to the sub-units' bobot). */
  bobotInti: number;
  pool: Pool;
  sub: readonly SubUnitSeed[];
  /** Structural posts in the perangkat daerah itself besides the head. */
  struktural?: readonly StrukturalSeed[];
  /** Share of non-ASN staff among the general staff; default 0.07. */
  porsiNonAsn?: number;
}

const pengawas = (jabatan: string, eselon = 'IV.a'): StrukturalSeed => ({ jabatan, jenis: 'PENGAWAS', eselon });
const administrator = (jabatan: string, eselon = 'III.b'): StrukturalSeed => ({ jabatan, jenis: 'ADMINISTRATOR', eselon });
const jpt = (jabatan: string, eselon = 'II.b'): StrukturalSeed => ({ jabatan, jenis: 'JPT', eselon });

function sekretariat(pd: string, bobot = 2): SubUnitSeed {
  return {
    nama: `Sekretariat ${pd}`,
    jenis: 'BIDANG',
    kepala: administrator(`Sekretaris ${pd}`, 'III.a'),
    struktural: [pengawas('Kepala Subbagian Umum dan Kepegawaian'), pengawas('Kepala Subbagian Perencanaan dan Keuangan')],
    bobot,
    pool: KANTOR,
  };
}
const bidang = (nama: string, bobot = 1.5): SubUnitSeed => ({
  nama: `Bidang ${nama}`,
  jenis: 'BIDANG',
  kepala: administrator(`Kepala Bidang ${nama}`),
  bobot,
});
const bagian = (nama: string, eselon: string, struktural: readonly string[] = [], bobot = 1.5): SubUnitSeed => ({
  nama: `Bagian ${nama}`,
  jenis: 'BIDANG',
  kepala: administrator(`Kepala Bagian ${nama}`, eselon),
  struktural: struktural.map((j) => pengawas(j)),
  bobot,
});
const upt = (nama: string, bobot = 2, pool?: Pool, nonAsn?: readonly string[]): SubUnitSeed => ({
  nama: `UPT ${nama}`,
  jenis: 'UPT',
  kepala: pengawas(`Kepala UPT ${nama}`),
  bobot,
  ...(pool ? { pool } : {}),
  ...(nonAsn ? { nonAsn } : {}),
});

const dinas = (
  nama: string,
  singkatan: string | null,
  ilmu: BidangIlmu,
  bobot: number,
  pool: Pool,
  sub: readonly SubUnitSeed[],
  more: Partial<PerangkatDaerahSeed> = {},
): PerangkatDaerahSeed => ({
  nama,
  singkatan,
  kepala: jpt(`Kepala ${nama}`),
  ilmu,
  bobot,
  bobotInti: 1,
  pool: [...pool, ...KANTOR],
  sub: [sekretariat(nama), ...sub],
  ...more,
});

export const KECAMATAN = [
  'Sukamaju',
  'Sukamaju Utara',
  'Cibening',
  'Sindangsari',
  'Karanganyar',
  'Margamulya',
  'Tanjungsari',
  'Sumberjaya',
] as const;

const KELURAHAN: Readonly<Record<string, readonly string[]>> = {
  Sukamaju: ['Sukamaju', 'Sukamulya', 'Pasirjaya'],
  'Sukamaju Utara': ['Cempaka'],
};

export const NON_ASN_KANTOR: readonly string[] = [
  'Tenaga Administrasi',
  'Tenaga Administrasi',
  'Operator Komputer',
  'Pengemudi',
  'Petugas Keamanan',
  'Petugas Kebersihan',
  'Pramu Bakti',
  'Tenaga Teknis',
];
const NON_ASN_SEKOLAH = ['Guru Honorer', 'Guru Honorer', 'Guru Honorer', 'Operator Sekolah', 'Penjaga Sekolah', 'Tenaga Administrasi Sekolah'];
const NON_ASN_KESEHATAN = ['Tenaga Kesehatan', 'Tenaga Kesehatan', 'Petugas Kebersihan', 'Petugas Keamanan', 'Pengemudi Ambulans', 'Tenaga Administrasi'];

const sekolah: SubUnitSeed[] = KECAMATAN.flatMap((k, i) => [
  ...[1, 2, 3, 4].map(
    (n): SubUnitSeed => ({ nama: `SD Negeri ${n} ${k}`, jenis: 'SEKOLAH', bobot: 1, pool: SEKOLAH_POOL, nonAsn: NON_ASN_SEKOLAH }),
  ),
  ...(i < 2 ? [1, 2] : [1]).map(
    (n): SubUnitSeed => ({ nama: `SMP Negeri ${n} ${k}`, jenis: 'SEKOLAH', bobot: 1.6, pool: SEKOLAH_POOL, nonAsn: NON_ASN_SEKOLAH }),
  ),
]);

const puskesmas: SubUnitSeed[] = KECAMATAN.map((k) => upt(`Puskesmas ${k}`, 3, PUSKESMAS_POOL, NON_ASN_KESEHATAN));

export const PERANGKAT_DAERAH: readonly PerangkatDaerahSeed[] = [
  {
    nama: 'Sekretariat Daerah',
    singkatan: 'Setda',
    kepala: jpt('Sekretaris Daerah', 'II.a'),
    ilmu: 'umum',
    bobot: 50,
    bobotInti: 1,
    pool: [['perancang-uu', 2], ['analis-hukum', 2], ['analis-kebijakan', 2], ['pengelola-pbj', 2], ['pranata-humas', 1], ...KANTOR],
    struktural: [
      jpt('Asisten Pemerintahan dan Kesejahteraan Rakyat'),
      jpt('Asisten Perekonomian dan Pembangunan'),
      jpt('Asisten Administrasi Umum'),
      jpt('Staf Ahli Bupati Bidang Hukum, Politik dan Pemerintahan'),
      jpt('Staf Ahli Bupati Bidang Ekonomi dan Pembangunan'),
    ],
    sub: [
      bagian('Pemerintahan', 'III.a', ['Kepala Subbagian Otonomi Daerah', 'Kepala Subbagian Administrasi Kewilayahan']),
      bagian('Hukum', 'III.a', ['Kepala Subbagian Peraturan Perundang-undangan', 'Kepala Subbagian Bantuan Hukum']),
      bagian('Organisasi', 'III.a'),
      bagian('Kesejahteraan Rakyat', 'III.a'),
      bagian('Perekonomian dan Sumber Daya Alam', 'III.a'),
      bagian('Administrasi Pembangunan', 'III.a'),
      bagian('Pengadaan Barang dan Jasa', 'III.a'),
      bagian('Umum', 'III.a', ['Kepala Subbagian Tata Usaha Pimpinan', 'Kepala Subbagian Rumah Tangga'], 2.5),
      bagian('Protokol dan Komunikasi Pimpinan', 'III.a'),
      bagian('Perencanaan dan Keuangan', 'III.a'),
    ],
  },
  {
    nama: 'Sekretariat Dewan Perwakilan Rakyat Daerah',
    singkatan: 'Setwan',
    kepala: jpt('Sekretaris Dewan Perwakilan Rakyat Daerah'),
    ilmu: 'umum',
    bobot: 22,
    bobotInti: 1,
    pool: [['analis-kebijakan', 2], ['perancang-uu', 1], ...KANTOR],
    sub: [
      bagian('Umum dan Keuangan', 'III.b', ['Kepala Subbagian Tata Usaha dan Kepegawaian', 'Kepala Subbagian Keuangan'], 2.5),
      bagian('Persidangan dan Perundang-undangan', 'III.b'),
      bagian('Fasilitasi Penganggaran dan Pengawasan', 'III.b'),
      bagian('Hubungan Masyarakat dan Protokol', 'III.b'),
    ],
  },
  {
    nama: 'Inspektorat Daerah',
    singkatan: 'Inspektorat',
    kepala: jpt('Inspektur Daerah'),
    ilmu: 'ekonomi',
    bobot: 25,
    bobotInti: 1,
    pool: [['auditor', 8], ['p2upd', 5], ...KANTOR],
    sub: [
      sekretariat('Inspektorat Daerah'),
      ...['I', 'II', 'III', 'IV'].map(
        (w): SubUnitSeed => ({
          nama: `Inspektorat Pembantu Wilayah ${w}`,
          jenis: 'BIDANG',
          kepala: administrator(`Inspektur Pembantu Wilayah ${w}`, 'III.a'),
          bobot: 1.5,
          pool: [['auditor', 3], ['p2upd', 2]],
        }),
      ),
    ],
  },
  dinas('Badan Perencanaan Pembangunan Daerah', 'Bappeda', 'teknik', 22, [['perencana', 10]], [
    bidang('Perencanaan Pemerintahan dan Pembangunan Manusia'),
    bidang('Perencanaan Perekonomian dan Sumber Daya Alam'),
    bidang('Perencanaan Infrastruktur dan Kewilayahan'),
    bidang('Penelitian, Pengembangan dan Evaluasi'),
  ]),
  dinas(
    'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    'BKPSDM',
    'umum',
    25,
    [['analis-kepegawaian', 6], ['analis-sdm', 4], ['asesor-sdm', 1], ['pranata-sdm', 3], ['pengelola-kepegawaian', 4]],
    [
      bidang('Pengadaan, Pemberhentian dan Informasi Kepegawaian'),
      bidang('Mutasi dan Promosi'),
      bidang('Pengembangan Kompetensi Aparatur'),
      bidang('Penilaian Kinerja Aparatur dan Penghargaan'),
    ],
  ),
  dinas(
    'Badan Pengelolaan Keuangan dan Aset Daerah',
    'BPKAD',
    'ekonomi',
    30,
    [['analis-keuangan', 5], ['penata-laporan-keuangan', 4], ['pengelola-keuangan', 4], ['pengelola-bmd', 3]],
    [bidang('Anggaran'), bidang('Perbendaharaan'), bidang('Akuntansi'), bidang('Aset')],
  ),
  dinas('Badan Pendapatan Daerah', 'Bapenda', 'ekonomi', 28, [['penilai-pajak', 3], ['pengelola-pajak', 8], ['analis-keuangan', 2]], [
    bidang('Pendataan dan Penetapan'),
    bidang('Penagihan dan Keberatan'),
    bidang('Pajak Bumi dan Bangunan'),
    bidang('Pengembangan dan Pengendalian Pendapatan'),
  ]),
  dinas(
    'Dinas Pendidikan',
    'Disdik',
    'pendidikan',
    720,
    [['pengawas-sekolah', 5], ['penilik', 2]],
    [
      bidang('Pembinaan Sekolah Dasar'),
      bidang('Pembinaan Sekolah Menengah Pertama'),
      bidang('Pendidikan Anak Usia Dini dan Pendidikan Nonformal'),
      bidang('Guru dan Tenaga Kependidikan'),
      ...sekolah,
    ],
  ),
  dinas(
    'Dinas Kesehatan',
    'Dinkes',
    'kesehatan',
    230,
    [['administrator-kesehatan', 3], ['epidemiolog', 2], ['penyuluh-kesmas', 2], ['sanitarian', 2], ['nutrisionis', 1], ['apoteker', 1]],
    [
      bidang('Kesehatan Masyarakat'),
      bidang('Pencegahan dan Pengendalian Penyakit'),
      bidang('Pelayanan Kesehatan'),
      bidang('Sumber Daya Kesehatan'),
      ...puskesmas,
      upt('Laboratorium Kesehatan Daerah', 1, [['pranata-lab', 4], ['dokter', 1], ['pengadministrasi-umum', 1]]),
    ],
  ),
  {
    nama: 'Rumah Sakit Umum Daerah Sukamaju',
    singkatan: 'RSUD',
    kepala: jpt('Direktur Rumah Sakit Umum Daerah Sukamaju'),
    ilmu: 'kesehatan',
    bobot: 170,
    bobotInti: 6,
    pool: RSUD_POOL,
    sub: [
      bagian('Tata Usaha', 'III.b', ['Kepala Subbagian Umum dan Kepegawaian RSUD', 'Kepala Subbagian Keuangan RSUD'], 1),
      bidang('Pelayanan Medik', 1),
      bidang('Keperawatan', 1),
      bidang('Penunjang Medik', 1),
    ],
    porsiNonAsn: 0.1,
  },
  dinas(
    'Dinas Pekerjaan Umum dan Penataan Ruang',
    'Dinas PUPR',
    'teknik',
    45,
    [['teknik-jalan', 4], ['teknik-pengairan', 3], ['teknik-tata-bangunan', 2], ['penata-ruang', 2], ['teknisi-jalan', 4]],
    [bidang('Bina Marga'), bidang('Sumber Daya Air'), bidang('Cipta Karya'), bidang('Penataan Ruang'), upt('Peralatan dan Perbengkelan', 1)],
  ),
  dinas('Dinas Perhubungan', 'Dishub', 'teknik', 30, [['penguji-kendaraan', 3], ['pengatur-lalu-lintas', 5]], [
    bidang('Lalu Lintas'),
    bidang('Angkutan'),
    bidang('Sarana dan Prasarana Perhubungan'),
    upt('Pengujian Kendaraan Bermotor', 1.5),
    upt('Terminal Tipe C Sukamaju', 1),
  ]),
  dinas('Dinas Sosial', 'Dinsos', 'umum', 22, [['pekerja-sosial', 5], ['penyuluh-sosial', 2]], [
    bidang('Rehabilitasi Sosial'),
    bidang('Perlindungan dan Jaminan Sosial'),
    bidang('Pemberdayaan Sosial dan Penanganan Fakir Miskin'),
  ]),
  dinas(
    'Dinas Kependudukan dan Pencatatan Sipil',
    'Disdukcapil',
    'komputer',
    28,
    [['adminduk', 4], ['pengadministrasi-kependudukan', 8]],
    [
      bidang('Pelayanan Pendaftaran Penduduk'),
      bidang('Pelayanan Pencatatan Sipil'),
      bidang('Pengelolaan Informasi Administrasi Kependudukan'),
      bidang('Pemanfaatan Data dan Inovasi Pelayanan'),
    ],
  ),
  dinas(
    'Satuan Polisi Pamong Praja',
    'Satpol PP',
    'hukum',
    45,
    [['polpp', 14], ['damkar', 5], ['petugas-damkar', 3], ['analis-kebakaran', 1]],
    [
      bidang('Penegakan Peraturan Daerah'),
      bidang('Ketertiban Umum dan Ketenteraman Masyarakat'),
      bidang('Perlindungan Masyarakat'),
      bidang('Pemadam Kebakaran dan Penyelamatan', 2.5),
    ],
  ),
  dinas('Badan Kesatuan Bangsa dan Politik', 'Kesbangpol', 'umum', 16, [['analis-kebijakan', 4], ['pengelola-data-politik', 4]], [
    bidang('Ideologi, Wawasan Kebangsaan dan Karakter Bangsa'),
    bidang('Politik Dalam Negeri dan Organisasi Kemasyarakatan'),
    bidang('Kewaspadaan Nasional dan Penanganan Konflik'),
  ]),
  dinas(
    'Badan Penanggulangan Bencana Daerah',
    'BPBD',
    'teknik',
    20,
    [['analis-kebencanaan', 3], ['pengelola-bencana', 6]],
    [bidang('Pencegahan dan Kesiapsiagaan'), bidang('Kedaruratan dan Logistik'), bidang('Rehabilitasi dan Rekonstruksi')],
    { kepala: jpt('Kepala Pelaksana Badan Penanggulangan Bencana Daerah') },
  ),
  dinas(
    'Dinas Pertanian',
    'Distan',
    'pertanian',
    45,
    [['penyuluh-pertanian', 8], ['penyuluh-pertanian-terampil', 5], ['popt', 2], ['medik-veteriner', 1], ['paramedik-veteriner', 2]],
    [
      bidang('Tanaman Pangan dan Hortikultura'),
      bidang('Perkebunan'),
      bidang('Peternakan dan Kesehatan Hewan'),
      bidang('Penyuluhan Pertanian'),
      upt('Balai Penyuluhan Pertanian Cibening', 2, [['penyuluh-pertanian', 3], ['penyuluh-pertanian-terampil', 2]]),
      upt('Balai Penyuluhan Pertanian Sumberjaya', 2, [['penyuluh-pertanian', 3], ['penyuluh-pertanian-terampil', 2]]),
    ],
  ),
  dinas(
    'Dinas Lingkungan Hidup',
    'DLH',
    'teknik',
    35,
    [['pengendali-dampak', 4]],
    [
      bidang('Tata Lingkungan'),
      bidang('Pengendalian Pencemaran dan Kerusakan Lingkungan'),
      bidang('Pengelolaan Sampah dan Limbah B3'),
      upt('Tempat Pemrosesan Akhir Sampah', 2, undefined, ['Petugas Kebersihan', 'Pengemudi Truk Sampah', 'Operator Alat Berat']),
    ],
    { porsiNonAsn: 0.25 },
  ),
  dinas(
    'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    'DPMPTSP',
    'umum',
    20,
    [['penata-penanaman-modal', 3], ['pengelola-perizinan', 5], ['pengelola-pengaduan', 2]],
    [
      bidang('Pelayanan Perizinan dan Nonperizinan'),
      bidang('Promosi dan Pengembangan Iklim Penanaman Modal'),
      bidang('Pengendalian dan Pengaduan'),
    ],
  ),
  dinas(
    'Dinas Komunikasi dan Informatika',
    'Diskominfo',
    'komputer',
    22,
    [['pranata-komputer-ahli', 4], ['pranata-komputer', 3], ['pranata-humas', 3], ['statistisi', 1], ['sandiman', 1]],
    [bidang('Informasi dan Komunikasi Publik'), bidang('Aplikasi Informatika'), bidang('Statistik dan Persandian')],
  ),
  dinas('Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD', 'umum', 16, [['penggerak-swadaya', 4]], [
    bidang('Pemerintahan Desa'),
    bidang('Pemberdayaan Masyarakat Desa'),
    bidang('Pengembangan Ekonomi Desa'),
  ]),
  dinas(
    'Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak',
    'DP2KBP3A',
    'kesehatan',
    22,
    [['penyuluh-kb', 8]],
    [bidang('Pengendalian Penduduk dan Keluarga Berencana'), bidang('Pemberdayaan Perempuan'), bidang('Perlindungan Anak')],
  ),
  dinas(
    'Dinas Perpustakaan dan Kearsipan',
    'Dispusip',
    'umum',
    14,
    [['pustakawan', 3], ['pustakawan-terampil', 3], ['arsiparis', 2], ['arsiparis-terampil', 2]],
    [bidang('Perpustakaan'), bidang('Kearsipan')],
  ),
  dinas(
    'Dinas Ketahanan Pangan dan Perikanan',
    'DKPP',
    'pertanian',
    20,
    [['analis-ketahanan-pangan', 3], ['pengelola-perikanan', 3]],
    [bidang('Ketersediaan dan Distribusi Pangan'), bidang('Konsumsi dan Keamanan Pangan'), bidang('Perikanan')],
  ),
  dinas(
    'Dinas Koperasi, Usaha Mikro, Perdagangan dan Perindustrian',
    'Diskumdagin',
    'ekonomi',
    20,
    [['pengawas-perdagangan', 3], ['penera', 2]],
    [bidang('Koperasi dan Usaha Mikro'), bidang('Perdagangan'), bidang('Perindustrian'), upt('Metrologi Legal', 1)],
  ),
  dinas(
    'Dinas Pariwisata, Kepemudaan dan Olahraga',
    'Disparpora',
    'umum',
    16,
    [['adyatama', 3], ['pamong-budaya', 2]],
    [bidang('Pariwisata'), bidang('Kepemudaan'), bidang('Olahraga')],
  ),
  ...KECAMATAN.map(
    (k): PerangkatDaerahSeed => ({
      nama: `Kecamatan ${k}`,
      singkatan: null,
      kepala: administrator(`Camat ${k}`, 'III.a'),
      ilmu: 'umum',
      bobot: 18,
      bobotInti: 3,
      pool: [['analis-kebijakan', 1], ['pengadministrasi-kependudukan', 3], ...KANTOR],
      struktural: [
        pengawas('Kepala Seksi Pemerintahan'),
        pengawas('Kepala Seksi Ketenteraman dan Ketertiban Umum'),
        pengawas('Kepala Seksi Pemberdayaan Masyarakat dan Desa'),
      ],
      sub: [
        {
          nama: `Sekretariat Kecamatan ${k}`,
          jenis: 'BIDANG',
          kepala: administrator(`Sekretaris Kecamatan ${k}`, 'III.b'),
          struktural: [pengawas('Kepala Subbagian Umum dan Kepegawaian')],
          bobot: 1.5,
          pool: KANTOR,
        },
        ...(KELURAHAN[k] ?? []).map(
          (kel): SubUnitSeed => ({
            nama: `Kelurahan ${kel}`,
            jenis: 'LAINNYA',
            kepala: pengawas(`Lurah ${kel}`),
            bobot: 1,
            pool: [['pengadministrasi-umum', 3], ['pengadministrasi-kependudukan', 2], ['pengelola-keuangan', 1]],
          }),
        ),
      ],
    }),
  ),
];

// ---------------------------------------------------------------------------------------------
// People

export interface KelompokNama {
  nama: string;
  bobot: number;
  laki: readonly string[];
  perempuan: readonly string[];
  belakangLaki: readonly string[];
  belakangPerempuan: readonly string[];
  /** Chance that a second (family) name is added. */
  pakaiBelakang: number;
  tempatLahir: readonly string[];
}

export const KELOMPOK_NAMA: readonly KelompokNama[] = [
  {
    nama: 'Sunda',
    bobot: 28,
    laki: ['Asep', 'Dede', 'Ujang', 'Cecep', 'Dadang', 'Yayan', 'Ade', 'Iwan', 'Wawan', 'Dedi', 'Yana', 'Jajang', 'Aceng', 'Deden', 'Encep', 'Nana', 'Rahmat', 'Agus', 'Ridwan', 'Hendra'],
    perempuan: ['Euis', 'Iis', 'Neneng', 'Enung', 'Cucu', 'Imas', 'Yeni', 'Lilis', 'Nining', 'Rina', 'Dewi', 'Ai', 'Eti', 'Nia', 'Tati', 'Yati', 'Elis', 'Wulan', 'Siti', 'Ika'],
    belakangLaki: ['Saepudin', 'Supriatna', 'Sopyan', 'Kurniawan', 'Hermawan', 'Suryana', 'Rohmat', 'Hidayat', 'Sunarya', 'Permana', 'Mulyana', 'Setiadi', 'Gunawan', 'Sukmana', 'Rustandi', 'Sumpena', 'Firmansyah', 'Nugraha'],
    belakangPerempuan: ['Komariah', 'Rohaeti', 'Hasanah', 'Nurhasanah', 'Rohayati', 'Kurniasih', 'Suryani', 'Mulyani', 'Herawati', 'Sumiati', 'Maryani', 'Nurjanah', 'Fitriani', 'Rosmiati', 'Juwita', 'Sukmawati'],
    pakaiBelakang: 0.85,
    tempatLahir: ['Sukamaju', 'Sukamaju', 'Sukamaju', 'Sukamaju', 'Bandung', 'Garut', 'Tasikmalaya', 'Ciamis', 'Sumedang', 'Cianjur', 'Sukabumi', 'Bogor', 'Kuningan', 'Majalengka'],
  },
  {
    nama: 'Jawa',
    bobot: 30,
    laki: ['Budi', 'Agus', 'Bambang', 'Joko', 'Slamet', 'Sugeng', 'Eko', 'Dwi', 'Tri', 'Wahyu', 'Hadi', 'Teguh', 'Bayu', 'Aris', 'Yudi', 'Heru', 'Dimas', 'Rudi', 'Suparman', 'Sukirman', 'Anton', 'Bagus', 'Imam', 'Edi'],
    perempuan: ['Sri', 'Endang', 'Tri', 'Dwi', 'Sulastri', 'Sumarni', 'Rini', 'Ratna', 'Ayu', 'Puji', 'Indah', 'Retno', 'Wulan', 'Kartika', 'Yuliana', 'Nur', 'Sekar', 'Dyah', 'Ani', 'Lestari'],
    belakangLaki: ['Santoso', 'Setiawan', 'Prasetyo', 'Wibowo', 'Nugroho', 'Susanto', 'Hartono', 'Purwanto', 'Wijaya', 'Kurniawan', 'Saputra', 'Pratama', 'Utomo', 'Hidayat', 'Widodo', 'Purnomo', 'Supriyadi', 'Haryanto', 'Sutrisno', 'Raharjo'],
    belakangPerempuan: ['Rahayu', 'Lestari', 'Wahyuni', 'Wahyuningsih', 'Handayani', 'Astuti', 'Wulandari', 'Rahmawati', 'Kusumawati', 'Puspitasari', 'Mulyani', 'Suryaningsih', 'Susanti', 'Utami', 'Anggraini', 'Pertiwi'],
    pakaiBelakang: 0.8,
    tempatLahir: ['Sukamaju', 'Sukamaju', 'Semarang', 'Surakarta', 'Yogyakarta', 'Klaten', 'Kebumen', 'Banyumas', 'Purworejo', 'Magelang', 'Kediri', 'Madiun', 'Surabaya', 'Malang', 'Cilacap', 'Brebes'],
  },
  {
    nama: 'Muslim',
    bobot: 14,
    laki: ['Muhammad Rizky', 'Ahmad Fauzan', 'Muhammad Iqbal', 'Abdul Rahman', 'Fajar', 'Rizal', 'Ilham', 'Arif', 'Reza', 'Fikri', 'Hafiz', 'Yusuf', 'Ibrahim', 'Ismail', 'Fadli', 'Hamdan', 'Ahmad', 'Muhammad'],
    perempuan: ['Siti Aminah', 'Siti Nurhaliza', 'Nur Aini', 'Fatimah', 'Khairunnisa', 'Aisyah', 'Zahra', 'Nabila', 'Annisa', 'Rahma', 'Aulia', 'Nurul', 'Siti Maryam', 'Ummi Kalsum', 'Laila', 'Siti'],
    belakangLaki: ['Hakim', 'Maulana', 'Ramadhan', 'Firdaus', 'Hidayatullah', 'Fauzan', 'Akbar', 'Rahman', 'Nurdin', 'Syafii', 'Zakaria', 'Alamsyah'],
    belakangPerempuan: ['Zahra', 'Rahmah', 'Fitriyah', 'Maulida', 'Hidayah', 'Azizah', 'Safitri', 'Nuraini', 'Fadilah', 'Khoiriyah'],
    pakaiBelakang: 0.6,
    tempatLahir: ['Sukamaju', 'Sukamaju', 'Jakarta', 'Bandung', 'Bekasi', 'Serang', 'Cirebon', 'Palembang', 'Bandar Lampung', 'Indramayu'],
  },
  {
    nama: 'Melayu',
    bobot: 8,
    laki: ['Zulkifli', 'Syahrial', 'Rahmat', 'Fauzi', 'Hendra', 'Afrizal', 'Irwan', 'Syafrizal', 'Hasan', 'Darmawan', 'Yusri', 'Azhar', 'Khairul', 'Ridwan', 'Iskandar', 'Rusdi'],
    perempuan: ['Nurhayati', 'Rahmawati', 'Yusnani', 'Fitri', 'Rosmaini', 'Zuraidah', 'Desi', 'Fatimah', 'Yulia', 'Nurlela', 'Rosna', 'Elvira', 'Mardiah', 'Yusnidar'],
    belakangLaki: ['Putra', 'Syahputra', 'Effendi', 'Hamzah', 'Rasyid', 'Yunus', 'Chaniago', 'Tanjung', 'Koto', 'Piliang'],
    belakangPerempuan: ['Putri', 'Wati', 'Yanti', 'Sari', 'Ningsih', 'Chaniago', 'Tanjung', 'Koto'],
    pakaiBelakang: 0.6,
    tempatLahir: ['Padang', 'Bukittinggi', 'Pekanbaru', 'Jambi', 'Palembang', 'Bengkulu', 'Tanjungpinang', 'Pontianak', 'Payakumbuh', 'Sukamaju'],
  },
  {
    nama: 'Batak',
    bobot: 8,
    laki: ['Tigor', 'Parulian', 'Maruli', 'Hotman', 'Binsar', 'Sahat', 'Jonny', 'Benny', 'Robert', 'Martin', 'Daniel', 'Samuel', 'Hendrik', 'Togar', 'Poltak', 'Ahmad', 'Rizal', 'Bonar'],
    perempuan: ['Rosmawati', 'Tiurma', 'Lamria', 'Rotua', 'Mariani', 'Sondang', 'Debora', 'Ruth', 'Yohana', 'Melati', 'Nurhalimah', 'Ester', 'Rumondang', 'Lasma', 'Friska'],
    belakangLaki: ['Siregar', 'Nasution', 'Harahap', 'Simanjuntak', 'Sitompul', 'Hutapea', 'Lubis', 'Panjaitan', 'Sinaga', 'Situmorang', 'Pardede', 'Simatupang', 'Sihombing', 'Hutagalung', 'Manurung', 'Tambunan', 'Purba', 'Saragih', 'Damanik', 'Ginting', 'Tarigan', 'Sembiring'],
    belakangPerempuan: ['Siregar', 'Nasution', 'Harahap', 'Simanjuntak', 'Sitompul', 'Hutapea', 'Lubis', 'Panjaitan', 'Sinaga', 'Situmorang', 'Pardede', 'Simatupang', 'Sihombing', 'Manurung', 'Tambunan', 'Purba', 'Ginting', 'Tarigan', 'Br. Sembiring', 'Br. Ginting'],
    pakaiBelakang: 1,
    tempatLahir: ['Medan', 'Tarutung', 'Pematangsiantar', 'Sibolga', 'Balige', 'Padangsidimpuan', 'Kabanjahe', 'Sukamaju'],
  },
  {
    nama: 'Bugis',
    bobot: 6,
    laki: ['Muhammad', 'Andi Muhammad', 'Andi', 'Abdul', 'Syamsul', 'Hasanuddin', 'Amiruddin', 'Arifin', 'Basri', 'Jamaluddin', 'Rusli', 'Syahrir', 'Kamaruddin', 'Nasrullah', 'Burhanuddin', 'Irfan'],
    perempuan: ['Nurhaedah', 'Andi Nurul', 'Andi Sitti', 'Sitti', 'Hasnah', 'Nurhayati', 'Rosdiana', 'Hasmawati', 'Marlina', 'Jumriah', 'Haslinda', 'Nurjannah', 'Sumarni', 'Hasriani'],
    belakangLaki: ['Arsyad', 'Rahman', 'Ramli', 'Hamzah', 'Saleh', 'Amir', 'Tahir', 'Idris', 'Syarif', 'Latif', 'Mappiare', 'Pawellangi'],
    belakangPerempuan: ['Hamid', 'Rahman', 'Amir', 'Idris', 'Syam', 'Saleh', 'Tahir', 'Yusuf'],
    pakaiBelakang: 0.7,
    tempatLahir: ['Makassar', 'Watampone', 'Parepare', 'Sengkang', 'Maros', 'Palopo', 'Sinjai', 'Kendari', 'Sukamaju'],
  },
  {
    nama: 'Kristen',
    bobot: 6,
    laki: ['Yohanes', 'Fransiskus', 'Stefanus', 'Paulus', 'Petrus', 'Yosef', 'Markus', 'Antonius', 'Agustinus', 'Kristian', 'Michael', 'Gabriel', 'Theodorus', 'Yakobus', 'Daniel', 'Frans'],
    perempuan: ['Maria', 'Theresia', 'Kristina', 'Yosephine', 'Agnes', 'Elisabeth', 'Magdalena', 'Veronika', 'Natalia', 'Margaretha', 'Fransiska', 'Anastasia', 'Claudia', 'Priskila', 'Yohana'],
    belakangLaki: ['Wenas', 'Lumempouw', 'Pattiasina', 'Tanamal', 'Manuhutu', 'Rumondor', 'Sondakh', 'Kaunang', 'Ndun', 'Bria', 'Nahak', 'Pakpahan', 'Hadiwijaya', 'Gunawan', 'Santoso', 'Setiawan'],
    belakangPerempuan: ['Wenas', 'Lumempouw', 'Pattiasina', 'Tanamal', 'Manuhutu', 'Rumondor', 'Sondakh', 'Kaunang', 'Ndun', 'Bria', 'Nahak', 'Pakpahan', 'Hadiwijaya', 'Gunawan', 'Susanti', 'Kartika'],
    pakaiBelakang: 0.85,
    tempatLahir: ['Manado', 'Tomohon', 'Ambon', 'Kupang', 'Atambua', 'Ende', 'Maumere', 'Jakarta', 'Sukamaju', 'Semarang'],
  },
];

/** Mobile number prefixes of Indonesian operators. */
export const PREFIKS_HP: readonly string[] = [
  '0811', '0812', '0813', '0821', '0822', '0823', '0852', '0853', '0857', '0858', '0877', '0878',
  '0817', '0818', '0819', '0895', '0896', '0897', '0898', '0831', '0838', '0881', '0882',
];

/** Domain of the fictional regency's e-mail addresses. */
export const DOMAIN_EMAIL = 'sukamajukab.go.id';

/** First four digits of the fictional regency's NIK (province 32, regency 99 does not exist). */
export const KODE_WILAYAH_NIK = '3299';
