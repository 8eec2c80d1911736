import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { errorMessage } from '../../lib/errors';
import { buatNonce } from './nonce';

interface Props {
  title: string;
  /** Who and when, and that the original entry stays in the log. */
  subtitle: string;
  submit: string;
  placeholder: string;
  testId?: string;
  onClose: () => void;
  /** Records the reversal; a throw is shown in the dialog, which stays open. One nonce per dialog: a retry is the same request. */
  onBatal: (alasan: string, nonce: string) => Promise<void>;
}

/** Undo of a desk entry (attendance or a returned form): a reversal with its reason, never a delete. */
export function AlasanBatalDialog({ title, subtitle, submit: label, placeholder, testId, onClose, onBatal }: Props) {
  const [alasan, setAlasan] = useState('');
  const [galat, setGalat] = useState<string | null>(null);
  const [kirim, setKirim] = useState(false);
  const [nonce] = useState(buatNonce);
  const submit = async () => {
    if (!alasan.trim()) return setGalat('Tulis alasan pembatalan (misalnya "salah pindai").');
    setKirim(true);
    try {
      await onBatal(alasan.trim(), nonce);
    } catch (e) {
      setGalat(errorMessage(e));
      setKirim(false);
    }
  };
  return (
    <Dialog
      title={title}
      subtitle={subtitle}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId={testId}
      size="sm"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Kembali
          </button>
          <button type="submit" className="btn btn-danger" disabled={kirim}>
            {label}
          </button>
        </>
      }
    >
      <Field id="alasan-batal" label="Alasan" error={galat ?? undefined} required>
        {(a) => <input {...a} value={alasan} maxLength={300} onChange={(e) => setAlasan(e.target.value)} data-autofocus placeholder={placeholder} />}
      </Field>
    </Dialog>
  );
}
