import { useMemo } from 'react';
import type { UnitInput } from '../../../../shared/contract/schemas';
import { JENIS_UNIT_LABEL, type JenisUnit, type UnitKerja } from '../../../../shared/domain/pegawai';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { UnitSelect } from '../../components/UnitSelect';
import { subtreeIds } from '../../lib/unit-tree';
import { useUnits } from '../../lib/units';
import { useFormDialog } from '../../lib/useFormDialog';

interface Props {
  /** The unit to edit; null adds one (under `parentId`). */
  unit: UnitKerja | null;
  parentId: number | null;
  onClose: () => void;
  onSaved: (u: UnitKerja, created: boolean) => void;
}

type Form = { nama: string; singkatan: string; jenis: JenisUnit; parentId: number | null };

const FIELD_ORDER: (keyof Form)[] = ['nama', 'singkatan', 'jenis', 'parentId'];
const id = (f: string) => `unit-${f}`;

/** Add, rename or move (new induk) a unit. */
export function UnitForm({ unit, parentId, onClose, onSaved }: Props) {
  const { tree } = useUnits();
  const initial = useMemo<Form>(
    () => ({
      nama: unit?.nama ?? '',
      singkatan: unit?.singkatan ?? '',
      jenis: unit?.jenis ?? (parentId === null ? 'PERANGKAT_DAERAH' : 'BIDANG'),
      parentId: unit ? unit.parentId : parentId,
    }),
    [unit, parentId],
  );
  const { form, set, errors, formError, busy, submit, close } = useFormDialog({
    initial,
    fieldOrder: FIELD_ORDER,
    fieldId: id,
    validate: (f) => (f.nama.trim() ? {} : { nama: 'Nama unit wajib diisi.' }),
    save: async (f) => {
      const data: UnitInput = { nama: f.nama.trim(), singkatan: f.singkatan.trim() || null, jenis: f.jenis, parentId: f.parentId };
      const saved = unit ? await call('unit.update', { id: unit.id, data }) : await call('unit.create', { data });
      onSaved(saved, !unit);
    },
    onClose,
  });

  const exclude = useMemo(() => {
    const node = unit ? tree.byId.get(unit.id) : undefined;
    return node ? subtreeIds(node) : new Set<number>();
  }, [unit, tree]);

  return (
    <Dialog
      title={unit ? 'Ubah Unit Kerja' : 'Tambah Unit Kerja'}
      subtitle={unit ? unit.nama : undefined}
      size="md"
      testId="form-unit"
      onClose={close}
      onSubmit={submit}
      footer={<FormFooter error={formError} onCancel={close} busy={busy} />}
    >
      <div className="form-stack">
        <Field id={id('nama')} label="Nama unit" error={errors.nama} required>
          {(a) => (
            <input {...a} type="text" value={form.nama} data-autofocus autoComplete="off" onChange={(e) => set('nama', e.target.value)} />
          )}
        </Field>
        <div className="form-grid form-grid-2">
          <Field id={id('singkatan')} label="Singkatan" error={errors.singkatan} hint="Misalnya Disdik, BKPSDM.">
            {(a) => <input {...a} type="text" value={form.singkatan} onChange={(e) => set('singkatan', e.target.value)} />}
          </Field>
          <Field id={id('jenis')} label="Jenis unit" error={errors.jenis} required>
            {(a) => (
              <select {...a} value={form.jenis} onChange={(e) => set('jenis', e.target.value as JenisUnit)}>
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
            <UnitSelect {...a} value={form.parentId} exclude={exclude} emptyLabel="(tidak ada — unit tingkat teratas)" onChange={(v) => set('parentId', v)} />
          )}
        </Field>
      </div>
    </Dialog>
  );
}
