import type { AturanIsi } from '../../../../shared/contract/aturan-kasus';
import type { Db } from '../open';

/** The filter of a recap: reported persons not archived, in cases not archived, plus the clerk's filters. */
export interface SaringRekap {
  dari: string | null;
  sampai: string | null;
  pemilihan: string | null;
  sumber: string | null;
}

/** SQL of the recaps: one GROUP BY over `k` (kasus), `t` (kasus_terlapor) and, when asked, `p` (kasus_pelanggaran). */
export class KasusRekapRepository {
  constructor(private readonly db: Db) {}

  private where(q: SaringRekap): { sql: string; args: unknown[] } {
    const w = ['k.diarsipkan_at IS NULL', 't.diarsipkan_at IS NULL'];
    const args: unknown[] = [];
    const add = (cond: string, v: unknown) => {
      w.push(cond);
      args.push(v);
    };
    if (q.dari) add('k.tanggal_diterima >= ?', q.dari);
    if (q.sampai) add('k.tanggal_diterima <= ?', q.sampai);
    if (q.pemilihan !== null) add('k.pemilihan = ?', q.pemilihan);
    if (q.sumber) add('k.sumber = ?', q.sumber);
    return { sql: w.join(' AND '), args };
  }

  /** `kunci` and `label` are SQL expressions chosen by the service from a fixed table (never user text). */
  kelompok(q: SaringRekap, kunci: string, label: string, pelanggaran: boolean): { kunci: string | null; label: string | null; jumlah: number }[] {
    const { sql, args } = this.where(q);
    const join = pelanggaran ? 'LEFT JOIN kasus_pelanggaran p ON p.kasus_id = k.id' : '';
    return this.db.prepare(`SELECT ${kunci} AS kunci, ${label} AS label, COUNT(*) AS jumlah FROM kasus k JOIN kasus_terlapor t ON t.kasus_id = k.id ${join} WHERE ${sql} GROUP BY 1`).all(...args) as {
      kunci: string | null;
      label: string | null;
      jumlah: number;
    }[];
  }

  jumlah(q: SaringRekap): number {
    const { sql, args } = this.where(q);
    return this.db.prepare(`SELECT COUNT(*) FROM kasus k JOIN kasus_terlapor t ON t.kasus_id = k.id WHERE ${sql}`).pluck().get(...args) as number;
  }

  /** The words of every rule set (labels only: no schema check, no case counts), newest set first. */
  isiSemua(): Pick<AturanIsi, 'pelanggaran' | 'hukuman'>[] {
    return (this.db.prepare('SELECT isi FROM aturan_kasus ORDER BY berlaku_mulai DESC, id DESC').pluck().all() as string[]).map((j) => JSON.parse(j) as AturanIsi);
  }
}
