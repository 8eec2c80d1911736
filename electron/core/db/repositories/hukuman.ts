import type { SanksiMoral } from '../../../../shared/domain/kasus';
import type { Db } from '../open';

/** One decided sanction of a person, as the register reads it from the case tables. */
export interface HukumanRow {
  terlapor_id: number;
  kasus_id: number;
  nomor_register: string;
  hukuman: string;
  sanksi_moral: SanksiMoral | null;
  hukuman_mulai: string | null;
  hukuman_selesai: string | null;
  /** The case's frozen rule set (JSON), for the sanction's name, level and whether it is permanent. */
  aturan_beku: string;
  tanggal_keputusan: string | null;
  nomor_keputusan: string | null;
}

/**
 * The sanction register over kasus_terlapor (migration 011): decided sanctions of people in the
 * registry, leaving out archived cases and archived people.
 */
export class HukumanRepository {
  constructor(private readonly db: Db) {}

  byPegawai(pegawaiId: number): HukumanRow[] {
    return this.db
      .prepare(
        /* sql */ `
        SELECT t.id AS terlapor_id, t.kasus_id, k.nomor_register, t.hukuman, t.sanksi_moral, t.hukuman_mulai, t.hukuman_selesai, (SELECT b.isi FROM aturan_beku b WHERE b.id = k.aturan_beku_id) AS aturan_beku,
          (SELECT s.tanggal FROM kasus_tahap s WHERE s.terlapor_id = t.id AND s.tahap = 'keputusan' ORDER BY s.id DESC LIMIT 1) AS tanggal_keputusan,
          (SELECT d.nomor FROM dokumen d
            WHERE json_extract(d.data, '$.kasusId') = t.kasus_id AND d.jenis = 'keputusan-hukuman-disiplin' AND json_extract(d.data, '$.terlaporId') = t.id
              AND NOT EXISTS (SELECT 1 FROM nomor_surat n WHERE n.dokumen_id = d.id AND n.status = 'batal')
            ORDER BY d.id DESC LIMIT 1) AS nomor_keputusan
        FROM kasus_terlapor t JOIN kasus k ON k.id = t.kasus_id
        WHERE t.pegawai_id = ? AND t.hasil = 'hukuman' AND t.hukuman IS NOT NULL AND t.diarsipkan_at IS NULL AND k.diarsipkan_at IS NULL
        ORDER BY COALESCE(t.hukuman_mulai, tanggal_keputusan, '') DESC, t.id DESC`,
      )
      .all(pegawaiId) as HukumanRow[];
  }
}
