import type { Migration } from './index';

/**
 * Abbreviations that regional staff sheets use for units (editable in the app; `bawaan` marks the shipped
 * ones), and aliases the clerk confirmed during an import: a name that means an existing unit.
 */
const SINGKATAN: readonly [string, string][] = [
  ['BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'],
  ['BKPP', 'Badan Kepegawaian Pendidikan dan Pelatihan'],
  ['BKD', 'Badan Kepegawaian Daerah'],
  ['BKDD', 'Badan Kepegawaian Daerah dan Diklat'],
  ['RSUD', 'Rumah Sakit Umum Daerah'],
  ['Bappeda', 'Badan Perencanaan Pembangunan Daerah'],
  ['Bapelitbangda', 'Badan Perencanaan Penelitian dan Pengembangan Daerah'],
  ['Bapenda', 'Badan Pendapatan Daerah'],
  ['BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah'],
  ['BPKD', 'Badan Pengelolaan Keuangan Daerah'],
  ['BPBD', 'Badan Penanggulangan Bencana Daerah'],
  ['Disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil'],
  ['Dukcapil', 'Dinas Kependudukan dan Pencatatan Sipil'],
  ['Kesbangpol', 'Badan Kesatuan Bangsa dan Politik'],
  ['Bakesbangpol', 'Badan Kesatuan Bangsa dan Politik'],
  ['Satpol PP', 'Satuan Polisi Pamong Praja'],
  ['DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'],
  ['Setda', 'Sekretariat Daerah'],
  ['Setwan', 'Sekretariat Dewan Perwakilan Rakyat Daerah'],
  ['Sekretariat DPRD', 'Sekretariat Dewan Perwakilan Rakyat Daerah'],
  ['DPRD', 'Dewan Perwakilan Rakyat Daerah'],
  ['Itda', 'Inspektorat Daerah'],
  ['Dinkes', 'Dinas Kesehatan'],
  ['Disdik', 'Dinas Pendidikan'],
  ['Disdikbud', 'Dinas Pendidikan dan Kebudayaan'],
  ['Dindik', 'Dinas Pendidikan'],
  ['Dinsos', 'Dinas Sosial'],
  ['Disnaker', 'Dinas Tenaga Kerja'],
  ['Disnakertrans', 'Dinas Tenaga Kerja dan Transmigrasi'],
  ['Dishub', 'Dinas Perhubungan'],
  ['Diskominfo', 'Dinas Komunikasi dan Informatika'],
  ['Kominfo', 'Komunikasi dan Informatika'],
  ['DLH', 'Dinas Lingkungan Hidup'],
  ['PUPR', 'Pekerjaan Umum dan Penataan Ruang'],
  ['DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang'],
  ['Perkim', 'Perumahan dan Kawasan Permukiman'],
  ['DPMD', 'Dinas Pemberdayaan Masyarakat dan Desa'],
  ['DP3A', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak'],
  ['DPPKB', 'Dinas Pengendalian Penduduk dan Keluarga Berencana'],
  ['Disperindag', 'Dinas Perindustrian dan Perdagangan'],
  ['Disparbud', 'Dinas Pariwisata dan Kebudayaan'],
  ['Dispora', 'Dinas Pemuda dan Olahraga'],
  ['Distan', 'Dinas Pertanian'],
  ['Damkar', 'Dinas Pemadam Kebakaran'],
  ['Dispusip', 'Dinas Perpustakaan dan Kearsipan'],
  ['Diskop UKM', 'Dinas Koperasi Usaha Kecil dan Menengah'],
  ['UPTD', 'Unit Pelaksana Teknis Daerah'],
  ['UPT', 'Unit Pelaksana Teknis'],
  ['SDN', 'SD Negeri'],
  ['SMPN', 'SMP Negeri'],
  ['SMAN', 'SMA Negeri'],
  ['SMKN', 'SMK Negeri'],
  ['Pemkab', 'Pemerintah Kabupaten'],
  ['Pemkot', 'Pemerintah Kota'],
  ['Kab', 'Kabupaten'],
  ['Kec', 'Kecamatan'],
  ['Kel', 'Kelurahan'],
  ['Bag', 'Bagian'],
  ['Bid', 'Bidang'],
  ['Subbag', 'Subbagian'],
  ['Sekre', 'Sekretariat'],
];

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

export const m003: Migration = {
  version: 3,
  name: 'singkatan dan alias unit kerja untuk impor',
  sql: /* sql */ `
CREATE TABLE unit_singkatan (
  singkatan TEXT PRIMARY KEY COLLATE NOCASE,
  kepanjangan TEXT NOT NULL,
  bawaan INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);
INSERT INTO unit_singkatan (singkatan, kepanjangan, bawaan, updated_at) VALUES
${SINGKATAN.map(([s, k]) => `  (${q(s)}, ${q(k)}, 1, '2026-12-01T00:00:00.000Z')`).join(',\n')};

-- kunci: the name after normalisation and expansion (shared/domain/unit-nama.ts); nama: as the sheet wrote it
CREATE TABLE unit_alias (
  kunci TEXT PRIMARY KEY,
  nama TEXT NOT NULL,
  unit_kerja_id INTEGER NOT NULL REFERENCES unit_kerja(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);
CREATE INDEX unit_alias_unit ON unit_alias (unit_kerja_id);
`,
};
