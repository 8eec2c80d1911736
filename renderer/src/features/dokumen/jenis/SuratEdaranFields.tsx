import { formatTanggal, isValidIsoDate } from '../../../../../shared/domain/tanggal';
import { Field } from '../../../components/Field';
import { ListEditor } from '../../../components/ListEditor';
import type { DataOf } from '../dokumen-draft';
import { dataFieldId, listErrors, type JenisFieldsProps } from './shared';
import { TanggalInput } from '../../../components/TanggalInput';

type Data = DataOf<'surat-edaran'>;

/** Surat Edaran: subject, election, voting day, addressees and tembusan. */
export function SuratEdaranFields({ data, onChange, errors, disabled }: JenisFieldsProps<Data>) {
  const set = <K extends keyof Data>(key: K, value: Data[K]) => onChange({ ...data, [key]: value });
  return (
    <fieldset className="form-section" disabled={disabled}>
      <legend>Isi surat edaran</legend>
      <div className="form-grid">
        <Field id={dataFieldId('tentang')} label="Tentang" error={errors.tentang} required className="span-4">
          {(a) => <textarea {...a} rows={2} value={data.tentang} onChange={(e) => set('tentang', e.target.value)} />}
        </Field>
        <Field id={dataFieldId('pemilihan')} label="Nama pemilihan" error={errors.pemilihan} required className="span-3">
          {(a) => <input {...a} type="text" value={data.pemilihan} onChange={(e) => set('pemilihan', e.target.value)} />}
        </Field>
        <Field
          id={dataFieldId('tanggalPemungutan')}
          label="Pemungutan suara"
          error={errors.tanggalPemungutan}
          required
          hint={isValidIsoDate(data.tanggalPemungutan) ? formatTanggal(data.tanggalPemungutan) : undefined}
        >
          {(a) => <TanggalInput {...a} value={data.tanggalPemungutan} onChange={(v) => set('tanggalPemungutan', v)} />}
        </Field>
        <div className="span-4">
          <ListEditor
            id={dataFieldId('kepada')}
            label="Kepada (Yth.)"
            required
            items={data.kepada}
            onChange={(v) => set('kepada', v)}
            errors={listErrors(errors, 'kepada')}
            addLabel="Tambah tujuan"
            placeholder="Kepala Perangkat Daerah"
            testId="daftar-kepada"
          />
        </div>
        <Field
          id={dataFieldId('lingkungan')}
          label="Keterangan di bawah tujuan"
          error={errors.lingkungan}
          className="span-4"
          hint="Misalnya: di Lingkungan Pemerintah Kabupaten Sukamaju. Boleh kosong."
        >
          {(a) => <input {...a} type="text" value={data.lingkungan} onChange={(e) => set('lingkungan', e.target.value)} />}
        </Field>
        <div className="span-4">
          <ListEditor
            id={dataFieldId('tembusan')}
            label="Tembusan"
            items={data.tembusan}
            onChange={(v) => set('tembusan', v)}
            errors={listErrors(errors, 'tembusan')}
            addLabel="Tambah tembusan"
            placeholder="Gubernur Jawa Tengah"
            testId="daftar-tembusan"
          />
        </div>
      </div>
    </fieldset>
  );
}
