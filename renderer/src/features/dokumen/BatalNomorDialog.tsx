import { useState } from 'react';
import type { NomorSurat } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { errorMessage, fieldErrors } from '../../lib/errors';

interface Props {
  nomor: NomorSurat;
  onClose: () => void;
  onVoided: (n: NomorSurat) => void;
}

/** Voids a register number with the reason (required); the number is never given out again. */
export function BatalNomorDialog({ nomor, onClose, onVoided }: Props) {
  const [alasan, setAlasan] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    if (alasan.trim().length < 3) {
      setError('Alasan pembatalan wajib diisi.');
      document.getElementById('batal-alasan')?.focus();
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      onVoided(await call('nomor.batal', { id: nomor.id, alasan: alasan.trim() }));
    } catch (e) {
      setError(fieldErrors(e).alasan);
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Batalkan Nomor"
      subtitle={`${nomor.nomor} · ${nomor.hal}`}
      size="md"
      role="alertdialog"
      testId="form-batal-nomor"
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <FormFooter
          error={formError}
          hint="Nomor yang dibatalkan tetap tercatat dan tidak dipakai lagi."
          onCancel={onClose}
          busy={busy}
          submitClass="btn-danger"
          submit={busy ? 'Membatalkan…' : 'Batalkan nomor'}
        />
      }
    >
      <Field id="batal-alasan" label="Alasan pembatalan" error={error} required>
        {(a) => (
          <input
            {...a}
            type="text"
            data-autofocus
            maxLength={300}
            placeholder="Misalnya: surat tidak jadi dikirim"
            value={alasan}
            disabled={busy}
            onChange={(e) => {
              setAlasan(e.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      {nomor.status === 'dipakai' ? (
        <p className="field-hint batal-catatan">Nomor ini sudah dipakai dokumen di arsip; dokumennya tetap tersimpan dengan catatan pembatalan di buku agenda.</p>
      ) : null}
    </Dialog>
  );
}
