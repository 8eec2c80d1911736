import { useMemo, useRef, useState } from 'react';
import {
  JENIS_JABATAN,
  JENIS_JABATAN_LABEL,
  STATUS_KEPEGAWAIAN,
  STATUS_LABEL,
  type JenisIdentitas,
  type JenisJabatan,
  type Pegawai,
  type StatusKepegawaian,
} from '../../../../shared/domain/pegawai';
import { formatTanggal, isValidIsoDate } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field, RadioGroup } from '../../components/Field';
import { NamaGelarFields } from '../../components/NamaGelarFields';
import { FormFooter } from '../../components/FormFooter';
import { Icon } from '../../components/Icon';
import { UnitSelect } from '../../components/UnitSelect';
import { golonganLabel, pengangkatanLabel, JENIS_IDENTITAS_LABEL, JENIS_KELAMIN_LABEL, labelNomor, namaLengkap } from '../../lib/format';
import { useFormDialog } from '../../lib/useFormDialog';
import { GolonganOptions, kelompokGolongan } from './GolonganOptions';
import {
  decodeNip,
  emptyForm,
  ESELON_OPTIONS,
  FIELD_ORDER,
  fieldId,
  formFromPegawai,
  hasEselon,
  identitasFor,
  isNipKind,
  toInput,
  validateClient,
  withStatus,
} from './pegawai-form';
import { TanggalInput } from '../../components/TanggalInput';

interface Props {
  /** The employee to edit; null adds a new one. */
  pegawai: Pegawai | null;
  defaultUnitId: number | null;
  onClose: () => void;
  onSaved: (p: Pegawai, created: boolean) => void;
}

/** Add or edit one employee; the server's field messages appear under their fields. */
export function PegawaiForm({ pegawai, defaultUnitId, onClose, onSaved }: Props) {
  const initial = useMemo(() => (pegawai ? formFromPegawai(pegawai) : emptyForm(defaultUnitId)), [pegawai, defaultUnitId]);
  const [nipTouched, setNipTouched] = useState(false);
  const autofill = useRef<{ tanggalLahir: string; jenisKelamin: string }>({ tanggalLahir: '', jenisKelamin: '' });
  const { form, setForm, set, errors, clear, formError, busy, submit, close } = useFormDialog({
    initial,
    fieldOrder: FIELD_ORDER,
    fieldId,
    validate: (f) => {
      // Submitting also shows what the NIP as typed says.
      setNipTouched(true);
      return validateClient(f);
    },
    save: async (f) => {
      const data = toInput(f);
      const saved = pegawai ? await call('pegawai.update', { id: pegawai.id, data }) : await call('pegawai.create', { data });
      onSaved(saved, !pegawai);
    },
    onClose,
  });

  const decoded = decodeNip(form, nipTouched);

  const onNip = (raw: string) => {
    setForm((s) => {
      const next = { ...s, nip: raw };
      const r = decodeNip(next);
      if (r?.ok) {
        // Fill birth date and sex from the NIP, unless the clerk typed something else there.
        if (s.tanggalLahir === '' || s.tanggalLahir === autofill.current.tanggalLahir) next.tanggalLahir = r.tanggalLahir;
        if (s.jenisKelamin === '' || s.jenisKelamin === autofill.current.jenisKelamin) next.jenisKelamin = r.jenisKelamin;
        autofill.current = { tanggalLahir: r.tanggalLahir, jenisKelamin: r.jenisKelamin };
      }
      return next;
    });
    clear('nip', 'tanggalLahir', 'jenisKelamin');
  };

  const identitasOptions: JenisIdentitas[] = [
    ...identitasFor(form.status),
    ...(identitasFor(form.status).includes(form.jenisIdentitas) ? [] : [form.jenisIdentitas]),
  ];
  const nomorLabel = labelNomor(form.jenisIdentitas);
  const golKelompok = kelompokGolongan(form.status);
  const golonganKnown = !form.golongan || golonganLabel(form.golongan) !== form.golongan;
  const eselonOptions = hasEselon(form.jenisJabatan) ? ESELON_OPTIONS[form.jenisJabatan] : [];
  const fromNipTanggal = decoded?.ok && form.tanggalLahir === decoded.tanggalLahir;
  const fromNipJk = decoded?.ok && form.jenisKelamin === decoded.jenisKelamin;

  const nipHint = (() => {
    if (!isNipKind(form.jenisIdentitas)) return form.jenisIdentitas === 'NIK' ? '16 digit angka sesuai KTP.' : 'Nomor lain yang dipakai instansi (boleh kosong).';
    if (decoded?.ok)
      return (
        <span className="nip-ok" data-testid="nip-terbaca">
          <Icon name="check" size={14} /> Lahir {formatTanggal(decoded.tanggalLahir)} · {pengangkatanLabel(decoded).label}{' '}
          {pengangkatanLabel(decoded).value} · {JENIS_KELAMIN_LABEL[decoded.jenisKelamin]}
        </span>
      );
    return '18 digit angka. Tanggal lahir dan jenis kelamin akan terisi dari NIP.';
  })();
  const nipError = errors.nip ?? (decoded && !decoded.ok ? decoded.message : undefined);

  return (
    <Dialog
      title={pegawai ? 'Ubah Data Pegawai' : 'Tambah Pegawai'}
      subtitle={pegawai ? namaLengkap(pegawai) : 'Isian bertanda * wajib diisi.'}
      size="lg"
      testId="form-pegawai"
      onClose={close}
      onSubmit={submit}
      footer={<FormFooter error={formError} hint="Enter untuk menyimpan · Esc untuk menutup" onCancel={close} busy={busy} />}
    >
      <fieldset className="form-section" disabled={busy}>
        <legend>Identitas</legend>
        <div className="form-grid">
          <Field id={fieldId('status')} label="Status kepegawaian" error={errors.status} required>
            {(a) => (
              <select {...a} value={form.status} onChange={(e) => {
                setForm((s) => withStatus(s, e.target.value as StatusKepegawaian));
                clear('status', 'golongan', 'jenisIdentitas');
              }}>
                {STATUS_KEPEGAWAIAN.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABEL[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fieldId('jenisIdentitas')} label="Jenis identitas" error={errors.jenisIdentitas} required>
            {(a) => (
              <select {...a} value={form.jenisIdentitas} onChange={(e) => { set('jenisIdentitas', e.target.value as JenisIdentitas); clear('nip'); }}>
                {identitasOptions.map((j) => (
                  <option key={j} value={j}>
                    {JENIS_IDENTITAS_LABEL[j]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={fieldId('nip')}
            label={nomorLabel}
            error={nipError}
            hint={nipError ? undefined : nipHint}
            required={isNipKind(form.jenisIdentitas)}
            className="span-2"
          >
            {(a) => (
              <input
                {...a}
                type="text"
                inputMode={form.jenisIdentitas === 'LAINNYA' ? 'text' : 'numeric'}
                autoComplete="off"
                spellCheck={false}
                className="input-nip num"
                placeholder={isNipKind(form.jenisIdentitas) ? '19850312 201001 1 004' : undefined}
                value={form.nip}
                onChange={(e) => onNip(e.target.value)}
                onBlur={() => setNipTouched(form.nip.trim() !== '')}
                data-autofocus
              />
            )}
          </Field>
          <NamaGelarFields fieldId={fieldId} values={form} errors={errors} set={set} />
          <RadioGroup
            id={fieldId('jenisKelamin')}
            name="jenisKelamin"
            legend="Jenis kelamin"
            value={form.jenisKelamin}
            options={[
              { value: 'L', label: 'Laki-laki' },
              { value: 'P', label: 'Perempuan' },
            ]}
            onChange={(v) => set('jenisKelamin', v)}
            error={errors.jenisKelamin}
            hint={fromNipJk ? 'Sesuai NIP' : undefined}
          />
          <Field id={fieldId('tempatLahir')} label="Tempat lahir" error={errors.tempatLahir}>
            {(a) => <input {...a} type="text" value={form.tempatLahir} onChange={(e) => set('tempatLahir', e.target.value)} />}
          </Field>
          <Field
            id={fieldId('tanggalLahir')}
            label="Tanggal lahir"
            error={errors.tanggalLahir}
            hint={isValidIsoDate(form.tanggalLahir) ? `${formatTanggal(form.tanggalLahir)}${fromNipTanggal ? ' · sesuai NIP' : ''}` : undefined}
          >
            {(a) => <TanggalInput {...a} value={form.tanggalLahir} max="2100-12-31" onChange={(v) => set('tanggalLahir', v)} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section" disabled={busy}>
        <legend>Kepegawaian</legend>
        <div className="form-grid">
          <Field
            id={fieldId('golongan')}
            label={golKelompok === 'PPPK' ? 'Golongan PPPK' : 'Pangkat/golongan'}
            error={errors.golongan}
            hint={golKelompok === null ? 'Pegawai Non-ASN tidak memiliki golongan.' : undefined}
            className="span-2"
          >
            {(a) => (
              <select {...a} value={golKelompok === null ? '' : form.golongan} disabled={golKelompok === null} onChange={(e) => set('golongan', e.target.value)}>
                <option value="">{golKelompok === null ? '(tidak ada)' : '(belum diisi)'}</option>
                {!golonganKnown ? <option value={form.golongan}>{form.golongan}</option> : null}
                <GolonganOptions status={form.status} />
              </select>
            )}
          </Field>
          <Field id={fieldId('jenisJabatan')} label="Jenis jabatan" error={errors.jenisJabatan}>
            {(a) => (
              <select {...a} value={form.jenisJabatan} onChange={(e) => set('jenisJabatan', e.target.value as JenisJabatan | '')}>
                <option value="">(belum diisi)</option>
                {JENIS_JABATAN.map((j) => (
                  <option key={j} value={j}>
                    {JENIS_JABATAN_LABEL[j]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {hasEselon(form.jenisJabatan) ? (
            <Field id={fieldId('eselon')} label="Eselon" error={errors.eselon}>
              {(a) => (
                <select {...a} value={form.eselon} onChange={(e) => set('eselon', e.target.value)}>
                  <option value="">(belum diisi)</option>
                  {form.eselon && !eselonOptions.includes(form.eselon) ? <option value={form.eselon}>{form.eselon}</option> : null}
                  {eselonOptions.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <div className="field field-placeholder" aria-hidden="true" />
          )}
          <Field id={fieldId('jabatan')} label="Jabatan" error={errors.jabatan} className="span-4">
            {(a) => <input {...a} type="text" value={form.jabatan} onChange={(e) => set('jabatan', e.target.value)} />}
          </Field>
          <Field id={fieldId('unitKerjaId')} label="Unit kerja" error={errors.unitKerjaId} className="span-4">
            {(a) => <UnitSelect {...a} value={form.unitKerjaId} emptyLabel="(belum ditentukan)" onChange={(v) => set('unitKerjaId', v)} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section" disabled={busy}>
        <legend>Kontak dan keaktifan</legend>
        <div className="form-grid">
          <Field id={fieldId('telepon')} label="Telepon/HP" error={errors.telepon}>
            {(a) => <input {...a} type="tel" value={form.telepon} onChange={(e) => set('telepon', e.target.value)} />}
          </Field>
          <Field id={fieldId('email')} label="Email" error={errors.email} className="span-2">
            {(a) => <input {...a} type="email" value={form.email} onChange={(e) => set('email', e.target.value)} />}
          </Field>
          <div className="field field-check">
            <label className="check">
              <input id={fieldId('aktif')} type="checkbox" checked={form.aktif} onChange={(e) => set('aktif', e.target.checked)} />
              <span>Pegawai aktif</span>
            </label>
            {errors.aktif ? <div className="field-error">{errors.aktif}</div> : null}
          </div>
        </div>
      </fieldset>
    </Dialog>
  );
}
