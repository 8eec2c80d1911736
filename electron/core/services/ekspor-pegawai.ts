import type { PegawaiQuery } from '../../../shared/contract/schemas';
import { AppError } from '../../../shared/contract/result';
import type { JobHooks } from './impor-pegawai';
import { todayIso } from '../../../shared/domain/tanggal';
import type { PegawaiService } from './pegawai';
import type { UnitKerjaService } from './unit-kerja';
import { writePegawaiXlsx } from '../sheets/write';

export type ExportQuery = Omit<PegawaiQuery, 'offset' | 'limit'>;

export class EksporPegawaiService {
  constructor(
    private readonly pegawai: PegawaiService,
    private readonly units: UnitKerjaService,
  ) {}

  /**
   * Writes the filtered registry to `filePath` (atomically: a cancelled or failed export leaves no
   * file); returns the number of rows.
   */
  async toXlsx(filePath: string, q: ExportQuery, title: string[] = [], hooks: JobHooks = {}): Promise<number> {
    let count = 0;
    const total = hooks.progress ? this.pegawai.list({ ...q, offset: 0, limit: 1 }).total : 0;
    const rows = this.pegawai.iterate(q);
    const counted = (function* () {
      for (const r of rows) {
        count++;
        if (count % 1000 === 0) {
          hooks.progress?.({ phase: 'menulis', rowsRead: count, rowsChecked: count, rowsWritten: count, total });
          if (hooks.cancelled?.()) throw new AppError('DIBATALKAN', 'Ekspor dibatalkan; tidak ada berkas yang ditulis.');
        }
        yield r;
      }
    })();
    const induk = this.perangkatDaerahOf();
    await writePegawaiXlsx(filePath, counted, { title, unitIndukNama: (p) => (p.unitKerjaId === null ? null : (induk.get(p.unitKerjaId) ?? null)) });
    return count;
  }

  /** Unit id → name of the top unit above it (its perangkat daerah), so a re-import places "Bidang Umum" right. */
  private perangkatDaerahOf(): Map<number, string> {
    const all = this.units.list();
    const byId = new Map(all.map((u) => [u.id, u]));
    const out = new Map<number, string>();
    for (const u of all) {
      let top = u;
      for (let hops = 0; top.parentId !== null && hops < all.length; hops++) top = byId.get(top.parentId) ?? top;
      out.set(u.id, top.nama);
    }
    return out;
  }

  /** The sheet's title block: "DAFTAR PEGAWAI", then the unit's name when the export is of one unit. */
  static judul(units: UnitKerjaService, unitKerjaId: number | null | undefined): string[] {
    return ['DAFTAR PEGAWAI', ...(unitKerjaId ? [units.get(unitKerjaId).nama.toUpperCase()] : [])];
  }

  static defaultFileName(): string {
    return `Daftar-Pegawai_${todayIso()}.xlsx`;
  }
}
