import type { Db } from '../open';

/** The demo's queries: whether cases exist, the holidays, and staff of a few kinds to name in example cases. */
export class KasusContohRepository {
  constructor(private readonly db: Db) {}

  adaKasus(): boolean {
    return this.db.prepare('SELECT 1 FROM kasus LIMIT 1').get() !== undefined;
  }

  libur(): Set<string> {
    return new Set(this.db.prepare('SELECT tanggal FROM hari_libur').pluck().all() as string[]);
  }

  /** The first active person with a NIP of a status and, optionally, a jenis jabatan. */
  pegawai(status: string, jenisJabatan: string | null): number | undefined {
    return this.db
      .prepare('SELECT id FROM pegawai WHERE aktif = 1 AND nip IS NOT NULL AND status = ? AND (? IS NULL OR jenis_jabatan = ?) ORDER BY id LIMIT 1')
      .pluck()
      .get(status, jenisJabatan, jenisJabatan) as number | undefined;
  }
}
