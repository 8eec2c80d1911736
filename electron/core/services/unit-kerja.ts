import { AppError } from '../../../shared/contract/result';
import type { UnitInput } from '../../../shared/contract/schemas';
import type { UnitKerja } from '../../../shared/domain/pegawai';
import type { Db } from '../db/open';
import type { PegawaiRepository } from '../db/repositories/pegawai';
import type { UnitKerjaRepository } from '../db/repositories/unit-kerja';
import type { UnitAliasRepository } from '../db/repositories/unit-alias';
import { UnitNameExpander } from '../../../shared/domain/unit-nama';
import { aliasKey } from './unit-cocok';
import { found } from './found';

export class UnitKerjaService {
  constructor(
    private readonly db: Db,
    private readonly repo: UnitKerjaRepository,
    private readonly pegawai: PegawaiRepository,
    private readonly aliases: UnitAliasRepository,
  ) {}

  list(): UnitKerja[] {
    return this.repo.list();
  }

  count(): number {
    return this.repo.count();
  }

  get(id: number): UnitKerja {
    return found(this.repo.get(id), () => `Unit kerja dengan id ${id} tidak ditemukan.`);
  }

  create(data: UnitInput): UnitKerja {
    return this.db.transaction(() => {
      this.check(data, null);
      return this.get(this.repo.insert(data));
    })();
  }

  /** Rename and move (a new parent) in one. */
  update(id: number, data: UnitInput): UnitKerja {
    return this.db.transaction(() => {
      this.get(id);
      this.check(data, id);
      this.repo.update(id, data);
      return this.get(id);
    })();
  }

  /** Moves every employee and sub-unit of `sourceId` into `targetId`, then removes the source. */
  merge(sourceId: number, targetId: number): UnitKerja {
    if (sourceId === targetId) throw new AppError('VALIDASI', 'Unit sumber dan unit tujuan tidak boleh sama.');
    return this.db.transaction(() => {
      const source = this.get(sourceId);
      this.get(targetId);
      if (this.repo.subtreeIds(sourceId).includes(targetId))
        throw new AppError('VALIDASI', `Unit tujuan berada di bawah "${source.nama}"; pindahkan dulu unit tujuan keluar.`);
      this.pegawai.moveUnit(sourceId, targetId);
      for (const child of this.repo.list().filter((u) => u.parentId === sourceId)) {
        if (this.repo.findByName(child.nama, targetId))
          throw new AppError('DUPLIKAT', `Unit tujuan sudah memiliki sub-unit bernama "${child.nama}". Gabungkan sub-unit itu lebih dulu.`);
      }
      this.repo.moveChildren(sourceId, targetId);
      // The merged-away name keeps meaning the target, so the next import of an old sheet finds it.
      this.aliases.moveAliases(sourceId, targetId);
      const key = new UnitNameExpander(this.aliases.singkatan()).key(source.nama);
      this.repo.delete(sourceId);
      this.aliases.remember(aliasKey(key, source.parentId), source.nama, targetId);
      return this.get(targetId);
    })();
  }

  delete(id: number): void {
    this.db.transaction(() => {
      const u = this.get(id);
      if (u.jumlahPegawai > 0)
        throw new AppError('VALIDASI', `Unit "${u.nama}" masih memiliki ${u.jumlahPegawai} pegawai. Pindahkan atau gabungkan dulu.`);
      if (this.repo.childCount(id) > 0)
        throw new AppError('VALIDASI', `Unit "${u.nama}" masih memiliki sub-unit. Pindahkan atau gabungkan dulu.`);
      this.repo.delete(id);
    })();
  }

  private check(data: UnitInput, selfId: number | null): void {
    if (data.parentId !== null) {
      this.get(data.parentId);
      if (selfId !== null && this.repo.subtreeIds(selfId).includes(data.parentId))
        throw new AppError('VALIDASI', 'Unit tidak dapat dipindahkan ke bawah dirinya sendiri atau sub-unitnya.', [
          { field: 'parentId', message: 'Pilih unit induk lain.' },
        ]);
    }
    const same = this.repo.findByName(data.nama, data.parentId);
    if (same && same.id !== selfId)
      throw new AppError('DUPLIKAT', `Unit "${data.nama}" sudah ada di tempat yang sama.`, [
        { field: 'nama', message: 'Nama unit sudah dipakai di induk yang sama.' },
      ]);
  }
}
