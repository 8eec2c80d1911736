import { Fragment } from 'react';
import type { Anggota } from '../../../../../shared/dokumen/jenis/anggota';
import type { FieldDecl, NilaiField } from '../../../../../shared/dokumen/jenis/formulir';
import type { Jenis } from '../../../../../shared/dokumen/jenis/registry';
import { normalisasiPukul } from '../../../../../shared/domain/pukul';
import { formatHariTanggal, formatTanggal, isValidIsoDate } from '../../../../../shared/domain/tanggal';
import { Field } from '../../../components/Field';
import { ListEditor } from '../../../components/ListEditor';
import { errorsUnder } from '../../../lib/validation';
import { dataFieldId, type NilaiFormulir } from '../formulir-state';
import { AnggotaEditor } from './AnggotaEditor';
import { TanggalField } from './TanggalField';

interface Props {
  def: Pick<Jenis, 'formulir'>;
  data: NilaiFormulir;
  onChange: (data: NilaiFormulir) => void;
  /** Messages by data path ("hal", "kepada.2", "anggota.0.nama"). */
  errors: Record<string, string>;
  disabled?: boolean;
}

const teksOf = (v: NilaiField | undefined): string => (typeof v === 'string' ? v : '');
const isLines = (v: NilaiField | undefined): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isRows = (v: NilaiField | undefined): v is Anggota[] => Array.isArray(v) && v.every((x) => typeof x === 'object');

const spanOf = (f: FieldDecl) => {
  const lebar = f.lebar ?? (f.kind === 'paragraf' || f.kind === 'daftar' || f.kind === 'anggota' ? 4 : 1);
  return lebar > 1 ? `span-${lebar}` : undefined;
};

/** One type's form, drawn from its declaration in the registry: every type gets the same controls. */
export function JenisFields({ def, data, onChange, errors, disabled }: Props) {
  const set = (key: string, value: NilaiField) => onChange({ ...data, [key]: value });
  const field = (f: FieldDecl) => {
    const id = dataFieldId(f.key);
    const v = data[f.key];
    const common = { id, label: f.label, error: errors[f.key], required: f.required, className: spanOf(f) };
    switch (f.kind) {
      case 'teks':
        return <Field {...common} hint={f.hint}>{(a) => <input {...a} type="text" placeholder={f.placeholder} value={teksOf(v)} onChange={(e) => set(f.key, e.target.value)} />}</Field>;
      case 'paragraf':
        return (
          <Field {...common} hint={f.hint}>
            {(a) => <textarea {...a} rows={f.baris ?? 2} placeholder={f.placeholder} value={teksOf(v)} onChange={(e) => set(f.key, e.target.value)} />}
          </Field>
        );
      case 'tanggal': {
        const iso = teksOf(v);
        const shown = isValidIsoDate(iso) ? (f.tampil === 'hari-tanggal' ? formatHariTanggal(iso) : formatTanggal(iso)) : undefined;
        return <Field {...common} hint={shown ?? f.hint}>{(a) => <TanggalField a11y={a} value={iso} onChange={(x) => set(f.key, x)} />}</Field>;
      }
      case 'pukul':
        return (
          <Field {...common} hint={f.hint}>
            {(a) => (
              <input
                {...a}
                type="text"
                inputMode="numeric"
                className="num"
                placeholder={f.placeholder}
                value={teksOf(v)}
                onChange={(e) => set(f.key, e.target.value)}
                // "7:30", "0730", "7.30" → "07.30" as the field is left, so the clerk sees what the letter prints.
                onBlur={(e) => {
                  const n = normalisasiPukul(e.target.value);
                  if (n !== e.target.value) set(f.key, n);
                }}
              />
            )}
          </Field>
        );
      case 'pilihan':
        return (
          <Field {...common} hint={f.hint}>
            {(a) => (
              <select {...a} value={teksOf(v)} onChange={(e) => set(f.key, e.target.value)}>
                {f.pilihan.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            )}
          </Field>
        );
      case 'daftar':
        return (
          <div className={spanOf(f)}>
            <ListEditor
              id={id}
              label={f.label}
              required={f.required}
              items={isLines(v) ? v : []}
              onChange={(items) => set(f.key, items)}
              errors={errorsUnder(errors, f.key)}
              addLabel={f.tambah}
              placeholder={f.placeholder}
              hint={f.hint}
              testId={f.testId}
            />
          </div>
        );
      case 'anggota':
        return (
          <div className={spanOf(f)}>
            <AnggotaEditor
              fieldKey={f.key}
              label={f.label}
              peran={f.peran}
              rows={isRows(v) ? v : []}
              onChange={(rows) => set(f.key, rows)}
              errors={errorsUnder(errors, f.key)}
              disabled={disabled}
            />
          </div>
        );
    }
  };
  return (
    <>
      {def.formulir.map((b) => (
        <fieldset key={b.judul} className="form-section" disabled={disabled}>
          <legend>{b.judul}</legend>
          <div className="form-grid">
            {b.fields.map((f) => (
              <Fragment key={f.key}>{field(f)}</Fragment>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}
