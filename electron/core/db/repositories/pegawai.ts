import type { Pegawai, PegawaiInput } from '../../../../shared/domain/pegawai';
import type { PegawaiQuery } from '../../../../shared/contract/schemas';
import { golonganUrutan } from '../../../../shared/domain/pangkat';
import type { Statement } from 'better-sqlite3';
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

/**
 * Sort keys, each followed by p.id in the same direction (so a descending page walks its index
 * backwards), and the index whose order is (keys, id): a page can be read by walking it.
 * Unit order is walked unit by unit (unit_kerja_urut, then pegawai_unit).
 */
const SORT: Record<PegawaiQuery['sort'], { keys: string[]; index: string | null }> = {
  nama: { keys: ['p.nama COLLATE NOCASE'], index: 'pegawai_nama' },
  nip: { keys: ['p.nip'], index: 'sqlite_autoindex_pegawai_1' },
  golongan: { keys: ['p.golongan_urutan'], index: 'pegawai_golongan' },
  jabatan: { keys: ['p.jabatan COLLATE NOCASE'], index: 'pegawai_jabatan' },
  unit: { keys: ['u.nama COLLATE NOCASE', 'u.id'], index: null },
  status: { keys: ['p.status'], index: 'pegawai_status' },
  diubah: { keys: ['p.updated_at'], index: 'pegawai_updated' },
};

const orderBy = (q: Pick<PegawaiQuery, 'sort' | 'desc'>) => {
  const dir = q.desc ? 'DESC' : 'ASC';
  return [...SORT[q.sort].keys, 'p.id'].map((k) => `${k} ${dir}`).join(', ');
};

/** The clerk's words are matched in these columns only; tanda holds the index's own markers. */
const TEXT_COLUMNS = '{nama nip jabatan unit}';

interface Filter {
  /** FTS5 expression, or null without search text. */
  match: string | null;
  /** Conditions on pegawai p, with their arguments. */
  where: string[];
  args: unknown[];
  /** Without text, when the active/inactive choice is the only condition: 1 or 0. */
  aktifOnly: 0 | 1 | null;
}

const and = (where: string[]) => where.map((w) => ` AND ${w}`).join('');
const whereOf = (where: string[]) => (where.length ? ` WHERE ${where.join(' AND ')}` : '');

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

/** Name and birth date as one key, the name compared as SQLite's NOCASE does (ASCII letters only). */
export const namaLahirKey = (nama: string, lahir: string) => `${nama.replace(/[A-Z]+/g, (c) => c.toLowerCase())}\u0000${lahir}`;

export class PegawaiRepository {
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly byNipStmt;
  private readonly byIdStmt;
  private readonly statements = new Map<string, Statement>();

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


  /**
   * Every registered identifier and, for people without one, name + birth date, as maps: an import
   * of 50,000 rows looks each row up here instead of two queries a row (~0.5 s). The name key folds
   * ASCII case only, as SQLite's NOCASE does.
   */
  identityIndex(): { byNip: Map<string, number>; byNamaLahir: Map<string, number> } {
    const byNip = new Map<string, number>();
    const byNamaLahir = new Map<string, number>();
    for (const r of this.db.prepare(`SELECT id, nip, nama, tanggal_lahir AS lahir FROM pegawai ORDER BY id`).raw().iterate() as Iterable<[number, string | null, string, string | null]>) {
      const [id, nip, nama, lahir] = r;
      if (nip !== null) byNip.set(nip, id);
      else if (lahir !== null) {
        const key = namaLahirKey(nama, lahir);
        if (!byNamaLahir.has(key)) byNamaLahir.set(key, id);
      }
    }
    return { byNip, byNamaLahir };
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
    const move = this.db.prepare(`UPDATE pegawai SET unit_kerja_id = ?, updated_at = ? WHERE unit_kerja_id = ?`);
    return this.db.transaction(() => this.bulkWrite(() => move.run(toUnitId, new Date().toISOString(), fromUnitId).changes))();
  }

  /**
   * Runs `fn` (many inserts and updates) with the search index maintained once at the end instead
   * of row by row. Must run inside db.transaction, so the rows and their index are committed
   * together or not at all; the switch in fts_tunda cannot be committed at all (migration 004).
   * A nested call joins the outer one.
   */
  bulkWrite<T>(fn: () => T): T {
    if (!this.db.inTransaction) throw new Error('PegawaiRepository.bulkWrite harus dipanggil di dalam db.transaction.');
    if (this.stmt(`SELECT 1 FROM fts_tunda`).get() !== undefined) return fn();
    // No savepoint of its own: inside one, every UPDATE of pegawai copies its index pages to the
    // statement journal again (measured 8× slower). The caller's transaction is the unit of undo.
    this.stmt(`INSERT INTO fts_tunda (id) VALUES (1)`).run();
    let done = false;
    try {
      const result = fn();
      done = true;
      return result;
    } finally {
      // After a throw too: what fn wrote gets indexed and the triggers switch back, so the state
      // is whole whether the caller rolls back (the usual case) or goes on.
      if (this.db.inTransaction) {
        try {
          this.flushFts();
          this.stmt(`DELETE FROM fts_tunda`).run();
        } catch (e) {
          // eslint-disable-next-line no-unsafe-finally -- fn succeeded, so this error is the only one
          if (done) throw e; // else fn's own error goes on; the switch left set blocks the commit
        }
      }
    }
  }

  /**
   * Indexes the queued staff in one statement, in rowid order (how FTS5 appends fastest). When
   * most of the registry was rewritten, the index is rebuilt whole instead: cheaper than deleting
   * each old entry, and it leaves no deletion markers behind.
   */
  private flushFts(): void {
    const rewritten = this.stmt(`SELECT COUNT(*) FROM fts_antre WHERE baru = 0`).pluck().get() as number;
    const fill = `INSERT INTO pegawai_fts (rowid, nama, nip, jabatan, unit, tanda) SELECT s.id, s.nama, s.nip, s.jabatan, s.unit, s.tanda`;
    if (rewritten * 2 > this.count()) {
      this.stmt(`INSERT INTO pegawai_fts (pegawai_fts) VALUES ('delete-all')`).run();
      this.stmt(`${fill} FROM pegawai_fts_sumber s ORDER BY s.id`).run();
    } else {
      if (rewritten > 0) this.stmt(`DELETE FROM pegawai_fts WHERE rowid IN (SELECT id FROM fts_antre WHERE baru = 0)`).run();
      this.stmt(`${fill} FROM fts_antre a JOIN pegawai_fts_sumber s ON s.id = a.id ORDER BY a.id`).run();
    }
    this.stmt(`DELETE FROM fts_antre`).run();
  }

  count(): number {
    return this.stmt(`SELECT COUNT(*) FROM pegawai`).pluck().get() as number;
  }

  /**
   * One page and the exact number of matches. The count comes from the search index alone unless
   * a golongan is chosen (see filter()). The page is chosen on ids only, then its rows are read:
   * either by walking the sort order and keeping the matches (many matches) or by sorting the
   * keys of all matches (few matches).
   */
  list(q: PegawaiQuery): { total: number; rows: Pegawai[] } {
    const f = this.filter(q);
    const total = this.countMatches(f);
    if (total === 0 || q.offset >= total) return { total, rows: [] };
    // A page in the far half is read from the other end (the order is total, ties broken by id).
    const fromEnd = q.offset > total / 2;
    const n = Math.min(q.limit, total - q.offset);
    const p = fromEnd ? { ...q, desc: !q.desc, offset: total - q.offset - n, limit: n } : q;
    // Walking visits about reach × all / total index entries; sorting reads every match and keeps
    // reach of them in its sorter, each several times dearer than a step of the walk (measured
    // on 50,000 staff: walking wins up to about four visits per match).
    const walk = (p.offset + p.limit) * this.count() <= 4 * total * total;
    const ids = !walk ? this.pageBySort(f, p) : p.sort === 'unit' ? this.pageByUnitWalk(f, p, total) : this.pageByWalk(f, p);
    if (fromEnd) ids.reverse();
    const rows = this.stmt(`${SELECT} WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY ${orderBy(q)}`).all(JSON.stringify(ids)) as PegawaiRow[];
    return { total, rows: rows.map(toPegawai) };
  }

  /**
   * Every match in query order, one row at a time (exports of 50,000 rows stay small in memory):
   * read along the sort order's index, so no sorter ever holds the whole export.
   */
  *iterate(q: Omit<PegawaiQuery, 'offset' | 'limit'>): Generator<Pegawai> {
    const { where, args } = this.walkFilter(this.filter(q));
    const order = orderBy(q);
    const rows = (sql: string) => this.db.prepare(sql).iterate(...args) as IterableIterator<PegawaiRow>;
    const parts =
      q.sort === 'unit'
        ? [
            `SELECT p.*, NULL AS unit_nama FROM pegawai p INDEXED BY pegawai_unit WHERE p.unit_kerja_id IS NULL${and(where)} ORDER BY p.id ${q.desc ? 'DESC' : 'ASC'}`,
            `SELECT p.*, u.nama AS unit_nama ${this.byUnitFrom(where)} ORDER BY ${order}`,
          ]
        : [`SELECT p.*, u.nama AS unit_nama FROM pegawai p INDEXED BY ${SORT[q.sort].index} LEFT JOIN unit_kerja u ON u.id = p.unit_kerja_id${whereOf(where)} ORDER BY ${order}`];
    if (q.desc) parts.reverse(); // staff without a unit sort first ascending, last descending
    for (const sql of parts) for (const row of rows(sql)) yield toPegawai(row);
  }

  /** Prepared once per distinct text: list() builds a few shapes of query, each used over and over. */
  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      if (this.statements.size >= 200) this.statements.clear();
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private countMatches(f: Filter): number {
    if (f.match === null) {
      if (!f.where.length) return this.count();
      if (f.aktifOnly !== null) {
        // the inactive are few and marked in the index: counting them beats scanning the table
        const nonaktif = this.stmt(`SELECT COUNT(*) FROM pegawai_fts WHERE pegawai_fts MATCH 'tanda : nonaktif'`).pluck().get() as number;
        return f.aktifOnly === 1 ? this.count() - nonaktif : nonaktif;
      }
      return this.stmt(`SELECT COUNT(*) FROM pegawai p${whereOf(f.where)}`).pluck().get(...f.args) as number;
    }
    if (!f.where.length) return this.stmt(`SELECT COUNT(*) FROM pegawai_fts WHERE pegawai_fts MATCH ?`).pluck().get(f.match) as number;
    return this.stmt(`SELECT COUNT(*) FROM pegawai_fts f CROSS JOIN pegawai p ON p.id = f.rowid WHERE f.pegawai_fts MATCH ?${and(f.where)}`)
      .pluck()
      .get(f.match, ...f.args) as number;
  }

  /** The filter as conditions on p alone: the text matches become a lookup set, built once per query. */
  private walkFilter(f: Filter): { where: string[]; args: unknown[] } {
    if (f.match === null) return f;
    // the + keeps SQLite walking the sort index instead of starting from the set
    return { where: [...f.where, `+p.id IN (SELECT rowid FROM pegawai_fts WHERE pegawai_fts MATCH ?)`], args: [...f.args, f.match] };
  }

  /** Ids of the page by walking the sort column's index and keeping the rows that match. */
  private pageByWalk(f: Filter, q: PegawaiQuery): number[] {
    const { where, args } = this.walkFilter(f);
    return this.stmt(`SELECT p.id FROM pegawai p INDEXED BY ${SORT[q.sort].index}${whereOf(where)} ORDER BY ${orderBy(q)} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...args, q.limit, q.offset) as number[];
  }

  /**
   * Unit order walked unit by unit in name order, each unit's staff by id. Staff without a unit
   * sort as an empty name (first ascending, last descending) and are read apart.
   */
  private pageByUnitWalk(f: Filter, q: PegawaiQuery, total: number): number[] {
    const { where, args } = this.walkFilter(f);
    const dir = q.desc ? 'DESC' : 'ASC';
    const noUnit = `FROM pegawai p INDEXED BY pegawai_unit WHERE p.unit_kerja_id IS NULL${and(where)}`;
    const anyNoUnit = this.stmt(`SELECT 1 FROM pegawai WHERE unit_kerja_id IS NULL LIMIT 1`).get() !== undefined;
    const noUnitCount = anyNoUnit ? (this.stmt(`SELECT COUNT(*) ${noUnit}`).pluck().get(...args) as number) : 0;
    const noUnitPage = (limit: number, offset: number) =>
      this.stmt(`SELECT p.id ${noUnit} ORDER BY p.id ${dir} LIMIT ? OFFSET ?`).pluck().all(...args, limit, offset) as number[];
    const unitPage = (limit: number, offset: number) =>
      this.stmt(`SELECT p.id ${this.byUnitFrom(where)} ORDER BY ${orderBy(q)} LIMIT ? OFFSET ?`).pluck().all(...args, limit, offset) as number[];
    const [first, firstCount, second] = q.desc ? [unitPage, total - noUnitCount, noUnitPage] : [noUnitPage, noUnitCount, unitPage];
    const ids = q.offset < firstCount ? first(q.limit, q.offset) : [];
    if (ids.length < q.limit) ids.push(...second(q.limit - ids.length, Math.max(0, q.offset - firstCount)));
    return ids;
  }

  /** Units in name order, each unit's staff by id: the order of ORDER BY unit without a sorter. */
  private byUnitFrom(where: string[]): string {
    return `FROM unit_kerja u INDEXED BY unit_kerja_urut CROSS JOIN pegawai p INDEXED BY pegawai_unit ON p.unit_kerja_id = u.id${whereOf(where)}`;
  }

  /** Ids of the page by sorting the keys of all matches. */
  private pageBySort(f: Filter, q: PegawaiQuery): number[] {
    const unit = q.sort === 'unit' ? ' LEFT JOIN unit_kerja u ON u.id = p.unit_kerja_id' : '';
    const from =
      f.match === null
        ? `FROM pegawai p${unit}${whereOf(f.where)}`
        : `FROM pegawai_fts f CROSS JOIN pegawai p ON p.id = f.rowid${unit} WHERE f.pegawai_fts MATCH ?${and(f.where)}`;
    return this.stmt(`SELECT p.id ${from} ORDER BY ${orderBy(q)} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...(f.match === null ? [] : [f.match]), ...f.args, q.limit, q.offset) as number[];
  }

  /**
   * The query as an FTS5 expression where the index can answer it: the clerk's words, and the
   * markers of migration 004 for status, jenis jabatan, unit (with everything below it) and, next
   * to any of those, active or inactive. Golongan (free text) and a lone active/inactive choice
   * stay conditions on the table.
   */
  private filter(q: Omit<PegawaiQuery, 'offset' | 'limit'>): Filter {
    const where: string[] = [];
    const args: unknown[] = [];
    const parts: string[] = [];
    const terms = toFtsQuery(q.text);
    if (terms) parts.push(`${TEXT_COLUMNS} : (${terms})`);
    // the enums come validated, so each marker is a plain word of letters
    if (q.status) parts.push(`tanda : st${q.status.replace(/_/g, '').toLowerCase()}`);
    if (q.jenisJabatan) parts.push(`tanda : jj${q.jenisJabatan.toLowerCase()}`);
    if (q.unitKerjaId != null) parts.push(`tanda : u${Math.trunc(q.unitKerjaId)}`);
    let match: string | null = null;
    if (parts.length) {
      match = `(${parts.join(' AND ')})`;
      if (q.aktif === 'aktif') match += ' NOT tanda : nonaktif';
      else if (q.aktif === 'nonaktif') match += ' AND tanda : nonaktif';
    } else if (q.aktif !== 'semua') where.push(`p.aktif = ${q.aktif === 'aktif' ? 1 : 0}`);
    if (q.golongan) {
      where.push(`p.golongan = ?`);
      args.push(q.golongan);
    }
    const aktifOnly = match === null && where.length === 1 && q.aktif !== 'semua' && !q.golongan ? (q.aktif === 'aktif' ? 1 : 0) : null;
    return { match, where, args, aktifOnly };
  }
}
