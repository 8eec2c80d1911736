import type { AppErrorData } from '../../../shared/contract/result';
import type { ImportProgress } from '../../../shared/contract/types';
import type { ColumnMapping } from '../../../shared/domain/import-fields';
import type { ExportQuery } from '../services/ekspor-pegawai';
import type { CommitOptions, ImportDecisions, ImportFile } from '../services/impor-pegawai';

/** Every long job, by name, with its input (paths already resolved from file tokens) and its result. */
export interface JobSpecs {
  'impor.pratinjau': { input: { file: ImportFile; mapping: ColumnMapping | null; decisions: ImportDecisions }; output: import('../../../shared/contract/types').ImportPreview };
  'impor.simpan': { input: { file: ImportFile; options: Omit<CommitOptions, 'progress' | 'cancelled' | 'afterRow'> }; output: import('../../../shared/contract/types').ImportReport };
  'impor.ditolak': { input: { file: ImportFile; mapping: ColumnMapping | null; outPath: string; decisions: ImportDecisions }; output: number };
  'ekspor.pegawai': { input: { outPath: string; query: ExportQuery; title: string[] }; output: number };
}
export type JobKind = keyof JobSpecs;

export type ToWorker = { type: 'run'; id: number; kind: JobKind; input: unknown; cancel: SharedArrayBuffer };
export type FromWorker =
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: AppErrorData };
