import crypto from 'node:crypto';
import type { AturanIsi } from '../../../../shared/contract/aturan-kasus';
import type { AuditKasus, KasusInput, PejabatKasus, TahapMaju, TanyaJawab } from '../../../../shared/contract/kasus';
import type { HasilKeputusan, JenisLuar, JenisTerlapor, SanksiMoral, SumberKasus, Tahap } from '../../../../shared/domain/kasus';
import type { JenisJabatan, StatusKepegawaian } from '../../../../shared/domain/pegawai';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';

export interface KasusRow {
  id: number;
  nomor_register: string;
  sumber: SumberKasus;
  pelapor: string;
  nomor_surat: string;
  tanggal_surat: string | null;
  tanggal_diterima: string;
  tanggal_kejadian: string;
  lokasi: string;
  kronologi: string;
  pemilihan: string;
  kategori_pelapor: string;
  rekomendasi: string;
  aturan_id: number | null;
  aturan_beku_id: number;
  diarsipkan_at: string | null;
  diarsipkan_alasan: string | null;
  created_at: string;
  updated_at: string;
}

export interface TerlaporRow {
  id: number;
  kasus_id: number;
  jenis: JenisTerlapor;
  luar_jenis: JenisLuar | null;
  pegawai_id: number | null;
  nama: string;
  nip: string | null;
  status_kepegawaian: StatusKepegawaian | null;
  golongan: string | null;
  pangkat: string | null;
  jabatan: string;
  jenis_jabatan: JenisJabatan | null;
  eselon: string | null;
  unit_kerja: string;
  unit_induk: string;
  unit_induk_id: number | null;
  instansi: string;
  keterangan: string;
  urutan: number;
  tahap: Tahap;
  hasil: HasilKeputusan | null;
  hukuman: string | null;
  sanksi_moral: SanksiMoral | null;
  atasan: string | null;
  tim: string;
  dibebaskan_sejak: string | null;
  hukuman_mulai: string | null;
  hukuman_selesai: string | null;
  diarsipkan_at: string | null;
  diarsipkan_alasan: string | null;
  created_at: string;
  updated_at: string;
}

export interface TahapRow {
  id: number;
  kasus_id: number;
  terlapor_id: number;
  tahap: Tahap;
  tanggal: string;
  data: string;
  created_at: string;
  updated_at: string;
}

export interface BuktiRow {
  id: number;
  kasus_id: number;
  nama_berkas: string;
  mime: string;
  sha256: string;
  bytes: number;
  path: string;
  keterangan: string;
  diarsipkan_at: string | null;
  created_at: string;
}

/** The rule set as a case froze it. */
export interface AturanBeku {
  kode: string;
  nama: string;
  versi: number;
  berlakuMulai: string;
  berlakuSampai: string | null;
  isi: AturanIsi;
}

/** What a terlapor row is made of (the registry snapshot, or what the report says). */
export interface TerlaporBaru {
  jenis: JenisTerlapor;
  luarJenis: JenisLuar | null;
  pegawaiId: number | null;
  nama: string;
  nip: string | null;
  status: StatusKepegawaian | null;
  golongan: string | null;
  pangkat: string | null;
  jabatan: string;
  jenisJabatan: JenisJabatan | null;
  eselon: string | null;
  unitKerja: string;
  unitInduk: string;
  unitIndukId: number | null;
  instansi: string;
  keterangan: string;
}

export type KolomTerlapor = 'tahap' | 'hasil' | 'hukuman' | 'sanksi_moral' | 'atasan' | 'tim' | 'dibebaskan_sejak' | 'hukuman_mulai' | 'hukuman_selesai' | 'diarsipkan_at' | 'diarsipkan_alasan';

/** All SQL of cases. Every write goes through the service, which audits it in the same transaction. */
export class KasusRepository {
  constructor(private readonly db: Db) {}

  /** Statements prepared once per SQL text: a batch intake runs the same INSERTs thousands of times. */
  private readonly statements = new Map<string, Statement<unknown[]>>();
  private st(sql: string): Statement<unknown[]> {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  get(id: number): KasusRow | null {
    return (this.st('SELECT * FROM kasus WHERE id = ?').get(id) as KasusRow | undefined) ?? null;
  }

  /** The next register number of a year: "001/KASUS/2026". */
  nomorBerikut(tahun: number): string {
    const n = this.st("SELECT COUNT(*) FROM kasus WHERE nomor_register LIKE ?").pluck().get(`%/KASUS/${tahun}`) as number;
    return `${String(n + 1).padStart(3, '0')}/KASUS/${tahun}`;
  }

  /** `beku` may come serialised already (a batch freezes the same set into many cases). */
  /** The id of a frozen rule set (JSON text), stored once by content. */
  bekuId(json: string): number {
    const sha = crypto.createHash('sha256').update(json).digest('hex');
    this.db.prepare('INSERT OR IGNORE INTO aturan_beku (sha256, isi) VALUES (?, ?)').run(sha, json);
    return this.db.prepare('SELECT id FROM aturan_beku WHERE sha256 = ?').pluck().get(sha) as number;
  }

  /** Frozen rule sets by id (JSON text), for the cases a request reads. */
  beku(ids: readonly number[]): Map<number, string> {
    const rows = this.db.prepare('SELECT id, isi FROM aturan_beku WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...new Set(ids)])) as { id: number; isi: string }[];
    return new Map(rows.map((r) => [r.id, r.isi]));
  }

  insert(k: KasusInput, nomor: string, aturanId: number | null, bekuId: number, now: string): number {
    const id = Number(
      this.db
        .prepare(
          `INSERT INTO kasus (nomor_register, sumber, pelapor, nomor_surat, tanggal_surat, tanggal_diterima, tanggal_kejadian, lokasi, kronologi, pemilihan,
             kategori_pelapor, rekomendasi, aturan_id, aturan_beku_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(nomor, k.sumber, k.pelapor, k.nomorSurat, k.tanggalSurat, k.tanggalDiterima, k.tanggalKejadian, k.lokasi, k.kronologi, k.pemilihan, k.kategoriPelapor, k.rekomendasi, aturanId, bekuId, now, now)
        .lastInsertRowid,
    );
    this.setPelanggaran(id, k.pelanggaran);
    return id;
  }

  update(id: number, k: KasusInput, now: string): void {
    this.db
      .prepare(
        `UPDATE kasus SET sumber = ?, pelapor = ?, nomor_surat = ?, tanggal_surat = ?, tanggal_diterima = ?, tanggal_kejadian = ?, lokasi = ?, kronologi = ?, pemilihan = ?,
           kategori_pelapor = ?, rekomendasi = ?, updated_at = ? WHERE id = ?`,
      )
      .run(k.sumber, k.pelapor, k.nomorSurat, k.tanggalSurat, k.tanggalDiterima, k.tanggalKejadian, k.lokasi, k.kronologi, k.pemilihan, k.kategoriPelapor, k.rekomendasi, now, id);
    this.setPelanggaran(id, k.pelanggaran);
  }

  private setPelanggaran(id: number, kode: readonly string[]): void {
    // the join table has no history of its own: the audit row holds old → new
    this.st('DELETE FROM kasus_pelanggaran WHERE kasus_id = ?').run(id);
    const ins = this.st('INSERT OR IGNORE INTO kasus_pelanggaran (kasus_id, kode, urutan) VALUES (?, ?, ?)');
    kode.forEach((k, i) => ins.run(id, k, i));
  }

  pelanggaran(id: number): string[] {
    return this.st('SELECT kode FROM kasus_pelanggaran WHERE kasus_id = ? ORDER BY urutan').pluck().all(id) as string[];
  }

  arsip(id: number, at: string | null, alasan: string | null, now: string): void {
    this.st('UPDATE kasus SET diarsipkan_at = ?, diarsipkan_alasan = ?, updated_at = ? WHERE id = ?').run(at, alasan, now, id);
  }

  touch(id: number, now: string): void {
    this.st('UPDATE kasus SET updated_at = ? WHERE id = ?').run(now, id);
  }

  // ---------- people ----------

  terlapor(kasusId: number): TerlaporRow[] {
    return this.st('SELECT * FROM kasus_terlapor WHERE kasus_id = ? ORDER BY urutan, id').all(kasusId) as TerlaporRow[];
  }

  terlaporById(id: number): TerlaporRow | null {
    return (this.st('SELECT * FROM kasus_terlapor WHERE id = ?').get(id) as TerlaporRow | undefined) ?? null;
  }

  insertTerlapor(kasusId: number, t: TerlaporBaru, urutan: number, now: string): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO kasus_terlapor (kasus_id, jenis, luar_jenis, pegawai_id, nama, nip, status_kepegawaian, golongan, pangkat, jabatan, jenis_jabatan, eselon,
             unit_kerja, unit_induk, unit_induk_id, instansi, keterangan, urutan, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(kasusId, t.jenis, t.luarJenis, t.pegawaiId, t.nama, t.nip, t.status, t.golongan, t.pangkat, t.jabatan, t.jenisJabatan, t.eselon, t.unitKerja, t.unitInduk, t.unitIndukId, t.instansi, t.keterangan, urutan, now, now)
        .lastInsertRowid,
    );
  }

  /** Replace what a not-yet-identified row says with the registry's snapshot. */
  tautkan(id: number, t: TerlaporBaru, now: string): void {
    this.db
      .prepare(
        `UPDATE kasus_terlapor SET jenis = 'pegawai', pegawai_id = ?, nama = ?, nip = ?, status_kepegawaian = ?, golongan = ?, pangkat = ?, jabatan = ?, jenis_jabatan = ?, eselon = ?,
           unit_kerja = ?, unit_induk = ?, unit_induk_id = ?, updated_at = ? WHERE id = ?`,
      )
      .run(t.pegawaiId, t.nama, t.nip, t.status, t.golongan, t.pangkat, t.jabatan, t.jenisJabatan, t.eselon, t.unitKerja, t.unitInduk, t.unitIndukId, now, id);
  }

  setTerlapor(id: number, kolom: KolomTerlapor, nilai: string | null, now: string): void {
    this.st(`UPDATE kasus_terlapor SET ${kolom} = ?, updated_at = ? WHERE id = ?`).run(nilai, now, id);
  }

  // ---------- stages ----------

  tahap(terlaporId: number): TahapRow[] {
    return this.st('SELECT * FROM kasus_tahap WHERE terlapor_id = ? ORDER BY id').all(terlaporId) as TahapRow[];
  }

  tahapKasus(kasusId: number): TahapRow[] {
    return this.st('SELECT * FROM kasus_tahap WHERE kasus_id = ? ORDER BY id').all(kasusId) as TahapRow[];
  }

  tahapById(id: number): TahapRow | null {
    return (this.st('SELECT * FROM kasus_tahap WHERE id = ?').get(id) as TahapRow | undefined) ?? null;
  }

  insertTahap(kasusId: number, terlaporId: number, tahap: Tahap, tanggal: string, data: TahapMaju | { tahap: 'diterima' }, now: string): number {
    return Number(
      this.st('INSERT INTO kasus_tahap (kasus_id, terlapor_id, tahap, tanggal, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(kasusId, terlaporId, tahap, tanggal, JSON.stringify(data), now, now)
        .lastInsertRowid,
    );
  }

  updateTahap(id: number, tanggal: string, data: TahapMaju | { tahap: 'diterima' }, now: string): void {
    this.st('UPDATE kasus_tahap SET tanggal = ?, data = ?, updated_at = ? WHERE id = ?').run(tanggal, JSON.stringify(data), now, id);
  }

  // ---------- examination (BAP pairs) ----------

  pemeriksaan(terlaporId: number): { pasangan: TanyaJawab[]; updatedAt: string | null } {
    const rows = this.st('SELECT pertanyaan, jawaban, updated_at FROM kasus_pemeriksaan WHERE terlapor_id = ? ORDER BY urutan').all(terlaporId) as { pertanyaan: string; jawaban: string; updated_at: string }[];
    return { pasangan: rows.map((r) => ({ pertanyaan: r.pertanyaan, jawaban: r.jawaban })), updatedAt: rows.reduce<string | null>((a, r) => (a === null || r.updated_at > a ? r.updated_at : a), null) };
  }

  /** The whole list replaces the stored one (the hearing screen saves what it shows). */
  simpanPemeriksaan(terlaporId: number, pasangan: readonly TanyaJawab[], now: string): void {
    // kasus_pemeriksaan is a working copy, not history: the audit row keeps the count and the BAP is the record
    this.st('DELETE FROM kasus_pemeriksaan WHERE terlapor_id = ?').run(terlaporId);
    const ins = this.st('INSERT INTO kasus_pemeriksaan (terlapor_id, urutan, pertanyaan, jawaban, updated_at) VALUES (?, ?, ?, ?, ?)');
    pasangan.forEach((p, i) => ins.run(terlaporId, i + 1, p.pertanyaan, p.jawaban, now));
  }

  // ---------- evidence ----------

  bukti(kasusId: number): BuktiRow[] {
    return this.st('SELECT * FROM kasus_bukti WHERE kasus_id = ? AND diarsipkan_at IS NULL ORDER BY id').all(kasusId) as BuktiRow[];
  }

  buktiById(id: number): BuktiRow | null {
    return (this.st('SELECT * FROM kasus_bukti WHERE id = ?').get(id) as BuktiRow | undefined) ?? null;
  }

  insertBukti(kasusId: number, b: { namaBerkas: string; mime: string; sha256: string; bytes: number; path: string; keterangan: string }, now: string): number {
    return Number(
      this.db
        .prepare('INSERT INTO kasus_bukti (kasus_id, nama_berkas, mime, sha256, bytes, path, keterangan, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(kasusId, b.namaBerkas, b.mime, b.sha256, b.bytes, b.path, b.keterangan, now).lastInsertRowid,
    );
  }

  arsipBukti(id: number, alasan: string, now: string): void {
    this.st('UPDATE kasus_bukti SET diarsipkan_at = ?, diarsipkan_alasan = ? WHERE id = ?').run(now, alasan, id);
  }

  /** Every stored evidence path (backups carry the files). */
  semuaPathBukti(): string[] {
    return this.st('SELECT DISTINCT path FROM kasus_bukti').pluck().all() as string[];
  }

  // ---------- audit ----------

  audit(kasusId: number, terlaporId: number | null, waktu: string, oleh: string, aksi: string, bidang = '', lama: unknown = null, baru: unknown = null): void {
    const s = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));
    this.st('INSERT INTO kasus_audit (kasus_id, terlapor_id, waktu, oleh, aksi, bidang, lama, baru) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(kasusId, terlaporId, waktu, oleh, aksi, bidang, s(lama), s(baru));
  }

  auditList(kasusId: number, offset: number, limit: number): AuditKasus[] {
    const rows = this.st('SELECT * FROM kasus_audit WHERE kasus_id = ? ORDER BY id DESC LIMIT ? OFFSET ?').all(kasusId, limit, offset) as {
      id: number;
      kasus_id: number;
      terlapor_id: number | null;
      waktu: string;
      oleh: string;
      aksi: string;
      bidang: string;
      lama: string | null;
      baru: string | null;
    }[];
    return rows.map((r) => ({ id: r.id, kasusId: r.kasus_id, terlaporId: r.terlapor_id, waktu: r.waktu, oleh: r.oleh, aksi: r.aksi, bidang: r.bidang, lama: r.lama, baru: r.baru }));
  }

  // ---------- lists ----------

  /** Case ids matching a query (text over register, letter, reporter and names), newest first. */
  cari(q: { teks: string; sumber: SumberKasus | null; arsip: boolean }): number[] {
    const where = [q.arsip ? 'k.diarsipkan_at IS NOT NULL' : 'k.diarsipkan_at IS NULL'];
    const args: unknown[] = [];
    if (q.sumber) {
      where.push('k.sumber = ?');
      args.push(q.sumber);
    }
    if (q.teks) {
      const like = `%${q.teks.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(
        `(k.nomor_register LIKE ? ESCAPE '\\' OR k.nomor_surat LIKE ? ESCAPE '\\' OR k.pelapor LIKE ? ESCAPE '\\' OR k.kategori_pelapor LIKE ? ESCAPE '\\'
          OR EXISTS (SELECT 1 FROM kasus_terlapor t WHERE t.kasus_id = k.id AND (t.nama LIKE ? ESCAPE '\\' OR t.nip LIKE ? ESCAPE '\\')))`,
      );
      args.push(like, like, like, like, like, like);
    }
    return this.st(`SELECT k.id FROM kasus k WHERE ${where.join(' AND ')} ORDER BY k.tanggal_diterima DESC, k.id DESC`).pluck().all(...args) as number[];
  }

  /** The rows a list page shows, for many cases at once. */
  ringkas(ids: readonly number[]): { kasus: KasusRow[]; terlapor: TerlaporRow[]; tahap: TahapRow[] } {
    const j = JSON.stringify(ids);
    return {
      kasus: this.st('SELECT * FROM kasus WHERE id IN (SELECT value FROM json_each(?))').all(j) as KasusRow[],
      terlapor: this.st('SELECT * FROM kasus_terlapor WHERE kasus_id IN (SELECT value FROM json_each(?)) ORDER BY urutan, id').all(j) as TerlaporRow[],
      tahap: this.st('SELECT * FROM kasus_tahap WHERE kasus_id IN (SELECT value FROM json_each(?)) ORDER BY id').all(j) as TahapRow[],
    };
  }

  /** Open cases (not archived) with a person whose procedure has not ended. */
  idTerbuka(): number[] {
    return this.db
      .prepare("SELECT DISTINCT k.id FROM kasus k JOIN kasus_terlapor t ON t.kasus_id = k.id WHERE k.diarsipkan_at IS NULL AND t.diarsipkan_at IS NULL AND t.tahap <> 'selesai'")
      .pluck()
      .all() as number[];
  }

  /** Archive rows of documents made for a case. */
  dokumenIds(kasusId: number): number[] {
    return this.st("SELECT id FROM dokumen WHERE json_extract(data, '$.kasusId') = ? ORDER BY id").pluck().all(kasusId) as number[];
  }

  parseAtasan(r: TerlaporRow): PejabatKasus | null {
    return r.atasan ? (JSON.parse(r.atasan) as PejabatKasus) : null;
  }
}
