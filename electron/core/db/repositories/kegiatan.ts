import type { Statement } from 'better-sqlite3';
import type { JumlahKehadiran, KegiatanInput, LogKehadiran, PesertaKegiatan } from '../../../../shared/contract/kegiatan';
import { STATUS_HADIR, type CaraCatat, type HasilPindai, type StatusHadir, type StatusKegiatan } from '../../../../shared/domain/kegiatan';
import type { Db } from '../open';
import { dariSnapshotRow, SNAPSHOT_KOLOM, snapshotNilai, type SnapshotPeserta, type SnapshotRow } from './peserta-snapshot';

export interface KegiatanRow {
  id: number;
  judul: string;
  jenis: string;
  tanggal: string;
  jam: string;
  batas_terlambat: string | null;
  jam_selesai: string | null;
  zona_waktu: 'WIB' | 'WITA' | 'WIT';
  tempat: string;
  mode: KegiatanInput['mode'];
  tautan: string | null;
  penyelenggara_id: number | null;
  penandatangan_id: number | null;
  pemilihan: string;
  narasumber: string;
  catatan: string;
  aturan_peserta: string;
  status: StatusKegiatan;
  peserta_ditetapkan_at: string | null;
  meja_aktif: number;
  created_at: string;
  updated_at: string;
}

interface PesertaRow extends SnapshotRow {
  id: number;
  kegiatan_id: number;
  sumber: PesertaKegiatan['sumber'];
  ditambah_at: string | null;
  dihapus_at: string | null;
  hadir_log_id: number | null;
  h_status: StatusHadir | null;
  h_waktu: string | null;
  h_meja: string | null;
}

export interface LogRow {
  id: number;
  kegiatan_id: number;
  peserta_id: number | null;
  hasil: HasilPindai | 'batal';
  status: StatusHadir | null;
  masukan: string;
  cara: CaraCatat;
  waktu: string;
  meja: string;
  operator: string;
  nonce: string;
  membatalkan_id: number | null;
  alasan: string | null;
  created_at: string;
}

export type LogBaru = Omit<LogRow, 'id' | 'created_at'>;

const kolomKegiatan = (d: KegiatanInput) => [
  d.judul,
  d.jenis,
  d.tanggal,
  d.jam,
  d.batasTerlambat,
  d.jamSelesai,
  d.zonaWaktu,
  d.tempat,
  d.mode,
  d.tautan,
  d.penyelenggaraId,
  d.penandatanganId,
  d.pemilihan,
  JSON.stringify(d.narasumber),
  d.catatan,
  JSON.stringify(d.peserta),
];

const PESERTA_SELECT = `SELECT p.*, l.status AS h_status, l.waktu AS h_waktu, l.meja AS h_meja
  FROM kegiatan_peserta p LEFT JOIN kehadiran_log l ON l.id = p.hadir_log_id`;

export const toPeserta = (r: PesertaRow): PesertaKegiatan => {
  const s = dariSnapshotRow(r);
  return {
    id: r.id,
    kegiatanId: r.kegiatan_id,
    pegawaiId: s.pegawaiId,
    nama: s.nama,
    nip: s.nip,
    nik: s.nik,
    status: s.status,
    golongan: s.golongan,
    pangkat: s.pangkat,
    jabatan: s.jabatan,
    jenisJabatan: s.jenisJabatan,
    eselon: s.eselon,
    unitKerja: s.unitKerja,
    unitInduk: s.unitInduk,
    unitIndukId: s.unitIndukId,
    tamu: s.tamu,
    sumber: r.sumber,
    ditambahAt: r.ditambah_at,
    kehadiran: r.hadir_log_id !== null && r.h_status ? { status: r.h_status, waktu: r.h_waktu!, meja: r.h_meja!, logId: r.hadir_log_id } : null,
  };
};

export interface PesertaFilter {
  kegiatanId: number;
  teks: string;
  unitIndukId: number | null;
  kehadiran: 'semua' | 'hadir' | 'belum' | 'tidak-hadir';
  offset: number;
  limit: number;
}

/** Events, participant snapshots and the append-only attendance log. */
export class KegiatanRepository {
  constructor(private readonly db: Db) {}

  /** Statements run once per participant or per scan, prepared once (an apel may list 50,000 people). */
  private readonly stmt = new Map<string, Statement<unknown[]>>();
  private cached(sql: string): Statement<unknown[]> {
    let s = this.stmt.get(sql);
    if (!s) this.stmt.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  insert(d: KegiatanInput, now: string): number {
    const info = this.db
      .prepare(
        `INSERT INTO kegiatan (judul, jenis, tanggal, jam, batas_terlambat, jam_selesai, zona_waktu, tempat, mode, tautan, penyelenggara_id,
           penandatangan_id, pemilihan, narasumber, catatan, aturan_peserta, created_at, updated_at)
         VALUES (${Array(18).fill('?').join(', ')})`,
      )
      .run(...kolomKegiatan(d), now, now);
    return Number(info.lastInsertRowid);
  }

  update(id: number, d: KegiatanInput, now: string): void {
    this.db
      .prepare(
        `UPDATE kegiatan SET judul = ?, jenis = ?, tanggal = ?, jam = ?, batas_terlambat = ?, jam_selesai = ?, zona_waktu = ?, tempat = ?, mode = ?,
           tautan = ?, penyelenggara_id = ?, penandatangan_id = ?, pemilihan = ?, narasumber = ?, catatan = ?, aturan_peserta = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(...kolomKegiatan(d), now, id);
  }

  get(id: number): KegiatanRow | null {
    return (this.db.prepare('SELECT * FROM kegiatan WHERE id = ?').get(id) as KegiatanRow | undefined) ?? null;
  }

  list(teks: string): KegiatanRow[] {
    const like = `%${teks.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.db
      .prepare(`SELECT * FROM kegiatan WHERE judul LIKE ? ESCAPE '\\' OR tempat LIKE ? ESCAPE '\\' ORDER BY tanggal DESC, id DESC`)
      .all(like, like) as KegiatanRow[];
  }

  setStatus(id: number, status: StatusKegiatan, now: string): void {
    this.db.prepare('UPDATE kegiatan SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
  }

  tetapkan(id: number, now: string): void {
    this.db.prepare(`UPDATE kegiatan SET status = 'ditetapkan', peserta_ditetapkan_at = ?, updated_at = ? WHERE id = ? AND status = 'draf'`).run(now, now, id);
  }

  setMeja(id: number, aktif: boolean): void {
    this.db.prepare('UPDATE kegiatan SET meja_aktif = ? WHERE id = ?').run(aktif ? 1 : 0, id);
  }

  // --- participants ---

  insertPeserta(kegiatanId: number, s: SnapshotPeserta, sumber: PesertaKegiatan['sumber'], now: string, ditambahAt: string | null): number {
    const info = this
      .cached(`INSERT INTO kegiatan_peserta (kegiatan_id, ${SNAPSHOT_KOLOM}, sumber, ditambah_at) VALUES (?, ${Array(17).fill('?').join(', ')}, ?, ?)`)
      .run(kegiatanId, ...snapshotNilai(s, now), sumber, ditambahAt);
    return Number(info.lastInsertRowid);
  }

  /**
   * Rewrites a rule row's copy of the person (only while the list is a draft). A row that already
   * holds the same copy is not written: closing a draft of 50,000 refreshes them all, and unchanged
   * rows then cost a read, not a page write each.
   */
  refreshPeserta(id: number, s: SnapshotPeserta, now: string): void {
    const kolom = {
      nama: s.nama, nip: s.nip, nik: s.nik, status_kepegawaian: s.status, golongan: s.golongan, golongan_urutan: s.golonganUrutan, pangkat: s.pangkat,
      jabatan: s.jabatan, jenis_jabatan: s.jenisJabatan, eselon: s.eselon, unit_kerja: s.unitKerja, unit_induk: s.unitInduk, unit_induk_id: s.unitIndukId, urutan: s.urutan,
    };
    const names = Object.keys(kolom);
    this.cached(
      `UPDATE kegiatan_peserta SET ${names.map((c) => `${c} = @${c}`).join(', ')}, created_at = @now
       WHERE id = @id AND (${names.map((c) => `${c} IS NOT @${c}`).join(' OR ')})`,
    ).run({ ...kolom, now, id });
  }

  /** Rows a rule made, with whether anything was logged for them. */
  aturanRows(kegiatanId: number): { id: number; pegawaiId: number; dicatat: boolean }[] {
    return (
      this.db
        .prepare(
          `SELECT p.id, p.pegawai_id AS pegawaiId, EXISTS (SELECT 1 FROM kehadiran_log l WHERE l.peserta_id = p.id) AS dicatat
           FROM kegiatan_peserta p WHERE p.kegiatan_id = ? AND p.sumber = 'aturan' AND p.dihapus_at IS NULL`,
        )
        .all(kegiatanId) as { id: number; pegawaiId: number; dicatat: number }[]
    ).map((r) => ({ ...r, dicatat: r.dicatat === 1 }));
  }

  /** Every registered person the event lists in any way (rule, by hand, removed), for one pass over a rule's matches. */
  pegawaiIds(kegiatanId: number): Set<number> {
    const rows = this.db.prepare('SELECT pegawai_id AS id FROM kegiatan_peserta WHERE kegiatan_id = ? AND pegawai_id IS NOT NULL').all(kegiatanId) as { id: number }[];
    return new Set(rows.map((r) => r.id));
  }

  deletePeserta(id: number): void {
    this.db.prepare('DELETE FROM kegiatan_peserta WHERE id = ?').run(id);
  }

  markDihapus(id: number, alasan: string, now: string): void {
    this.db.prepare('UPDATE kegiatan_peserta SET dihapus_at = ?, dihapus_alasan = ? WHERE id = ?').run(now, alasan, id);
  }

  restore(id: number, now: string): void {
    this.db.prepare('UPDATE kegiatan_peserta SET dihapus_at = NULL, dihapus_alasan = NULL, ditambah_at = ? WHERE id = ?').run(now, id);
  }

  hasLog(pesertaId: number): boolean {
    return this.db.prepare('SELECT 1 FROM kehadiran_log WHERE peserta_id = ? LIMIT 1').get(pesertaId) !== undefined;
  }

  getPeserta(id: number): (PesertaKegiatan & { dihapus: boolean }) | null {
    const r = this.db.prepare(`${PESERTA_SELECT} WHERE p.id = ?`).get(id) as PesertaRow | undefined;
    return r ? { ...toPeserta(r), dihapus: r.dihapus_at !== null } : null;
  }

  /** Any row for this person, removed ones included (to restore rather than duplicate). */
  pesertaByPegawai(kegiatanId: number, pegawaiId: number): (PesertaKegiatan & { dihapus: boolean }) | null {
    const r = this.db.prepare(`${PESERTA_SELECT} WHERE p.kegiatan_id = ? AND p.pegawai_id = ?`).get(kegiatanId, pegawaiId) as PesertaRow | undefined;
    return r ? { ...toPeserta(r), dihapus: r.dihapus_at !== null } : null;
  }

  /** A current participant by NIP or NIK (digits as stored). */
  pesertaByNomor(kegiatanId: number, nomor: string): PesertaKegiatan | null {
    // Two look-ups, each on its own index: with "nip = ? OR nik = ?" SQLite walks every row of the event.
    const by = (col: 'nip' | 'nik') =>
      this.db.prepare(`${PESERTA_SELECT} WHERE p.kegiatan_id = ? AND p.${col} = ? AND p.dihapus_at IS NULL ORDER BY p.id LIMIT 1`).get(kegiatanId, nomor) as PesertaRow | undefined;
    const r = by('nip') ?? by('nik');
    return r ? toPeserta(r) : null;
  }

  listPeserta(f: PesertaFilter): { total: number; rows: PesertaKegiatan[] } {
    const where = ['p.kegiatan_id = ?', 'p.dihapus_at IS NULL'];
    const params: unknown[] = [f.kegiatanId];
    if (f.unitIndukId !== null) {
      where.push('p.unit_induk_id = ?');
      params.push(f.unitIndukId);
    }
    if (f.teks.trim()) {
      const t = f.teks.trim();
      const esc = (x: string) => x.replace(/[\\%_]/g, (c) => `\\${c}`);
      // A NIP typed with spaces still finds by prefix; "%" or "_" in the text match only themselves.
      const nomor = `${esc(t.replace(/\s+/g, ''))}%`;
      where.push(`(p.nama LIKE ? ESCAPE '\\' OR p.nip LIKE ? ESCAPE '\\' OR p.nik LIKE ? ESCAPE '\\' OR p.unit_kerja LIKE ? ESCAPE '\\' OR p.jabatan LIKE ? ESCAPE '\\')`);
      const like = `%${esc(t)}%`;
      params.push(like, nomor, nomor, like, like);
    }
    if (f.kehadiran === 'hadir') where.push(`l.status IN ('hadir', 'terlambat')`);
    if (f.kehadiran === 'belum') where.push('p.hadir_log_id IS NULL');
    if (f.kehadiran === 'tidak-hadir') where.push(`(p.hadir_log_id IS NULL OR l.status NOT IN ('hadir', 'terlambat'))`);
    const sql = `${PESERTA_SELECT} WHERE ${where.join(' AND ')}`;
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM (${sql})`).get(...params) as { n: number }).n;
    const rows = this.db
      .prepare(`${sql} ORDER BY p.unit_induk COLLATE NOCASE, p.urutan, p.nama COLLATE NOCASE, p.id LIMIT ? OFFSET ?`)
      .all(...params, f.limit, f.offset) as PesertaRow[];
    return { total, rows: rows.map(toPeserta) };
  }

  /** Every current participant in print order (documents). */
  allPeserta(kegiatanId: number, unitIndukId: number | null = null): PesertaKegiatan[] {
    return this.listPeserta({ kegiatanId, teks: '', unitIndukId, kehadiran: 'semua', offset: 0, limit: -1 }).rows;
  }

  /** Current participants without any attendance yet, in a unit or among the given ids. */
  belumTercatat(kegiatanId: number, unitIndukId: number | null, pesertaIds: readonly number[]): number[] {
    const where = ['kegiatan_id = ?', 'dihapus_at IS NULL', 'hadir_log_id IS NULL'];
    const params: unknown[] = [kegiatanId];
    if (unitIndukId !== null) {
      where.push('unit_induk_id = ?');
      params.push(unitIndukId);
    }
    if (pesertaIds.length) {
      where.push('id IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(pesertaIds));
    }
    return (this.db.prepare(`SELECT id FROM kegiatan_peserta WHERE ${where.join(' AND ')} ORDER BY id`).all(...params) as { id: number }[]).map((r) => r.id);
  }

  countPeserta(kegiatanId: number, ids: readonly number[]): number {
    return (
      this.db
        .prepare('SELECT COUNT(*) AS n FROM kegiatan_peserta WHERE kegiatan_id = ? AND dihapus_at IS NULL AND id IN (SELECT value FROM json_each(?))')
        .get(kegiatanId, JSON.stringify(ids)) as { n: number }
    ).n;
  }

  // --- attendance log ---

  insertLog(l: LogBaru, now: string): number {
    const info = this.db
      .prepare(
        `INSERT INTO kehadiran_log (kegiatan_id, peserta_id, hasil, status, masukan, cara, waktu, meja, operator, nonce, membatalkan_id, alasan, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(l.kegiatan_id, l.peserta_id, l.hasil, l.status, l.masukan, l.cara, l.waktu, l.meja, l.operator, l.nonce, l.membatalkan_id, l.alasan, now);
    return Number(info.lastInsertRowid);
  }

  logByNonce(nonce: string): LogRow | null {
    return (this.db.prepare('SELECT * FROM kehadiran_log WHERE nonce = ?').get(nonce) as LogRow | undefined) ?? null;
  }

  countNoncePrefix(nonce: string): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM kehadiran_log WHERE nonce = ? OR nonce LIKE ? ESCAPE '\\'`).get(nonce, `${nonce.replace(/[\\%_]/g, (c) => `\\${c}`)}:%`) as { n: number }).n;
  }

  getLog(id: number): LogRow | null {
    return (this.db.prepare('SELECT * FROM kehadiran_log WHERE id = ?').get(id) as LogRow | undefined) ?? null;
  }

  reversalOf(id: number): LogRow | null {
    return (this.db.prepare('SELECT * FROM kehadiran_log WHERE membatalkan_id = ?').get(id) as LogRow | undefined) ?? null;
  }

  /** The participant's latest recorded entry that no reversal undid: their current attendance. */
  latestEffective(pesertaId: number): LogRow | null {
    return (
      (this.db
        .prepare(
          `SELECT l.* FROM kehadiran_log l WHERE l.peserta_id = ? AND l.hasil = 'tercatat'
             AND NOT EXISTS (SELECT 1 FROM kehadiran_log b WHERE b.membatalkan_id = l.id)
           ORDER BY l.id DESC LIMIT 1`,
        )
        .get(pesertaId) as LogRow | undefined) ?? null
    );
  }

  /** Points the participant at the entry that now holds their attendance (null: none). */
  setHadirLog(pesertaId: number, logId: number | null): void {
    this.db.prepare('UPDATE kegiatan_peserta SET hadir_log_id = ? WHERE id = ?').run(logId, pesertaId);
  }

  listLog(kegiatanId: number, offset: number, limit: number, onlyId: number | null = null): { total: number; rows: LogKehadiran[] } {
    const total = (this.db.prepare('SELECT COUNT(*) AS n FROM kehadiran_log WHERE kegiatan_id = ?').get(kegiatanId) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT l.*, p.nama AS p_nama, EXISTS (SELECT 1 FROM kehadiran_log b WHERE b.membatalkan_id = l.id) AS dibatalkan
         FROM kehadiran_log l LEFT JOIN kegiatan_peserta p ON p.id = l.peserta_id
         WHERE l.kegiatan_id = ? AND (? IS NULL OR l.id = ?) ORDER BY l.id DESC LIMIT ? OFFSET ?`,
      )
      .all(kegiatanId, onlyId, onlyId, limit, offset) as (LogRow & { p_nama: string | null; dibatalkan: number })[];
    return {
      total,
      rows: rows.map((r) => ({
        id: r.id,
        waktu: r.waktu,
        meja: r.meja,
        operator: r.operator,
        cara: r.cara,
        masukan: r.masukan,
        hasil: r.hasil,
        status: r.status,
        pesertaId: r.peserta_id,
        nama: r.p_nama,
        membatalkanId: r.membatalkan_id,
        alasan: r.alasan,
        dibatalkan: r.dibatalkan === 1,
      })),
    };
  }

  // --- counts ---

  /** Attendance counts per perangkat daerah (current participants only). */
  jumlahPerUnit(kegiatanId: number): { unitIndukId: number | null; unit: string; jumlah: JumlahKehadiran }[] {
    const rows = this.db
      .prepare(
        `SELECT p.unit_induk_id AS unitIndukId, p.unit_induk AS unit, l.status AS status, COUNT(*) AS n
         FROM kegiatan_peserta p LEFT JOIN kehadiran_log l ON l.id = p.hadir_log_id
         WHERE p.kegiatan_id = ? AND p.dihapus_at IS NULL
         GROUP BY p.unit_induk, p.unit_induk_id, l.status`,
      )
      .all(kegiatanId) as { unitIndukId: number | null; unit: string; status: StatusHadir | null; n: number }[];
    const byUnit = new Map<string, { unitIndukId: number | null; unit: string; jumlah: JumlahKehadiran }>();
    for (const r of rows) {
      const key = `${r.unitIndukId ?? ''}|${r.unit}`;
      let u = byUnit.get(key);
      if (!u) byUnit.set(key, (u = { unitIndukId: r.unitIndukId, unit: r.unit, jumlah: jumlahKosong() }));
      tambahJumlah(u.jumlah, r.status, r.n);
    }
    return [...byUnit.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'id'));
  }

  jumlah(kegiatanId: number): JumlahKehadiran {
    const rows = this.db
      .prepare(
        `SELECT l.status AS status, COUNT(*) AS n FROM kegiatan_peserta p LEFT JOIN kehadiran_log l ON l.id = p.hadir_log_id
         WHERE p.kegiatan_id = ? AND p.dihapus_at IS NULL GROUP BY l.status`,
      )
      .all(kegiatanId) as { status: StatusHadir | null; n: number }[];
    const j = jumlahKosong();
    for (const r of rows) tambahJumlah(j, r.status, r.n);
    return j;
  }

  // --- photos ---

  insertFoto(f: { kegiatanId: number; sha256: string; ekstensi: string; lebar: number; tinggi: number; keterangan: string }, now: string): number {
    const urutan = (this.db.prepare('SELECT COALESCE(MAX(urutan), 0) + 1 AS u FROM kegiatan_foto WHERE kegiatan_id = ?').get(f.kegiatanId) as { u: number }).u;
    const info = this.db
      .prepare('INSERT INTO kegiatan_foto (kegiatan_id, sha256, ekstensi, lebar, tinggi, keterangan, urutan, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(f.kegiatanId, f.sha256, f.ekstensi, f.lebar, f.tinggi, f.keterangan, urutan, now);
    return Number(info.lastInsertRowid);
  }

  fotoList(kegiatanId: number): FotoRow[] {
    return this.db.prepare('SELECT * FROM kegiatan_foto WHERE kegiatan_id = ? ORDER BY urutan, id').all(kegiatanId) as FotoRow[];
  }

  fotoBySha(kegiatanId: number, sha256: string): FotoRow | null {
    return (this.db.prepare('SELECT * FROM kegiatan_foto WHERE kegiatan_id = ? AND sha256 = ?').get(kegiatanId, sha256) as FotoRow | undefined) ?? null;
  }

  deleteFoto(id: number): void {
    this.db.prepare('DELETE FROM kegiatan_foto WHERE id = ?').run(id);
  }

  /** How many photo rows (of any event) still use these bytes. */
  fotoShaUses(sha256: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM kegiatan_foto WHERE sha256 = ?').get(sha256) as { n: number }).n;
  }
}

export interface FotoRow {
  id: number;
  kegiatan_id: number;
  sha256: string;
  ekstensi: string;
  lebar: number;
  tinggi: number;
  keterangan: string;
  urutan: number;
}

export function jumlahKosong(): JumlahKehadiran {
  return { peserta: 0, hadir: 0, terlambat: 0, perStatus: Object.fromEntries(STATUS_HADIR.map((s) => [s, 0])) as Record<StatusHadir, number>, belum: 0 };
}

function tambahJumlah(j: JumlahKehadiran, status: StatusHadir | null, n: number): void {
  j.peserta += n;
  if (status === null) j.belum += n;
  else {
    j.perStatus[status] += n;
    if (status === 'hadir' || status === 'terlambat') j.hadir += n;
    if (status === 'terlambat') j.terlambat += n;
  }
}

/** What the attendance desk needs to know of a pledge form whose code was scanned at the door. */
export function formulirUntukPindai(db: Db, formulirId: number): { kampanyeId: number; kampanyeJudul: string; kegiatanId: number | null; pegawaiId: number | null; nip: string | null; nama: string } | null {
  return (
    (db
      .prepare(
        `SELECT f.kampanye_id AS kampanyeId, k.judul AS kampanyeJudul, k.kegiatan_id AS kegiatanId, f.pegawai_id AS pegawaiId, f.nip, f.nama
         FROM formulir_ikrar f JOIN kampanye_ikrar k ON k.id = f.kampanye_id WHERE f.id = ?`,
      )
      .get(formulirId) as ReturnType<typeof formulirUntukPindai> | undefined) ?? null
  );
}
