/** Fields of a staff spreadsheet that Netra understands, and the header texts that name them. */

export const IMPORT_FIELDS = [
  'nip',
  'nipLama',
  'nama',
  'gelarDepan',
  'gelarBelakang',
  'jenisKelamin',
  'tempatLahir',
  'tanggalLahir',
  'status',
  'golongan',
  'pangkat',
  'jabatan',
  'jenisJabatan',
  'eselon',
  'unitKerja',
  'unitInduk',
  'telepon',
  'email',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABEL: Record<ImportField, string> = {
  nip: 'NIP / NI PPPK / NIK',
  nipLama: 'NIP Lama',
  nama: 'Nama',
  gelarDepan: 'Gelar Depan',
  gelarBelakang: 'Gelar Belakang',
  jenisKelamin: 'Jenis Kelamin',
  tempatLahir: 'Tempat Lahir',
  tanggalLahir: 'Tanggal Lahir',
  status: 'Status Kepegawaian',
  golongan: 'Golongan/Ruang',
  pangkat: 'Pangkat',
  jabatan: 'Jabatan',
  jenisJabatan: 'Jenis Jabatan',
  eselon: 'Eselon',
  unitKerja: 'Unit Kerja',
  unitInduk: 'Unit Induk / Perangkat Daerah',
  telepon: 'Nomor HP',
  email: 'Email',
};

/**
 * Header texts seen in BKN SIASN exports and local SIMPEG sheets, compared after
 * `normalizeHeader` (upper case, punctuation and repeated spaces removed).
 */
export const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  nip: ['NIP BARU', 'NIP', 'NIP 18', 'NIP/NIK', 'NI PPPK', 'NIPPPK', 'NOMOR INDUK PEGAWAI', 'NIK'],
  nipLama: ['NIP LAMA'],
  nama: ['NAMA', 'NAMA PEGAWAI', 'NAMA LENGKAP', 'NAMA TANPA GELAR', 'NAMA LENGKAP PEGAWAI', 'NAMA LENGKAP DAN GELAR', 'NAMA DAN GELAR'],
  gelarDepan: ['GELAR DEPAN', 'GLR DEPAN'],
  gelarBelakang: ['GELAR BELAKANG', 'GLR BELAKANG'],
  jenisKelamin: ['JENIS KELAMIN', 'JK', 'L/P', 'LP', 'KELAMIN', 'SEX'],
  tempatLahir: ['TEMPAT LAHIR', 'TMP LAHIR', 'TEMPAT LAHIR NAMA'],
  tanggalLahir: ['TGL LAHIR', 'TANGGAL LAHIR', 'TGL. LAHIR', 'TGLLAHIR'],
  status: ['STATUS', 'STATUS PEGAWAI', 'STATUS KEPEGAWAIAN', 'KEDUDUKAN HUKUM', 'JENIS PEGAWAI', 'JENIS PEGAWAI NAMA', 'STATUS CPNS PNS'],
  golongan: ['GOL AKHIR NAMA', 'GOL', 'GOL. RUANG', 'GOL RUANG', 'GOLONGAN', 'GOLONGAN RUANG', 'GOL/RUANG', 'GOL AKHIR'],
  pangkat: ['PANGKAT', 'PANGKAT AKHIR', 'PANGKAT/GOL', 'PANGKAT GOLONGAN'],
  jabatan: ['JABATAN NAMA', 'JABATAN', 'NAMA JABATAN'],
  jenisJabatan: ['JENIS JABATAN NAMA', 'JENIS JABATAN'],
  eselon: ['ESELON', 'ESELON NAMA'],
  unitKerja: ['UNOR NAMA', 'UNIT KERJA', 'UNIT ORGANISASI', 'SATUAN KERJA', 'SATKER', 'OPD UNIT', 'SUB UNIT KERJA'],
  unitInduk: ['UNOR INDUK NAMA', 'UNIT INDUK', 'PERANGKAT DAERAH', 'OPD', 'SKPD', 'INSTANSI KERJA NAMA'],
  telepon: ['NOMOR HP', 'NO HP', 'NO. HP', 'TELEPON', 'HP', 'NOMOR TELEPON'],
  email: ['EMAIL', 'E-MAIL', 'EMAIL GOV'],
};

export function normalizeHeader(text: string): string {
  return text
    .toUpperCase()
    .replace(/[._\-:/\\()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words that may follow "NAMA" in a header that still means the person's name ("NAMA LENGKAP PEGAWAI",
 * "NAMA PNS BESERTA GELAR", "NAMA ASN"); any other word ("NAMA JABATAN", "NAMA IBU") means something else.
 */
const NAMA_KIN_WORDS = new Set(['LENGKAP', 'PEGAWAI', 'PNS', 'ASN', 'PPPK', 'KARYAWAN', 'PERSONEL', 'GELAR', 'DAN', 'DENGAN', 'BESERTA', 'TANPA', 'SESUAI', 'SK']);

/** True for header texts that name the person's name in words the synonym list does not spell out. */
export function isNamaKin(normalized: string): boolean {
  const words = normalized.split(' ');
  return words.length >= 2 && words.length <= 6 && words[0] === 'NAMA' && words.slice(1).every((w) => NAMA_KIN_WORDS.has(w));
}

/** Mapping of import fields to 0-based column indexes of the header row. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/**
 * Stored fields an import may change on a person already in the registry. An update touches a field
 * only when the sheet maps it and the row fills it; the identity (NIP/NIK) is what matched, never changed.
 */
export const UPDATE_FIELDS = [
  /** Only fills an empty identifier (a honorer's NIK added later); a stored one is never replaced. */
  'nip',
  'nama',
  'gelarDepan',
  'gelarBelakang',
  'jenisKelamin',
  'tempatLahir',
  'tanggalLahir',
  'status',
  'golongan',
  'jabatan',
  'jenisJabatan',
  'eselon',
  'unitKerja',
  'telepon',
  'email',
] as const;
export type UpdateField = (typeof UPDATE_FIELDS)[number];

export const UPDATE_FIELD_LABEL = Object.fromEntries(UPDATE_FIELDS.map((f) => [f, IMPORT_FIELD_LABEL[f]])) as Record<UpdateField, string>;

/** Bit of a field in a row's `filled` mask. */
export const fieldBit = (f: UpdateField): number => 1 << UPDATE_FIELDS.indexOf(f);
