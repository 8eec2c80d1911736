import type { JenisUnit, UnitKerja } from '../../../../shared/domain/pegawai';
import type { UnitInput } from '../../../../shared/contract/schemas';
import type { Db } from '../open';

interface UnitRow {
  id: number;
  nama: string;
  singkatan: string | null;
  jenis: JenisUnit;
  parent_id: number | null;
  jumlah: number;
}

const toUnit = (r: UnitRow): UnitKerja => ({
  id: r.id,
  nama: r.nama,
  singkatan: r.singkatan,
  jenis: r.jenis,
  parentId: r.parent_id,
  jumlahPegawai: r.jumlah,
});

const SELECT = `SELECT u.id, u.nama, u.singkatan, u.jenis, u.parent_id,
  (SELECT COUNT(*) FROM pegawai p WHERE p.unit_kerja_id = u.id) AS jumlah FROM unit_kerja u`;

export class UnitKerjaRepository {
  constructor(private readonly db: Db) {}

  list(): UnitKerja[] {
    return (this.db.prepare(`${SELECT} ORDER BY u.nama COLLATE NOCASE`).all() as UnitRow[]).map(toUnit);
  }

  get(id: number): UnitKerja | null {
    const row = this.db.prepare(`${SELECT} WHERE u.id = ?`).get(id) as UnitRow | undefined;
    return row ? toUnit(row) : null;
  }

  findByName(nama: string, parentId: number | null): UnitKerja | null {
    const row = this.db
      .prepare(`${SELECT} WHERE COALESCE(u.parent_id, 0) = ? AND u.nama = ? COLLATE NOCASE`)
      .get(parentId ?? 0, nama) as UnitRow | undefined;
    return row ? toUnit(row) : null;
  }

  /** Units of that name anywhere in the tree (import matches a bare unit name this way). */
  findAllByName(nama: string): UnitKerja[] {
    return (this.db.prepare(`${SELECT} WHERE u.nama = ? COLLATE NOCASE`).all(nama) as UnitRow[]).map(toUnit);
  }

  insert(data: UnitInput): number {
    const now = new Date().toISOString();
    const info = this.db
      .prepare(
        `INSERT INTO unit_kerja (nama, singkatan, jenis, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(data.nama, data.singkatan, data.jenis, data.parentId, now, now);
    return Number(info.lastInsertRowid);
  }

  update(id: number, data: UnitInput): void {
    this.db
      .prepare(`UPDATE unit_kerja SET nama = ?, singkatan = ?, jenis = ?, parent_id = ?, updated_at = ? WHERE id = ?`)
      .run(data.nama, data.singkatan, data.jenis, data.parentId, new Date().toISOString(), id);
  }

  /** Ids of the unit and every unit below it. */
  subtreeIds(id: number): number[] {
    return (
      this.db
        .prepare(
          `WITH RECURSIVE t(id) AS (SELECT ? UNION SELECT u.id FROM unit_kerja u JOIN t ON u.parent_id = t.id) SELECT id FROM t`,
        )
        .all(id) as { id: number }[]
    ).map((r) => r.id);
  }

  moveChildren(fromId: number, toId: number): void {
    this.db.prepare(`UPDATE unit_kerja SET parent_id = ?, updated_at = ? WHERE parent_id = ?`).run(toId, new Date().toISOString(), fromId);
  }

  childCount(id: number): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM unit_kerja WHERE parent_id = ?`).get(id) as { n: number }).n;
  }

  delete(id: number): void {
    this.db.prepare(`DELETE FROM unit_kerja WHERE id = ?`).run(id);
  }

  count(): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM unit_kerja`).get() as { n: number }).n;
  }
}
