import type { Db } from '../open';

/** Small JSON values keyed by name (saved import mappings, user preferences). */
export class PengaturanRepository {
  constructor(private readonly db: Db) {}

  get<T>(kunci: string): T | null {
    const row = this.db.prepare('SELECT nilai FROM pengaturan WHERE kunci = ?').get(kunci) as { nilai: string } | undefined;
    return row ? (JSON.parse(row.nilai) as T) : null;
  }

  set(kunci: string, nilai: unknown): void {
    this.db
      .prepare(
        `INSERT INTO pengaturan (kunci, nilai, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (kunci) DO UPDATE SET nilai = excluded.nilai, updated_at = excluded.updated_at`,
      )
      .run(kunci, JSON.stringify(nilai), new Date().toISOString());
  }
}
