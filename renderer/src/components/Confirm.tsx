import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';

export interface ConfirmOptions {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  /** Focus the cancel button first: when confirming loses work, Enter must keep it. */
  focusCancel?: boolean;
}

type ConfirmFn = (opts: ConfirmOptions) => Promise<boolean>;

const ConfirmContext = createContext<ConfirmFn | null>(null);

/** `await confirm({...})` → true when the user confirms; Esc and Batal give false. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<ConfirmOptions | null>(null);
  const resolver = useRef<((ok: boolean) => void) | null>(null);
  const confirm = useCallback<ConfirmFn>(
    (opts) =>
      new Promise<boolean>((resolve) => {
        resolver.current?.(false);
        resolver.current = resolve;
        setCurrent(opts);
      }),
    [],
  );
  const finish = (ok: boolean) => {
    resolver.current?.(ok);
    resolver.current = null;
    setCurrent(null);
  };
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {current ? (
        <Dialog
          title={current.title}
          role="alertdialog"
          size="sm"
          testId="konfirmasi"
          onClose={() => finish(false)}
          footer={
            <>
              <button type="button" className="btn" data-autofocus={current.focusCancel ? true : undefined} onClick={() => finish(false)}>
                {current.cancelLabel ?? 'Batal'}
              </button>
              <button
                type="button"
                className={current.danger ? 'btn btn-danger' : 'btn btn-primary'}
                data-autofocus={current.focusCancel ? undefined : true}
                onClick={() => finish(true)}
              >
                {current.confirmLabel}
              </button>
            </>
          }
        >
          <div className="confirm-message">{current.message}</div>
        </Dialog>
      ) : null}
    </ConfirmContext.Provider>
  );
}

export function useConfirm(): ConfirmFn {
  const ctx = useContext(ConfirmContext);
  if (!ctx) throw new Error('useConfirm di luar ConfirmProvider');
  return ctx;
}
