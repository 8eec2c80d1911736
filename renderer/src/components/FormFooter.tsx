import type { ReactNode } from 'react';
import { Icon } from './Icon';

interface Props {
  /** Shown in place of the hint when saving failed. */
  error: string | null | undefined;
  hint?: ReactNode;
  onCancel: () => void;
  /** The submit button; defaults to "Simpan" ("Menyimpan…" while busy). */
  submit?: ReactNode;
  submitClass?: string;
  busy: boolean;
  disabled?: boolean;
  /** A dialog without a form (Enter does not submit it): the button runs this instead of submitting. */
  onSubmit?: () => void;
  submitTestId?: string;
  /** Focus Batal first (a destructive dialog with nothing to type). */
  cancelFocus?: boolean;
}

/** The footer every form dialog shares: error or hint on the left, Batal and the submit button on the right. */
export function FormFooter({ error, hint, onCancel, submit, submitClass = 'btn-primary', busy, disabled, onSubmit, submitTestId, cancelFocus }: Props) {
  return (
    <>
      {error ? (
        <div className="form-error" role="alert">
          <Icon name="alert" /> {error}
        </div>
      ) : (
        <div className="footer-hint">{hint}</div>
      )}
      <button type="button" className="btn" onClick={onCancel} data-autofocus={cancelFocus ? true : undefined}>
        Batal
      </button>
      <button type={onSubmit ? 'button' : 'submit'} className={`btn ${submitClass}`} disabled={busy || disabled} onClick={onSubmit} data-testid={submitTestId}>
        {submit ?? (busy ? 'Menyimpan…' : 'Simpan')}
      </button>
    </>
  );
}
