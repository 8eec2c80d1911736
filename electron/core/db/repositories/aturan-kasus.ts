import { AturanIsiSchema, type AturanInput, type AturanIsi, type AturanKasus, type AturanVersi, type VersiAturan } from '../../../../shared/contract/aturan-kasus';
import { AppError } from '../../../../shared/contract/result';
import type { Db } from '../open';

interface AturanRow {
  id: number;
  kode: string;
  nama: string;
  berlaku_mulai: string;
  berlaku_sampai: string | null;
  sumber: string;
  isi: string;
  versi: number;
  bawaan: number;
  updated_at: string;
  jumlah_kasus: number;
}

/** Stored JSON is parsed again on read: a row edited outside Netra never reaches the procedure half-valid. */
export function parseIsi(json: string, nama = 'Perangkat aturan kasus'): AturanIsi {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw rusak(nama, (e as Error).message);
  }
  const r = AturanIsiSchema.safeParse(raw);
  // named as damaged stored data: a zod error here would read as the clerk's own input being wrong
  if (!r.success) throw rusak(nama, r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return r.data;
}

function rusak(nama: string, detail: string): AppError {
  return new AppError('DATABASE', `${nama} rusak di basis data (diubah di luar Netra?): ${detail}. Impor ulang berkas .json perangkat itu, atau pulihkan cadangan (Pengaturan → Cadangan).`);
}

const SELECT = 'SELECT a.*, (SELECT COUNT(*) FROM kasus k WHERE k.aturan_id = a.id) AS jumlah_kasus FROM aturan_kasus a';

const dariRow = (r: AturanRow): AturanKasus => ({
  id: r.id,
  kode: r.kode,
  nama: r.nama,
  berlakuMulai: r.berlaku_mulai,
  berlakuSampai: r.berlaku_sampai,
  sumber: r.sumber,
  isi: parseIsi(r.isi, `Perangkat aturan ${r.kode} versi ${r.versi}`),
  versi: r.versi,
  bawaan: r.bawaan === 1,
  jumlahKasus: r.jumlah_kasus,
  updatedAt: r.updated_at,
});

/** Versioned rule sets of the disciplinary procedure, each with its validity period. */
export class AturanKasusRepository {
  constructor(private readonly db: Db) {}

  list(): AturanKasus[] {
    return (this.db.prepare(`${SELECT} ORDER BY a.berlaku_mulai, a.id`).all() as AturanRow[]).map(dariRow);
  }

  get(id: number): AturanKasus | null {
    const r = this.db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AturanRow | undefined;
    return r ? dariRow(r) : null;
  }

  byKode(kode: string): AturanKasus | null {
    const r = this.db.prepare(`${SELECT} WHERE a.kode = ?`).get(kode) as AturanRow | undefined;
    return r ? dariRow(r) : null;
  }

  /** The sets whose period holds `tanggal` (start and end inclusive). */
  berlaku(tanggal: string): AturanKasus[] {
    return (this.db.prepare(`${SELECT} WHERE a.berlaku_mulai <= ? AND (a.berlaku_sampai IS NULL OR a.berlaku_sampai >= ?) ORDER BY a.berlaku_mulai, a.id`).all(tanggal, tanggal) as AturanRow[]).map(dariRow);
  }

  insert(a: AturanInput, now: string): number {
    const id = Number(
      this.db
        .prepare('INSERT INTO aturan_kasus (kode, nama, berlaku_mulai, berlaku_sampai, sumber, isi, versi, bawaan, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 0, ?)')
        .run(a.kode, a.nama, a.berlakuMulai, a.berlakuSampai, a.sumber, JSON.stringify(a.isi), now).lastInsertRowid,
    );
    this.simpanVersi(id);
    return id;
  }

  /** A new version of the set: cases keep the copy they froze, and the history keeps every version. */
  update(id: number, a: AturanInput, now: string): void {
    this.db
      .prepare('UPDATE aturan_kasus SET kode = ?, nama = ?, berlaku_mulai = ?, berlaku_sampai = ?, sumber = ?, isi = ?, versi = versi + 1, updated_at = ? WHERE id = ?')
      .run(a.kode, a.nama, a.berlakuMulai, a.berlakuSampai, a.sumber, JSON.stringify(a.isi), now, id);
    this.simpanVersi(id);
  }

  /** The current row as a version of the history (called in the same transaction as the write). */
  private simpanVersi(id: number): void {
    this.db
      .prepare(
        'INSERT INTO aturan_kasus_versi (aturan_id, versi, kode, nama, berlaku_mulai, berlaku_sampai, sumber, isi, disimpan_at) SELECT id, versi, kode, nama, berlaku_mulai, berlaku_sampai, sumber, isi, updated_at FROM aturan_kasus WHERE id = ?',
      )
      .run(id);
  }

  /** Every saved version of a set, newest first, with the cases that froze each. */
  riwayat(id: number): VersiAturan[] {
    const rows = this.db
      .prepare(
        `SELECT v.versi, v.kode, v.nama, v.berlaku_mulai, v.berlaku_sampai, v.disimpan_at,
           (SELECT COUNT(*) FROM kasus k JOIN aturan_beku b ON b.id = k.aturan_beku_id WHERE k.aturan_id = v.aturan_id AND json_extract(b.isi, '$.versi') = v.versi) AS jumlah_kasus
         FROM aturan_kasus_versi v WHERE v.aturan_id = ? ORDER BY v.versi DESC`,
      )
      .all(id) as { versi: number; kode: string; nama: string; berlaku_mulai: string; berlaku_sampai: string | null; disimpan_at: string; jumlah_kasus: number }[];
    return rows.map((r) => ({ versi: r.versi, kode: r.kode, nama: r.nama, berlakuMulai: r.berlaku_mulai, berlakuSampai: r.berlaku_sampai, disimpanAt: r.disimpan_at, jumlahKasus: r.jumlah_kasus }));
  }

  versi(id: number, versi: number): AturanVersi | null {
    const r = this.db.prepare('SELECT * FROM aturan_kasus_versi WHERE aturan_id = ? AND versi = ?').get(id, versi) as
      | { versi: number; kode: string; nama: string; berlaku_mulai: string; berlaku_sampai: string | null; sumber: string; isi: string; disimpan_at: string }
      | undefined;
    if (!r) return null;
    return { versi: r.versi, disimpanAt: r.disimpan_at, data: { kode: r.kode, nama: r.nama, berlakuMulai: r.berlaku_mulai, berlakuSampai: r.berlaku_sampai, sumber: r.sumber, isi: parseIsi(r.isi, `Perangkat aturan ${r.kode} versi ${r.versi}`) } };
  }
}
