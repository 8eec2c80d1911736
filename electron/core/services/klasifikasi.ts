import { z } from 'zod';
import { KodeKlasifikasiSchema, type KlasifikasiImpor, type KodeKlasifikasi } from '../../../shared/contract/dokumen';
import { AppError } from '../../../shared/contract/result';
import { periksaKlasifikasi, sortKlasifikasi } from '../../../shared/dokumen/klasifikasi';
import type { Db } from '../db/open';
import type { PengaturanRepository } from '../db/repositories/pengaturan';
import { findKlasifikasiHeader, readKlasifikasiRows } from '../sheets/klasifikasi-rows';
import { readGrid } from '../sheets/read';

const KUNCI = 'dokumen.klasifikasi';

/**
 * Until the clerk saves a list: the top-level codes of the archive classification (Permendagri
 * 83/2022). Defaults to verify against the regulation the office uses; the list is editable and
 * importable, and the deeper sub-codes come from the office's own classification table.
 */
export const KLASIFIKASI_BAWAAN: readonly KodeKlasifikasi[] = [
  { kode: '000', nama: 'Umum' },
  { kode: '100', nama: 'Pemerintahan' },
  { kode: '200', nama: 'Politik' },
  { kode: '300', nama: 'Keamanan dan Ketertiban' },
  { kode: '400', nama: 'Kesejahteraan Rakyat' },
  { kode: '500', nama: 'Perekonomian' },
  { kode: '600', nama: 'Pekerjaan Umum dan Ketenagaan' },
  { kode: '700', nama: 'Pengawasan' },
  { kode: '800', nama: 'Kepegawaian' },
  { kode: '900', nama: 'Keuangan' },
];

/** Problems listed in the rejection message; the rest are counted. */
const MAKS_MASALAH = 10;

/** The archive classification codes the numbering schemes pick from, kept in pengaturan. */
export class KlasifikasiService {
  constructor(
    private readonly db: Db,
    private readonly settings: PengaturanRepository,
  ) {}

  /** The saved list sorted by code; the defaults when none was saved or the saved one no longer fits the schema. */
  list(): KodeKlasifikasi[] {
    const parsed = z.array(KodeKlasifikasiSchema).safeParse(this.settings.get<unknown>(KUNCI));
    return sortKlasifikasi(parsed.success ? parsed.data : KLASIFIKASI_BAWAAN);
  }

  /** Replaces the whole list; refuses bad codes, empty names and duplicates, row by row (`daftar.N.kode`). */
  save(daftar: readonly { kode: string; nama: string }[]): KodeKlasifikasi[] {
    const { data, errors } = periksaKlasifikasi(daftar);
    if (errors.length) throw new AppError('VALIDASI', 'Daftar kode klasifikasi belum benar. Periksa baris yang ditandai.', errors);
    this.settings.set(KUNCI, sortKlasifikasi(data));
    return this.list();
  }

  /**
   * Reads a classification table (xlsx or CSV) and merges it into the list: a code already listed
   * gets the file's name, new codes are added. All or nothing: one bad row rejects the whole file.
   */
  async import(file: { path: string; label: string }): Promise<KlasifikasiImpor> {
    const grid = await readGrid(file.path);
    const header = findKlasifikasiHeader(grid);
    if (!header)
      throw new AppError(
        'IMPOR_DITOLAK',
        `Berkas "${file.label}" tidak memuat baris judul kolom "Kode" dan "Nama" (atau "Uraian"/"Keterangan"). Tambahkan judul kolom itu di atas daftar kode klasifikasi.`,
      );
    const { rows, problems } = readKlasifikasiRows(grid, header);
    if (problems.length) {
      const listed = problems.slice(0, MAKS_MASALAH).map((p) => `baris ${p.row} kolom ${p.column}: ${p.message}`);
      const more = problems.length > MAKS_MASALAH ? `; dan ${problems.length - MAKS_MASALAH} masalah lain` : '';
      throw new AppError('IMPOR_DITOLAK', `Berkas "${file.label}" ditolak, tidak ada kode yang diimpor. Perbaiki lalu impor lagi: ${listed.join('; ')}${more}.`);
    }
    if (rows.length === 0)
      throw new AppError('IMPOR_DITOLAK', `Berkas "${file.label}" tidak memuat kode klasifikasi di bawah baris judul kolom (baris ${header.row}).`);
    return this.db.transaction(() => {
      const merged = new Map(this.list().map((k) => [k.kode, k.nama]));
      for (const r of rows) merged.set(r.kode, r.nama);
      const daftar = this.save([...merged].map(([kode, nama]) => ({ kode, nama })));
      return { daftar, jumlah: rows.length };
    })();
  }
}
