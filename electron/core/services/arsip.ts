import type { KategoriDokumen } from '../../../shared/dokumen/jenis/types';
import type { EntriDasarHukum } from '../../../shared/dokumen/dasar-hukum';
import fs from 'node:fs';
import path from 'node:path';
import type { ArsipQuery, DokumenArsip, InstansiProfil, Penandatangan, TandaTangan } from '../../../shared/contract/dokumen';
import { AppError } from '../../../shared/contract/result';
import type { PageSetup } from '../../../shared/dokumen/model';
import type { Db } from '../db/open';
import type { ArsipRepository, DokumenTersimpan, KunciDokumen } from '../db/repositories/arsip';
import { claimNew, stageBytes, stageCopy, type Staged } from '../fs-atomic';
import { sha256File } from '../hash';
import type { PenomoranService } from './penomoran';
import { found } from './found';

/** What the document service hands over once the file's bytes are built. */
export interface ArsipMasuk {
  jenis: string;
  /** The register line (dipesan, or a manual one) whose number is printed in the document. */
  nomorId: number;
  tanggal: string;
  hal: string;
  /** e.g. "SE_800-0001-BKPSDM-2026.docx"; made unique within the year's folder. */
  fileName: string;
  teksVersi: number;
  profilId: number;
  penandatanganId: number;
  pegawaiIds: number[];
  /** The validated input of the document type, enough to regenerate it exactly. */
  data: Record<string, unknown>;
  tandaTangan: TandaTangan;
  setup: PageSetup;
  /** Profile and signatory as they are now: a later regeneration reproduces this document. */
  konteks: { profil: InstansiProfil; penandatangan: Penandatangan; dasarHukum?: EntriDasarHukum[]; kategori?: KategoriDokumen };
  /** The addressee, written in the agenda book. */
  tujuan?: string;
  /** The idempotency key claimed for the request (see DokumenService.buat), linked in the same transaction. */
  kunci?: string;
}

/**
 * A document's content: its bytes, or a file holding them (a large batch is copied from it a chunk at
 * a time, hashed on the way, never read into memory whole; the source is left as it is).
 */
export type IsiArsip = Uint8Array | { path: string };

function checkSource(file: string): void {
  let ok = false;
  try {
    ok = fs.statSync(file).isFile();
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    ok = false;
  }
  if (!ok) throw new AppError('FILE', `Berkas dokumen ${file} tidak ada atau tidak dapat dibaca, jadi tidak diarsipkan. Tidak ada yang disimpan.`);
}

/** Longest stem kept, in characters and in UTF-8 bytes (file systems limit names to 255 bytes). */
const STEM_MAX_CHARS = 120;
const STEM_MAX_BYTES = 200;

/**
 * A file name split into a safe stem and its extension. Slashes (letter numbers often end up in
 * names) become dashes, anything but letters, digits, `.`, `_`, `-` and spaces becomes `_`, and
 * only the stem is shortened, so a long letter number never cuts off `.docx`.
 */
export function safeName(fileName: string): { stem: string; ext: string } {
  const flat = fileName.replace(/[/\\]/g, '-');
  const dot = path.extname(flat);
  // an extension is a short run of letters and digits; anything else stays part of the stem
  const ext = /^\.[\p{L}\p{N}]{1,10}$/u.test(dot) ? dot : '';
  let stem = flat
    .slice(0, flat.length - ext.length)
    .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
    .trim();
  const chars = Array.from(stem).slice(0, STEM_MAX_CHARS);
  while (Buffer.byteLength(chars.join('')) > STEM_MAX_BYTES) chars.pop();
  stem = chars.join('').trim();
  // "." or ".." would name the folder itself or its parent
  if (/^[. ]*$/.test(stem)) stem = 'berkas';
  return { stem, ext };
}

/** The name of the n-th file of that name: "SE.docx", then "SE (2).docx", "SE (3).docx" … */
function numbered({ stem, ext }: { stem: string; ext: string }, n: number): string {
  return n === 1 ? `${stem}${ext}` : `${stem} (${n})${ext}`;
}

/**
 * `<dataDir>/arsip/<tahun>/<name>`: where an archived document of that year lives, with the name
 * made safe (see safeName), so it can never leave the folder.
 */
export function storagePath(dataDir: string, tahun: number, fileName: string): string {
  return path.join(dataDir, 'arsip', String(tahun), numbered(safeName(fileName), 1));
}

/** Generated documents kept in the data folder, with their register number and their inputs. */
export class ArsipService {
  constructor(
    private readonly db: Db,
    private readonly repo: ArsipRepository,
    private readonly penomoran: PenomoranService,
    private readonly dataDir: string,
  ) {}

  /**
   * Stores the file under arsip/<tahun>/ (atomically, never replacing another file), then, in one
   * transaction, inserts the archive row with its staff links and marks the number used.
   * If the transaction fails the file is removed again: no file without a row, no row without a file.
   */
  record(input: ArsipMasuk, isi: IsiArsip): DokumenTersimpan {
    const nomor = this.penomoran.checkFor(input.nomorId, { jenis: input.jenis, tanggal: input.tanggal, unitKode: input.konteks.profil.kodeUnit || null });
    const { absolute, relPath, fileName, sha256, bytes } = this.writeUnique(Number(input.tanggal.slice(0, 4)), input.fileName, isi);
    try {
      const { tujuan, kunci, ...row } = input;
      return this.db.transaction(() => {
        const id = this.repo.insert({
          ...row,
          nomor: nomor.nomor,
          fileName,
          relPath,
          sha256,
          bytes,
        });
        this.penomoran.use(input.nomorId, id, { tanggal: input.tanggal, hal: input.hal, tujuan: tujuan ?? '' });
        if (kunci) this.repo.linkKunci(kunci, id);
        return this.get(id);
      }).immediate();
    } catch (e) {
      fs.rmSync(absolute, { force: true });
      throw e;
    }
  }

  /** Claims the idempotency key of a create request (see DokumenService.buat): the claim's time, null when it is taken. */
  claimKunci(kunci: string, sidik: string): string | null {
    return this.repo.claimKunci(kunci, sidik);
  }

  kunci(kunci: string): KunciDokumen | null {
    return this.repo.kunci(kunci);
  }

  releaseKunci(kunci: string, createdAt?: string): boolean {
    return this.repo.releaseKunci(kunci, createdAt);
  }

  get(id: number): DokumenTersimpan {
    return found(this.repo.get(id), () => `Dokumen arsip dengan id ${id} tidak ditemukan.`);
  }

  /** `jenis` is an id of the core's registry (the channel accepts the shipped ones). */
  list(q: Omit<ArsipQuery, 'jenis'> & { jenis: string | null }): { total: number; rows: DokumenArsip[] } {
    return this.repo.list(q);
  }

  /** The stored file of a document, checked to exist and to be the bytes that were archived. */
  file(id: number): { path: string; fileName: string } {
    const d = this.get(id);
    const absolute = path.join(this.dataDir, ...d.relPath.split('/'));
    let sha256: string;
    try {
      // streamed: a large batch is checked without being read into memory whole
      sha256 = sha256File(absolute);
    } catch {
      throw new AppError('TIDAK_DITEMUKAN', `Berkas "${d.fileName}" (nomor ${d.nomor}) tidak ada lagi di folder arsip. Buat ulang dokumennya dari arsip.`);
    }
    if (sha256 !== d.sha256)
      throw new AppError('FILE', `Berkas "${d.fileName}" (nomor ${d.nomor}) di folder arsip sudah berubah sejak dibuat. Buat ulang dokumennya dari arsip.`);
    return { path: absolute, fileName: d.fileName };
  }

  /**
   * At start-up: a file in arsip/<tahun>/ without an archive row was written by a build the app did
   * not finish (the row is committed after the file). It is moved to arsip/tanpa-catatan/, never
   * deleted, so nothing a clerk might need is lost; leftover temp files of a crash are removed.
   * Only files older than ten minutes, so a build in another window is never touched.
   */
  sweepOrphans(now: Date = new Date()): number {
    const root = path.join(this.dataDir, 'arsip');
    if (!fs.existsSync(root)) return 0;
    const cutoff = now.getTime() - 10 * 60_000;
    let moved = 0;
    for (const year of fs.readdirSync(root).filter((d) => /^\d{4}$/.test(d))) {
      for (const name of fs.readdirSync(path.join(root, year))) {
        const absolute = path.join(root, year, name);
        const stat = fs.statSync(absolute);
        if (!stat.isFile() || stat.mtimeMs > cutoff) continue;
        if (/^\..*\.tmp$/.test(name)) fs.rmSync(absolute, { force: true });
        else if (!this.repo.relPathTaken(`arsip/${year}/${name}`)) {
          const target = path.join(root, 'tanpa-catatan', `${year}-${name}`);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.renameSync(absolute, target);
          moved++;
        }
      }
    }
    return moved;
  }

  /** Writes the content once (flushed, under a temporary name), then links it under the first free name. */
  private writeUnique(tahun: number, fileName: string, isi: IsiArsip): { absolute: string; relPath: string; fileName: string; sha256: string; bytes: number } {
    // the name is made safe once; the numbered names are written exactly as rel_path records them
    const safe = safeName(fileName);
    const folder = path.join(this.dataDir, 'arsip', String(tahun));
    const first = path.join(folder, numbered(safe, 1));
    if (!(isi instanceof Uint8Array)) checkSource(isi.path);
    const staged: Staged = isi instanceof Uint8Array ? stageBytes(first, isi) : stageCopy(first, isi.path);
    try {
      for (let n = 1; n < 1000; n++) {
        const name = numbered(safe, n);
        const relPath = `arsip/${tahun}/${name}`;
        const absolute = path.join(folder, name);
        if (!this.repo.relPathTaken(relPath) && claimNew(staged.tmp, absolute)) return { absolute, relPath, fileName: name, sha256: staged.sha256, bytes: staged.bytes };
      }
    } finally {
      fs.rmSync(staged.tmp, { force: true });
    }
    throw new AppError('INTERNAL', `Terlalu banyak berkas bernama "${numbered(safe, 1)}" di arsip tahun ${tahun}.`);
  }
}
