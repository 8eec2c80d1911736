import { MODE_TTD, type InstansiProfil, type ModeTtd, type Penandatangan } from '../../../../shared/contract/index';
import { formatTanggal, isValidIsoDate } from '../../../../shared/domain/tanggal';
import { Field } from '../../components/Field';
import { namaLengkap } from '../../lib/format';
import { atasNamaBawaan, MODE_LABEL, type Umum } from './dokumen-draft';
import { TanggalInput } from '../../components/TanggalInput';

interface Props {
  umum: Umum;
  onChange: (patch: Partial<Umum>) => void;
  profiles: InstansiProfil[];
  signatories: Penandatangan[];
  errors: Record<string, string>;
  disabled?: boolean;
}

const PREFIX = { plt: 'Plt.', plh: 'Plh.', pj: 'Pj.', pjs: 'Pjs.' } as const;

export const umumFieldId = (field: string) => `dok-${field.replace(/\./g, '-')}`;

/** Kop, signatory and how they sign, and the date of the letter. */
export function UmumFields({ umum, onChange, profiles, signatories, errors, disabled }: Props) {
  const active = signatories.filter((p) => p.aktif || p.id === umum.penandatanganId);
  const profil = profiles.find((p) => p.id === umum.profilId);

  const setMode = (mode: ModeTtd) => {
    const wasAn = umum.mode === 'an' || umum.mode === 'ub';
    const isAn = mode === 'an' || mode === 'ub';
    // a.n. and u.b. usually name the regional head: suggest it from the profile. Plt./Plh. name another office: start empty.
    const atasNama = isAn ? (wasAn && umum.atasNama.trim() ? umum.atasNama : atasNamaBawaan(profil)) : wasAn ? '' : umum.atasNama;
    onChange({ mode, atasNama });
  };

  return (
    <fieldset className="form-section" disabled={disabled}>
      <legend>Kop, penandatangan dan tanggal</legend>
      <div className="form-grid">
        <Field id={umumFieldId('profilId')} label="Profil instansi (kop)" error={errors.profilId} required className="span-2">
          {(a) => (
            <select {...a} value={umum.profilId ?? ''} onChange={(e) => onChange({ profilId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">(pilih profil)</option>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.nama}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={umumFieldId('tanggal')} label="Tanggal surat" error={errors.tanggal} required hint={isValidIsoDate(umum.tanggal) ? formatTanggal(umum.tanggal) : undefined} className="span-2">
          {(a) => <TanggalInput {...a} value={umum.tanggal} onChange={(v) => onChange({ tanggal: v })} />}
        </Field>
        <Field id={umumFieldId('tandaTangan.penandatanganId')} label="Penandatangan" error={errors['tandaTangan.penandatanganId']} required className="span-2">
          {(a) => (
            <select {...a} value={umum.penandatanganId ?? ''} onChange={(e) => onChange({ penandatanganId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">(pilih penandatangan)</option>
              {active.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.jabatan} — {namaLengkap(p)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={umumFieldId('tandaTangan.mode')} label="Cara menandatangani" error={errors['tandaTangan.mode']} className="span-2">
          {(a) => (
            <select {...a} value={umum.mode} onChange={(e) => setMode(e.target.value as ModeTtd)}>
              {MODE_TTD.map((m) => (
                <option key={m} value={m}>
                  {MODE_LABEL[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {umum.mode === 'an' || umum.mode === 'ub' ? (
          <Field
            id={umumFieldId('tandaTangan.atasNama')}
            label="Atas nama"
            error={errors['tandaTangan.atasNama']}
            required
            className="span-2"
            hint='Ditulis "a.n. BUPATI SUKAMAJU" di atas jabatan penandatangan.'
          >
            {(a) => <input {...a} type="text" placeholder="BUPATI SUKAMAJU" value={umum.atasNama} onChange={(e) => onChange({ atasNama: e.target.value })} />}
          </Field>
        ) : null}
        {umum.mode === 'plt' || umum.mode === 'plh' || umum.mode === 'pj' || umum.mode === 'pjs' ? (
          <Field
            id={umumFieldId('tandaTangan.atasNama')}
            label="Jabatan yang dilaksanakan"
            error={errors['tandaTangan.atasNama']}
            className="span-2"
            hint={`Ditulis "${PREFIX[umum.mode]} BUPATI …" atau "${PREFIX[umum.mode]} KEPALA DINAS …". Kosong: jabatan penandatangan sendiri.`}
          >
            {(a) => <input {...a} type="text" placeholder="KEPALA DINAS PENDIDIKAN" value={umum.atasNama} onChange={(e) => onChange({ atasNama: e.target.value })} />}
          </Field>
        ) : null}
        {umum.mode === 'ub' ? (
          <Field
            id={umumFieldId('tandaTangan.untukBeliau')}
            label="Jabatan perantara"
            error={errors['tandaTangan.untukBeliau']}
            required
            className="span-2"
            hint='Baris di antara a.n. dan "u.b.", misalnya Sekretaris Daerah.'
          >
            {(a) => <input {...a} type="text" placeholder="Sekretaris Daerah" value={umum.untukBeliau} onChange={(e) => onChange({ untukBeliau: e.target.value })} />}
          </Field>
        ) : null}
      </div>
    </fieldset>
  );
}
