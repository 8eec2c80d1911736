import { useState } from 'react';
import { JENIS_DOKUMEN, type JenisDokumen, type NomorSurat } from '../../../../shared/contract/index';
import { JENIS } from '../../../../shared/dokumen/jenis/index';
import { formatTanggal, isValidIsoDate, todayIso } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useCall } from '../../lib/useCall';
import { focusLater } from '../../lib/validation';
import { TanggalInput } from '../../components/TanggalInput';

interface Props {
  onClose: () => void;
  onReserved: (n: NomorSurat) => void;
}

const id = (f: string) => `pesan-${f}`;

/** Reserves the next number of a type's series before the document exists (e.g. for a letter signed on paper first). */
export function PesanNomorDialog({ onClose, onReserved }: Props) {
  const [jenis, setJenis] = useState<JenisDokumen>('surat-undangan');
  const [hal, setHal] = useState('');
  const [tanggal, setTanggal] = useState(todayIso());
  const profiles = useCall('instansi.list', {});
  const [profilId, setProfilId] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const local: Record<string, string> = {};
    if (!hal.trim()) local.hal = 'Hal wajib diisi.';
    if (!tanggal) local.tanggal = 'Tanggal wajib diisi.';
    setErrors(local);
    const first = Object.keys(local)[0];
    if (first) {
      focusLater(id(first));
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      onReserved(await call('nomor.pesan', { jenis, hal: hal.trim(), tanggal, profilId }));
    } catch (e) {
      setErrors(fieldErrors(e));
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Pesan Nomor"
      subtitle="Nomor urut berikutnya dicatat di buku agenda dengan status dipesan, lalu dipakai saat dokumennya dibuat."
      size="md"
      testId="form-pesan-nomor"
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={<FormFooter error={formError} hint="Enter untuk memesan · Esc untuk menutup" onCancel={onClose} busy={busy} submit={busy ? 'Memesan…' : 'Pesan nomor'} />}
    >
      <fieldset className="form-stack form-section" disabled={busy}>
        <Field id={id('jenis')} label="Jenis dokumen" error={errors.jenis} required>
          {(a) => (
            <select {...a} value={jenis} onChange={(e) => setJenis(e.target.value as JenisDokumen)}>
              {JENIS_DOKUMEN.map((j) => (
                <option key={j} value={j}>
                  {JENIS.get(j).label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {(profiles.data?.length ?? 0) > 1 ? (
          <Field id={id('profilId')} label="Profil instansi" error={errors.profilId} hint="Kode unitnya dipakai pada nomor.">
            {(a) => (
              <select {...a} value={profilId ?? ''} onChange={(e) => setProfilId(e.target.value ? Number(e.target.value) : null)}>
                <option value="">(profil perangkat daerah pertama)</option>
                {profiles.data!.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.nama}
                    {p.kodeUnit ? ` · ${p.kodeUnit}` : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field id={id('hal')} label="Hal" error={errors.hal} required>
          {(a) => <input {...a} type="text" data-autofocus value={hal} onChange={(e) => setHal(e.target.value)} placeholder="Undangan Apel Ikrar Netralitas ASN" />}
        </Field>
        <Field id={id('tanggal')} label="Tanggal" error={errors.tanggal} required hint={isValidIsoDate(tanggal) ? formatTanggal(tanggal) : undefined}>
          {(a) => <TanggalInput {...a} value={tanggal} onChange={setTanggal} />}
        </Field>
      </fieldset>
    </Dialog>
  );
}
