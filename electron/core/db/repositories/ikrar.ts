import type Database from 'better-sqlite3';
import type { CaraCatat, FormulirIkrar, JumlahIkrar, KampanyeInput, LogTerima } from '../../../../shared/contract/ikrar';
import type { TeksIkrarIsi } from '../../../../shared/domain/ikrar';
import type { HasilPindai } from '../../../../shared/domain/kegiatan';
import type { JenisJabatan, StatusKepegawaian } from '../../../../shared/domain/pegawai';
import type { Db } from '../open';
import { dariSnapshotRow, type SnapshotPeserta as SnapshotDasar, type SnapshotRow } from './peserta-snapshot';

/** A person as a form copies them: the participant snapshot (migration 8), and the event row it came from. */
export type SnapshotPeserta = Omit<SnapshotDasar, 'urutan'> & { pesertaId: number | null };

export interface KampanyeRow {
  id: number;
  judul: string;
  pemilihan: string;
  kegiatan_id: number | null;
  kegiatan_judul: string | null;
  aturan_peserta: string | null;
  tempat: string;
  tanggal: string;
  meterai: number;
  penyelenggara_id: number | null;
  teks_versi: number | null;
  dicetak_at: string | null;
  created_at: string;
  updated_at: string;
}

interface FormulirRow {
  id: number;
  kampanye_id: number;
  pegawai_id: number | null;
  nama: string;
  nip: string | null;
  nik: string | null;
  status_kepegawaian: string | null;
  golongan: string | null;
  pangkat: string | null;
  jabatan: string | null;
  jenis_jabatan: string | null;
  eselon: string | null;
  unit_kerja: string | null;
  unit_induk: string;
  unit_induk_id: number | null;
  tamu: number;
  ditambah_at: string | null;
  kode: string;
  kembali_id: number | null;
  kembali_waktu: string | null;
  kembali_meja: string | null;
}

export interface LogRow {
  id: number;
  kampanye_id: number;
  formulir_id: number | null;
  hasil: HasilPindai | 'batal';
  masukan: string;
  cara: CaraCatat;
  waktu: string;
  meja: string;
  operator: string;
  nonce: string;
  membatalkan_id: number | null;
  alasan: string | null;
}

/** The active return of a form: the 'tercatat' entry kept in formulir_ikrar.kembali_log_id (set and cleared with the log, in one transaction). */
const KEMBALI = 'LEFT JOIN ikrar_terima_log k ON k.id = f.kembali_log_id';

const FORMULIR_SELECT = /* sql */ `
  SELECT f.id, f.kampanye_id, f.pegawai_id, f.nama, f.nip, f.nik, f.status_kepegawaian, f.golongan, f.pangkat, f.jabatan,
         f.jenis_jabatan, f.eselon, f.unit_kerja, f.unit_induk, f.unit_induk_id, f.tamu, f.ditambah_at, f.kode,
         k.id AS kembali_id, k.waktu AS kembali_waktu, k.meja AS kembali_meja
  FROM formulir_ikrar f ${KEMBALI}`;

/** Units by name, then the print order inside the unit. */
const ORDER = 'ORDER BY f.unit_induk COLLATE NOCASE, f.unit_induk, f.urutan, f.id';

const toFormulir = (r: FormulirRow): FormulirIkrar => ({
  id: r.id,
  kampanyeId: r.kampanye_id,
  pegawaiId: r.pegawai_id,
  nama: r.nama,
  nip: r.nip,
  nik: r.nik,
  status: r.status_kepegawaian as StatusKepegawaian | null,
  golongan: r.golongan,
  pangkat: r.pangkat,
  jabatan: r.jabatan,
  jenisJabatan: r.jenis_jabatan as JenisJabatan | null,
  eselon: r.eselon,
  unitKerja: r.unit_kerja,
  unitInduk: r.unit_induk,
  unitIndukId: r.unit_induk_id,
  tamu: r.tamu === 1,
  ditambahAt: r.ditambah_at,
  kode: r.kode,
  kembali: r.kembali_id !== null ? { logId: r.kembali_id, waktu: r.kembali_waktu!, meja: r.kembali_meja! } : null,
});

export interface FormulirFilter {
  teks: string;
  unitIndukId: number | null;
  kembali: 'semua' | 'kembali' | 'belum';
}

export class IkrarRepository {
  constructor(private readonly db: Db) {}

  // ---------- campaigns ----------

  kampanye(id: number): KampanyeRow | null {
    return (this.db.prepare(`SELECT c.*, g.judul AS kegiatan_judul FROM kampanye_ikrar c LEFT JOIN kegiatan g ON g.id = c.kegiatan_id WHERE c.id = ?`).get(id) as KampanyeRow | undefined) ?? null;
  }

  kampanyeList(kegiatanId: number | null): KampanyeRow[] {
    const where = kegiatanId === null ? '' : 'WHERE c.kegiatan_id = ?';
    return this.db.prepare(`SELECT c.*, g.judul AS kegiatan_judul FROM kampanye_ikrar c LEFT JOIN kegiatan g ON g.id = c.kegiatan_id ${where} ORDER BY c.tanggal DESC, c.id DESC`).all(...(kegiatanId === null ? [] : [kegiatanId])) as KampanyeRow[];
  }

  insertKampanye(d: KampanyeInput, now: string): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO kampanye_ikrar (judul, pemilihan, kegiatan_id, aturan_peserta, tempat, tanggal, meterai, penyelenggara_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(d.judul, d.pemilihan, d.kegiatanId, d.peserta ? JSON.stringify(d.peserta) : null, d.tempat, d.tanggal, d.meterai ? 1 : 0, d.penyelenggaraId, now, now).lastInsertRowid,
    );
  }

  updateKampanye(id: number, d: KampanyeInput, now: string): void {
    this.db
      .prepare(`UPDATE kampanye_ikrar SET judul = ?, pemilihan = ?, kegiatan_id = ?, aturan_peserta = ?, tempat = ?, tanggal = ?, meterai = ?, penyelenggara_id = ?, updated_at = ? WHERE id = ?`)
      .run(d.judul, d.pemilihan, d.kegiatanId, d.peserta ? JSON.stringify(d.peserta) : null, d.tempat, d.tanggal, d.meterai ? 1 : 0, d.penyelenggaraId, now, id);
  }

  /** Only the first print records the text version and the time. */
  markDicetak(id: number, versi: number, now: string): void {
    this.db.prepare('UPDATE kampanye_ikrar SET teks_versi = COALESCE(teks_versi, ?), dicetak_at = COALESCE(dicetak_at, ?) WHERE id = ?').run(versi, now, id);
  }

  jumlah(kampanyeId: number): JumlahIkrar {
    return this.jumlahPerUnit(kampanyeId).reduce((a, b) => ({ formulir: a.formulir + b.formulir, kembali: a.kembali + b.kembali, belum: a.belum + b.belum }), { formulir: 0, kembali: 0, belum: 0 });
  }

  jumlahPerUnit(kampanyeId: number): (JumlahIkrar & { unit: string; unitIndukId: number | null })[] {
    const rows = this.db
      .prepare(
        `SELECT f.unit_induk AS unit, f.unit_induk_id AS unitIndukId, COUNT(*) AS formulir, COUNT(k.id) AS kembali
         FROM formulir_ikrar f ${KEMBALI}
         WHERE f.kampanye_id = ? AND f.dihapus_at IS NULL
         GROUP BY f.unit_induk, f.unit_induk_id ORDER BY f.unit_induk COLLATE NOCASE, f.unit_induk`,
      )
      .all(kampanyeId) as { unit: string; unitIndukId: number | null; formulir: number; kembali: number }[];
    return rows.map((r) => ({ ...r, belum: r.formulir - r.kembali }));
  }

  /** Per unit over every campaign of an event. */
  jumlahPerUnitKegiatan(kegiatanId: number): (JumlahIkrar & { unit: string; unitIndukId: number | null })[] {
    const rows = this.db
      .prepare(
        `SELECT f.unit_induk AS unit, f.unit_induk_id AS unitIndukId, COUNT(*) AS formulir, COUNT(k.id) AS kembali
         FROM formulir_ikrar f JOIN kampanye_ikrar c ON c.id = f.kampanye_id ${KEMBALI}
         WHERE c.kegiatan_id = ? AND f.dihapus_at IS NULL
         GROUP BY f.unit_induk, f.unit_induk_id ORDER BY f.unit_induk COLLATE NOCASE, f.unit_induk`,
      )
      .all(kegiatanId) as { unit: string; unitIndukId: number | null; formulir: number; kembali: number }[];
    return rows.map((r) => ({ ...r, belum: r.formulir - r.kembali }));
  }

  // ---------- forms ----------

  /** The snapshot rows of the forms in force, for syncing. */
  formulirKunci(kampanyeId: number): { id: number; pegawai_id: number | null; peserta_id: number | null }[] {
    return this.db.prepare('SELECT id, pegawai_id, peserta_id FROM formulir_ikrar WHERE kampanye_id = ? AND dihapus_at IS NULL').all(kampanyeId) as never;
  }

  nextFormulirId(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(id), 0) + 1 FROM formulir_ikrar').pluck().get() as number) ?? 1;
  }

  insertFormulir(id: number, kampanyeId: number, p: SnapshotPeserta, kode: string, now: string, ditambahAt: string | null): void {
    this.stmtInsert().run(
      id,
      kampanyeId,
      p.pegawaiId,
      p.pesertaId,
      p.nama,
      p.nip,
      p.nik,
      p.status,
      p.golongan,
      p.golonganUrutan,
      p.pangkat,
      p.jabatan,
      p.jenisJabatan,
      p.eselon,
      p.unitKerja,
      p.unitInduk,
      p.unitIndukId,
      p.tamu ? 1 : 0,
      now,
      kode,
      ditambahAt,
    );
  }

  private insert?: Database.Statement<unknown[]>;
  private stmtInsert() {
    this.insert ??= this.db.prepare(
      `INSERT INTO formulir_ikrar (id, kampanye_id, pegawai_id, peserta_id, nama, nip, nik, status_kepegawaian, golongan, golongan_urutan, pangkat, jabatan,
         jenis_jabatan, eselon, unit_kerja, unit_induk, unit_induk_id, tamu, created_at, kode, ditambah_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    return this.insert;
  }

  /** Before the first print only: a form with no entry in the return log. */
  deleteFormulir(id: number): boolean {
    if (this.db.prepare('SELECT 1 FROM ikrar_terima_log WHERE formulir_id = ? LIMIT 1').get(id)) return false;
    return this.db.prepare('DELETE FROM formulir_ikrar WHERE id = ?').run(id).changes === 1;
  }

  /** The forms in force with what the print order needs. */
  urutanInput(kampanyeId: number): { id: number; unit_induk: string; eselon: string | null; jenis_jabatan: string | null; golongan_urutan: number; nama: string }[] {
    return this.db.prepare('SELECT id, unit_induk, eselon, jenis_jabatan, golongan_urutan, nama FROM formulir_ikrar WHERE kampanye_id = ? AND dihapus_at IS NULL').all(kampanyeId) as never;
  }

  setUrutan(pairs: [id: number, urutan: number][]): void {
    const st = this.db.prepare('UPDATE formulir_ikrar SET urutan = ? WHERE id = ?');
    for (const [id, u] of pairs) st.run(u, id);
  }

  formulir(id: number): (FormulirIkrar & { dihapus: boolean }) | null {
    const r = this.db.prepare(`${FORMULIR_SELECT.replace('SELECT f.id,', 'SELECT f.dihapus_at, f.id,')} WHERE f.id = ?`).get(id) as (FormulirRow & { dihapus_at: string | null }) | undefined;
    return r ? { ...toFormulir(r), dihapus: r.dihapus_at !== null } : null;
  }

  /** Forms of one campaign whose NIP (or NIK) is this number. */
  formulirByNomor(kampanyeId: number, nomor: string): FormulirIkrar[] {
    return (this.db.prepare(`${FORMULIR_SELECT} WHERE f.kampanye_id = ? AND f.dihapus_at IS NULL AND (f.nip = ? OR f.nik = ?) ${ORDER}`).all(kampanyeId, nomor, nomor) as FormulirRow[]).map(toFormulir);
  }

  private filterSql(kampanyeId: number, f: FormulirFilter): { where: string; args: unknown[] } {
    const where = ['f.kampanye_id = ?', 'f.dihapus_at IS NULL'];
    const args: unknown[] = [kampanyeId];
    if (f.unitIndukId !== null) {
      where.push('f.unit_induk_id = ?');
      args.push(f.unitIndukId);
    }
    if (f.kembali === 'kembali') where.push('k.id IS NOT NULL');
    if (f.kembali === 'belum') where.push('k.id IS NULL');
    for (const word of f.teks.trim().split(/\s+/).filter(Boolean)) {
      where.push("(f.nama LIKE ? ESCAPE '\\' OR f.nip LIKE ? ESCAPE '\\' OR f.nik LIKE ? ESCAPE '\\' OR f.jabatan LIKE ? ESCAPE '\\' OR f.unit_kerja LIKE ? ESCAPE '\\' OR f.kode LIKE ? ESCAPE '\\')");
      const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      args.push(like, like, like, like, like, like);
    }
    return { where: where.join(' AND '), args };
  }

  formulirList(kampanyeId: number, f: FormulirFilter, offset: number, limit: number): { total: number; rows: FormulirIkrar[] } {
    const { where, args } = this.filterSql(kampanyeId, f);
    const total = this.db.prepare(`SELECT COUNT(*) FROM formulir_ikrar f ${KEMBALI} WHERE ${where}`).pluck().get(...args) as number;
    const rows = (this.db.prepare(`${FORMULIR_SELECT} WHERE ${where} ${ORDER} LIMIT ? OFFSET ?`).all(...args, limit, offset) as FormulirRow[]).map(toFormulir);
    return { total, rows };
  }

  /** Every matching form in print order, streamed. */
  *formulirIter(kampanyeId: number, f: FormulirFilter): Generator<FormulirIkrar> {
    const { where, args } = this.filterSql(kampanyeId, f);
    for (const r of this.db.prepare(`${FORMULIR_SELECT} WHERE ${where} ${ORDER}`).iterate(...args) as IterableIterator<FormulirRow>) yield toFormulir(r);
  }

  // ---------- return log ----------

  logByNonce(nonce: string): LogRow | null {
    return (this.db.prepare('SELECT * FROM ikrar_terima_log WHERE nonce = ?').get(nonce) as LogRow | undefined) ?? null;
  }

  log(id: number): LogRow | null {
    return (this.db.prepare('SELECT * FROM ikrar_terima_log WHERE id = ?').get(id) as LogRow | undefined) ?? null;
  }

  setKembali(formulirId: number, logId: number | null): void {
    this.db.prepare('UPDATE formulir_ikrar SET kembali_log_id = ? WHERE id = ?').run(logId, formulirId);
  }

  isReversed(logId: number): boolean {
    return this.db.prepare('SELECT 1 FROM ikrar_terima_log WHERE membatalkan_id = ?').get(logId) !== undefined;
  }

  /** The latest 'tercatat' entry of a form made before `beforeId`, reversed or not. */
  tercatatSebelum(formulirId: number, beforeId: number): LogRow | null {
    return (this.db.prepare(`SELECT * FROM ikrar_terima_log WHERE formulir_id = ? AND hasil = 'tercatat' AND id < ? ORDER BY id DESC LIMIT 1`).get(formulirId, beforeId) as LogRow | undefined) ?? null;
  }

  insertLog(e: Omit<LogRow, 'id'>, now: string): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO ikrar_terima_log (kampanye_id, formulir_id, hasil, masukan, cara, waktu, meja, operator, nonce, membatalkan_id, alasan, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(e.kampanye_id, e.formulir_id, e.hasil, e.masukan, e.cara, e.waktu, e.meja, e.operator, e.nonce, e.membatalkan_id, e.alasan, now).lastInsertRowid,
    );
  }

  logList(kampanyeId: number, offset: number, limit: number): { total: number; rows: LogTerima[] } {
    const total = this.db.prepare('SELECT COUNT(*) FROM ikrar_terima_log WHERE kampanye_id = ?').pluck().get(kampanyeId) as number;
    const rows = this.db
      .prepare(
        `SELECT l.*, f.nama, f.unit_induk, EXISTS (SELECT 1 FROM ikrar_terima_log b WHERE b.membatalkan_id = l.id) AS dibatalkan
         FROM ikrar_terima_log l LEFT JOIN formulir_ikrar f ON f.id = l.formulir_id
         WHERE l.kampanye_id = ? ORDER BY l.id DESC LIMIT ? OFFSET ?`,
      )
      .all(kampanyeId, limit, offset) as (LogRow & { nama: string | null; unit_induk: string | null; dibatalkan: number })[];
    return { total, rows: rows.map((r) => toLog(r, r.nama, r.unit_induk, r.dibatalkan === 1)) };
  }

  // ---------- pledge text ----------

  teks(versi: number | null): { versi: number; isi: TeksIkrarIsi; created_at: string } | null {
    const r = (versi === null ? this.db.prepare('SELECT * FROM teks_ikrar ORDER BY versi DESC LIMIT 1').get() : this.db.prepare('SELECT * FROM teks_ikrar WHERE versi = ?').get(versi)) as
      | { versi: number; isi: string; created_at: string }
      | undefined;
    return r ? { versi: r.versi, isi: JSON.parse(r.isi) as TeksIkrarIsi, created_at: r.created_at } : null;
  }

  teksList(): { versi: number; createdAt: string }[] {
    return this.db.prepare('SELECT versi, created_at AS createdAt FROM teks_ikrar ORDER BY versi DESC').all() as never;
  }

  insertTeks(isi: TeksIkrarIsi, now: string): number {
    const versi = (this.db.prepare('SELECT COALESCE(MAX(versi), 0) + 1 FROM teks_ikrar').pluck().get() as number) ?? 1;
    this.db.prepare('INSERT INTO teks_ikrar (versi, isi, created_at) VALUES (?, ?, ?)').run(versi, JSON.stringify(isi), now);
    return versi;
  }

  // ---------- participants ----------

  /** An event's participants in force (not removed), as forms copy them. */
  pesertaKegiatan(kegiatanId: number): SnapshotPeserta[] {
    const rows = this.db.prepare('SELECT * FROM kegiatan_peserta WHERE kegiatan_id = ? AND dihapus_at IS NULL ORDER BY id').all(kegiatanId) as (SnapshotRow & { id: number })[];
    return rows.map((r) => ({ ...dariSnapshotRow(r), pesertaId: r.id }));
  }

  kegiatanAda(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM kegiatan WHERE id = ?').get(id) !== undefined;
  }

  pegawaiByNip(nip: string): { id: number; nama: string } | null {
    return (this.db.prepare('SELECT id, nama FROM pegawai WHERE nip = ?').get(nip) as { id: number; nama: string } | undefined) ?? null;
  }
}

export function toLog(r: LogRow, nama: string | null, unitInduk: string | null, dibatalkan: boolean): LogTerima {
  return {
    id: r.id,
    waktu: r.waktu,
    meja: r.meja,
    operator: r.operator,
    cara: r.cara,
    masukan: r.masukan,
    hasil: r.hasil,
    formulirId: r.formulir_id,
    nama,
    unitInduk,
    membatalkanId: r.membatalkan_id,
    alasan: r.alasan,
    dibatalkan,
  };
}
