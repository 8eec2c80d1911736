import { z } from 'zod';
import type { Pegawai } from '../domain/pegawai';
import { channel } from './channel';
import { Id, ImportOptionsSchema, JobId, PegawaiInputSchema, PegawaiQuerySchema } from './schemas';
import type { ExportedFile, ImportPreview, ImportReport, PegawaiPage } from './types';

const importPick = { file: true, mapping: true, update: true, fieldsOff: true, units: true, jobId: true } as const;

/** The staff registry: search, edit, export and import. */
export const pegawaiChannels = {
  'pegawai.list': channel<PegawaiPage>()(PegawaiQuerySchema),
  'pegawai.get': channel<Pegawai>()(z.object({ id: Id })),
  'pegawai.create': channel<Pegawai>()(z.object({ data: PegawaiInputSchema })),
  'pegawai.update': channel<Pegawai>()(z.object({ id: Id, data: PegawaiInputSchema })),
  'pegawai.setAktif': channel<Pegawai>()(z.object({ id: Id, aktif: z.boolean() })),
  'pegawai.export': channel<ExportedFile>()(PegawaiQuerySchema.omit({ offset: true, limit: true }).extend({ jobId: JobId.nullable().default(null) })),
  'pegawai.importPreview': channel<ImportPreview>()(ImportOptionsSchema.pick(importPick)),
  /** The rows the import rejects, with a column of problems, as an .xlsx to fix in Excel. */
  'pegawai.importRejected': channel<ExportedFile>()(ImportOptionsSchema.pick(importPick)),
  'pegawai.importCommit': channel<ImportReport>()(ImportOptionsSchema),
} as const;
