import type { DasarHukum, DasarHukumInput, JenisDasarHukum } from '../../../../shared/contract/dasar-hukum';
import type { Db } from '../open';

interface Row {
  id: number;
  kode: string;
  jenis: JenisDasarHukum;
  sebutan: string;
  nomor: string;
  tahun: number;
  tanggal: string;
  tentang: string;
  ln: string;
  tln: string;
  diubah_dengan: string;
  periksa: number;
  bawaan: number;
}

const toEntry = (r: Row): DasarHukum => ({
  id: r.id,
  kode: r.kode,
  jenis: r.jenis,
  sebutan: r.sebutan,
  nomor: r.nomor,
  tahun: r.tahun,
  tanggal: r.tanggal,
  tentang: r.tentang,
  ln: r.ln,
  tln: r.tln,
  diubahDengan: JSON.parse(r.diubah_dengan) as string[],
  periksa: r.periksa === 1,
  bawaan: r.bawaan === 1,
});

/** The legal bases (dasar hukum) decrees and circulars cite by code. */
export class DasarHukumRepository {
  constructor(private readonly db: Db) {}

  list(): DasarHukum[] {
    return (this.db.prepare('SELECT * FROM dasar_hukum ORDER BY id').all() as Row[]).map(toEntry);
  }

  get(id: number): DasarHukum | null {
    const r = this.db.prepare('SELECT * FROM dasar_hukum WHERE id = ?').get(id) as Row | undefined;
    return r ? toEntry(r) : null;
  }

  byKode(kode: string): DasarHukum | null {
    const r = this.db.prepare('SELECT * FROM dasar_hukum WHERE kode = ? COLLATE NOCASE').get(kode) as Row | undefined;
    return r ? toEntry(r) : null;
  }

  insert(d: DasarHukumInput): number {
    const now = new Date().toISOString();
    const info = this.db
      .prepare(
        `INSERT INTO dasar_hukum (kode, jenis, sebutan, nomor, tahun, tanggal, tentang, ln, tln, diubah_dengan, periksa, bawaan, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
      )
      .run(d.kode, d.jenis, d.sebutan, d.nomor, d.tahun, d.tanggal, d.tentang, d.ln, d.tln, JSON.stringify(d.diubahDengan), d.periksa ? 1 : 0, now, now);
    return Number(info.lastInsertRowid);
  }

  /** A changed entry is the clerk's, no longer the shipped one (an empty registry ignores only shipped rows). */
  update(id: number, d: DasarHukumInput): void {
    this.db
      .prepare(
        `UPDATE dasar_hukum SET kode = ?, jenis = ?, sebutan = ?, nomor = ?, tahun = ?, tanggal = ?, tentang = ?, ln = ?, tln = ?,
           diubah_dengan = ?, periksa = ?, bawaan = 0, updated_at = ? WHERE id = ?`,
      )
      .run(d.kode, d.jenis, d.sebutan, d.nomor, d.tahun, d.tanggal, d.tentang, d.ln, d.tln, JSON.stringify(d.diubahDengan), d.periksa ? 1 : 0, new Date().toISOString(), id);
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM dasar_hukum WHERE id = ?').run(id).changes > 0;
  }
}
