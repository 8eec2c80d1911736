import type { NomorSurat, SkemaNomor, SkemaNomorInput, StatusNomor } from '../../../../shared/contract/dokumen';
import type { Db } from '../open';

interface NomorRow {
  id: number;
  seri: string;
  unit: string;
  tahun: number;
  urut: number | null;
  nomor: string;
  jenis: string | null;
  status: StatusNomor;
  tanggal: string;
  hal: string;
  tujuan: string;
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
  tujuan: r.tujuan,
  alasanBatal: r.alasan_batal,
  manual: r.manual === 1,
  dokumenId: r.dokumen_id,
  createdAt: r.created_at,
});

export interface NomorBaru {
  seri: string;
  /** The counter's unit (see the nomor_surat.unit column); '' for a shared counter or no unit. */
  unit: string;
  tahun: number;
  /** null for a manual number. */
  urut: number | null;
  nomor: string;
  jenis: string | null;
  status: Exclude<StatusNomor, 'batal'>;
  tanggal: string;
  hal: string;
  /** Reserved by the app for a document it is building now (see voidInterrupted). */
  sementara?: boolean;
}

export interface NomorFilter {
  tahun: number | null;
  status: StatusNomor | null;
}

/** Numbering schemes and the register. Callers own the transactions (see PenomoranService.take). */
export class NomorRepository {
  constructor(private readonly db: Db) {}

  skema(jenis: string): SkemaNomor | null {
    return (
      (this.db.prepare('SELECT jenis, pola, kode, unit, padding, seri FROM skema_nomor WHERE jenis = ?').get(jenis) as SkemaNomor | undefined) ??
      null
    );
  }

  saveSkema(jenis: string, s: SkemaNomorInput): void {
    this.db
      .prepare(
        `INSERT INTO skema_nomor (jenis, pola, kode, unit, padding, seri, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (jenis) DO UPDATE SET pola = excluded.pola, kode = excluded.kode, unit = excluded.unit,
           padding = excluded.padding, seri = excluded.seri, updated_at = excluded.updated_at`,
      )
      .run(jenis, s.pola, s.kode, s.unit, s.padding, s.seri, new Date().toISOString());
  }

  /**
   * Highest counter position of the series for that unit in that year, voided numbers included
   * (they are never reused). Each unit keeps its own counter, so its agenda book has no gaps.
   */
  maxUrut(seri: string, unit: string, tahun: number): number {
    return this.db
      .prepare('SELECT COALESCE(MAX(urut), 0) FROM nomor_surat WHERE seri = ? AND unit = ? AND tahun = ?')
      .pluck()
      .get(seri, unit, tahun) as number;
  }

  /** The unit recorded with a register line (not part of the NomorSurat contract); null if there is no such line. */
  unitOf(id: number): string | null {
    return (this.db.prepare('SELECT unit FROM nomor_surat WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
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
        `INSERT INTO nomor_surat (seri, unit, tahun, urut, nomor, jenis, status, tanggal, hal, manual, sementara, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(n.seri, n.unit, n.tahun, n.urut, n.nomor, n.jenis, n.status, n.tanggal, n.hal, n.urut === null ? 1 : 0, n.sementara ? 1 : 0, now, now);
    return Number(info.lastInsertRowid);
  }

  /** Voids the numbers the app reserved before `cutoff` for builds that never finished; returns how many. */
  voidInterrupted(alasan: string, cutoff: string): number {
    return this.db
      .prepare(
        `UPDATE nomor_surat SET status = 'batal', sementara = 0, alasan_batal = ?, updated_at = ?
         WHERE sementara = 1 AND status = 'dipesan' AND dokumen_id IS NULL AND created_at < ?`,
      )
      .run(alasan, new Date().toISOString(), cutoff).changes;
  }

  /** Links the number to its document; the line takes the document's date and subject, as the agenda book shows them. */
  markUsed(id: number, dokumenId: number, doc: { tanggal: string; hal: string; tujuan: string }): void {
    this.db
      .prepare(`UPDATE nomor_surat SET status = 'dipakai', sementara = 0, dokumen_id = ?, tanggal = ?, hal = ?, tujuan = ?, updated_at = ? WHERE id = ?`)
      .run(dokumenId, doc.tanggal, doc.hal, doc.tujuan, new Date().toISOString(), id);
  }

  /**
   * Deletes a manual number that was reserved and never used; returns whether a line was deleted.
   * The conditions are repeated in the statement so a line that changed meanwhile is never removed.
   */
  deleteUnusedManual(id: number): boolean {
    return this.db.prepare(`DELETE FROM nomor_surat WHERE id = ? AND manual = 1 AND status = 'dipesan' AND dokumen_id IS NULL`).run(id).changes === 1;
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

  /** The register of a year in book order: per series: each unit's counter numbers in order, then the manual numbers by date. */
  ofYear(tahun: number): NomorSurat[] {
    return (
      this.db
        .prepare('SELECT * FROM nomor_surat WHERE tahun = ? ORDER BY seri, urut IS NULL, unit, urut, tanggal, id')
        .all(tahun) as NomorRow[]
    ).map(toNomor);
  }
}
