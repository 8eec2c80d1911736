import type { Pegawai, PegawaiInput } from '../../../../shared/domain/pegawai';
import type { PegawaiQuery } from '../../../../shared/contract/schemas';
import { golonganUrutan } from '../../../../shared/domain/pangkat';
import type { Db } from '../open';
import { toFtsQuery } from './fts-query';

interface PegawaiRow {
  id: number;
  nip: string | null;
  jenis_identitas: Pegawai['jenisIdentitas'];
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jenis_kelamin: Pegawai['jenisKelamin'];
  tempat_lahir: string | null;
  tanggal_lahir: string | null;
  status: Pegawai['status'];
  golongan: string | null;
  jabatan: string | null;
  jenis_jabatan: Pegawai['jenisJabatan'];
  eselon: string | null;
  unit_kerja_id: number | null;
  unit_nama: string | null;
  telepon: string | null;
  email: string | null;
  aktif: number;
  created_at: string;
  updated_at: string;
}

const toPegawai = (r: PegawaiRow): Pegawai => ({
  id: r.id,
  nip: r.nip,
  jenisIdentitas: r.jenis_identitas,
  nama: r.nama,
  gelarDepan: r.gelar_depan,
  gelarBelakang: r.gelar_belakang,
  jenisKelamin: r.jenis_kelamin,
  tempatLahir: r.tempat_lahir,
  tanggalLahir: r.tanggal_lahir,
  status: r.status,
  golongan: r.golongan,
  jabatan: r.jabatan,
  jenisJabatan: r.jenis_jabatan,
  eselon: r.eselon,
  unitKerjaId: r.unit_kerja_id,
  unitKerjaNama: r.unit_nama,
  telepon: r.telepon,
  email: r.email,
  aktif: r.aktif === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `SELECT p.*, u.nama AS unit_nama FROM pegawai p LEFT JOIN unit_kerja u ON u.id = p.unit_kerja_id`;

const ORDER: Record<PegawaiQuery['sort'], string> = {
  nama: 'p.nama COLLATE NOCASE',
  nip: 'p.nip',
  golongan: 'p.golongan_urutan',
  jabatan: 'p.jabatan COLLATE NOCASE',
  unit: 'u.nama COLLATE NOCASE',
  status: 'p.status',
  diubah: 'p.updated_at',
};

const COLUMNS = [
  'nip', 'jenis_identitas', 'nama', 'gelar_depan', 'gelar_belakang', 'jenis_kelamin', 'tempat_lahir',
  'tanggal_lahir', 'status', 'golongan', 'golongan_urutan', 'jabatan', 'jenis_jabatan', 'eselon',
  'unit_kerja_id', 'telepon', 'email', 'aktif',
] as const;

function params(d: PegawaiInput): unknown[] {
  return [
    d.nip, d.jenisIdentitas, d.nama, d.gelarDepan, d.gelarBelakang, d.jenisKelamin, d.tempatLahir,
    d.tanggalLahir, d.status, d.golongan, d.golongan ? golonganUrutan(d.golongan) : 0, d.jabatan,
    d.jenisJabatan, d.eselon, d.unitKerjaId, d.telepon, d.email, d.aktif ? 1 : 0,
  ];
}

export class PegawaiRepository {
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly byNipStmt;
  private readonly byIdStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO pegawai (${COLUMNS.join(', ')}, created_at, updated_at) VALUES (${COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE pegawai SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
    );
    this.byNipStmt = db.prepare(`SELECT id FROM pegawai WHERE nip = ?`).pluck();
    this.byIdStmt = db.prepare(`${SELECT} WHERE p.id = ?`);
  }

  get(id: number): Pegawai | null {
    const row = this.byIdStmt.get(id) as PegawaiRow | undefined;
    return row ? toPegawai(row) : null;
  }

  idByNip(nip: string): number | null {
    return (this.byNipStmt.get(nip) as number | undefined) ?? null;
  }

  /** Staff without an identifier are matched by exact name and birth date. */
  idByNamaLahir(nama: string, tanggalLahir: string): number | null {
    return (
      (this.db
        .prepare(`SELECT id FROM pegawai WHERE nip IS NULL AND nama = ? COLLATE NOCASE AND tanggal_lahir = ? ORDER BY id LIMIT 1`)
        .pluck()
        .get(nama, tanggalLahir) as number | undefined) ?? null
    );
  }

  insert(d: PegawaiInput): number {
    const now = new Date().toISOString();
    return Number(this.insertStmt.run(...params(d), now, now).lastInsertRowid);
  }

  update(id: number, d: PegawaiInput): void {
    this.updateStmt.run(...params(d), new Date().toISOString(), id);
  }

  setAktif(id: number, aktif: boolean): void {
    this.db.prepare(`UPDATE pegawai SET aktif = ?, updated_at = ? WHERE id = ?`).run(aktif ? 1 : 0, new Date().toISOString(), id);
  }

  moveUnit(fromUnitId: number, toUnitId: number): number {
    return this.db
      .prepare(`UPDATE pegawai SET unit_kerja_id = ?, updated_at = ? WHERE unit_kerja_id = ?`)
      .run(toUnitId, new Date().toISOString(), fromUnitId).changes;
  }

  count(): number {
    return this.db.prepare(`SELECT COUNT(*) FROM pegawai`).pluck().get() as number;
  }

  list(q: PegawaiQuery): { total: number; rows: Pegawai[] } {
    const { where, args } = this.filter(q);
    const total = this.db.prepare(`SELECT COUNT(*) FROM pegawai p ${where}`).pluck().get(...args) as number;
    const rows = this.db
      .prepare(`${SELECT} ${where} ORDER BY ${ORDER[q.sort]} ${q.desc ? 'DESC' : 'ASC'}, p.id LIMIT ? OFFSET ?`)
      .all(...args, q.limit, q.offset) as PegawaiRow[];
    return { total, rows: rows.map(toPegawai) };
  }

  /** Every match in query order, one row at a time (exports of 50,000 rows stay small in memory). */
  *iterate(q: Omit<PegawaiQuery, 'offset' | 'limit'>): Generator<Pegawai> {
    const { where, args } = this.filter(q);
    const stmt = this.db.prepare(`${SELECT} ${where} ORDER BY ${ORDER[q.sort]} ${q.desc ? 'DESC' : 'ASC'}, p.id`);
    for (const row of stmt.iterate(...args)) yield toPegawai(row as PegawaiRow);
  }

  private filter(q: Omit<PegawaiQuery, 'offset' | 'limit'>): { where: string; args: unknown[] } {
    const parts: string[] = [];
    const args: unknown[] = [];
    const fts = toFtsQuery(q.text);
    if (fts) {
      parts.push(`p.id IN (SELECT rowid FROM pegawai_fts WHERE pegawai_fts MATCH ?)`);
      args.push(fts);
    }
    if (q.unitKerjaId != null) {
      parts.push(`p.unit_kerja_id IN (WITH RECURSIVE t(id) AS (SELECT ? UNION SELECT u.id FROM unit_kerja u JOIN t ON u.parent_id = t.id) SELECT id FROM t)`);
      args.push(q.unitKerjaId);
    }
    if (q.status) {
      parts.push(`p.status = ?`);
      args.push(q.status);
    }
    if (q.golongan) {
      parts.push(`p.golongan = ?`);
      args.push(q.golongan);
    }
    if (q.jenisJabatan) {
      parts.push(`p.jenis_jabatan = ?`);
      args.push(q.jenisJabatan);
    }
    if (q.aktif !== 'semua') parts.push(`p.aktif = ${q.aktif === 'aktif' ? 1 : 0}`);
    return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', args };
  }
}
