import type { UpdateField } from '../../../shared/domain/import-fields';
import { JENIS_JABATAN_LABEL, STATUS_LABEL, type PegawaiInput } from '../../../shared/domain/pegawai';

const pad = (s: string) => s.split('-').reverse().join('-');

/** A stored or incoming field value as the review step shows it ('' for empty). */
export function fieldText(f: Exclude<UpdateField, 'unitKerja'> | UpdateField, p: PegawaiInput): string {
  switch (f) {
    case 'jenisKelamin':
      return p.jenisKelamin === 'L' ? 'Laki-laki' : p.jenisKelamin === 'P' ? 'Perempuan' : '';
    case 'tanggalLahir':
      return p.tanggalLahir ? pad(p.tanggalLahir) : '';
    case 'status':
      return STATUS_LABEL[p.status];
    case 'jenisJabatan':
      return p.jenisJabatan ? JENIS_JABATAN_LABEL[p.jenisJabatan] : '';
    case 'unitKerja':
      return p.unitKerjaId === null ? '' : String(p.unitKerjaId);
    default:
      return p[f] ?? '';
  }
}
