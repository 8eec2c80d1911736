import { HariLiburInputSchema, type HariLibur, type HariLiburInput, type HasilHariKerja, type LiburDilewati, type MasalahBaris, type PratinjauImporLibur } from '../../../shared/contract/libur';
import { AppError } from '../../../shared/contract/result';
import { akhirPekan, tambahHari, tambahHariKerja } from '../../../shared/domain/hari-kerja';
import { formatTanggal, hariDari } from '../../../shared/domain/tanggal';
import type { Db } from '../db/open';
import type { LiburRepository } from '../db/repositories/libur';
import { findLiburHeader, readLiburRows } from '../sheets/libur-rows';
import { readGrid } from '../sheets/read';
import { found } from './found';

/** Rows one holiday sheet may bring: a year is some twenty dates; ten years of them is plenty. */
export const MAKS_BARIS_LIBUR = 1000;
/** Problems listed in a refusal; the rest are counted. */
const MAKS_MASALAH = 10;

/**
 * The holiday table (national holidays, cuti bersama, regional holidays) the disciplinary deadlines
 * count working days over. Seeded rows carry "periksa dengan SKB" until the clerk saves or imports them.
 */
export class LiburService {
  constructor(
    private readonly db: Db,
    private readonly repo: LiburRepository,
    private readonly now: () => Date = () => new Date(),
    /** A verified backup before an import writes (as every import does); refuses the import when it cannot be made. */
    private readonly sebelumImpor: (label: string) => Promise<unknown> = async () => undefined,
  ) {}

  list(tahun: number | null = null): HariLibur[] {
    return this.repo.list(tahun);
  }

  /** Every holiday date, for a working-day count (read per request: the clerk may edit the table any time). */
  tanggal(): Set<string> {
    return this.repo.tanggalSet();
  }

  simpan(input: HariLiburInput & { tanggalLama?: string | null }): HariLibur {
    const { tanggalLama = null, ...rest } = input;
    const data = HariLiburInputSchema.parse(rest);
    return this.db
      .transaction(() => {
        const ada = this.repo.get(data.tanggal);
        if (tanggalLama === null) {
          if (ada)
            throw new AppError('DUPLIKAT', `Tanggal ${formatTanggal(data.tanggal)} sudah tercatat sebagai hari libur "${ada.nama}". Ubah baris itu bila nama atau jenisnya perlu diganti.`, [
              { field: 'tanggal', message: `Sudah tercatat: ${ada.nama}.` },
            ]);
        } else {
          found(this.repo.get(tanggalLama), () => `Hari libur tanggal ${formatTanggal(tanggalLama)} tidak ada di daftar (mungkin sudah dihapus). Muat ulang daftarnya.`);
          if (tanggalLama !== data.tanggal) {
            if (ada)
              throw new AppError('DUPLIKAT', `Tanggal ${formatTanggal(data.tanggal)} sudah tercatat sebagai hari libur "${ada.nama}". Pilih tanggal lain, atau hapus baris itu lebih dulu.`, [
                { field: 'tanggal', message: `Sudah tercatat: ${ada.nama}.` },
              ]);
            this.repo.hapus(tanggalLama);
          }
        }
        this.repo.simpan(data, this.now().toISOString());
        return this.repo.get(data.tanggal)!;
      })
      .immediate();
  }

  hapus(tanggal: string): { tanggal: string } {
    if (!this.repo.hapus(tanggal)) throw new AppError('TIDAK_DITEMUKAN', `Tanggal ${formatTanggal(tanggal)} tidak ada di daftar hari libur.`);
    return { tanggal };
  }

  /** The N-th working day after `tanggal` (before it for a negative N), with the holidays that moved it. */
  hariKerja(tanggal: string, n: number): HasilHariKerja {
    const semua = this.repo.list();
    const byTanggal = new Map(semua.map((l) => [l.tanggal, l]));
    let hasil: string;
    try {
      hasil = tambahHariKerja(tanggal, n, (d) => byTanggal.has(d));
    } catch (e) {
      // a count out of the calendar, or over a table with no working day left: the clerk's input, not a fault
      if (e instanceof RangeError) throw new AppError('VALIDASI', e.message, [{ field: 'tanggal', message: e.message }]);
      throw e;
    }
    // the days the count walked over: after the start up to the result (N = 0: from the start itself);
    // the result is a working day, so it is never one of them
    const lo = n > 0 ? tambahHari(tanggal, 1) : n === 0 ? tanggal : hasil;
    const hi = n >= 0 ? hasil : tambahHari(tanggal, -1);
    const dilewati: LiburDilewati[] = [];
    for (let d = lo; d <= hi; d = tambahHari(d, 1)) {
      const l = byTanggal.get(d);
      if (l && !akhirPekan(d)) dilewati.push({ tanggal: l.tanggal, nama: l.nama, jenis: l.jenis, periksa: l.periksa });
    }
    if (n < 0) dilewati.reverse();
    return { dari: tanggal, n, tanggal: hasil, hari: hariDari(hasil) ?? '', dilewati, peringatan: this.peringatanTahun(semua, tanggal, hasil) };
  }

  /** A count over a year whose list is empty, or still only Netra's unchecked seed, may be wrong: say so. */
  private peringatanTahun(semua: readonly HariLibur[], a: string, b: string): string[] {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    const out: string[] = [];
    for (let y = Number(lo.slice(0, 4)); y <= Number(hi.slice(0, 4)); y++) {
      const tahun = semua.filter((l) => l.tanggal.startsWith(`${y}-`));
      const periksa = tahun.filter((l) => l.periksa).length;
      if (tahun.length === 0) out.push(`Daftar hari libur tahun ${y} masih kosong: hari kerja tahun itu dihitung tanpa hari libur. Isi atau impor daftarnya (Pengaturan → Hari libur).`);
      else if (periksa > 0) out.push(`${periksa} hari libur tahun ${y} belum diperiksa dengan SKB hari libur nasional dan cuti bersama tahun itu.`);
    }
    return out;
  }

  /** What a holiday sheet would add and change; problems are listed, nothing is written. */
  async pratinjau(file: { path: string; label: string }): Promise<PratinjauImporLibur> {
    const rows = await this.baca(file);
    return this.banding(file.label, rows.rows, rows.problems);
  }

  /** Applies a holiday sheet in one transaction; any problem refuses the whole file. */
  async terapkan(file: { path: string; label: string }, terapkanUbah: boolean): Promise<{ ditambah: number; diubah: number; diperiksa: number }> {
    const { rows, problems } = await this.baca(file);
    if (problems.length) throw tolak(file.label, problems);
    const p0 = this.banding(file.label, rows, []);
    if (p0.tambah.length || (terapkanUbah && p0.ubah.length) || p0.samaPeriksa) await this.sebelumImpor(`hari libur dari ${file.label}`);
    return this.db
      .transaction(() => {
        // compared again inside the write: the table may have changed since the review
        const p = this.banding(file.label, rows, []);
        const now = this.now().toISOString();
        for (const l of p.tambah) this.repo.simpan(l, now);
        if (terapkanUbah) for (const u of p.ubah) this.repo.simpan(u.baru, now);
        let diperiksa = 0;
        for (const r of rows) {
          const ada = this.repo.get(r.tanggal);
          if (ada?.periksa && ada.nama === r.nama && ada.jenis === r.jenis) {
            this.repo.simpan(ada, now);
            diperiksa++;
          }
        }
        return { ditambah: p.tambah.length, diubah: terapkanUbah ? p.ubah.length : 0, diperiksa };
      })
      .immediate();
  }

  private async baca(file: { path: string; label: string }) {
    const grid = await readGrid(file.path);
    const header = findLiburHeader(grid);
    if (!header)
      throw new AppError(
        'IMPOR_DITOLAK',
        `Berkas "${file.label}" tidak memuat baris judul kolom "Tanggal" dan "Nama". Tambahkan judul kolom itu di atas daftar hari libur (kolom "Jenis" boleh ada: nasional, cuti bersama, atau daerah).`,
      );
    const { rows, problems } = readLiburRows(grid, header);
    if (!problems.length && rows.length === 0) throw new AppError('IMPOR_DITOLAK', `Berkas "${file.label}" tidak memuat hari libur di bawah baris judul kolom (baris ${header.row}).`);
    if (rows.length > MAKS_BARIS_LIBUR)
      throw new AppError('IMPOR_DITOLAK', `Berkas "${file.label}" memuat ${rows.length} hari libur; sekali impor paling banyak ${MAKS_BARIS_LIBUR}. Tidak ada yang diimpor. Bagi berkasnya per tahun.`);
    return { rows: rows.map(({ row: _row, ...l }) => l), problems };
  }

  private banding(berkas: string, rows: readonly HariLiburInput[], problems: readonly { row: number; column: string; message: string }[]): PratinjauImporLibur {
    const tambah: HariLiburInput[] = [];
    const ubah: PratinjauImporLibur['ubah'] = [];
    let sama = 0;
    let samaPeriksa = 0;
    for (const r of rows) {
      const ada = this.repo.get(r.tanggal);
      if (!ada) tambah.push(r);
      else if (ada.nama !== r.nama || ada.jenis !== r.jenis) ubah.push({ lama: ada, baru: r });
      else {
        sama++;
        if (ada.periksa) samaPeriksa++;
      }
    }
    const masalah: MasalahBaris[] = problems.map((p) => ({ baris: p.row, kolom: p.column, pesan: p.message }));
    return { berkas, tambah, ubah, sama, samaPeriksa, masalah };
  }
}

function tolak(label: string, list: readonly { row: number; column: string; message: string }[]): AppError {
  const listed = list.slice(0, MAKS_MASALAH).map((p) => `baris ${p.row} kolom ${p.column}: ${p.message.replace(/\.+$/, '')}`);
  const more = list.length > MAKS_MASALAH ? `; dan ${list.length - MAKS_MASALAH} masalah lain` : '';
  return new AppError('IMPOR_DITOLAK', `Berkas "${label}" ditolak, tidak ada hari libur yang diimpor. Perbaiki lalu impor lagi: ${listed.join('; ')}${more}.`);
}

