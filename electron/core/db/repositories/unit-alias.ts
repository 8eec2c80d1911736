import type { Singkatan } from '../../../../shared/domain/unit-nama';
import type { Db } from '../open';

export interface UnitAlias {
  kunci: string;
  nama: string;
  unitKerjaId: number;
  createdAt: string;
}

/** Editable abbreviations of unit names, and the aliases clerks confirmed during imports. */
export class UnitAliasRepository {
  constructor(private readonly db: Db) {}

  singkatan(): (Singkatan & { bawaan: boolean })[] {
    return (
      this.db.prepare(`SELECT singkatan, kepanjangan, bawaan FROM unit_singkatan ORDER BY singkatan COLLATE NOCASE`).all() as {
        singkatan: string;
        kepanjangan: string;
        bawaan: number;
      }[]
    ).map((r) => ({ singkatan: r.singkatan, kepanjangan: r.kepanjangan, bawaan: r.bawaan === 1 }));
  }

  /** Replaces the whole list (call inside a transaction). */
  replaceSingkatan(list: readonly Singkatan[]): void {
    const shipped = new Map(this.singkatan().map((s) => [s.singkatan.toLowerCase(), s]));
    this.db.prepare(`DELETE FROM unit_singkatan`).run();
    const ins = this.db.prepare(`INSERT INTO unit_singkatan (singkatan, kepanjangan, bawaan, updated_at) VALUES (?, ?, ?, ?)`);
    const now = new Date().toISOString();
    for (const s of list) {
      const old = shipped.get(s.singkatan.toLowerCase());
      ins.run(s.singkatan, s.kepanjangan, old && old.bawaan && old.kepanjangan === s.kepanjangan ? 1 : 0, now);
    }
  }

  aliases(): UnitAlias[] {
    return (
      this.db.prepare(`SELECT kunci, nama, unit_kerja_id, created_at FROM unit_alias ORDER BY nama COLLATE NOCASE`).all() as {
        kunci: string;
        nama: string;
        unit_kerja_id: number;
        created_at: string;
      }[]
    ).map((r) => ({ kunci: r.kunci, nama: r.nama, unitKerjaId: r.unit_kerja_id, createdAt: r.created_at }));
  }

  remember(kunci: string, nama: string, unitKerjaId: number): void {
    this.db
      .prepare(
        `INSERT INTO unit_alias (kunci, nama, unit_kerja_id, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (kunci) DO UPDATE SET nama = excluded.nama, unit_kerja_id = excluded.unit_kerja_id`,
      )
      .run(kunci, nama, unitKerjaId, new Date().toISOString());
  }

  forget(kunci: string): boolean {
    return this.db.prepare(`DELETE FROM unit_alias WHERE kunci = ?`).run(kunci).changes > 0;
  }

  /** A merged unit's aliases now mean the unit it was merged into. */
  moveAliases(fromUnitId: number, toUnitId: number): void {
    this.db.prepare(`UPDATE unit_alias SET unit_kerja_id = ? WHERE unit_kerja_id = ?`).run(toUnitId, fromUnitId);
  }
}
