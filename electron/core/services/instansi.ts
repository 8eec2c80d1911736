import fs from 'node:fs';
import path from 'node:path';
import type { InstansiProfil, InstansiProfilInput } from '../../../shared/contract/dokumen';
import { AppError, type FieldError } from '../../../shared/contract/result';
import type { Db } from '../db/open';
import type { InstansiRepository } from '../db/repositories/instansi';
import { checkLogoSize, readLogoImage } from '../documents/logo-image';
import { found } from './found';

/** Instansi profiles: the letterhead (kop), the city in dates and the unit code of numbers. */
export class InstansiService {
  constructor(
    private readonly db: Db,
    private readonly repo: InstansiRepository,
  ) {}

  list(): InstansiProfil[] {
    return this.repo.list();
  }

  get(id: number): InstansiProfil {
    return found(this.repo.get(id), () => `Profil instansi dengan id ${id} tidak ditemukan.`);
  }

  /**
   * The unit code for numbers reserved without a profile (nomor.pesan): the office profile created
   * first that has one, else any profile's; null when no profile has a unit code.
   */
  /** The unit code a letter of profile `profilId` carries in its number; without a profile, the default one. */
  kodeUnitFor(profilId: number | null): string | null {
    return profilId ? this.get(profilId).kodeUnit || null : this.kodeUnitBawaan();
  }

  kodeUnitBawaan(): string | null {
    const withCode = this.repo.list().filter((p) => p.kodeUnit !== '').sort((a, b) => a.id - b.id);
    return (withCode.find((p) => p.jenisKop === 'dinas') ?? withCode[0])?.kodeUnit ?? null;
  }

  /** Creates (`id` null) or updates a profile; the logo is kept as it is. */
  save(id: number | null, data: InstansiProfilInput): InstansiProfil {
    return this.db.transaction(() => {
      if (id !== null) this.get(id);
      const errors: FieldError[] = [];
      const same = this.repo.idByName(data.nama);
      if (same !== null && same !== id) errors.push({ field: 'nama', message: `Nama profil "${data.nama}" sudah dipakai profil lain.` });
      if (data.jenisKop === 'dinas' && data.perangkatDaerah === '')
        errors.push({ field: 'perangkatDaerah', message: 'Kop perangkat daerah memerlukan nama perangkat daerah.' });
      if (data.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(data.email)) errors.push({ field: 'email', message: 'Alamat email tidak valid.' });
      if (errors.length) throw new AppError('VALIDASI', 'Profil instansi belum benar. Periksa isian yang ditandai.', errors);
      if (id === null) return this.get(this.repo.insert(data));
      this.repo.update(id, data);
      return this.get(id);
    })();
  }

  /** Reads and checks the image at `filePath` (PNG/JPEG by content, at most 500 KB) and stores it. */
  setLogo(id: number, filePath: string, name = path.basename(filePath)): InstansiProfil {
    this.get(id);
    const bytes = readSmallFile(filePath, name);
    const image = readLogoImage(bytes, name);
    this.repo.setLogo(id, { base64: bytes.toString('base64'), ...image });
    return this.get(id);
  }

  /** The state emblem (lambang negara) of the kop jabatan, checked as a logo is; kept apart from the regional logo. */
  setLambang(id: number, filePath: string, name = path.basename(filePath)): InstansiProfil {
    this.get(id);
    const bytes = readSmallFile(filePath, name);
    const image = readLogoImage(bytes, name);
    this.repo.setLambang(id, { base64: bytes.toString('base64'), ...image });
    return this.get(id);
  }

  clearLambang(id: number): InstansiProfil {
    this.get(id);
    this.repo.setLambang(id, null);
    return this.get(id);
  }

  clearLogo(id: number): InstansiProfil {
    this.get(id);
    this.repo.setLogo(id, null);
    return this.get(id);
  }

  delete(id: number): void {
    this.db.transaction(() => {
      const p = this.get(id);
      const used = this.repo.documentCount(id);
      if (used > 0)
        throw new AppError(
          'VALIDASI',
          `Profil "${p.nama}" dipakai oleh ${used} dokumen di arsip dan tidak dapat dihapus, agar dokumen itu tetap dapat dibuat ulang persis. ` +
            'Ubah saja isinya, atau buat profil baru untuk dokumen berikutnya.',
        );
      this.repo.delete(id);
    })();
  }
}

/** Reads a file, refusing a large one by its size before reading it whole. */
function readSmallFile(filePath: string, name: string): Buffer {
  try {
    checkLogoSize(fs.statSync(filePath).size);
    return fs.readFileSync(filePath);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('FILE', `Berkas logo "${name}" tidak dapat dibaca. Pilih berkasnya sekali lagi.`);
  }
}
