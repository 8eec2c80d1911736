/** The staff domain: vocabulary, identifiers, golongan, dates and wording shared by the UI, the core and the importers. */

export * from './pegawai';
export * from './import-fields';
export * from './nip';
export * from './pangkat';
export * from './tanggal';
export * from './jenis-kelamin';
export * from './terbilang';
export * from './nama';
export * from './jabatan';
