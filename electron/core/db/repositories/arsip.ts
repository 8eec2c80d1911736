import type { KategoriDokumen } from '../../../../shared/dokumen/jenis/types';
import type { ArsipQuery, DokumenArsip, InstansiProfil, Penandatangan, TandaTangan } from '../../../../shared/contract/dokumen';
import type { EntriDasarHukum } from '../../../../shared/dokumen/dasar-hukum';
import type { PageSetup } from '../../../../shared/dokumen/model';
import { sha256Hex } from '../../hash';
import type { Db } from '../open';

interface DokumenRow {
  id: number;
  jenis: string;
  nomor: string;
  tanggal: string;
  hal: string;
  file_name: string;
  rel_path: string;
  sha256: string;
  bytes: number;
  teks_versi: number;
  profil_id: number;
  penandatangan_id: number;
  data: string;
  tanda_tangan: string;
  setup: string;
  konteks: string;
  created_at: string;
  /** From the register: the reason its number was voided. */
  batal: string | null;
}

/** An archived document with everything needed to regenerate it. */
export interface DokumenTersimpan extends DokumenArsip {
  /** Relative to the data folder, forward slashes. */
  relPath: string;
  data: Record<string, unknown>;
  tandaTangan: TandaTangan;
  setup: PageSetup;
  /** Profile, signatory and the legal bases cited, as they were when the document was made (older rows: no legal bases). */
  konteks: { profil: InstansiProfil; penandatangan: Penandatangan; dasarHukum?: EntriDasarHukum[]; kategori?: KategoriDokumen };
}

/** A row about to be archived (the file is already written). */
export type DokumenBaru = Omit<DokumenTersimpan, 'id' | 'createdAt' | 'batal'>;

/** A document row with the void reason of its number (a voided number makes the letter BATAL). */
const SELECT_DOKUMEN = `SELECT dokumen.*, (SELECT n.alasan_batal FROM nomor_surat n WHERE n.dokumen_id = dokumen.id AND n.status = 'batal' LIMIT 1) AS batal FROM dokumen`;

/** The idempotency key of a create request (see migration 005). */
export interface KunciDokumen {
  kunci: string;
  sidik: string;
  dokumenId: number | null;
  createdAt: string;
}

function toArsip(r: DokumenRow, pegawaiIds: number[]): DokumenArsip {
  return {
    id: r.id,
    jenis: r.jenis,
    nomor: r.nomor,
    tanggal: r.tanggal,
    hal: r.hal,
    fileName: r.file_name,
    sha256: r.sha256,
    bytes: r.bytes,
    teksVersi: r.teks_versi,
    profilId: r.profil_id,
    penandatanganId: r.penandatangan_id,
    pegawaiIds,
    batal: r.batal,
    createdAt: r.created_at,
  };
}

/** `%`, `_` and the escape itself are literal in a search text. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type Konteks = DokumenTersimpan['konteks'];
/**
 * The snapshot as stored: the logo and the emblem replaced by their sha256 in logo_arsip. Snapshots
 * from before the emblem had its own field have no `lambang` key (their kop jabatan printed the logo).
 */
type KonteksTersimpan = {
  profil: Omit<InstansiProfil, 'logo' | 'lambang'> & { logo: null; logoSha256?: string; lambang?: null; lambangSha256?: string };
  penandatangan: Penandatangan;
  dasarHukum?: EntriDasarHukum[];
  kategori?: KategoriDokumen;
};
type Gambar = InstansiProfil['logo'];

export class ArsipRepository {
  constructor(private readonly db: Db) {}

  /** A profile's logo (up to 500 KB) would otherwise be copied into every archived document's row. */
  private gambarSha256(g: Gambar): string | undefined {
    if (!g) return undefined;
    const json = JSON.stringify(g);
    const sha256 = sha256Hex(json);
    this.db.prepare('INSERT OR IGNORE INTO logo_arsip (sha256, logo) VALUES (?, ?)').run(sha256, json);
    return sha256;
  }

  private gambar(sha256: string | undefined): Gambar {
    const json = sha256 ? (this.db.prepare('SELECT logo FROM logo_arsip WHERE sha256 = ?').pluck().get(sha256) as string | undefined) : undefined;
    return json ? (JSON.parse(json) as Gambar) : null;
  }

  private konteksJson(k: Konteks): string {
    const { logo, lambang, ...profil } = k.profil;
    const stored: KonteksTersimpan = {
      ...k,
      profil: { ...profil, logo: null, logoSha256: this.gambarSha256(logo), lambang: null, lambangSha256: this.gambarSha256(lambang) },
    };
    return JSON.stringify(stored);
  }

  private konteksOf(json: string): Konteks {
    const k = JSON.parse(json) as KonteksTersimpan;
    const { logoSha256, lambangSha256, ...profil } = k.profil;
    const withLambang = 'lambang' in profil;
    const restored = { ...profil, logo: this.gambar(logoSha256) } as Omit<InstansiProfil, 'lambang'> & { lambang?: Gambar };
    if (withLambang) restored.lambang = this.gambar(lambangSha256);
    else delete restored.lambang;
    // An old snapshot keeps `lambang` absent, so its kop jabatan rebuilds with the logo, byte for byte.
    return { ...k, profil: restored as InstansiProfil };
  }

  insert(d: DokumenBaru): number {
    const info = this.db
      .prepare(
        `INSERT INTO dokumen (jenis, nomor, tanggal, hal, file_name, rel_path, sha256, bytes, teks_versi, profil_id, penandatangan_id,
           data, tanda_tangan, setup, konteks, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        d.jenis,
        d.nomor,
        d.tanggal,
        d.hal,
        d.fileName,
        d.relPath,
        d.sha256,
        d.bytes,
        d.teksVersi,
        d.profilId,
        d.penandatanganId,
        JSON.stringify(d.data),
        JSON.stringify(d.tandaTangan),
        JSON.stringify(d.setup),
        this.konteksJson(d.konteks),
        new Date().toISOString(),
      );
    const id = Number(info.lastInsertRowid);
    const link = this.db.prepare('INSERT OR IGNORE INTO dokumen_pegawai (dokumen_id, pegawai_id) VALUES (?, ?)');
    for (const pegawaiId of d.pegawaiIds) link.run(id, pegawaiId);
    return id;
  }

  get(id: number): DokumenTersimpan | null {
    const r = this.db.prepare(`${SELECT_DOKUMEN} WHERE id = ?`).get(id) as DokumenRow | undefined;
    if (!r) return null;
    return {
      ...toArsip(r, this.pegawaiIds(id)),
      relPath: r.rel_path,
      data: JSON.parse(r.data) as Record<string, unknown>,
      tandaTangan: JSON.parse(r.tanda_tangan) as TandaTangan,
      setup: JSON.parse(r.setup) as PageSetup,
      konteks: this.konteksOf(r.konteks),
    };
  }

  /** Documents whose data names a case (`kasusId`), oldest first. */
  byKasus(kasusId: number): DokumenArsip[] {
    const rows = this.db.prepare(`${SELECT_DOKUMEN} WHERE json_extract(data, '$.kasusId') = ? ORDER BY id`).all(kasusId) as DokumenRow[];
    return rows.map((r) => toArsip(r, this.pegawaiIds(r.id)));
  }

  /** Newest letter date first. */
  /** `jenis` is an id of the core's registry (the channel accepts the shipped ones). */
  list(q: Omit<ArsipQuery, 'jenis'> & { jenis: string | null }): { total: number; rows: DokumenArsip[] } {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const text = q.text.trim();
    if (text) {
      where.push(`(nomor LIKE ? ESCAPE '\\' OR hal LIKE ? ESCAPE '\\' OR file_name LIKE ? ESCAPE '\\')`);
      const p = likePattern(text);
      params.push(p, p, p);
    }
    if (q.jenis !== null) {
      where.push('jenis = ?');
      params.push(q.jenis);
    }
    if (q.tahun !== null) {
      // a range on the ISO date keeps the tanggal index usable
      where.push('tanggal >= ? AND tanggal < ?');
      params.push(`${q.tahun}-01-01`, `${q.tahun + 1}-01-01`);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT COUNT(*) FROM dokumen ${filter}`).pluck().get(...params) as number;
    const rows = this.db
      .prepare(`${SELECT_DOKUMEN} ${filter} ORDER BY tanggal DESC, id DESC LIMIT ? OFFSET ?`)
      .all(...params, q.limit, q.offset) as DokumenRow[];
    return { total, rows: rows.map((r) => toArsip(r, this.pegawaiIds(r.id))) };
  }

  /** Claims a key for a request about to be built; false when the key is already there. */
  /** The claim's created_at (which names this claim when it is given back); null when the key is taken. */
  claimKunci(kunci: string, sidik: string): string | null {
    const at = new Date().toISOString();
    return this.db.prepare('INSERT OR IGNORE INTO dokumen_kunci (kunci, sidik, dokumen_id, created_at) VALUES (?, ?, NULL, ?)').run(kunci, sidik, at).changes === 1 ? at : null;
  }

  kunci(kunci: string): KunciDokumen | null {
    const r = this.db.prepare('SELECT kunci, sidik, dokumen_id AS dokumenId, created_at AS createdAt FROM dokumen_kunci WHERE kunci = ?').get(kunci) as KunciDokumen | undefined;
    return r ?? null;
  }

  /** Links a claimed key to the document its request made; call in the transaction that archives it. */
  linkKunci(kunci: string, dokumenId: number): void {
    const changes = this.db.prepare('UPDATE dokumen_kunci SET dokumen_id = ? WHERE kunci = ? AND dokumen_id IS NULL').run(dokumenId, kunci).changes;
    if (changes !== 1) throw new Error(`Kunci permintaan ${kunci} tidak lagi menunggu dokumennya.`);
  }

  /**
   * Gives a claimed key back when its build failed (or was abandoned), so the same request can be tried
   * again. With `createdAt`, only that very claim is removed (a stale one), never a fresh claim made since.
   */
  releaseKunci(kunci: string, createdAt?: string): boolean {
    if (createdAt !== undefined)
      return this.db.prepare('DELETE FROM dokumen_kunci WHERE kunci = ? AND dokumen_id IS NULL AND created_at = ?').run(kunci, createdAt).changes === 1;
    return this.db.prepare('DELETE FROM dokumen_kunci WHERE kunci = ? AND dokumen_id IS NULL').run(kunci).changes === 1;
  }

  relPathTaken(relPath: string): boolean {
    return this.db.prepare('SELECT 1 FROM dokumen WHERE rel_path = ?').pluck().get(relPath) !== undefined;
  }

  private pegawaiIds(dokumenId: number): number[] {
    return this.db.prepare('SELECT pegawai_id FROM dokumen_pegawai WHERE dokumen_id = ? ORDER BY pegawai_id').pluck().all(dokumenId) as number[];
  }
}
