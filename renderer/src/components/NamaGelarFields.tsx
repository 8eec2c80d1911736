import { Field } from './Field';

type NamaField = 'gelarDepan' | 'nama' | 'gelarBelakang';

interface Props {
  fieldId: (f: NamaField) => string;
  values: Record<NamaField, string>;
  errors: Partial<Record<string, string>>;
  set: (field: NamaField, value: string) => void;
}

/** Gelar depan, nama and gelar belakang as three fields: every person in Netra is named this way. */
export function NamaGelarFields({ fieldId, values, errors, set }: Props) {
  return (
    <>
      <Field id={fieldId('gelarDepan')} label="Gelar depan" error={errors.gelarDepan}>
        {(a) => <input {...a} type="text" placeholder="Dr., Ir., drg." value={values.gelarDepan} onChange={(e) => set('gelarDepan', e.target.value)} />}
      </Field>
      <Field id={fieldId('nama')} label="Nama (tanpa gelar)" error={errors.nama} required className="span-2">
        {(a) => <input {...a} type="text" autoComplete="off" value={values.nama} onChange={(e) => set('nama', e.target.value)} />}
      </Field>
      <Field id={fieldId('gelarBelakang')} label="Gelar belakang" error={errors.gelarBelakang}>
        {(a) => <input {...a} type="text" placeholder="S.H., M.Si." value={values.gelarBelakang} onChange={(e) => set('gelarBelakang', e.target.value)} />}
      </Field>
    </>
  );
}
