import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ArsipQuery, DokumenArsip, InstansiProfil, JenisDokumen, Penandatangan, TandaTangan } from '../../../shared/contract/dokumen';
import { AppError } from '../../../shared/contract/result';
import type { PageSetup } from '../../../shared/dokumen/model';
import type { Db } from '../db/open';
import type { ArsipRepository, DokumenTersimpan } from '../db/repositories/arsip';
import { sanitizeFileName } from '../files';
import { writeNewFileAtomic } from '../fs-atomic';
import type { PenomoranService } from './penomoran';

/** What the document service hands over once the file's bytes are built. */
export interface ArsipMasuk {
  jenis: JenisDokumen;
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
  konteks: { profil: InstansiProfil; penandatangan: Penandatangan };
}

/**
 * `<dataDir>/arsip/<tahun>/<fileName>`: where an archived document of that year lives. Slashes
 * (letter numbers often end up in names) become dashes, so the name can never leave the folder.
 */
export function storagePath(dataDir: string, tahun: number, fileName: string): string {
  return path.join(dataDir, 'arsip', String(tahun), sanitizeFileName(fileName.replace(/[/\\]/g, '-')));
}

/** "SE.docx" → "SE (2).docx". */
function numbered(fileName: string, n: number): string {
  if (n === 1) return fileName;
  const ext = path.extname(fileName);
  return `${fileName.slice(0, fileName.length - ext.length)} (${n})${ext}`;
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
  record(input: ArsipMasuk, bytes: Uint8Array): DokumenTersimpan {
    const nomor = this.penomoran.usable(input.nomorId);
    const { absolute, relPath, fileName } = this.writeUnique(Number(input.tanggal.slice(0, 4)), input.fileName, bytes);
    try {
      return this.db.transaction(() => {
        const id = this.repo.insert({
          ...input,
          nomor: nomor.nomor,
          fileName,
          relPath,
          sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
          bytes: bytes.byteLength,
        });
        this.penomoran.use(input.nomorId, id);
        return this.get(id);
      }).immediate();
    } catch (e) {
      fs.rmSync(absolute, { force: true });
      throw e;
    }
  }

  get(id: number): DokumenTersimpan {
    const d = this.repo.get(id);
    if (!d) throw new AppError('TIDAK_DITEMUKAN', `Dokumen arsip dengan id ${id} tidak ditemukan.`);
    return d;
  }

  list(q: ArsipQuery): { total: number; rows: DokumenArsip[] } {
    return this.repo.list(q);
  }

  /** The stored file of a document, checked to exist and to be the bytes that were archived. */
  file(id: number): { path: string; fileName: string } {
    const d = this.get(id);
    const absolute = path.join(this.dataDir, ...d.relPath.split('/'));
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(absolute);
    } catch {
      throw new AppError('TIDAK_DITEMUKAN', `Berkas "${d.fileName}" (nomor ${d.nomor}) tidak ada lagi di folder arsip. Buat ulang dokumennya dari arsip.`);
    }
    if (crypto.createHash('sha256').update(bytes).digest('hex') !== d.sha256)
      throw new AppError('FILE', `Berkas "${d.fileName}" (nomor ${d.nomor}) di folder arsip sudah berubah sejak dibuat. Buat ulang dokumennya dari arsip.`);
    return { path: absolute, fileName: d.fileName };
  }

  private writeUnique(tahun: number, fileName: string, bytes: Uint8Array): { absolute: string; relPath: string; fileName: string } {
    const base = path.basename(storagePath(this.dataDir, tahun, fileName));
    for (let n = 1; n < 1000; n++) {
      const name = numbered(base, n);
      const relPath = `arsip/${tahun}/${name}`;
      const absolute = storagePath(this.dataDir, tahun, name);
      if (!this.repo.relPathTaken(relPath) && writeNewFileAtomic(absolute, bytes)) return { absolute, relPath, fileName: name };
    }
    throw new AppError('INTERNAL', `Terlalu banyak berkas bernama "${base}" di arsip tahun ${tahun}.`);
  }
}
