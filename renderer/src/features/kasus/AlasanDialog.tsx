import { useState, type ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { errorMessage } from '../../lib/errors';

interface Props {
  title: string;
  subtitle?: ReactNode;
  /** What happens, said above the field. */
  message?: ReactNode;
  label?: string;
  submitLabel: string;
  danger?: boolean;
  onClose: () => void;
  /** Sends the reason; a throw is shown in the footer and the dialog stays open. */
  onSubmit: (alasan: string) => Promise<void>;
  testId?: string;
}

/** Archiving (a case, a person, an evidence file) always says why: the reason goes into the audit trail. */
export function AlasanDialog({ title, subtitle, message, label = 'Alasan', submitLabel, danger, onClose, onSubmit, testId = 'alasan-dialog' }: Props) {
  const [alasan, setAlasan] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const kirim = async () => {
    if (busy) return;
    if (!alasan.trim()) {
      setFieldError(`${label} wajib diisi.`);
      document.getElementById('alasan-input')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(alasan.trim());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={title}
      subtitle={subtitle}
      size="sm"
      testId={testId}
      onClose={onClose}
      onSubmit={() => void kirim()}
      footer={<FormFooter error={error} onCancel={onClose} busy={busy} submit={busy ? 'Menyimpan…' : submitLabel} submitClass={danger ? 'btn-danger' : 'btn-primary'} submitTestId="alasan-simpan" />}
    >
      {message ? <p className="confirm-message">{message}</p> : null}
      <Field id="alasan-input" label={label} error={fieldError} required>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            value={alasan}
            data-autofocus
            onChange={(e) => {
              setAlasan(e.target.value);
              setFieldError(undefined);
            }}
          />
        )}
      </Field>
    </Dialog>
  );
}
