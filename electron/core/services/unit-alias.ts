import { AppError, type FieldError } from '../../../shared/contract/result';
import type { UnitAliasInfo, UnitSingkatan } from '../../../shared/contract/types';
import { normalizeUnitName, type Singkatan } from '../../../shared/domain/unit-nama';
import type { Db } from '../db/open';
import type { UnitAliasRepository } from '../db/repositories/unit-alias';
import type { UnitKerjaRepository } from '../db/repositories/unit-kerja';

/** The abbreviations and remembered names the importer matches unit names with; edited by the clerk. */
export class UnitAliasService {
  constructor(
    private readonly db: Db,
    private readonly repo: UnitAliasRepository,
    private readonly units: UnitKerjaRepository,
  ) {}

  singkatan(): UnitSingkatan[] {
    return this.repo.singkatan();
  }

  /** Replaces the whole list, all or nothing; each bad row is named by its index. */
  saveSingkatan(list: readonly Singkatan[]): UnitSingkatan[] {
    const fields: FieldError[] = [];
    const seen = new Map<string, number>();
    const clean = list.map((s, i) => {
      const singkatan = s.singkatan.replace(/\s+/g, ' ').trim();
      const kepanjangan = s.kepanjangan.replace(/\s+/g, ' ').trim();
      const key = normalizeUnitName(singkatan);
      if (!key) fields.push({ field: `daftar.${i}.singkatan`, message: 'Singkatan wajib diisi (huruf atau angka).' });
      else if (seen.has(key)) fields.push({ field: `daftar.${i}.singkatan`, message: `Singkatan "${singkatan}" sudah ada di baris ${seen.get(key)! + 1}.` });
      else seen.set(key, i);
      if (!normalizeUnitName(kepanjangan)) fields.push({ field: `daftar.${i}.kepanjangan`, message: 'Kepanjangan wajib diisi.' });
      else if (normalizeUnitName(kepanjangan) === key) fields.push({ field: `daftar.${i}.kepanjangan`, message: 'Kepanjangan sama dengan singkatannya.' });
      return { singkatan, kepanjangan };
    });
    if (fields.length) throw new AppError('VALIDASI', `Daftar singkatan belum dapat disimpan: ${fields.length} isian perlu diperbaiki.`, fields);
    return this.db.transaction(() => {
      this.repo.replaceSingkatan(clean);
      return this.repo.singkatan();
    })();
  }

  aliases(): UnitAliasInfo[] {
    const names = new Map(this.units.list().map((u) => [u.id, u.nama]));
    return this.repo.aliases().map((a) => ({ kunci: a.kunci, nama: a.nama, unitKerjaId: a.unitKerjaId, unitNama: names.get(a.unitKerjaId) ?? '', createdAt: a.createdAt }));
  }

  forget(kunci: string): void {
    if (!this.repo.forget(kunci)) throw new AppError('TIDAK_DITEMUKAN', 'Nama lain itu sudah tidak ada.');
  }
}
