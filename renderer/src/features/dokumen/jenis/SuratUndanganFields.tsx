import { formatHariTanggal } from '../../../../../shared/domain/tanggal';
import { Field } from '../../../components/Field';
import { ListEditor } from '../../../components/ListEditor';
import type { DataOf } from '../dokumen-draft';
import { dataFieldId, listErrors, type JenisFieldsProps } from './shared';
import { TanggalInput } from '../../../components/TanggalInput';

type Data = DataOf<'surat-undangan'>;

const SIFAT: Data['sifat'][] = ['Biasa', 'Penting', 'Segera', 'Sangat Segera'];
const ZONA: Data['zonaWaktu'][] = ['WIB', 'WITA', 'WIT'];

/** Surat Undangan: subject, invitees (one in the letter, more in the lampiran), when and where. */
export function SuratUndanganFields({ data, onChange, errors, disabled }: JenisFieldsProps<Data>) {
  const set = <K extends keyof Data>(key: K, value: Data[K]) => onChange({ ...data, [key]: value });
  return (
    <>
      <fieldset className="form-section" disabled={disabled}>
        <legend>Surat</legend>
        <div className="form-grid">
          <Field id={dataFieldId('hal')} label="Hal" error={errors.hal} required className="span-3">
            {(a) => <input {...a} type="text" value={data.hal} onChange={(e) => set('hal', e.target.value)} />}
          </Field>
          <Field id={dataFieldId('sifat')} label="Sifat" error={errors.sifat}>
            {(a) => (
              <select {...a} value={data.sifat} onChange={(e) => set('sifat', e.target.value as Data['sifat'])}>
                {SIFAT.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="span-4">
            <ListEditor
              id={dataFieldId('kepada')}
              label="Yang diundang (Yth.)"
              required
              items={data.kepada}
              onChange={(v) => set('kepada', v)}
              errors={listErrors(errors, 'kepada')}
              addLabel="Tambah undangan"
              placeholder="Kepala Dinas Pendidikan"
              hint="Satu tujuan ditulis langsung di surat; dua atau lebih menjadi daftar undangan di lampiran. Tempel banyak baris sekaligus dari Excel atau Word."
              testId="daftar-kepada"
            />
          </div>
        </div>
      </fieldset>
      <fieldset className="form-section" disabled={disabled}>
        <legend>Acara</legend>
        <div className="form-grid">
          <Field id={dataFieldId('acara')} label="Acara" error={errors.acara} required className="span-4">
            {(a) => <input {...a} type="text" value={data.acara} onChange={(e) => set('acara', e.target.value)} />}
          </Field>
          <Field id={dataFieldId('pemilihan')} label="Nama pemilihan" error={errors.pemilihan} className="span-4">
            {(a) => <input {...a} type="text" value={data.pemilihan} onChange={(e) => set('pemilihan', e.target.value)} />}
          </Field>
          <Field
            id={dataFieldId('tanggalKegiatan')}
            label="Tanggal kegiatan"
            error={errors.tanggalKegiatan}
            required
            hint={data.tanggalKegiatan ? formatHariTanggal(data.tanggalKegiatan) : undefined}
          >
            {(a) => <TanggalInput {...a} value={data.tanggalKegiatan} onChange={(v) => set('tanggalKegiatan', v)} />}
          </Field>
          <Field id={dataFieldId('pukulMulai')} label="Pukul mulai" error={errors.pukulMulai} required hint="Misalnya 08.00">
            {(a) => <input {...a} type="text" inputMode="numeric" className="num" placeholder="08.00" value={data.pukulMulai} onChange={(e) => set('pukulMulai', e.target.value)} />}
          </Field>
          <Field id={dataFieldId('pukulSelesai')} label="Pukul selesai" error={errors.pukulSelesai} hint="Kosong: s.d. selesai">
            {(a) => <input {...a} type="text" inputMode="numeric" className="num" placeholder="selesai" value={data.pukulSelesai} onChange={(e) => set('pukulSelesai', e.target.value)} />}
          </Field>
          <Field id={dataFieldId('zonaWaktu')} label="Zona waktu" error={errors.zonaWaktu}>
            {(a) => (
              <select {...a} value={data.zonaWaktu} onChange={(e) => set('zonaWaktu', e.target.value as Data['zonaWaktu'])}>
                {ZONA.map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={dataFieldId('tempat')} label="Tempat" error={errors.tempat} required className="span-4">
            {(a) => <input {...a} type="text" value={data.tempat} onChange={(e) => set('tempat', e.target.value)} />}
          </Field>
          <Field id={dataFieldId('pakaian')} label="Pakaian" error={errors.pakaian} className="span-4" hint="Boleh kosong.">
            {(a) => <input {...a} type="text" value={data.pakaian} onChange={(e) => set('pakaian', e.target.value)} />}
          </Field>
          <Field id={dataFieldId('catatan')} label="Catatan" error={errors.catatan} className="span-4" hint="Boleh kosong.">
            {(a) => <textarea {...a} rows={2} value={data.catatan} onChange={(e) => set('catatan', e.target.value)} />}
          </Field>
          <div className="span-4">
            <ListEditor
              id={dataFieldId('tembusan')}
              label="Tembusan"
              items={data.tembusan}
              onChange={(v) => set('tembusan', v)}
              errors={listErrors(errors, 'tembusan')}
              addLabel="Tambah tembusan"
              testId="daftar-tembusan"
            />
          </div>
        </div>
      </fieldset>
    </>
  );
}
