import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useEscapeLayer } from '../lib/layers';
import { Icon } from './Icon';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  testId?: string;
  role?: 'dialog' | 'alertdialog';
  /** Element to focus first; otherwise the first `[data-autofocus]`, else the first field. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Renders body and footer inside a form: Enter in a field submits. */
  onSubmit?: () => void;
  /** Extra line under the title. */
  subtitle?: ReactNode;
}

/** A modal dialog: focus kept inside, Esc closes, focus returns to where it was. */
export function Dialog({ title, onClose, children, footer, size = 'md', testId, role = 'dialog', initialFocus, onSubmit, subtitle }: DialogProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEscapeLayer(onClose, true, true);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const root = panel.current;
    const target =
      initialFocus?.current ??
      root?.querySelector<HTMLElement>('[data-autofocus]') ??
      root?.querySelector<HTMLElement>(`.dialog-body ${FOCUSABLE.split(', ').join(', .dialog-body ')}`) ??
      root?.querySelector<HTMLElement>(FOCUSABLE) ??
      root;
    target?.focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
    // focus once, on open; later renders must not move it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Tab' || !panel.current) return;
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit?.();
  };

  const inner = (
    <>
      <div className="dialog-body">{children}</div>
      {footer ? <div className="dialog-footer">{footer}</div> : null}
    </>
  );

  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={panel}
        className={`dialog dialog-${size}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header className="dialog-header">
          <div>
            <h2 id={titleId} className="dialog-title">
              {title}
            </h2>
            {subtitle ? <div className="dialog-subtitle">{subtitle}</div> : null}
          </div>
          <button type="button" className="btn-icon" aria-label="Tutup" title="Tutup (Esc)" onClick={onClose}>
            <Icon name="x" size={18} />
          </button>
        </header>
        {onSubmit ? (
          <form className="dialog-form" onSubmit={submit} noValidate>
            {inner}
          </form>
        ) : (
          inner
        )}
      </div>
    </div>,
    document.body,
  );
}
