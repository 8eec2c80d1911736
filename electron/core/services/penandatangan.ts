import { tanpaNip, type Penandatangan, type PenandatanganInput } from '../../../shared/contract/dokumen';
import { AppError, type FieldError } from '../../../shared/contract/result';
import { namaLengkap } from '../../../shared/domain/nama';
import { parseNip } from '../../../shared/domain/nip';
import { parseGolonganPns } from '../../../shared/domain/pangkat';
import type { Db } from '../db/open';
import type { PenandatanganRepository } from '../db/repositories/penandatangan';
import { found } from './found';

/** Officials who sign documents. The regional head and the deputy have no NIP or pangkat (elected officials). */
export class PenandatanganService {
  constructor(
    private readonly db: Db,
    private readonly repo: PenandatanganRepository,
  ) {}

  list(): Penandatangan[] {
    return this.repo.list();
  }

  get(id: number): Penandatangan {
    return found(this.repo.get(id), () => `Penandatangan dengan id ${id} tidak ditemukan.`);
  }

  /** Creates (`id` null) or updates; NIP and golongan are stored normalised (18 digits, `IV/c`). */
  save(id: number | null, data: PenandatanganInput): Penandatangan {
    const clean = validate(data);
    return this.db.transaction(() => {
      if (id === null) return this.get(this.repo.insert(clean));
      this.get(id);
      this.repo.update(id, clean);
      return this.get(id);
    })();
  }

  delete(id: number): void {
    this.db.transaction(() => {
      const p = this.get(id);
      const used = this.repo.documentCount(id);
      if (used > 0)
        throw new AppError(
          'VALIDASI',
          `${namaLengkap(p)} menandatangani ${used} dokumen di arsip dan tidak dapat dihapus, agar dokumen itu tetap dapat dibuat ulang persis. ` +
            'Nonaktifkan saja penandatangan ini.',
        );
      this.repo.delete(id);
    })();
  }
}

/** Domain rules beyond the schema, each problem against its field. */
export function validate(data: PenandatanganInput): PenandatanganInput {
  if (tanpaNip(data.jenis)) return { ...data, nip: '', golongan: '' };
  const errors: FieldError[] = [];
  const clean = { ...data };
  if (data.nip === '') errors.push({ field: 'nip', message: 'NIP wajib diisi (kecuali untuk kepala daerah dan wakilnya), misalnya 19850312 201001 1 004.' });
  else {
    const r = parseNip(data.nip);
    if (!r.ok) errors.push({ field: 'nip', message: r.message });
    else clean.nip = r.nip;
  }
  if (data.golongan !== '') {
    const r = parseGolonganPns(data.golongan);
    if (r.ok) clean.golongan = r.kode;
    else errors.push({ field: 'golongan', message: r.message });
  }
  if (errors.length) throw new AppError('VALIDASI', 'Data penandatangan belum benar. Periksa isian yang ditandai.', errors);
  return clean;
}
