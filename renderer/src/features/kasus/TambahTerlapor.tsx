import { useState } from 'react';
import { TerlaporInputSchema, type Kasus } from '../../../../shared/contract/kasus';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { FormFooter } from '../../components/FormFooter';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { schemaErrors } from '../../lib/validation';
import { TerlaporEditor } from './KasusForm';
import { terlaporDari, type TerlaporDraft } from './kasus-form';

/** One more person named by the same report (found later, or sent in a second letter). */
export function TambahTerlapor({ kasus, onClose, onSaved }: { kasus: Kasus; onClose: () => void; onSaved: (k: Kasus) => void }) {
  const [items, setItems] = useState<TerlaporDraft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = new Set(kasus.terlapor.flatMap((t) => (t.pegawaiId && !t.diarsipkan ? [t.pegawaiId] : [])));
  const kirim = async () => {
    if (busy) return;
    const t = items[0];
    if (!t) {
      setErrors({ terlapor: 'Cari pegawai, atau catat sebagai belum dikenali atau di luar data pegawai.' });
      return;
    }
    const e = Object.fromEntries(Object.entries(schemaErrors(TerlaporInputSchema, terlaporDari(t))).map(([k, m]) => [`terlapor.0.${k}`, m]));
    if (Object.keys(e).length) {
      setErrors(e);
      setError('Periksa isian yang ditandai.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('kasus.terlapor.tambah', { kasusId: kasus.id, terlapor: terlaporDari(t) }));
    } catch (err) {
      setError(errorMessage(err));
      setErrors(Object.fromEntries(Object.entries(fieldErrors(err)).map(([k, m]) => [k.replace(/^terlapor\./, 'terlapor.0.'), m])));
      setBusy(false);
    }
  };
  return (
    <Dialog title="Tambah terlapor" subtitle={`Kasus ${kasus.nomorRegister}`} size="xl" testId="tambah-terlapor-dialog" onClose={onClose} footer={<FormFooter error={error} onCancel={onClose} busy={busy} onSubmit={() => void kirim()} submitTestId="simpan-terlapor" />}>
      <TerlaporEditor
        items={items}
        isi={kasus.aturan.isi}
        errors={errors}
        chosen={chosen}
        onAdd={(t) => {
          // one person per save: each is its own all-or-nothing write with its audit row
          setItems([t]);
          setErrors({});
        }}
        onChange={(i, patch) => {
          setItems((xs) => xs.map((x, j) => (j === i ? ({ ...x, ...patch } as TerlaporDraft) : x)));
          setErrors({});
        }}
        onRemove={() => setItems([])}
      />
    </Dialog>
  );
}
