import type { PegawaiQuery } from '../../../../shared/contract/schemas';
import type { JenisJabatan, StatusKepegawaian } from '../../../../shared/domain/pegawai';

export type SortField = PegawaiQuery['sort'];
export type AktifFilter = PegawaiQuery['aktif'];

/** What the clerk chose on the Pegawai page (the search text is debounced separately). */
export interface PegawaiFilter {
  text: string;
  unitKerjaId: number | null;
  status: StatusKepegawaian | null;
  golongan: string | null;
  jenisJabatan: JenisJabatan | null;
  aktif: AktifFilter;
  sort: SortField;
  desc: boolean;
}

export const DEFAULT_FILTER: PegawaiFilter = {
  text: '',
  unitKerjaId: null,
  status: null,
  golongan: null,
  jenisJabatan: null,
  aktif: 'aktif',
  sort: 'nama',
  desc: false,
};

export const SORT_LABEL: Record<SortField, string> = {
  nama: 'Nama',
  nip: 'NIP',
  golongan: 'Pangkat/Gol',
  jabatan: 'Jabatan',
  unit: 'Unit Kerja',
  status: 'Status',
  diubah: 'Terakhir diubah',
};

/** True when any narrowing filter (not the sort order) differs from the default. */
export function isFiltered(f: PegawaiFilter): boolean {
  return (
    f.text.trim() !== '' ||
    f.unitKerjaId !== null ||
    f.status !== null ||
    f.golongan !== null ||
    f.jenisJabatan !== null ||
    f.aktif !== DEFAULT_FILTER.aktif
  );
}
