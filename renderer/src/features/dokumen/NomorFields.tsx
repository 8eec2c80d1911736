import type { NomorSurat } from '../../../../shared/contract/index';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { Field, RadioGroup } from '../../components/Field';
import type { CaraNomor, Umum } from './dokumen-draft';
import { umumFieldId } from './UmumFields';

interface Props {
  umum: Umum;
  onChange: (patch: Partial<Umum>) => void;
  /** Numbers reserved in the register and not used yet. */
  reserved: NomorSurat[];
  errors: Record<string, string>;
  disabled?: boolean;
}

const CARA: { value: CaraNomor; label: string }[] = [
  { value: 'otomatis', label: 'Ambil nomor otomatis saat disimpan' },
  { value: 'dipesan', label: 'Pakai nomor yang sudah dipesan' },
  { value: 'manual', label: 'Nomor manual' },
];

/** Where the letter's number comes from: the counter, a reserved number, or typed by hand. */
export function NomorFields({ umum, onChange, reserved, errors, disabled }: Props) {
  return (
    <fieldset className="form-section nomor-fields" disabled={disabled}>
      <legend>Nomor surat</legend>
      <RadioGroup id={umumFieldId('nomor.cara')} name="nomor-cara" legend="Cara penomoran" value={umum.cara} options={CARA} onChange={(cara) => onChange({ cara })} />
      {umum.cara === 'otomatis' ? <p className="field-hint">Nomor urut berikutnya diambil dan dicatat di Buku agenda saat dokumen disimpan.</p> : null}
      {umum.cara === 'dipesan' ? (
        <Field
          id={umumFieldId('nomor.nomorId')}
          label="Nomor yang dipesan"
          error={errors['nomor.nomorId']}
          required
          hint={reserved.length ? undefined : 'Belum ada nomor yang dipesan. Pesan nomor di tab Buku agenda.'}
        >
          {(a) => (
            <select {...a} value={umum.nomorId ?? ''} onChange={(e) => onChange({ nomorId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">(pilih nomor)</option>
              {reserved.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.nomor} — {n.hal} ({formatTanggal(n.tanggal)})
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {umum.cara === 'manual' ? (
        <Field
          id={umumFieldId('nomor.nomor')}
          label="Nomor"
          error={errors['nomor.nomor']}
          required
          hint="Dicatat di Buku agenda; nomor yang sudah terpakai ditolak."
        >
          {(a) => <input {...a} type="text" className="num" placeholder="800.1.6.4/0123/BKPSDM/2026" value={umum.nomorManual} onChange={(e) => onChange({ nomorManual: e.target.value })} />}
        </Field>
      ) : null}
    </fieldset>
  );
}
