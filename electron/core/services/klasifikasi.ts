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
 * Until the clerk saves a list: the main classes of the archive classification (Permendagri 83/2022)
 * and the sub-codes personnel (800) and politics (200) offices number their letters with. The sub-code
 * names are plausible readings not yet checked against the regulation's annex: each says "(periksa)"
 * until the clerk confirms or corrects it (the list is editable and importable in full).
 */
export const KLASIFIKASI_BAWAAN: readonly KodeKlasifikasi[] = [
  { kode: '000', nama: 'Umum' },
  { kode: '000.1', nama: 'Ketatausahaan dan Kerumahtanggaan (periksa)' },
  { kode: '000.8', nama: 'Organisasi dan Tata Laksana (periksa)' },
  { kode: '000.8.3', nama: 'Tata Laksana (periksa)' },
  { kode: '000.8.3.3', nama: 'Tata Naskah Dinas (periksa)' },
  { kode: '100', nama: 'Pemerintahan' },
  { kode: '200', nama: 'Politik' },
  { kode: '200.1', nama: 'Kesatuan Bangsa dan Politik (periksa)' },
  { kode: '200.2', nama: 'Pemilihan Umum dan Pemilihan Kepala Daerah (periksa)' },
  { kode: '300', nama: 'Keamanan dan Ketertiban' },
  { kode: '400', nama: 'Kesejahteraan Rakyat' },
  { kode: '500', nama: 'Perekonomian' },
  { kode: '600', nama: 'Pekerjaan Umum dan Ketenagaan' },
  { kode: '700', nama: 'Pengawasan' },
  { kode: '800', nama: 'Kepegawaian' },
  { kode: '800.1', nama: 'Sumber Daya Manusia (periksa)' },
  { kode: '800.1.6', nama: 'Pembinaan Pegawai (periksa)' },
  { kode: '800.1.6.4', nama: 'Disiplin dan Netralitas Pegawai (periksa)' },
  { kode: '800.2', nama: 'Pendidikan dan Pelatihan (periksa)' },
  { kode: '900', nama: 'Keuangan' },
];

/** Problems listed in the rejection message; the rest are counted. */
const MAKS_MASALAH = 10;

/** The archive classification codes the numbering schemes pick from, kept in pengaturan. */
export class KlasifikasiService {
  constructor(
    private readonly db: Db,
    private readonly settings: PengaturanRepository,
    /** The numbering schemes (by document label) whose code is `kode`: such a code stays in the list. */
    private readonly dipakaiSkema: (kode: string) => string[] = () => [],
  ) {}

  /** The saved list sorted by code; the defaults when none was saved or the saved one no longer fits the schema. */
  list(): KodeKlasifikasi[] {
    const parsed = z.array(KodeKlasifikasiSchema).safeParse(this.settings.get<unknown>(KUNCI));
    return sortKlasifikasi(parsed.success ? parsed.data : KLASIFIKASI_BAWAAN);
  }

  /** Replaces the whole list; refuses bad codes, empty names and duplicates, row by row (`daftar.N.kode`). */
  save(daftar: readonly { kode: string; nama: string }[]): KodeKlasifikasi[] {
    const { data, errors } = periksaKlasifikasi(daftar);
    // a scheme on a code that left the list would print a code the list no longer vouches for
    const kept = new Set(data.map((k) => k.kode));
    const dipakai = (errors.length ? [] : this.list())
      .filter(({ kode }) => !kept.has(kode))
      .map(({ kode }) => ({ kode, skema: this.dipakaiSkema(kode) }))
      .filter((u) => u.skema.length)
      .map((u) => `Kode ${u.kode} dipakai skema penomoran ${u.skema.join(', ')}.`);
    if (dipakai.length)
      errors.push({
        field: 'daftar',
        message: `${dipakai.join(' ')} Kode yang dipakai skema tidak dapat dihapus dari daftar: ganti dulu kode skemanya (Pengaturan → Penomoran).`,
      });
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
