/** xlsx exports. The staff export re-imports losslessly through `readGrid` → `detectHeader` → `readPegawaiRows`. */

import { namaLengkap } from '../../../shared/domain/nama';
import { namaPangkat } from '../../../shared/domain/pangkat';
import { JENIS_JABATAN_LABEL, type Pegawai, type StatusKepegawaian } from '../../../shared/domain/pegawai';
import { writeTableXlsx, type TableColumn, type TableValue } from './write-table';

export { writeTableXlsx, PAPER_F4, DATE_FORMAT } from './write-table';
export type { ColumnKind, TableColumn, TableSpec, TableValue } from './write-table';

/** Status as written in the export; each is read back by `parseStatusKepegawaian`. */
export const STATUS_EKSPOR: Record<StatusKepegawaian, string> = {
  PNS: 'PNS',
  CPNS: 'CPNS',
  PPPK: 'PPPK',
  PPPK_PARUH_WAKTU: 'PPPK Paruh Waktu',
  NON_ASN: 'Non-ASN',
};

/**
 * Columns of the staff export. Headers are names the importer recognises; "Nama dengan Gelar" is for
 * reading and printing only (not an import header), the separate Gelar Depan / Nama / Gelar Belakang
 * columns carry the data. NIP is 18 plain digits in a text cell: it re-imports, pastes into SIASN and
 * can never turn into 1.98503E+17.
 */
export const PEGAWAI_COLUMNS: readonly TableColumn[] = [
  { header: 'No', width: 6, kind: 'integer' },
  { header: 'NIP', width: 21, kind: 'text' },
  { header: 'Nama dengan Gelar', width: 34, kind: 'text' },
  { header: 'Gelar Depan', width: 10, kind: 'text' },
  { header: 'Nama', width: 28, kind: 'text' },
  { header: 'Gelar Belakang', width: 14, kind: 'text' },
  { header: 'Jenis Kelamin', width: 8, kind: 'text' },
  { header: 'Tempat Lahir', width: 16, kind: 'text' },
  { header: 'Tanggal Lahir', width: 12, kind: 'date' },
  { header: 'Status Kepegawaian', width: 13, kind: 'text' },
  { header: 'Gol. Ruang', width: 8, kind: 'text' },
  { header: 'Pangkat', width: 24, kind: 'text' },
  { header: 'Jabatan', width: 36, kind: 'text' },
  { header: 'Jenis Jabatan', width: 16, kind: 'text' },
  { header: 'Eselon', width: 8, kind: 'text' },
  { header: 'Unit Kerja', width: 36, kind: 'text' },
  { header: 'Nomor HP', width: 15, kind: 'text' },
  { header: 'Email', width: 26, kind: 'text' },
  { header: 'Aktif', width: 7, kind: 'text' },
];

export interface PegawaiExportOptions {
  /** Lines above the header (e.g. "DAFTAR PEGAWAI", the instansi, the date). */
  title?: string[];
  /**
   * Name of the perangkat daerah above the employee's unit. When given, a "Perangkat Daerah" column
   * follows "Unit Kerja", so that a re-import finds "Bidang Umum" under the right dinas.
   */
  unitIndukNama?: (p: Pegawai) => string | null;
}

export function pegawaiRowValues(p: Pegawai, no: number): TableValue[] {
  return [
    no,
    p.nip,
    namaLengkap(p),
    p.gelarDepan,
    p.nama,
    p.gelarBelakang,
    p.jenisKelamin,
    p.tempatLahir,
    p.tanggalLahir,
    STATUS_EKSPOR[p.status] ?? p.status,
    p.golongan,
    p.golongan ? namaPangkat(p.golongan) : null,
    p.jabatan,
    p.jenisJabatan ? JENIS_JABATAN_LABEL[p.jenisJabatan] : null,
    p.eselon,
    p.unitKerjaNama,
    p.telepon,
    p.email,
    p.aktif ? 'Ya' : 'Tidak',
  ];
}

const UNIT_KERJA_INDEX = PEGAWAI_COLUMNS.findIndex((c) => c.header === 'Unit Kerja');

/** Staff list as xlsx (F4 landscape, header repeated on every printed page). Returns the number of rows. */
export async function writePegawaiXlsx(
  filePath: string,
  rows: Iterable<Pegawai> | AsyncIterable<Pegawai>,
  opts: PegawaiExportOptions = {},
): Promise<number> {
  const induk = opts.unitIndukNama;
  const columns = [...PEGAWAI_COLUMNS];
  if (induk) columns.splice(UNIT_KERJA_INDEX + 1, 0, { header: 'Perangkat Daerah', width: 30, kind: 'text' });
  const toValues = (p: Pegawai, no: number): TableValue[] => {
    const v = pegawaiRowValues(p, no);
    if (induk) v.splice(UNIT_KERJA_INDEX + 1, 0, induk(p));
    return v;
  };
  async function* values(): AsyncGenerator<TableValue[]> {
    let no = 0;
    if (Symbol.asyncIterator in rows) for await (const p of rows as AsyncIterable<Pegawai>) yield toValues(p, ++no);
    else for (const p of rows as Iterable<Pegawai>) yield toValues(p, ++no);
  }
  return writeTableXlsx(filePath, {
    sheetName: 'Pegawai',
    title: opts.title,
    columns,
    rows: values(),
    landscape: true,
    freezeColumns: 3,
  });
}
