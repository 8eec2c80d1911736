import { KodeKlasifikasiSchema, type KodeKlasifikasi } from '../contract/dokumen';
import type { FieldError } from '../contract/result';
import { fieldErrors } from '../contract/validasi';

/** Orders codes the way the classification reads: segment by segment as numbers (800.9 before 800.10). */
export function compareKode(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    // a shorter code (the parent) comes before its sub-codes
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    if (x[i] !== y[i]) return x[i]! - y[i]!;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export const sortKlasifikasi = (daftar: readonly KodeKlasifikasi[]): KodeKlasifikasi[] => [...daftar].sort((a, b) => compareKode(a.kode, b.kode));

/**
 * Checks a whole list as the clerk edits it: every row against the schema, and no code twice.
 * Messages are keyed `daftar.N.kode` / `daftar.N.nama` (N from 0), and name the rows from 1 as the table shows them.
 */
export function periksaKlasifikasi(daftar: readonly { kode: string; nama: string }[]): { data: KodeKlasifikasi[]; errors: FieldError[] } {
  const data: KodeKlasifikasi[] = [];
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  daftar.forEach((row, i) => {
    const parsed = KodeKlasifikasiSchema.safeParse(row);
    if (!parsed.success) {
      errors.push(...fieldErrors(parsed.error, ['daftar', i]));
      return;
    }
    const first = seen.get(parsed.data.kode);
    if (first !== undefined) {
      errors.push({ field: `daftar.${i}.kode`, message: `Kode ${parsed.data.kode} sudah ada di baris ${first + 1}.` });
      return;
    }
    seen.set(parsed.data.kode, i);
    data.push(parsed.data);
  });
  return { data, errors };
}
