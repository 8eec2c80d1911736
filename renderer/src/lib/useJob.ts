import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../../shared/contract/types';
import { call } from '../api/client';

const newJobId = () => `job-${crypto.randomUUID()}`;

/**
 * Runs a long call with a fresh job id, polling its progress until it settles; `cancel` asks the core
 * to stop it (the call then fails with DIBATALKAN and nothing is written).
 */
export function useJob() {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const current = useRef<string | null>(null);
  // Stops every poll when the component goes: a call the core answers late would keep polling a closed dialog.
  const mounted = useRef(true);

  const run = useCallback(async <T,>(start: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = newJobId();
    current.current = jobId;
    setProgress(null);
    let stop = false;
    const poll = async () => {
      while (!stop && mounted.current) {
        await new Promise((r) => setTimeout(r, 250));
        if (stop || !mounted.current) break;
        const p = await call('job.progress', { jobId }).catch(() => null);
        if (!stop && p?.progress && current.current === jobId) setProgress(p.progress);
      }
    };
    void poll();
    try {
      return await start(jobId);
    } finally {
      stop = true;
      if (current.current === jobId) {
        current.current = null;
        setProgress(null);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (jobId) void call('job.cancel', { jobId }).catch(() => undefined);
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      cancel();
    };
  }, [cancel]);
  return { run, cancel, progress };
}
