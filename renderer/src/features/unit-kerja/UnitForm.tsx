import { useMemo, useState } from 'react';
import type { UnitInput } from '../../../../shared/contract/schemas';
import { JENIS_UNIT_LABEL, type JenisUnit, type UnitKerja } from '../../../../shared/domain/pegawai';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { UnitSelect } from '../../components/UnitSelect';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { subtreeIds } from '../../lib/unit-tree';
import { useUnits } from '../../lib/units';

interface Props {
  /** The unit to edit; null adds one (under `parentId`). */
  unit: UnitKerja | null;
  parentId: number | null;
  onClose: () => void;
  onSaved: (u: UnitKerja, created: boolean) => void;
}

const FIELDS = ['nama', 'singkatan', 'jenis', 'parentId'] as const;
const id = (f: string) => `unit-${f}`;

/** Add, rename or move (new induk) a unit. */
export function UnitForm({ unit, parentId, onClose, onSaved }: Props) {
  const { tree } = useUnits();
  const [nama, setNama] = useState(unit?.nama ?? '');
  const [singkatan, setSingkatan] = useState(unit?.singkatan ?? '');
  const [jenis, setJenis] = useState<JenisUnit>(unit?.jenis ?? (parentId === null ? 'PERANGKAT_DAERAH' : 'BIDANG'));
  const [induk, setInduk] = useState<number | null>(unit ? unit.parentId : parentId);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exclude = useMemo(() => {
    const node = unit ? tree.byId.get(unit.id) : undefined;
    return node ? subtreeIds(node) : new Set<number>();
  }, [unit, tree]);

  const clear = (f: string) => setErrors((e) => (e[f] ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== f)) : e));

  const submit = async () => {
    if (busy) return;
    setFormError(null);
    if (!nama.trim()) {
      setErrors({ nama: 'Nama unit wajib diisi.' });
      document.getElementById(id('nama'))?.focus();
      return;
    }
    const data: UnitInput = { nama: nama.trim(), singkatan: singkatan.trim() || null, jenis, parentId: induk };
    setBusy(true);
    try {
      const saved = unit ? await call('unit.update', { id: unit.id, data }) : await call('unit.create', { data });
      onSaved(saved, !unit);
    } catch (e) {
      const fe = fieldErrors(e);
      setErrors(fe);
      setFormError(errorMessage(e));
      const first = FIELDS.find((f) => fe[f]);
      if (first) window.setTimeout(() => document.getElementById(id(first))?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={unit ? 'Ubah Unit Kerja' : 'Tambah Unit Kerja'}
      subtitle={unit ? unit.nama : undefined}
      size="md"
      testId="form-unit"
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={<FormFooter error={formError} onCancel={onClose} busy={busy} />}
    >
      <div className="form-stack">
        <Field id={id('nama')} label="Nama unit" error={errors.nama} required>
          {(a) => (
            <input {...a} type="text" value={nama} data-autofocus autoComplete="off" onChange={(e) => { setNama(e.target.value); clear('nama'); }} />
          )}
        </Field>
        <div className="form-grid form-grid-2">
          <Field id={id('singkatan')} label="Singkatan" error={errors.singkatan} hint="Misalnya Disdik, BKPSDM.">
            {(a) => <input {...a} type="text" value={singkatan} onChange={(e) => { setSingkatan(e.target.value); clear('singkatan'); }} />}
          </Field>
          <Field id={id('jenis')} label="Jenis unit" error={errors.jenis} required>
            {(a) => (
              <select {...a} value={jenis} onChange={(e) => { setJenis(e.target.value as JenisUnit); clear('jenis'); }}>
                {(Object.keys(JENIS_UNIT_LABEL) as JenisUnit[]).map((j) => (
                  <option key={j} value={j}>
                    {JENIS_UNIT_LABEL[j]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field
          id={id('parentId')}
          label="Unit induk"
          error={errors.parentId}
          hint={unit ? 'Pilih induk lain untuk memindahkan unit ini beserta sub-unit dan pegawainya.' : undefined}
        >
          {(a) => (
            <UnitSelect {...a} value={induk} exclude={exclude} emptyLabel="(tidak ada — unit tingkat teratas)" onChange={(v) => { setInduk(v); clear('parentId'); }} />
          )}
        </Field>
      </div>
    </Dialog>
  );
}
