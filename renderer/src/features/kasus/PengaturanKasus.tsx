import { useState } from 'react';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useCall } from '../../lib/useCall';

/** Who the audit trail names for this computer, and how many working days ahead a deadline turns "segera". */
export function PengaturanKasus({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const now = useCall('kasus.pengaturan.get', {});
  return now.data ? <Isi awal={now.data} onClose={onClose} onSaved={onSaved} /> : null;
}

function Isi({ awal, onClose, onSaved }: { awal: { ambangSegera: number; petugas: string }; onClose: () => void; onSaved: () => void }) {
  const [petugas, setPetugas] = useState(awal.petugas);
  const [ambang, setAmbang] = useState(String(awal.ambangSegera));
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const kirim = async () => {
    if (busy) return;
    const n = Number(ambang);
    if (!Number.isInteger(n) || n < 1 || n > 30) {
      setErrors({ ambangSegera: 'Isi bilangan bulat 1 sampai 30.' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('kasus.pengaturan.simpan', { ambangSegera: n, petugas });
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
      setErrors(fieldErrors(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title="Pengaturan kasus" size="sm" testId="pengaturan-kasus" onClose={onClose} onSubmit={() => void kirim()} footer={<FormFooter error={error} onCancel={onClose} busy={busy} submitTestId="simpan-pengaturan-kasus" />}>
      <div className="form-stack">
        <Field id="pk-petugas" label="Nama petugas" error={errors.petugas} hint="Tercatat di jejak audit sebagai yang melakukan perubahan. Kosong: nama pengguna komputer.">
          {(a) => <input {...a} type="text" autoComplete="off" value={petugas} onChange={(e) => setPetugas(e.target.value)} data-autofocus />}
        </Field>
        <Field id="pk-ambang" label="Tenggat “segera” bila tinggal (hari kerja)" error={errors.ambangSegera} hint="Lampu kuning bila sisa hari kerja sampai tenggat sama dengan atau kurang dari angka ini.">
          {(a) => <input {...a} type="number" min={1} max={30} value={ambang} onChange={(e) => setAmbang(e.target.value)} />}
        </Field>
      </div>
    </Dialog>
  );
}
