/**
 * Length limits of the staff fields: one source for the form's schema and the importer, so an
 * import can never store what the form could not edit afterwards.
 */
export const PEGAWAI_MAKS = {
  nip: 40,
  nama: 200,
  gelarDepan: 60,
  gelarBelakang: 100,
  tempatLahir: 100,
  golongan: 10,
  jabatan: 300,
  eselon: 10,
  telepon: 40,
  email: 120,
} as const;

export type PegawaiTeksBatas = keyof typeof PEGAWAI_MAKS;
