import type { AlasanBerakhir, SesiMeja } from '../../../../shared/contract/meja';
import type { Db } from '../open';

interface SesiRow {
  id: number;
  kegiatan_id: number;
  nama: string;
  operator: string;
  alamat_klien: string;
  dipasang_at: string;
  terakhir_at: string;
  jumlah_pindai: number;
  berakhir_at: string | null;
  alasan_berakhir: AlasanBerakhir | null;
}

const toSesi = (r: SesiRow): SesiMeja => ({
  id: r.id,
  kegiatanId: r.kegiatan_id,
  nama: r.nama,
  operator: r.operator,
  alamatKlien: r.alamat_klien,
  dipasangAt: r.dipasang_at,
  terakhirAt: r.terakhir_at,
  jumlahPindai: r.jumlah_pindai,
  aktif: r.berakhir_at === null,
  berakhirAt: r.berakhir_at,
  alasanBerakhir: r.alasan_berakhir,
});

/** The event facts a desk session depends on (read from the kegiatan table; its `meja_aktif` flag is written here). */
export interface KegiatanMeja {
  id: number;
  judul: string;
  tanggal: string;
  tempat: string;
  status: string;
  mejaAktif: boolean;
}

const KOLOM = `s.id, s.kegiatan_id, s.nama, s.operator, s.alamat_klien, s.dipasang_at, s.terakhir_at, s.jumlah_pindai, s.berakhir_at, s.alasan_berakhir`;

/** Desk sessions (meja_sesi) and the Meja hadir flag of an event. */
export class MejaRepository {
  constructor(private readonly db: Db) {}

  kegiatan(id: number): KegiatanMeja | null {
    const r = this.db.prepare(`SELECT id, judul, tanggal, tempat, status, meja_aktif FROM kegiatan WHERE id = ?`).get(id) as
      | { id: number; judul: string; tanggal: string; tempat: string; status: string; meja_aktif: number }
      | undefined;
    return r ? { id: r.id, judul: r.judul, tanggal: r.tanggal, tempat: r.tempat, status: r.status, mejaAktif: r.meja_aktif === 1 } : null;
  }

  /** Events with Meja hadir on (at most one in normal use). */
  aktif(): KegiatanMeja[] {
    return (this.db.prepare(`SELECT id FROM kegiatan WHERE meja_aktif = 1 ORDER BY id`).pluck().all() as number[]).map((id) => this.kegiatan(id)!);
  }

  setAktif(kegiatanId: number, aktif: boolean): void {
    this.db.prepare(`UPDATE kegiatan SET meja_aktif = ? WHERE id = ?`).run(aktif ? 1 : 0, kegiatanId);
  }

  insert(s: { kegiatanId: number; tokenHash: string; nama: string; operator: string; alamatKlien: string; now: string; selisihJamMs: number }): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO meja_sesi (kegiatan_id, token_hash, nama, operator, alamat_klien, dipasang_at, terakhir_at, selisih_jam_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(s.kegiatanId, s.tokenHash, s.nama, s.operator, s.alamatKlien, s.now, s.now, s.selisihJamMs).lastInsertRowid,
    );
  }

  /** This computer's clock minus the desk's, as measured at pairing (0 for a desk that sent no clock). */
  selisihJam(id: number): number {
    return (this.db.prepare('SELECT selisih_jam_ms FROM meja_sesi WHERE id = ?').pluck().get(id) as number | undefined) ?? 0;
  }

  get(id: number): SesiMeja | null {
    const r = this.db.prepare(`SELECT ${KOLOM} FROM meja_sesi s WHERE s.id = ?`).get(id) as SesiRow | undefined;
    return r ? toSesi(r) : null;
  }

  byTokenHash(hash: string): SesiMeja | null {
    const r = this.db.prepare(`SELECT ${KOLOM} FROM meja_sesi s WHERE s.token_hash = ?`).get(hash) as SesiRow | undefined;
    return r ? toSesi(r) : null;
  }

  list(kegiatanId: number): SesiMeja[] {
    return (this.db.prepare(`SELECT ${KOLOM} FROM meja_sesi s WHERE s.kegiatan_id = ? ORDER BY s.berakhir_at IS NOT NULL, s.id`).all(kegiatanId) as SesiRow[]).map(
      toSesi,
    );
  }

  jumlahAktif(kegiatanId: number): number {
    return this.db.prepare(`SELECT count(*) FROM meja_sesi WHERE kegiatan_id = ? AND berakhir_at IS NULL`).pluck().get(kegiatanId) as number;
  }

  /** Live sessions of an event with this desk name (case-insensitive). */
  aktifBernama(kegiatanId: number, nama: string): number[] {
    return this.db
      .prepare(`SELECT id FROM meja_sesi WHERE kegiatan_id = ? AND berakhir_at IS NULL AND lower(nama) = lower(?)`)
      .pluck()
      .all(kegiatanId, nama) as number[];
  }

  akhiri(id: number, alasan: AlasanBerakhir, now: string): boolean {
    return this.db.prepare(`UPDATE meja_sesi SET berakhir_at = ?, alasan_berakhir = ? WHERE id = ? AND berakhir_at IS NULL`).run(now, alasan, id).changes > 0;
  }

  akhiriSemua(kegiatanId: number, alasan: AlasanBerakhir, now: string): number {
    return this.db
      .prepare(`UPDATE meja_sesi SET berakhir_at = ?, alasan_berakhir = ? WHERE kegiatan_id = ? AND berakhir_at IS NULL`)
      .run(now, alasan, kegiatanId).changes;
  }

  /** Last seen, and one more scan when `pindai`. */
  tandaiDilihat(id: number, now: string, pindai: number): void {
    this.db.prepare(`UPDATE meja_sesi SET terakhir_at = ?, jumlah_pindai = jumlah_pindai + ? WHERE id = ?`).run(now, pindai, id);
  }

  /** The event a pledge campaign belongs to (null: none, or no such campaign). */
  kegiatanKampanye(kampanyeId: number): number | null {
    const r = this.db.prepare(`SELECT kegiatan_id FROM kampanye_ikrar WHERE id = ?`).pluck().get(kampanyeId) as number | null | undefined;
    return r ?? null;
  }

  kampanyeKegiatan(kegiatanId: number): { id: number; judul: string }[] {
    return this.db.prepare(`SELECT id, judul FROM kampanye_ikrar WHERE kegiatan_id = ? ORDER BY id`).all(kegiatanId) as { id: number; judul: string }[];
  }

  /** The event an attendance log entry belongs to (null: no such entry). */
  kegiatanLog(logId: number): number | null {
    return (this.db.prepare(`SELECT kegiatan_id FROM kehadiran_log WHERE id = ?`).pluck().get(logId) as number | undefined) ?? null;
  }

  /** The event and desk an attendance entry was recorded at (null: no such entry). */
  asalLog(logId: number): { kegiatanId: number; meja: string } | null {
    return (this.db.prepare(`SELECT kegiatan_id AS kegiatanId, meja FROM kehadiran_log WHERE id = ?`).get(logId) as { kegiatanId: number; meja: string } | undefined) ?? null;
  }
}
