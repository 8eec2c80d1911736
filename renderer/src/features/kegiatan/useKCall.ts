import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../lib/errors';
import type { Loaded } from '../../lib/useCall';
import { kcall, type KegiatanChannel, type KInput, type KOutput } from './api';

/** `useCall` for the `kegiatan.*` channels: loads on mount and when the input changes (by value). */
export function useKCall<C extends KegiatanChannel>(channel: C, input: KInput<C>, enabled = true): Loaded<KOutput<C>> {
  const [data, setData] = useState<KOutput<C> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(enabled);
  const key = JSON.stringify(input);
  const latest = useRef(0);
  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const value = await kcall(channel, JSON.parse(key) as KInput<C>);
      if (ticket !== latest.current) return;
      setData(value);
      setError(null);
    } catch (e) {
      if (ticket === latest.current) setError(errorMessage(e));
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [channel, key]);
  useEffect(() => {
    if (enabled) void load();
  }, [load, enabled]);
  return { data, error, loading, reload: load };
}
