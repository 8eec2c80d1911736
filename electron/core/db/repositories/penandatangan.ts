import { tanpaNip, type Penandatangan, type PenandatanganInput } from '../../../../shared/contract/dokumen';
import type { Db } from '../open';

interface PenandatanganRow {
  id: number;
  jabatan: string;
  nama: string;
  gelar_depan: string;
  gelar_belakang: string;
  golongan: string;
  nip: string;
  jenis: Penandatangan['jenis'];
  aktif: number;
}

const toPenandatangan = (r: PenandatanganRow): Penandatangan => ({
  id: r.id,
  jabatan: r.jabatan,
  nama: r.nama,
  gelarDepan: r.gelar_depan,
  gelarBelakang: r.gelar_belakang,
  golongan: r.golongan,
  nip: r.nip,
  jenis: r.jenis,
  aktif: r.aktif === 1,
});

const columns = (d: PenandatanganInput) => [
  d.jabatan,
  d.nama,
  d.gelarDepan,
  d.gelarBelakang,
  d.golongan,
  d.nip,
  d.jenis,
  // kept for older readers of the table (backups opened by an older Netra)
  tanpaNip(d.jenis) ? 1 : 0,
  d.aktif ? 1 : 0,
];

export class PenandatanganRepository {
  constructor(private readonly db: Db) {}

  /** Active signatories first, then by name. */
  list(): Penandatangan[] {
    return (
      this.db.prepare('SELECT * FROM penandatangan ORDER BY aktif DESC, nama COLLATE NOCASE, id').all() as PenandatanganRow[]
    ).map(toPenandatangan);
  }

  get(id: number): Penandatangan | null {
    const row = this.db.prepare('SELECT * FROM penandatangan WHERE id = ?').get(id) as PenandatanganRow | undefined;
    return row ? toPenandatangan(row) : null;
  }

  insert(data: PenandatanganInput): number {
    const now = new Date().toISOString();
    const info = this.db
      .prepare(
        `INSERT INTO penandatangan (jabatan, nama, gelar_depan, gelar_belakang, golongan, nip, jenis, kepala_daerah, aktif, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...columns(data), now, now);
    return Number(info.lastInsertRowid);
  }

  update(id: number, data: PenandatanganInput): void {
    this.db
      .prepare(
        `UPDATE penandatangan SET jabatan = ?, nama = ?, gelar_depan = ?, gelar_belakang = ?, golongan = ?, nip = ?,
           jenis = ?, kepala_daerah = ?, aktif = ?, updated_at = ? WHERE id = ?`,
      )
      .run(...columns(data), new Date().toISOString(), id);
  }

  documentCount(id: number): number {
    return this.db.prepare('SELECT COUNT(*) FROM dokumen WHERE penandatangan_id = ?').pluck().get(id) as number;
  }

  delete(id: number): void {
    this.db.prepare('DELETE FROM penandatangan WHERE id = ?').run(id);
  }
}
