import type { PegawaiQuery } from '../../../shared/contract/schemas';
import { todayIso } from '../../../shared/domain/tanggal';
import type { PegawaiService } from './pegawai';
import { writePegawaiXlsx } from '../sheets/write';

export type ExportQuery = Omit<PegawaiQuery, 'offset' | 'limit'>;

export class EksporPegawaiService {
  constructor(private readonly pegawai: PegawaiService) {}

  /** Writes the filtered registry to `filePath` (atomically); returns the number of rows. */
  async toXlsx(filePath: string, q: ExportQuery, title: string[] = []): Promise<number> {
    let count = 0;
    const rows = this.pegawai.iterate(q);
    const counted = (function* () {
      for (const r of rows) {
        count++;
        yield r;
      }
    })();
    await writePegawaiXlsx(filePath, counted, { title });
    return count;
  }

  static defaultFileName(): string {
    return `Daftar-Pegawai_${todayIso()}.xlsx`;
  }
}
