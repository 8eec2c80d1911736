/** Staff registry vocabulary shared by the UI, the core and the importers. */

export const STATUS_KEPEGAWAIAN = ['PNS', 'CPNS', 'PPPK', 'PPPK_PARUH_WAKTU', 'NON_ASN'] as const;
export type StatusKepegawaian = (typeof STATUS_KEPEGAWAIAN)[number];
export const STATUS_LABEL: Record<StatusKepegawaian, string> = {
  PNS: 'PNS',
  CPNS: 'CPNS',
  PPPK: 'PPPK',
  PPPK_PARUH_WAKTU: 'PPPK Paruh Waktu',
  NON_ASN: 'Non-ASN (PPNPN/Honorer)',
};

export const JENIS_JABATAN = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];
export const JENIS_JABATAN_LABEL: Record<JenisJabatan, string> = {
  JPT: 'Jabatan Pimpinan Tinggi',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  FUNGSIONAL: 'Fungsional',
  PELAKSANA: 'Pelaksana',
};

export type JenisKelamin = 'L' | 'P';

/** Kind of identifier held in `Pegawai.nip`. */
export type JenisIdentitas = 'NIP' | 'NI_PPPK' | 'NIK' | 'LAINNYA';

/** Fields a person edits or imports. Dates are ISO `YYYY-MM-DD`. */
export interface PegawaiInput {
  nip: string | null; // 18 digits for NIP / NI PPPK; NIK 16 digits; other: free
  jenisIdentitas: JenisIdentitas;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jenisKelamin: JenisKelamin | null;
  tempatLahir: string | null;
  tanggalLahir: string | null;
  status: StatusKepegawaian;
  /** PNS/CPNS: `III/b`; PPPK: `IX`; null for non-ASN. */
  golongan: string | null;
  jabatan: string | null;
  jenisJabatan: JenisJabatan | null;
  eselon: string | null;
  unitKerjaId: number | null;
  telepon: string | null;
  email: string | null;
  aktif: boolean;
}

export interface Pegawai extends PegawaiInput {
  id: number;
  unitKerjaNama: string | null;
  createdAt: string;
  updatedAt: string;
}

export type JenisUnit = 'PERANGKAT_DAERAH' | 'BIDANG' | 'UPT' | 'SEKOLAH' | 'INSTANSI_VERTIKAL' | 'LAINNYA';
export const JENIS_UNIT_LABEL: Record<JenisUnit, string> = {
  PERANGKAT_DAERAH: 'Perangkat Daerah',
  BIDANG: 'Bidang/Bagian',
  UPT: 'UPT',
  SEKOLAH: 'Sekolah',
  INSTANSI_VERTIKAL: 'Instansi Vertikal',
  LAINNYA: 'Lainnya',
};

export interface UnitKerja {
  id: number;
  nama: string;
  singkatan: string | null;
  jenis: JenisUnit;
  parentId: number | null;
  jumlahPegawai: number;
}

/** One staff row as read from a spreadsheet: the unit is still a name, resolved by the import service. */
export interface PegawaiImportRow extends Omit<PegawaiInput, 'unitKerjaId'> {
  unitKerjaNama: string | null;
  /** SIASN "UNOR INDUK NAMA": the perangkat daerah above the unit, when given. */
  unitIndukNama: string | null;
}

/** A problem found in an input file, located as a clerk would look for it in Excel. */
export interface ImportIssue {
  file: string;
  sheet: string | null;
  /** Row number as Excel shows it (1-based); null for a whole-file problem. */
  row: number | null;
  /** Column letter as Excel shows it (`C`), when known. */
  column: string | null;
  /** Header text of that column, when known (`NIP BARU`). */
  header: string | null;
  message: string;
}
