import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UnitKerja } from '../../../shared/domain/pegawai';
import { call } from '../api/client';
import { errorMessage } from './errors';
import { buildUnitTree, type UnitTree } from './unit-tree';

interface UnitsState {
  units: UnitKerja[];
  tree: UnitTree;
  loading: boolean;
  error: string | null;
  /** Reloads the list (after an import or any change to units or staff). */
  reload: () => Promise<void>;
}

const UnitsContext = createContext<UnitsState | null>(null);

/** One shared copy of `unit.list` for the filters, the forms and the Unit Kerja page. */
export function UnitsProvider({ children }: { children: ReactNode }) {
  const [units, setUnits] = useState<UnitKerja[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setUnits(await call('unit.list', {}));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const tree = useMemo(() => buildUnitTree(units), [units]);
  const value = useMemo(() => ({ units, tree, loading, error, reload }), [units, tree, loading, error, reload]);
  return <UnitsContext.Provider value={value}>{children}</UnitsContext.Provider>;
}

export function useUnits(): UnitsState {
  const ctx = useContext(UnitsContext);
  if (!ctx) throw new Error('useUnits di luar UnitsProvider');
  return ctx;
}
