/**
 * The backups folder, `<data>/cadangan/`:
 *   netra-20260105-083012-harian.sqlite   a verified copy of the database (rollback-journal mode)
 *   netra-20260105-083012-harian.json     its manifest: time, reason, size, schema, staff count, sha256
 *   berkas/<sha256>                       the archive documents those copies refer to, by content
 * Manifests are files, not rows, so a restore of the database itself cannot lose them.
 */

import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ALASAN_CADANGAN, CADANGAN_ID_PATTERN, type AlasanCadangan, type Cadangan } from '../../../shared/contract/cadangan';
import { AppError } from '../../../shared/contract/result';
import { writeFileAtomic } from '../fs-atomic';
import { sha256File } from '../hash';
import { describePenolakan, inspectDatabaseFile } from './inspect';
import type { Db } from './open';

export const CADANGAN_DIR = 'cadangan';
const BERKAS_DIR = 'berkas';

/** How many of each kind the rotation keeps; null: all (manual ones and the safety copies before a restore). */
export const SIMPAN: Record<AlasanCadangan, number | null> = {
  harian: 7,
  mingguan: 4,
  impor: 10,
  migrasi: 10,
  manual: null,
  pengaman: null,
};

const DAY_MS = 24 * 3600 * 1000;
/** Left-overs of a crash (temp files, a manifest without its file) are removed after a day. */
const STALE_MS = DAY_MS;
/** A stored document younger than this may belong to a backup being written by another process. */
const GC_GRACE_MS = 3600 * 1000;

const ManifestSchema = z.object({
  format: z.literal(1),
  id: z.string().regex(CADANGAN_ID_PATTERN),
  fileName: z.string(),
  dibuat: z.iso.datetime({ offset: true }),
  alasan: z.enum(ALASAN_CADANGAN),
  keterangan: z.string(),
  bytes: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  jumlahPegawai: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  jumlahBerkas: z.number().int().nonnegative(),
  berkasHilang: z.number().int().nonnegative(),
});

export interface BerkasRef {
  relPath: string;
  sha256: string;
}

// sha256 of a file, read in 1 MB pieces so a large database is never held in memory whole.
export { sha256File };

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const two = (n: number) => String(n).padStart(2, '0');
/** `20260105-083012`, local time: the clerk reads these names. */
export function stamp(d: Date): string {
  return `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
}

/** `2026-01-05`, local time. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** ISO 8601 week of the local date, e.g. `2026-W02` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - weekday + 3);
  const year = t.getUTCFullYear();
  const week = 1 + Math.floor((t.getTime() - Date.UTC(year, 0, 1)) / (7 * 24 * 3600 * 1000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * `arsip/2026/SE.docx`, `foto/<sha256>.jpg` → the absolute path inside the data folder; null for anything
 * that could leave the arsip or foto folder (a restored database is data from elsewhere, not a trusted path).
 */
export function arsipPath(dataDir: string, relPath: string): string | null {
  const parts = relPath.split('/');
  if (!['arsip', 'foto', 'bukti'].includes(parts[0] ?? '') || parts.length < 2 || parts.some((p) => p === '' || p === '.' || p === '..' || /[\\:\0]/.test(p))) return null;
  return path.join(dataDir, ...parts);
}

/** The archive documents, event photos and case evidence a database refers to (none of a kind whose table it does not have). */
export function referencedFiles(db: Db): BerkasRef[] {
  const has = (t: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t) !== undefined;
  const dokumen = has('dokumen') ? (db.prepare('SELECT rel_path AS relPath, sha256 FROM dokumen ORDER BY id').all() as BerkasRef[]) : [];
  // photos are stored once by content: foto/<sha256>.<ext>
  const foto = has('kegiatan_foto')
    ? (db.prepare(`SELECT DISTINCT 'foto/' || sha256 || '.' || ekstensi AS relPath, sha256 FROM kegiatan_foto ORDER BY sha256`).all() as BerkasRef[])
    : [];
  // case evidence, stored once by content: bukti/<sha256>.<ext>
  const bukti = has('kasus_bukti') ? (db.prepare('SELECT DISTINCT path AS relPath, sha256 FROM kasus_bukti ORDER BY sha256').all() as BerkasRef[]) : [];
  return [...dokumen, ...foto, ...bukti];
}

/** Hard link (no extra space; archive files are never rewritten in place), a copy where links are not possible. */
export function linkOrCopy(src: string, dest: string): void {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  try {
    fs.linkSync(src, dest);
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return;
  }
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    fs.copyFileSync(src, tmp);
    fsyncFile(tmp);
    fs.renameSync(tmp, dest);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Removes a temporary database and whatever SQLite put beside it. */
export function discardDatabaseFile(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

export class CadanganStore {
  readonly dir: string;
  readonly berkasDir: string;

  constructor(
    readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.dir = path.join(dataDir, CADANGAN_DIR);
    this.berkasDir = path.join(this.dir, BERKAS_DIR);
  }

  /** Whether today's automatic backup exists (then the first open of the day is past). */
  automaticToday(): boolean {
    const today = localDay(this.now());
    return this.list().some((c) => (c.alasan === 'harian' || c.alasan === 'mingguan') && localDay(new Date(c.dibuat)) === today);
  }

  /** Backups whose manifest and file are both present, newest first. */
  list(): Cadangan[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return [];
    }
    const rows: Cadangan[] = [];
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const m = this.readManifest(path.join(this.dir, name));
      if (m && `${m.id}.json` === name && fs.existsSync(path.join(this.dir, m.fileName))) rows.push(m);
    }
    return rows.sort((a, b) => (a.dibuat === b.dibuat ? b.id.localeCompare(a.id) : a.dibuat < b.dibuat ? 1 : -1));
  }

  get(id: string): Cadangan | null {
    if (!CADANGAN_ID_PATTERN.test(id)) return null;
    return this.list().find((c) => c.id === id) ?? null;
  }

  fileOf(c: Cadangan): string {
    return path.join(this.dir, c.fileName);
  }

  /** A fresh temporary name in the backups folder; never mistaken for a backup (dot, .tmp). */
  tempPath(kind: 'netra' | 'pulihkan' = 'netra'): string {
    fs.mkdirSync(this.dir, { recursive: true });
    return path.join(this.dir, `.${kind}-${crypto.randomBytes(6).toString('hex')}.sqlite.tmp`);
  }

  /**
   * A backup made with VACUUM INTO: synchronous, for the paths that cannot wait (opening the
   * database before a migration, the first open of the day). The copy is consistent (one read
   * transaction) and compact.
   */
  writeSync(db: Db, alasan: AlasanCadangan, keterangan = ''): Cadangan {
    let tmp: string | null = null;
    try {
      tmp = this.tempPath();
      db.prepare('VACUUM INTO ?').run(tmp);
    } catch (e) {
      if (tmp) discardDatabaseFile(tmp);
      throw this.failure(e);
    }
    return this.seal(tmp, alasan, keterangan);
  }

  /**
   * A backup with SQLite's online backup API (better-sqlite3 `db.backup`): copied page by page in
   * small steps, so the app keeps answering meanwhile.
   */
  async write(db: Db, alasan: AlasanCadangan, keterangan = ''): Promise<Cadangan> {
    let tmp: string | null = null;
    try {
      tmp = this.tempPath();
      await db.backup(tmp);
    } catch (e) {
      if (tmp) discardDatabaseFile(tmp);
      throw this.failure(e);
    }
    return this.seal(tmp, alasan, keterangan);
  }

  /**
   * Turns a written temp copy into a listed backup: rollback-journal mode, integrity_check, the
   * archive files it refers to stored, then the manifest and the final name. Any failure removes
   * the temp file: there is never a half backup under a name that looks valid.
   */
  private seal(tmp: string, alasan: AlasanCadangan, keterangan: string): Cadangan {
    try {
      // The online backup copies the WAL flag of the source; a rollback-journal file can later be
      // opened read-only without SQLite creating anything beside it.
      const conv = new Database(tmp, { fileMustExist: true });
      let refs: BerkasRef[];
      try {
        conv.pragma('journal_mode = DELETE');
        refs = referencedFiles(conv);
      } finally {
        conv.close();
      }
      const checked = inspectDatabaseFile(tmp, { check: 'full', latest: Number.MAX_SAFE_INTEGER });
      if (checked.kind !== 'ok') throw new Error(`salinan tidak lolos pemeriksaan: ${checked.kind === 'ditolak' ? describePenolakan(checked.penolakan) : 'hilang'}`);
      if (!checked.schemaVersion || checked.jumlahPegawai === null) throw new Error('salinan tidak memuat versi skema atau tabel pegawai');
      const berkasHilang = this.storeFiles(refs);
      fsyncFile(tmp);
      const at = this.now();
      const id = this.freshId(at, alasan);
      const manifest: Cadangan = {
        id,
        fileName: `${id}.sqlite`,
        dibuat: at.toISOString(),
        alasan,
        keterangan: keterangan.slice(0, 300),
        bytes: fs.statSync(tmp).size,
        schemaVersion: checked.schemaVersion,
        jumlahPegawai: checked.jumlahPegawai,
        sha256: sha256File(tmp),
        jumlahBerkas: refs.length,
        berkasHilang,
      };
      const json = path.join(this.dir, `${id}.json`);
      writeFileAtomic(json, Buffer.from(`${JSON.stringify({ format: 1, ...manifest }, null, 2)}\n`));
      try {
        fs.renameSync(tmp, path.join(this.dir, manifest.fileName));
      } catch (e) {
        fs.rmSync(json, { force: true });
        throw e;
      }
      return manifest;
    } catch (e) {
      discardDatabaseFile(tmp);
      throw this.failure(e);
    }
  }

  private failure(e: unknown): AppError {
    if (e instanceof AppError) return e;
    const err = e as NodeJS.ErrnoException;
    const disk = err.code === 'ENOSPC' || /SQLITE_FULL|disk is full/i.test(`${err.code ?? ''} ${err.message}`) ? ' (ruang disk penuh)' : '';
    return new AppError('DATABASE', `Cadangan tidak dapat dibuat di ${this.dir}${disk}: ${err.message}`);
  }

  private freshId(at: Date, alasan: AlasanCadangan): string {
    const base = `netra-${stamp(at)}-${alasan}`;
    for (let n = 1; n < 1000; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (!fs.existsSync(path.join(this.dir, `${id}.json`)) && !fs.existsSync(path.join(this.dir, `${id}.sqlite`))) return id;
    }
    throw new AppError('INTERNAL', `Terlalu banyak cadangan bernama ${base}.`);
  }

  /** Puts every referenced archive file into berkas/<sha256>; returns how many could not be stored. */
  private storeFiles(refs: readonly BerkasRef[]): number {
    const stored = new Set<string>();
    const notStored: BerkasRef[] = [];
    for (const ref of refs) {
      if (stored.has(ref.sha256)) continue;
      const dest = /^[0-9a-f]{64}$/.test(ref.sha256) ? path.join(this.berkasDir, ref.sha256) : null;
      const src = arsipPath(this.dataDir, ref.relPath);
      if (dest && fs.existsSync(dest)) stored.add(ref.sha256);
      else if (dest && src && fs.existsSync(src) && sha256File(src) === ref.sha256) {
        linkOrCopy(src, dest);
        stored.add(ref.sha256);
      } else notStored.push(ref);
    }
    // two documents with the same content share one stored file
    return notStored.filter((r) => !stored.has(r.sha256)).length;
  }

  /** The stored copy of an archive document with that content, checked; null when there is none. */
  storedFile(sha256: string): string | null {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    const file = path.join(this.berkasDir, sha256);
    try {
      return sha256File(file) === sha256 ? file : null;
    } catch {
      return null;
    }
  }

  /** Applies SIMPAN; returns the ids removed. Stored documents no remaining backup refers to go too. */
  rotate(): string[] {
    const all = this.list();
    const removed: string[] = [];
    for (const alasan of ALASAN_CADANGAN) {
      const keep = SIMPAN[alasan];
      if (keep === null) continue;
      for (const c of all.filter((x) => x.alasan === alasan).slice(keep)) {
        // manifest first: a crash in between leaves an unlisted file, never a listed backup without one
        fs.rmSync(path.join(this.dir, `${c.id}.json`), { force: true });
        fs.rmSync(this.fileOf(c), { force: true });
        removed.push(c.id);
      }
    }
    if (removed.length) this.collectFiles();
    return removed;
  }

  private collectFiles(): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.berkasDir);
    } catch {
      return;
    }
    const referenced = new Set<string>();
    for (const c of this.list()) {
      try {
        const db = new Database(this.fileOf(c), { readonly: true, fileMustExist: true });
        try {
          for (const r of referencedFiles(db)) referenced.add(r.sha256);
        } finally {
          db.close();
        }
      } catch {
        return; // a backup that cannot be read: keep every stored document rather than guess
      }
    }
    const cutoff = Date.now() - GC_GRACE_MS;
    for (const name of names) {
      const file = path.join(this.berkasDir, name);
      try {
        const st = fs.statSync(file);
        const stale = /^\..*\.tmp$/.test(name) && st.mtimeMs < Date.now() - STALE_MS;
        if (stale || (/^[0-9a-f]{64}$/.test(name) && !referenced.has(name) && st.ctimeMs < cutoff)) fs.rmSync(file, { force: true });
      } catch {
        /* removed meanwhile */
      }
    }
  }

  /** Left-overs of a crash older than a day: temp copies and manifests whose file never arrived. */
  sweep(): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return;
    }
    const cutoff = Date.now() - STALE_MS;
    for (const name of names) {
      const file = path.join(this.dir, name);
      try {
        if (fs.statSync(file).mtimeMs >= cutoff) continue;
        if (/^\.(netra|pulihkan)-[0-9a-f]+\.sqlite\.tmp(-journal|-wal|-shm)?$/.test(name)) fs.rmSync(file, { force: true });
        else if (name.endsWith('.json') && !fs.existsSync(path.join(this.dir, `${name.slice(0, -5)}.sqlite`)) && CADANGAN_ID_PATTERN.test(name.slice(0, -5)))
          fs.rmSync(file, { force: true });
      } catch {
        /* removed meanwhile */
      }
    }
  }

  private readManifest(file: string): Cadangan | null {
    try {
      const parsed = ManifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (!parsed.success) return null;
      const { format: _f, ...m } = parsed.data;
      // The file is always named after the id: anything else (a hand-edited "../netra.sqlite") would
      // let a restore read, and the rotation delete, a file that is not this backup.
      if (m.fileName !== `${m.id}.sqlite`) return null;
      return m;
    } catch {
      return null;
    }
  }
}
