import type { ImportProgress } from '../../../shared/contract/types';
import { afterLargeWrite, type Db } from '../db/open';
import type { Registry } from '../registry';
import type { JobKind, JobSpecs } from './protocol';

export interface JobContext {
  progress: (p: ImportProgress) => void;
  cancelled: () => boolean;
}

/** Runs one job on a registry (the worker's own connection, or the CLI's). */
export async function runJob<K extends JobKind>(db: Db, reg: Registry, kind: K, input: JobSpecs[K]['input'], ctx: JobContext): Promise<JobSpecs[K]['output']> {
  switch (kind) {
    case 'impor.pratinjau': {
      const { file, mapping, decisions } = input as JobSpecs['impor.pratinjau']['input'];
      return (await reg.impor.preview(file, mapping, decisions, ctx)) as JobSpecs[K]['output'];
    }
    case 'impor.simpan': {
      const { file, options } = input as JobSpecs['impor.simpan']['input'];
      const report = await reg.impor.commit(file, { ...options, ...ctx });
      // A large write leaves a large WAL: fold it back into the database and trim it.
      if (report.ok && !options.dryRun && report.inserted + report.updated > 0) {
        afterLargeWrite(db);
      }
      return report as JobSpecs[K]['output'];
    }
    case 'impor.ditolak': {
      const { file, mapping, outPath, decisions } = input as JobSpecs['impor.ditolak']['input'];
      return (await reg.impor.rejectedRows(file, mapping, outPath, decisions)) as JobSpecs[K]['output'];
    }
    case 'ekspor.pegawai': {
      const { outPath, query, title } = input as JobSpecs['ekspor.pegawai']['input'];
      return (await reg.ekspor.toXlsx(outPath, query, title, ctx)) as JobSpecs[K]['output'];
    }
  }
  throw new Error(`Pekerjaan tidak dikenal: ${String(kind)}`);
}
