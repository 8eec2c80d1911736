import { useEffect, useRef, useState } from 'react';
import type { InputOf, NaskahDinas } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useDebounced } from '../../lib/useDebounced';

export type PratinjauRequest = InputOf<'dokumen.pratinjau'>;

export interface Pratinjau {
  naskah: NaskahDinas | null;
  error: string | null;
  /** A newer request is waiting or loading: the sheets shown belong to an earlier one. */
  stale: boolean;
}

/**
 * The document as `dokumen.pratinjau` builds it, asked again `delay` ms after the request stopped
 * changing. The last good preview stays on screen while a new one loads or when one fails.
 */
export function usePratinjau(request: PratinjauRequest | null, delay = 300): Pratinjau {
  const key = request ? JSON.stringify(request) : '';
  const settled = useDebounced(key, delay);
  const [naskah, setNaskah] = useState<NaskahDinas | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [doneKey, setDoneKey] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (!settled) return;
    const ticket = ++latest.current;
    call('dokumen.pratinjau', JSON.parse(settled) as PratinjauRequest).then(
      (n) => {
        if (ticket !== latest.current) return;
        setNaskah(n);
        setError(null);
        setDoneKey(settled);
      },
      (e: unknown) => {
        if (ticket !== latest.current) return;
        setError(errorMessage(e));
        setDoneKey(settled);
      },
    );
  }, [settled]);

  return { naskah, error, stale: key !== '' && key !== doneKey };
}
