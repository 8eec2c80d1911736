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
}

/** The footer every form dialog shares: error or hint on the left, Batal and the submit button on the right. */
export function FormFooter({ error, hint, onCancel, submit, submitClass = 'btn-primary', busy, disabled }: Props) {
  return (
    <>
      {error ? (
        <div className="form-error" role="alert">
          <Icon name="alert" /> {error}
        </div>
      ) : (
        <div className="footer-hint">{hint}</div>
      )}
      <button type="button" className="btn" onClick={onCancel}>
        Batal
      </button>
      <button type="submit" className={`btn ${submitClass}`} disabled={busy || disabled}>
        {submit ?? (busy ? 'Menyimpan…' : 'Simpan')}
      </button>
    </>
  );
}
