import { z } from 'zod';
import { channel, none } from './channel';
import { FileToken, JobId } from './schemas';
import type { AppInfo, ImportProgress } from './types';

/** The app itself, picked files, and long jobs started by another call with a jobId. */
export const appChannels = {
  'app.info': channel<AppInfo>()(none),
  'file.forget': channel<{ file: string }>()(z.object({ file: FileToken })),
  // Where a long job is, and a request to stop it.
  'job.progress': channel<{ progress: ImportProgress | null }>()(z.object({ jobId: JobId })),
  'job.cancel': channel<{ cancelled: boolean }>()(z.object({ jobId: JobId })),
} as const;
