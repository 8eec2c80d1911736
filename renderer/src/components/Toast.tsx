import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Icon } from './Icon';

type ToastKind = 'sukses' | 'gagal' | 'info';

/** A button inside a notification, e.g. "Buka" beside a new document. */
export interface ToastAction {
  label: string;
  onClick: () => void;
}

interface ToastItem {
  id: number;
  kind: ToastKind;
  message: string;
  actions: ToastAction[];
}

interface ToastApi {
  /** With actions, the notification stays longer so that there is time to use them. */
  success: (message: string, actions?: ToastAction[]) => void;
  error: (message: string) => void;
  info: (message: string) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

const DURATION: Record<ToastKind, number> = { sukses: 4000, info: 4000, gagal: 8000 };
const DURATION_WITH_ACTIONS = 15000;

/** Notifications in the lower right; errors stay longer and are announced assertively. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setItems((list) => list.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (kind: ToastKind, message: string, actions: ToastAction[] = []) => {
      const id = nextId.current++;
      setItems((list) => [...list.slice(-2), { id, kind, message, actions }]);
      window.setTimeout(() => dismiss(id), actions.length ? DURATION_WITH_ACTIONS : DURATION[kind]);
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(
    () => ({
      success: (m, actions) => push('sukses', m, actions),
      error: (m) => push('gagal', m),
      info: (m) => push('info', m),
    }),
    [push],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toast-region" aria-live="polite" aria-relevant="additions">
        {items.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind}`} data-testid="toast" data-kind={t.kind} role={t.kind === 'gagal' ? 'alert' : 'status'}>
            <Icon name={t.kind === 'sukses' ? 'check' : t.kind === 'gagal' ? 'alert' : 'info'} size={18} className="toast-icon" />
            <div className="toast-message">
              {t.message}
              {t.actions.length ? (
                <div className="toast-actions">
                  {t.actions.map((a) => (
                    <button key={a.label} type="button" className="btn btn-small" onClick={a.onClick}>
                      {a.label}
                    </button>
                  ))}
                </div>
              ) : null}
            </div>
            <button type="button" className="btn-icon btn-icon-sm" aria-label="Tutup notifikasi" onClick={() => dismiss(t.id)}>
              <Icon name="x" size={14} />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error('useToast di luar ToastProvider');
  return ctx;
}
