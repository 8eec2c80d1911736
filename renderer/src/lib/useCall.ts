import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index';
import { call } from '../api/client';
import { errorMessage } from './errors';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Calls a channel when mounted and whenever its input changes (compared by value), keeping the last
 * answer while a new one loads. A failed call leaves `data` as it was and sets `error`.
 */
export function useCall<C extends ChannelName>(channel: C, input: InputOf<C>, enabled = true): Loaded<OutputOf<C>> {
  const [data, setData] = useState<OutputOf<C> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(enabled);
  const key = JSON.stringify(input);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const value = await call(channel, JSON.parse(key) as InputOf<C>);
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
