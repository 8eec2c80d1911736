import type { TeksVersi } from '../../../../shared/contract/dokumen';
import type { Teks } from '../../../../shared/dokumen/teks';
import type { Db } from '../open';

interface TeksRow {
  jenis: string;
  versi: number;
  teks: string;
  catatan: string;
  created_at: string;
}

const toVersi = (r: TeksRow): TeksVersi => ({
  jenis: r.jenis,
  versi: r.versi,
  teks: JSON.parse(r.teks) as Teks,
  catatan: r.catatan,
  createdAt: r.created_at,
});

const SELECT = 'SELECT jenis, versi, teks, catatan, created_at FROM teks_dokumen';

/** Text versions are only ever added, never changed: archived documents point at them. */
export class TeksRepository {
  constructor(private readonly db: Db) {}

  latest(jenis: string): TeksVersi | null {
    const row = this.db.prepare(`${SELECT} WHERE jenis = ? ORDER BY versi DESC LIMIT 1`).get(jenis) as TeksRow | undefined;
    return row ? toVersi(row) : null;
  }

  get(jenis: string, versi: number): TeksVersi | null {
    const row = this.db.prepare(`${SELECT} WHERE jenis = ? AND versi = ?`).get(jenis, versi) as TeksRow | undefined;
    return row ? toVersi(row) : null;
  }

  /** Newest first. */
  versions(jenis: string): TeksVersi[] {
    return (this.db.prepare(`${SELECT} WHERE jenis = ? ORDER BY versi DESC`).all(jenis) as TeksRow[]).map(toVersi);
  }

  maxVersi(jenis: string): number {
    return this.db.prepare('SELECT COALESCE(MAX(versi), 0) FROM teks_dokumen WHERE jenis = ?').pluck().get(jenis) as number;
  }

  /** Returns false when that version already exists (another window seeded it first). */
  insertIfAbsent(jenis: string, versi: number, teks: Teks, catatan: string): boolean {
    const info = this.db
      .prepare('INSERT OR IGNORE INTO teks_dokumen (jenis, versi, teks, catatan, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(jenis, versi, JSON.stringify(teks), catatan, new Date().toISOString());
    return info.changes === 1;
  }

  insert(jenis: string, versi: number, teks: Teks, catatan: string): void {
    this.db
      .prepare('INSERT INTO teks_dokumen (jenis, versi, teks, catatan, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(jenis, versi, JSON.stringify(teks), catatan, new Date().toISOString());
  }
}
