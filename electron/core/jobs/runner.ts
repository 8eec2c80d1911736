import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/result';
import type { ImportProgress } from '../../../shared/contract/types';
import type { Db } from '../db/open';
import type { Registry } from '../registry';
import type { FromWorker, JobKind, JobSpecs, ToWorker } from './protocol';
import { runJob } from './run-job';

interface Running {
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  cancel: Int32Array;
  jobId: string | null;
}

/** The compiled worker beside the bundle (desktop build), else the TypeScript one through tsx. */
export function workerEntry(): URL {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // beside the bundle's entry, or one level up when the runner landed in a shared chunk
  for (const built of [path.join(here, 'jobs-worker.js'), path.join(here, '..', 'jobs-worker.js')]) if (fs.existsSync(built)) return pathToFileURL(built);
  return new URL('./worker-dev.mjs', import.meta.url);
}

/**
 * Long jobs (imports, exports) by a client-chosen job id: their progress can be asked for and they can
 * be cancelled while the call that started them waits. In the desktop app and the web host they run
 * in one worker thread with its own connection; the CLI, which serves nothing else, runs them inline.
 */
export class JobRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly running = new Map<number, Running>();
  private readonly progressByJob = new Map<string, ImportProgress>();
  private readonly cancelByJob = new Map<string, Int32Array>();

  constructor(private readonly where: { inline: { db: Db; registry: Registry } } | { dataDir: string }) {}

  async run<K extends JobKind>(kind: K, input: JobSpecs[K]['input'], jobId: string | null = null): Promise<JobSpecs[K]['output']> {
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    if (jobId) {
      if (this.cancelByJob.has(jobId)) throw new AppError('VALIDASI', 'Pekerjaan dengan id ini sedang berjalan.');
      this.cancelByJob.set(jobId, cancel);
      this.progressByJob.set(jobId, { phase: 'membaca', rowsRead: 0, rowsChecked: 0, rowsWritten: 0, total: 0 });
    }
    let outcome: ImportProgress['phase'] = 'gagal';
    try {
      if ('inline' in this.where) {
        const { db, registry } = this.where.inline;
        const value = await runJob(db, registry, kind, input, {
          progress: (p) => jobId && this.progressByJob.set(jobId, p),
          cancelled: () => Atomics.load(cancel, 0) === 1,
        });
        outcome = 'selesai';
        return value;
      }
      const value = (await this.post(kind, input, cancel, jobId)) as JobSpecs[K]['output'];
      outcome = 'selesai';
      return value;
    } catch (e) {
      if (e instanceof AppError && e.code === 'DIBATALKAN') outcome = 'dibatalkan';
      throw e;
    } finally {
      if (jobId) {
        this.cancelByJob.delete(jobId);
        const last = this.progressByJob.get(jobId);
        const final = { ...(last ?? { rowsRead: 0, rowsChecked: 0, rowsWritten: 0, total: 0 }), phase: outcome };
        this.progressByJob.set(jobId, final);
        // keep the final state briefly for a last poll, then forget it (unless the id was reused since)
        setTimeout(() => this.progressByJob.get(jobId) === final && this.progressByJob.delete(jobId), 60_000).unref();
      }
    }
  }

  /** Jobs running now (a restore waits for none of them: it is refused while any runs). */
  get active(): number {
    let withoutId = 0;
    for (const job of this.running.values()) if (job.jobId === null) withoutId++;
    return this.cancelByJob.size + withoutId;
  }

  progress(jobId: string): ImportProgress | null {
    return this.progressByJob.get(jobId) ?? null;
  }

  /** Asks a running job to stop; it rolls back and its call fails with DIBATALKAN. */
  cancel(jobId: string): boolean {
    const flag = this.cancelByJob.get(jobId);
    if (!flag) return false;
    Atomics.store(flag, 0, 1);
    return true;
  }

  close(): void {
    const w = this.worker;
    this.worker = null;
    if (w) void w.terminate();
  }

  private post(kind: JobKind, input: unknown, cancel: Int32Array, jobId: string | null): Promise<unknown> {
    const w = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.running.set(id, { resolve, reject, cancel, jobId });
      const msg: ToWorker = { type: 'run', id, kind, input, cancel: cancel.buffer as SharedArrayBuffer };
      w.postMessage(msg);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const { dataDir } = this.where as { dataDir: string };
    const w = new Worker(workerEntry(), { workerData: { dataDir } });
    w.unref();
    w.on('message', (m: FromWorker) => {
      const job = this.running.get(m.id);
      if (!job) return;
      if (m.type === 'progress') {
        if (job.jobId) this.progressByJob.set(job.jobId, m.progress);
        return;
      }
      this.running.delete(m.id);
      if (m.type === 'done') job.resolve(m.value);
      else job.reject(new AppError(m.error.code, m.error.message, m.error.fields));
    });
    const fail = (e: unknown) => {
      if (this.worker === w) this.worker = null;
      const err = new AppError('INTERNAL', `Proses latar belakang berhenti: ${(e as Error)?.message ?? String(e)}. Tidak ada data yang disimpan; coba lagi.`);
      for (const [id, job] of this.running) {
        this.running.delete(id);
        job.reject(err);
      }
    };
    w.on('error', fail);
    w.on('exit', (code) => code !== 0 && fail(new Error(`kode ${code}`)));
    this.worker = w;
    return w;
  }
}
