import type { HariLibur, HariLiburInput, JenisLibur } from '../../../../shared/contract/libur';
import type { Db } from '../open';

interface LiburRow {
  tanggal: string;
  nama: string;
  jenis: JenisLibur;
  periksa: number;
  created_at: string;
}

const dariRow = (r: LiburRow): HariLibur => ({ tanggal: r.tanggal, nama: r.nama, jenis: r.jenis, periksa: r.periksa === 1, createdAt: r.created_at });

/** The holiday table working days are counted over. */
export class LiburRepository {
  constructor(private readonly db: Db) {}

  list(tahun: number | null = null): HariLibur[] {
    const rows = (
      tahun === null
        ? this.db.prepare('SELECT * FROM hari_libur ORDER BY tanggal').all()
        : this.db.prepare('SELECT * FROM hari_libur WHERE tanggal >= ? AND tanggal < ? ORDER BY tanggal').all(`${tahun}-01-01`, `${tahun + 1}-01-01`)
    ) as LiburRow[];
    return rows.map(dariRow);
  }

  get(tanggal: string): HariLibur | null {
    const r = this.db.prepare('SELECT * FROM hari_libur WHERE tanggal = ?').get(tanggal) as LiburRow | undefined;
    return r ? dariRow(r) : null;
  }

  /** Every holiday date, for counting working days (a few hundred rows: read whole, held by the caller for one request). */
  tanggalSet(): Set<string> {
    return new Set(this.db.prepare('SELECT tanggal FROM hari_libur').pluck().all() as string[]);
  }

  /** Insert or rename; a saved row is the clerk's, so its "periksa" mark goes. */
  simpan(l: HariLiburInput, now: string): void {
    this.db
      .prepare('INSERT INTO hari_libur (tanggal, nama, jenis, periksa, created_at) VALUES (?, ?, ?, 0, ?) ON CONFLICT(tanggal) DO UPDATE SET nama = excluded.nama, jenis = excluded.jenis, periksa = 0')
      .run(l.tanggal, l.nama, l.jenis, now);
  }

  hapus(tanggal: string): boolean {
    return this.db.prepare('DELETE FROM hari_libur WHERE tanggal = ?').run(tanggal).changes > 0;
  }
}
