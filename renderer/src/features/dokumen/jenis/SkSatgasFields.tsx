import { Field } from '../../../components/Field';
import { ListEditor } from '../../../components/ListEditor';
import { errorsUnder } from '../../../lib/validation';
import type { DataOf } from '../dokumen-draft';
import { AnggotaEditor } from './AnggotaEditor';
import { dataFieldId, listErrors, type JenisFieldsProps } from './shared';

type Data = DataOf<'sk-satgas'>;

/** Keputusan pembentukan Satgas: subject, election, budget line, the team and who receives copies. */
export function SkSatgasFields({ data, onChange, errors, disabled }: JenisFieldsProps<Data>) {
  const set = <K extends keyof Data>(key: K, value: Data[K]) => onChange({ ...data, [key]: value });
  return (
    <>
      <fieldset className="form-section" disabled={disabled}>
        <legend>Keputusan</legend>
        <div className="form-grid">
          <Field id={dataFieldId('tentang')} label="Tentang" error={errors.tentang} required className="span-4">
            {(a) => <textarea {...a} rows={2} value={data.tentang} onChange={(e) => set('tentang', e.target.value)} />}
          </Field>
          <Field id={dataFieldId('pemilihan')} label="Nama pemilihan" error={errors.pemilihan} required className="span-4">
            {(a) => <input {...a} type="text" value={data.pemilihan} onChange={(e) => set('pemilihan', e.target.value)} />}
          </Field>
          <Field id={dataFieldId('bebanAnggaran')} label="Beban anggaran" error={errors.bebanAnggaran} required className="span-4">
            {(a) => <textarea {...a} rows={2} value={data.bebanAnggaran} onChange={(e) => set('bebanAnggaran', e.target.value)} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section" disabled={disabled}>
        <legend>Lampiran: susunan keanggotaan</legend>
        <AnggotaEditor rows={data.anggota} onChange={(v) => set('anggota', v)} errors={errorsUnder(errors, 'anggota')} disabled={disabled} />
      </fieldset>
      <fieldset className="form-section" disabled={disabled}>
        <legend>Salinan</legend>
        <ListEditor
          id={dataFieldId('tembusan')}
          label="Salinan disampaikan kepada"
          items={data.tembusan}
          onChange={(v) => set('tembusan', v)}
          errors={listErrors(errors, 'tembusan')}
          addLabel="Tambah penerima salinan"
          testId="daftar-tembusan"
        />
      </fieldset>
    </>
  );
}
