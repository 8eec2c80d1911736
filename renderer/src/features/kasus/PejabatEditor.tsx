import { useState } from 'react';
import type { Kasus, PejabatKasus, Terlapor } from '../../../../shared/contract/kasus';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { Icon } from '../../components/Icon';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { PegawaiCari } from '../dokumen/jenis/PegawaiCari';
import { usePrivasi } from '../../lib/privasi';
import { dariPegawai, pejabatData, pejabatErrors, pejabatForm, pejabatKosong, type PejabatForm } from './pejabat';

export { pejabatData, pejabatForm, pejabatKosong, type PejabatForm };

interface FieldsProps {
  idPrefix: string;
  value: PejabatForm;
  onChange: (p: PejabatForm) => void;
  errors: Record<string, string>;
  /** Officials already named in the case (the tim, the atasan), one click to take. */
  pilihan?: PejabatKasus[];
  /** Shows the Ketua/Sekretaris/Anggota field (a tim pemeriksa member). */
  peran?: boolean;
  disabled?: boolean;
}

/** One official: taken from the registry (search), from those already named, or typed. */
export function PejabatFields({ idPrefix, value, onChange, errors, pilihan = [], peran, disabled }: FieldsProps) {
  const set = (k: keyof PejabatForm, v: string) => onChange({ ...value, [k]: v, ...(k === 'nama' || k === 'nip' ? { pegawaiId: null } : {}) });
  const id = (f: string) => `${idPrefix}-${f}`;
  return (
    <div className="pejabat-fields">
      <div className="pejabat-ambil">
        <PegawaiCari chosenIds={new Set(value.pegawaiId ? [value.pegawaiId] : [])} disabled={disabled} sesudahKosong="Tulis nama dan jabatannya di bawah." onPick={(p) => onChange(dariPegawai(p, value.peran))} />
        {pilihan.map((p, i) => (
          <button key={`${p.nama}-${i}`} type="button" className="btn btn-small" disabled={disabled} onClick={() => onChange({ ...pejabatForm(p), peran: value.peran })} title={p.jabatan}>
            {p.nama}
          </button>
        ))}
      </div>
      <div className="form-grid">
        <Field id={id('nama')} label="Nama" error={errors.nama} required>
          {(a) => <input {...a} type="text" autoComplete="off" disabled={disabled} value={value.nama} onChange={(e) => set('nama', e.target.value)} />}
        </Field>
        <Field id={id('nip')} label="NIP" error={errors.nip}>
          {(a) => <input {...a} type="text" autoComplete="off" inputMode="numeric" disabled={disabled} value={value.nip} onChange={(e) => set('nip', e.target.value)} />}
        </Field>
        <Field id={id('pangkat')} label="Pangkat/golongan" error={errors.pangkat}>
          {(a) => <input {...a} type="text" autoComplete="off" disabled={disabled} value={value.pangkat} onChange={(e) => set('pangkat', e.target.value)} />}
        </Field>
        <Field id={id('jabatan')} label="Jabatan" error={errors.jabatan} required>
          {(a) => <input {...a} type="text" autoComplete="off" disabled={disabled} value={value.jabatan} onChange={(e) => set('jabatan', e.target.value)} />}
        </Field>
        {peran ? (
          <Field id={id('peran')} label="Kedudukan dalam tim" error={errors.peran}>
            {(a) => (
              <select {...a} disabled={disabled} value={value.peran} onChange={(e) => set('peran', e.target.value)}>
                <option value="Ketua">Ketua</option>
                <option value="Sekretaris">Sekretaris</option>
                <option value="Anggota">Anggota</option>
              </select>
            )}
          </Field>
        ) : null}
      </div>
    </div>
  );
}

/** The direct superior accountable for the procedure (or none). */
export function AtasanDialog({ terlapor, onClose, onSaved }: { terlapor: Terlapor; onClose: () => void; onSaved: (k: Kasus) => void }) {
  const [value, setValue] = useState<PejabatForm>(terlapor.atasan ? pejabatForm(terlapor.atasan) : pejabatKosong());
  const privasi = usePrivasi();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const simpan = async (atasan: PejabatKasus | null) => {
    if (busy) return;
    if (atasan) {
      const e = pejabatErrors(value);
      if (Object.keys(e).length) {
        setErrors(e);
        setError('Periksa isian yang ditandai.');
        return;
      }
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('kasus.terlapor.atasan', { terlaporId: terlapor.id, atasan }));
    } catch (e) {
      setError(errorMessage(e));
      setErrors(Object.fromEntries(Object.entries(fieldErrors(e)).map(([k, m]) => [k.replace(/^atasan\./, ''), m])));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="Atasan langsung"
      subtitle={privasi.nama(terlapor.nama)}
      size="lg"
      testId="atasan-dialog"
      onClose={onClose}
      footer={
        <>
          {terlapor.atasan ? (
            <button type="button" className="btn btn-ghost" disabled={busy} onClick={() => void simpan(null)}>
              Kosongkan
            </button>
          ) : null}
          <FormFooter error={error} onCancel={onClose} busy={busy} onSubmit={() => void simpan(pejabatData(value))} submitTestId="simpan-atasan" />
        </>
      }
    >
      <PejabatFields idPrefix="atasan" value={value} onChange={(v) => { setValue(v); setErrors({}); }} errors={errors} disabled={busy} />
    </Dialog>
  );
}

/** The tim pemeriksa (for sedang and berat levels): members from the registry or typed, each with their place in the team. */
export function TimDialog({ terlapor, onClose, onSaved }: { terlapor: Terlapor; onClose: () => void; onSaved: (k: Kasus) => void }) {
  const [tim, setTim] = useState<PejabatForm[]>(terlapor.tim.length ? terlapor.tim.map(pejabatForm) : [pejabatKosong('Ketua')]);
  const privasi = usePrivasi();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const simpan = async () => {
    if (busy) return;
    const isi = tim.filter((p) => p.nama.trim() || p.jabatan.trim());
    const e: Record<string, string> = {};
    isi.forEach((p, i) => Object.entries(pejabatErrors(p)).forEach(([k, m]) => (e[`${i}.${k}`] = m)));
    if (Object.keys(e).length) {
      setTim(isi.length ? isi : [pejabatKosong('Ketua')]);
      setErrors(e);
      setError('Periksa isian yang ditandai.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('kasus.terlapor.tim', { terlaporId: terlapor.id, tim: isi.map(pejabatData) }));
    } catch (err) {
      setError(errorMessage(err));
      setErrors(Object.fromEntries(Object.entries(fieldErrors(err)).map(([k, m]) => [k.replace(/^tim\./, ''), m])));
      setBusy(false);
    }
  };
  const under = (i: number) => Object.fromEntries(Object.entries(errors).flatMap(([k, m]) => (k.startsWith(`${i}.`) ? [[k.slice(String(i).length + 1), m]] : [])));
  return (
    <Dialog
      title="Tim pemeriksa"
      subtitle={`${privasi.nama(terlapor.nama)} · unsur atasan langsung, pengawasan dan kepegawaian`}
      size="xl"
      testId="tim-dialog"
      onClose={onClose}
      footer={<FormFooter error={error} onCancel={onClose} busy={busy} onSubmit={() => void simpan()} submitTestId="simpan-tim" />}
    >
      <ol className="tim-list">
        {tim.map((p, i) => (
          <li key={i} className="tim-item" data-testid="anggota-tim">
            <div className="tim-item-head">
              <span className="strong">Anggota {i + 1}</span>
              <button type="button" className="btn-icon btn-icon-sm btn-icon-danger" aria-label={`Hapus anggota tim ${i + 1}`} onClick={() => setTim((t) => t.filter((_, j) => j !== i))} disabled={busy}>
                <Icon name="trash" size={14} />
              </button>
            </div>
            <PejabatFields
              idPrefix={`tim-${i}`}
              value={p}
              peran
              pilihan={terlapor.atasan && i === 0 ? [terlapor.atasan] : []}
              onChange={(v) => {
                setTim((t) => t.map((x, j) => (j === i ? v : x)));
                setErrors({});
              }}
              errors={under(i)}
              disabled={busy}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="btn" disabled={busy || tim.length >= 10} onClick={() => setTim((t) => [...t, pejabatKosong('Anggota')])} data-testid="tambah-anggota-tim">
        <Icon name="plus" /> Tambah anggota
      </button>
    </Dialog>
  );
}
