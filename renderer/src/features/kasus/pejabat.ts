import { PejabatKasusSchema, type PejabatKasus } from '../../../../shared/contract/kasus';
import type { Pegawai } from '../../../../shared/domain/pegawai';
import { golonganLabel, namaLengkap } from '../../lib/format';
import { schemaErrors } from '../../lib/validation';

/** An official as a form holds it: empty strings for what is not known. */
export interface PejabatForm {
  pegawaiId: number | null;
  nama: string;
  nip: string;
  pangkat: string;
  jabatan: string;
  peran: string;
}

export const pejabatKosong = (peran = ''): PejabatForm => ({ pegawaiId: null, nama: '', nip: '', pangkat: '', jabatan: '', peran });
export const pejabatForm = (p: PejabatKasus): PejabatForm => ({ pegawaiId: p.pegawaiId, nama: p.nama, nip: p.nip ?? '', pangkat: p.pangkat ?? '', jabatan: p.jabatan, peran: p.peran });
export const pejabatData = (p: PejabatForm): PejabatKasus => ({
  pegawaiId: p.pegawaiId,
  nama: p.nama.trim(),
  nip: p.nip.trim() ? p.nip.replace(/\s+/g, '') : null,
  pangkat: p.pangkat.trim() ? p.pangkat.trim() : null,
  jabatan: p.jabatan.trim(),
  peran: p.peran.trim(),
});
export const dariPegawai = (p: Pegawai, peran = ''): PejabatForm => ({
  pegawaiId: p.id,
  nama: namaLengkap(p),
  nip: p.nip ?? '',
  pangkat: golonganLabel(p.golongan),
  jabatan: p.jabatan ?? '',
  peran,
});
export const pejabatErrors = (p: PejabatForm): Record<string, string> => schemaErrors(PejabatKasusSchema, pejabatData(p));

