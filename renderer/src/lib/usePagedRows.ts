import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from './errors';

export interface Page<T> {
  total: number;
  rows: T[];
}

export type FetchPage<Q, T> = (query: Q, offset: number, limit: number) => Promise<Page<T>>;

export interface PagedRows<T> {
  /** Rows matching the query, or null before the first answer. */
  total: number | null;
  /** The row at `index`, or undefined while its page is still loading. */
  rowAt: (index: number) => T | undefined;
  /** Changes whenever rows arrive, so memoised consumers re-render. */
  version: number;
  /** A page for the current query is being fetched. */
  loading: boolean;
  /** The rows shown still belong to a previous query (the new answer has not arrived yet). */
  stale: boolean;
  error: string | null;
  /** Tells the cache which rows are on screen; missing pages are fetched. */
  setVisibleRange: (start: number, end: number) => void;
  /** Refetches the visible pages of the same query (after an edit or an import). */
  reload: () => void;
  /** Identity of the current query; changes on a new query, not on reload. */
  queryKey: string;
}

interface Data<T> {
  key: string;
  total: number;
  pages: Map<number, T[]>;
}

const MAX_PAGES = 60;

/**
 * Windowed access to a server-paged list. Pages are cached by index for the current query;
 * answers to an older query or an older reload are dropped, so stale results never overwrite newer ones.
 */
export function usePagedRows<Q, T>(query: Q, fetchPage: FetchPage<Q, T>, pageSize = 200): PagedRows<T> {
  const queryKey = useMemo(() => JSON.stringify(query), [query]);
  const [generation, setGeneration] = useState(0);
  const key = `${queryKey}#${generation}`;

  const [, setTick] = useState(0);
  const rerender = useCallback(() => setTick((t) => t + 1), []);
  const [error, setError] = useState<string | null>(null);

  const data = useRef<Data<T> | null>(null);
  const keyRef = useRef(key);
  const queryRef = useRef(query);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const inflight = useRef(new Set<string>());
  const range = useRef({ start: 0, end: 50 });
  const timer = useRef<number | null>(null);
  const version = useRef(0);

  const fetchOne = useCallback(
    (page: number) => {
      const k = keyRef.current;
      const id = `${k}|${page}`;
      const d = data.current;
      if (inflight.current.has(id)) return;
      if (d && d.key === k && d.pages.has(page)) return;
      inflight.current.add(id);
      const q = queryRef.current;
      fetchRef
        .current(q, page * pageSize, pageSize)
        .then((res) => {
          inflight.current.delete(id);
          if (keyRef.current !== k) return; // an older query or reload: drop it
          const cur = data.current;
          if (!cur || cur.key !== k) data.current = { key: k, total: res.total, pages: new Map([[page, res.rows]]) };
          else {
            cur.total = res.total;
            cur.pages.set(page, res.rows);
            evict(cur.pages, Math.floor(range.current.start / pageSize));
          }
          setError(null);
          version.current++;
          rerender();
        })
        .catch((e: unknown) => {
          inflight.current.delete(id);
          if (keyRef.current !== k) return;
          setError(errorMessage(e));
          rerender();
        });
      rerender();
    },
    [pageSize, rerender],
  );

  const fetchVisible = useCallback(() => {
    const { start, end } = range.current;
    const first = Math.floor(Math.max(0, start) / pageSize);
    const total = data.current?.key === keyRef.current ? data.current.total : null;
    const lastIndex = total === null ? end : Math.min(end, Math.max(0, total - 1));
    const last = Math.max(first, Math.floor(Math.max(0, lastIndex) / pageSize));
    for (let p = first; p <= last; p++) fetchOne(p);
  }, [fetchOne, pageSize]);

  // A new query or a reload: fetch what is (or will be) on screen under the new key.
  const prevQueryKey = useRef(queryKey);
  useEffect(() => {
    keyRef.current = key;
    queryRef.current = query;
    if (prevQueryKey.current !== queryKey) {
      prevQueryKey.current = queryKey;
      const span = range.current.end - range.current.start;
      range.current = { start: 0, end: span };
    }
    fetchVisible();
    // key already carries queryKey (the query's content); the query object itself may be new each render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, fetchVisible]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const setVisibleRange = useCallback(
    (start: number, end: number) => {
      if (range.current.start === start && range.current.end === end) return;
      range.current = { start, end };
      // A short delay so that dragging the scrollbar across 50,000 rows asks only for where it stops.
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        timer.current = null;
        fetchVisible();
      }, 40);
    },
    [fetchVisible],
  );

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const d = data.current;
  const rowAt = useCallback(
    (index: number): T | undefined => data.current?.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    [pageSize],
  );
  const loading = [...inflight.current].some((id) => id.startsWith(`${key}|`));
  return {
    total: d ? d.total : null,
    rowAt,
    version: version.current,
    loading,
    stale: !!d && !d.key.startsWith(`${queryKey}#`),
    error,
    setVisibleRange,
    reload,
    queryKey,
  };
}

/** Keeps the cache bounded: drops the pages farthest from where the user is. */
function evict<T>(pages: Map<number, T[]>, around: number): void {
  if (pages.size <= MAX_PAGES) return;
  const far = [...pages.keys()].sort((a, b) => Math.abs(b - around) - Math.abs(a - around));
  for (const p of far.slice(0, pages.size - MAX_PAGES)) pages.delete(p);
}
