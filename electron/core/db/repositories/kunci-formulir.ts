import type { Db } from '../open';

/** The single row of the pledge-form key (migration 8). */
export class KunciFormulirRepository {
  constructor(private readonly db: Db) {}

  get(): Buffer | null {
    const row = this.db.prepare('SELECT kunci FROM kunci_formulir WHERE id = 1').get() as { kunci: Buffer } | undefined;
    return row?.kunci ?? null;
  }

  /** Keeps the first key written: when two processes make one at once, both read the winner's. */
  insertIfAbsent(key: Buffer, now: string): void {
    this.db.prepare('INSERT OR IGNORE INTO kunci_formulir (id, kunci, created_at) VALUES (1, ?, ?)').run(key, now);
  }
}
