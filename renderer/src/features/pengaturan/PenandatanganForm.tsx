import { useMemo, useState } from 'react';
import { JENIS_PENANDATANGAN, PenandatanganInputSchema, tanpaNip, type JenisPenandatangan, type Penandatangan, type PenandatanganInput } from '../../../../shared/contract/index';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { NamaGelarFields } from '../../components/NamaGelarFields';
import { FormFooter } from '../../components/FormFooter';
import { Icon } from '../../components/Icon';
import { golonganLabel, JENIS_KELAMIN_LABEL, pengangkatanLabel } from '../../lib/format';
import { useFormDialog } from '../../lib/useFormDialog';
import { schemaErrors } from '../../lib/validation';
import { GolonganOptions } from '../pegawai/GolonganOptions';
import { decodeNip } from '../pegawai/pegawai-form';

interface Props {
  penandatangan: Penandatangan | null;
  onClose: () => void;
  onSaved: (p: Penandatangan, created: boolean) => void;
}

type Form = PenandatanganInput;
type FormField = keyof Form;

const FIELD_ORDER: FormField[] = ['jabatan', 'gelarDepan', 'nama', 'gelarBelakang', 'jenis', 'golongan', 'nip', 'aktif'];
const fieldId = (f: string) => `ttd-${f}`;

const EMPTY: Form = { jabatan: '', nama: '', gelarDepan: '', gelarBelakang: '', golongan: '', nip: '', jenis: 'pejabat', aktif: true };

/** The kinds of the rule table (format-dokumen.md): what the signature prints follows the kind. */
export const JENIS_PENANDATANGAN_LABEL: Record<JenisPenandatangan, string> = {
  'kepala-daerah': 'Kepala daerah (bupati, wali kota, gubernur)',
  'wakil-kepala-daerah': 'Wakil kepala daerah',
  'sekretaris-daerah': 'Sekretaris daerah',
  pejabat: 'Pejabat lain (kepala perangkat daerah dan lainnya)',
};

const JENIS_HINT: Record<JenisPenandatangan, string> = {
  'kepala-daerah': 'Nama ditulis dengan huruf kapital; gelar hanya pada surat (tidak pada keputusan dan surat edaran); tanpa pangkat dan NIP.',
  'wakil-kepala-daerah': 'Nama ditulis dengan huruf kapital; gelar hanya pada surat (tidak pada keputusan dan surat edaran); tanpa pangkat dan NIP.',
  'sekretaris-daerah': 'Gelar hanya pada surat (tidak pada keputusan dan surat edaran); pangkat dan NIP tidak dicetak.',
  pejabat: 'Gelar pada surat (tidak pada keputusan dan surat edaran), pangkat dan NIP dicetak.',
};

function formOf(p: Penandatangan | null): Form {
  if (!p) return EMPTY;
  return {
    jabatan: p.jabatan,
    nama: p.nama,
    gelarDepan: p.gelarDepan,
    gelarBelakang: p.gelarBelakang,
    golongan: p.golongan,
    nip: p.nip,
    jenis: p.jenis,
    aktif: p.aktif,
  };
}

/** Checks beyond the schema: a NIP that parses (and is present) unless the signatory is the regional head. */
function validate(form: Form): Record<string, string> {
  const e = schemaErrors(PenandatanganInputSchema, form);
  if (!tanpaNip(form.jenis) && !e.nip) {
    if (!form.nip.trim()) e.nip = 'NIP wajib diisi, kecuali untuk kepala daerah dan wakilnya.';
    else {
      const r = decodeNip({ nip: form.nip, jenisIdentitas: 'NIP' }, true);
      if (r && !r.ok) e.nip = r.message;
    }
  }
  return e;
}

/** The data to send: the NIP as digits, and neither NIP nor golongan for the regional head. */
function toInput(form: Form): Form {
  if (tanpaNip(form.jenis)) return { ...form, nip: '', golongan: '' };
  const r = decodeNip({ nip: form.nip, jenisIdentitas: 'NIP' }, true);
  return { ...form, nip: r?.ok ? r.nip : form.nip.trim() };
}

/** Add or edit a signatory: jabatan, name with degrees, golongan and NIP (none for the regional head). */
export function PenandatanganForm({ penandatangan, onClose, onSaved }: Props) {
  const initial = useMemo(() => formOf(penandatangan), [penandatangan]);
  const [nipTouched, setNipTouched] = useState(false);
  const { form, set, errors, clear, formError, busy, submit, close } = useFormDialog({
    initial,
    fieldOrder: FIELD_ORDER,
    fieldId,
    validate: (f) => {
      // Submitting also shows what the NIP as typed says.
      setNipTouched(true);
      return validate(f);
    },
    save: async (f) => {
      const saved = await call('penandatangan.save', { id: penandatangan?.id ?? null, data: toInput(f) });
      onSaved(saved, !penandatangan);
    },
    onClose,
  });

  const tanpa = tanpaNip(form.jenis);
  const decoded = tanpa ? null : decodeNip({ nip: form.nip, jenisIdentitas: 'NIP' }, nipTouched);
  const nipError = errors.nip ?? (decoded && !decoded.ok ? decoded.message : undefined);
  const nipHint = decoded?.ok ? (
    <span className="nip-ok" data-testid="nip-terbaca">
      <Icon name="check" size={14} /> Lahir {formatTanggal(decoded.tanggalLahir)} · {pengangkatanLabel(decoded).label} {pengangkatanLabel(decoded).value} ·{' '}
      {JENIS_KELAMIN_LABEL[decoded.jenisKelamin]}
    </span>
  ) : tanpa ? (
    'Kepala daerah dan wakilnya tidak memiliki NIP.'
  ) : (
    '18 digit angka, boleh dengan spasi.'
  );
  const golonganKnown = !form.golongan || golonganLabel(form.golongan) !== form.golongan;

  return (
    <Dialog
      title={penandatangan ? 'Ubah Penandatangan' : 'Tambah Penandatangan'}
      subtitle={penandatangan ? penandatangan.jabatan : 'Isian bertanda * wajib diisi.'}
      size="lg"
      testId="form-penandatangan"
      onClose={close}
      onSubmit={submit}
      footer={<FormFooter error={formError} hint="Enter untuk menyimpan · Esc untuk menutup" onCancel={close} busy={busy} />}
    >
      <fieldset className="form-section" disabled={busy}>
        <legend>Jabatan dan nama</legend>
        <div className="form-grid">
          <Field id={fieldId('jabatan')} label="Jabatan" error={errors.jabatan} required className="span-4" hint='Ditulis di atas tanda tangan, misalnya "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" atau "Bupati Sukamaju".'>
            {(a) => <input {...a} type="text" data-autofocus autoComplete="off" value={form.jabatan} onChange={(e) => set('jabatan', e.target.value)} />}
          </Field>
          <NamaGelarFields fieldId={fieldId} values={form} errors={errors} set={set} />
        </div>
      </fieldset>
      <fieldset className="form-section" disabled={busy}>
        <legend>Kepegawaian</legend>
        <div className="form-grid">
          <Field id={fieldId('jenis')} label="Jenis penandatangan" error={errors.jenis} required className="span-4" hint={JENIS_HINT[form.jenis]}>
            {(a) => (
              <select
                {...a}
                value={form.jenis}
                onChange={(e) => {
                  set('jenis', e.target.value as JenisPenandatangan);
                  clear('nip', 'golongan');
                }}
              >
                {JENIS_PENANDATANGAN.map((j) => (
                  <option key={j} value={j}>
                    {JENIS_PENANDATANGAN_LABEL[j]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fieldId('golongan')} label="Pangkat/golongan" error={errors.golongan} className="span-2">
            {(a) => (
              <select {...a} value={tanpa ? '' : form.golongan} disabled={tanpa} onChange={(e) => set('golongan', e.target.value)}>
                <option value="">{tanpa ? '(tidak ada)' : '(belum diisi)'}</option>
                {!golonganKnown ? <option value={form.golongan}>{form.golongan}</option> : null}
                <GolonganOptions status={null} />
              </select>
            )}
          </Field>
          <Field id={fieldId('nip')} label="NIP" error={nipError} hint={nipError ? undefined : nipHint} required={!tanpa} className="span-2">
            {(a) => (
              <input
                {...a}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                className="input-nip num"
                placeholder={tanpa ? '' : '19850312 201001 1 004'}
                disabled={tanpa}
                value={tanpa ? '' : form.nip}
                onChange={(e) => set('nip', e.target.value)}
                onBlur={() => setNipTouched(form.nip.trim() !== '')}
              />
            )}
          </Field>
          <div className="field field-check span-4">
            <label className="check">
              <input id={fieldId('aktif')} type="checkbox" checked={form.aktif} onChange={(e) => set('aktif', e.target.checked)} />
              <span>
                Aktif
                <span className="check-hint">Hanya penandatangan aktif yang dapat dipilih saat membuat dokumen.</span>
              </span>
            </label>
          </div>
        </div>
      </fieldset>
    </Dialog>
  );
}
