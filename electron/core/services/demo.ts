import type { Db } from '../db/open';
import type { PegawaiRepository } from '../db/repositories/pegawai';
import type { UnitKerjaRepository } from '../db/repositories/unit-kerja';
import { generateDemoData } from '../demo/generate';

export class DemoService {
  constructor(
    private readonly db: Db,
    private readonly pegawai: PegawaiRepository,
    private readonly units: UnitKerjaRepository,
    /** Adds the sample instansi profiles and signatories, so documents can be made right away. */
    private readonly seedDokumen: () => void = () => {},
  ) {}

  /** Fills the registry with synthetic staff of "Kabupaten Sukamaju"; existing NIPs are left alone. */
  load(opts: { pegawai?: number; seed?: number } = {}): { units: number; pegawai: number } {
    const data = generateDemoData(opts);
    let added = 0;
    let unitsAdded = 0;
    this.db.transaction(() => {
      const ids = new Map<string, number>();
      // parents first: a unit's induk is always listed before it
      for (const u of data.units) {
        const parentId = u.induk ? (ids.get(u.induk) ?? null) : null;
        const found = this.units.findByName(u.nama, parentId);
        if (found) ids.set(u.nama, found.id);
        else {
          ids.set(u.nama, this.units.insert({ nama: u.nama, singkatan: u.singkatan, jenis: u.jenis, parentId }));
          unitsAdded++;
        }
      }
      this.pegawai.bulkWrite(() => {
        for (const p of data.pegawai) {
          if (p.nip && this.pegawai.idByNip(p.nip) !== null) continue;
          const { unitKerjaNama, unitIndukNama: _i, ...rest } = p;
          this.pegawai.insert({ ...rest, unitKerjaId: unitKerjaNama ? (ids.get(unitKerjaNama) ?? null) : null });
          added++;
        }
      });
    })();
    this.seedDokumen();
    return { units: unitsAdded, pegawai: added };
  }
}
