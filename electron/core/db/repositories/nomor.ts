import type { JenisDokumen, NomorSurat, SkemaNomor, SkemaNomorInput, StatusNomor } from '../../../../shared/contract/dokumen';
import type { Db } from '../open';

interface NomorRow {
  id: number;
  seri: string;
  tahun: number;
  urut: number | null;
  nomor: string;
  jenis: JenisDokumen | null;
  status: StatusNomor;
  tanggal: string;
  hal: string;
  alasan_batal: string | null;
  manual: number;
  dokumen_id: number | null;
  created_at: string;
}

const toNomor = (r: NomorRow): NomorSurat => ({
  id: r.id,
  seri: r.seri,
  tahun: r.tahun,
  // a manual number has no counter position; 0 keeps the contract's number type
  urut: r.urut ?? 0,
  nomor: r.nomor,
  jenis: r.jenis,
  status: r.status,
  tanggal: r.tanggal,
  hal: r.hal,
  alasanBatal: r.alasan_batal,
  manual: r.manual === 1,
  dokumenId: r.dokumen_id,
  createdAt: r.created_at,
});

export interface NomorBaru {
  seri: string;
  tahun: number;
  /** null for a manual number. */
  urut: number | null;
  nomor: string;
  jenis: JenisDokumen | null;
  status: Exclude<StatusNomor, 'batal'>;
  tanggal: string;
  hal: string;
}

export interface NomorFilter {
  tahun: number | null;
  status: StatusNomor | null;
}

/** Numbering schemes and the register. Callers own the transactions (see PenomoranService.take). */
export class NomorRepository {
  constructor(private readonly db: Db) {}

  skema(jenis: JenisDokumen): SkemaNomor | null {
    return (
      (this.db.prepare('SELECT jenis, pola, kode, unit, padding, seri FROM skema_nomor WHERE jenis = ?').get(jenis) as SkemaNomor | undefined) ??
      null
    );
  }

  saveSkema(jenis: JenisDokumen, s: SkemaNomorInput): void {
    this.db
      .prepare(
        `INSERT INTO skema_nomor (jenis, pola, kode, unit, padding, seri, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (jenis) DO UPDATE SET pola = excluded.pola, kode = excluded.kode, unit = excluded.unit,
           padding = excluded.padding, seri = excluded.seri, updated_at = excluded.updated_at`,
      )
      .run(jenis, s.pola, s.kode, s.unit, s.padding, s.seri, new Date().toISOString());
  }

  /** Highest counter position of the series in that year, voided numbers included (they are never reused). */
  maxUrut(seri: string, tahun: number): number {
    return (this.db.prepare('SELECT COALESCE(MAX(urut), 0) FROM nomor_surat WHERE seri = ? AND tahun = ?').pluck().get(seri, tahun) as number);
  }

  get(id: number): NomorSurat | null {
    const row = this.db.prepare('SELECT * FROM nomor_surat WHERE id = ?').get(id) as NomorRow | undefined;
    return row ? toNomor(row) : null;
  }

  /** The register line holding this number, compared as the unique index does (case-insensitive). */
  findByNomor(nomor: string): NomorSurat | null {
    const row = this.db.prepare('SELECT * FROM nomor_surat WHERE nomor = ? COLLATE NOCASE').get(nomor) as NomorRow | undefined;
    return row ? toNomor(row) : null;
  }

  insert(n: NomorBaru): number {
    const now = new Date().toISOString();
    const info = this.db
      .prepare(
        `INSERT INTO nomor_surat (seri, tahun, urut, nomor, jenis, status, tanggal, hal, manual, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(n.seri, n.tahun, n.urut, n.nomor, n.jenis, n.status, n.tanggal, n.hal, n.urut === null ? 1 : 0, now, now);
    return Number(info.lastInsertRowid);
  }

  markUsed(id: number, dokumenId: number): void {
    this.db
      .prepare(`UPDATE nomor_surat SET status = 'dipakai', dokumen_id = ?, updated_at = ? WHERE id = ?`)
      .run(dokumenId, new Date().toISOString(), id);
  }

  /** Voids the number; the link to a document (if any) stays, so the register still says what it was. */
  markVoid(id: number, alasan: string): void {
    this.db
      .prepare(`UPDATE nomor_surat SET status = 'batal', alasan_batal = ?, updated_at = ? WHERE id = ?`)
      .run(alasan, new Date().toISOString(), id);
  }

  /** Newest first. */
  list(f: NomorFilter): NomorSurat[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (f.tahun !== null) {
      where.push('tahun = ?');
      params.push(f.tahun);
    }
    if (f.status !== null) {
      where.push('status = ?');
      params.push(f.status);
    }
    const sql = `SELECT * FROM nomor_surat ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC`;
    return (this.db.prepare(sql).all(...params) as NomorRow[]).map(toNomor);
  }

  /** The register of a year in book order: per series by counter position, manual numbers by date after them. */
  ofYear(tahun: number): NomorSurat[] {
    return (
      this.db
        .prepare('SELECT * FROM nomor_surat WHERE tahun = ? ORDER BY seri, urut IS NULL, urut, tanggal, id')
        .all(tahun) as NomorRow[]
    ).map(toNomor);
  }
}
