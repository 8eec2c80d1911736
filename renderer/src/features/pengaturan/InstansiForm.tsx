import { useMemo, useState } from 'react';
import { InstansiProfilInputSchema, type InstansiProfil, type InstansiProfilInput } from '../../../../shared/contract/index';
import type { PickedFile } from '../../../../shared/contract/files';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field, RadioGroup } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { errorMessage } from '../../lib/errors';
import { useCall } from '../../lib/useCall';
import { useFormDialog } from '../../lib/useFormDialog';
import { schemaErrors } from '../../lib/validation';
import { KopPreview } from './KopPreview';
import { LogoField } from './LogoField';

interface Props {
  /** The profile to edit; null adds one. */
  profil: InstansiProfil | null;
  onClose: () => void;
  /** After saving, and after the logo changed (the dialog then stays open). */
  onSaved: (p: InstansiProfil, closed: boolean) => void;
}

type Form = InstansiProfilInput;
type FormField = keyof Form;

const FIELD_ORDER: FormField[] = ['nama', 'jenisKop', 'pemerintah', 'kepalaDaerah', 'perangkatDaerah', 'alamat', 'telepon', 'kodePos', 'email', 'laman', 'kota', 'kodeUnit'];
const fieldId = (f: string) => `ins-${f}`;

const EMPTY: Form = {
  nama: '',
  jenisKop: 'dinas',
  pemerintah: '',
  kepalaDaerah: '',
  perangkatDaerah: '',
  alamat: '',
  telepon: '',
  email: '',
  laman: '',
  kodePos: '',
  kota: '',
  kodeUnit: '',
};

function formOf(p: InstansiProfil | null): Form {
  if (!p) return EMPTY;
  return {
    nama: p.nama,
    jenisKop: p.jenisKop,
    pemerintah: p.pemerintah,
    kepalaDaerah: p.kepalaDaerah,
    perangkatDaerah: p.perangkatDaerah,
    alamat: p.alamat,
    telepon: p.telepon,
    email: p.email,
    laman: p.laman,
    kodePos: p.kodePos,
    kota: p.kota,
    kodeUnit: p.kodeUnit,
  };
}

/** Add or edit an instansi profile: the letterhead's lines, the city of the dates, the unit code of numbers, the logo. */
export function InstansiForm({ profil, onClose, onSaved }: Props) {
  const initial = useMemo(() => formOf(profil), [profil]);
  const [logo, setLogo] = useState(profil?.logo ?? null);
  const [pendingLogo, setPendingLogo] = useState<PickedFile | null>(null);
  const [lambang, setLambang] = useState(profil?.lambang ?? null);
  const [pendingLambang, setPendingLambang] = useState<PickedFile | null>(null);
  const setup = useCall('halaman.get', {});
  const { form, set, errors, formError, busy, submit, close } = useFormDialog({
    initial,
    fieldOrder: FIELD_ORDER,
    fieldId,
    validate: (f) => schemaErrors(InstansiProfilInputSchema, f),
    save: async (data) => {
      let saved = await call('instansi.save', { id: profil?.id ?? null, data });
      const images = [
        ...(pendingLogo ? [{ channel: 'instansi.setLogo', file: pendingLogo, nama: 'logo' } as const] : []),
        ...(pendingLambang && data.jenisKop === 'kepala-daerah' ? [{ channel: 'instansi.setLambang', file: pendingLambang, nama: 'lambang' } as const] : []),
      ];
      for (const img of images) {
        try {
          saved = await call(img.channel, { id: saved.id, file: img.file.file });
        } catch (e) {
          // The profile itself is saved: say so, and keep the dialog open on the saved profile.
          onSaved(saved, false);
          throw new Error(`Profil tersimpan, tetapi ${img.nama} belum terpasang: ${errorMessage(e)}`);
        }
      }
      onSaved(saved, true);
    },
    onClose,
    dirty: pendingLogo !== null || pendingLambang !== null,
  });

  const kepalaDaerah = form.jenisKop === 'kepala-daerah';
  const text = (field: Exclude<FormField, 'jenisKop'>, label: string, opts: { required?: boolean; hint?: string; span?: string; placeholder?: string; type?: string } = {}) => (
    <Field id={fieldId(field)} label={label} error={errors[field]} hint={opts.hint} required={opts.required} className={opts.span}>
      {(a) => (
        <input {...a} type={opts.type ?? 'text'} autoComplete="off" placeholder={opts.placeholder} value={form[field]} onChange={(e) => set(field, e.target.value)} />
      )}
    </Field>
  );

  return (
    <Dialog
      title={profil ? 'Ubah Profil Instansi' : 'Tambah Profil Instansi'}
      subtitle={profil ? profil.nama : 'Profil menentukan kop surat, kota pada tanggal surat dan kode unit pada nomor.'}
      size="xl"
      testId="form-instansi"
      onClose={close}
      onSubmit={submit}
      footer={<FormFooter error={formError} hint="Enter untuk menyimpan · Esc untuk menutup" onCancel={close} busy={busy} />}
    >
      <div className="instansi-form-layout">
        <div>
          <fieldset className="form-section" disabled={busy}>
            <legend>Profil</legend>
            <div className="form-grid">
              <Field id={fieldId('nama')} label="Nama profil" error={errors.nama} required hint="Nama di daftar, misalnya BKPSDM atau Bupati (Setda)." className="span-2">
                {(a) => <input {...a} type="text" autoComplete="off" data-autofocus value={form.nama} onChange={(e) => set('nama', e.target.value)} />}
              </Field>
              <div className="span-2">
                <RadioGroup
                  id={fieldId('jenisKop')}
                  name="jenisKop"
                  legend="Jenis kop"
                  value={form.jenisKop}
                  options={[
                    { value: 'dinas', label: 'Perangkat daerah' },
                    { value: 'pemerintah-daerah', label: 'Pemerintah daerah' },
                    { value: 'kepala-daerah', label: 'Kepala daerah' },
                  ]}
                  onChange={(v) => set('jenisKop', v)}
                  error={errors.jenisKop}
                  required
                />
              </div>
              {text('pemerintah', 'Pemerintah daerah', { required: true, span: 'span-2', placeholder: 'PEMERINTAH KABUPATEN SUKAMAJU', hint: 'Baris pertama kop perangkat daerah.' })}
              {text('kepalaDaerah', 'Sebutan kepala daerah', {
                required: true,
                span: 'span-2',
                placeholder: 'BUPATI SUKAMAJU',
                hint: 'Untuk kop kepala daerah, keputusan atas namanya dan baris a.n.',
              })}
              {kepalaDaerah ? (
                <div className="span-4 field-hint kop-hint">
                  Kop jabatan untuk naskah yang ditandatangani kepala daerah sendiri: lambang negara di tengah dan sebutan kepala daerah di bawahnya; nama perangkat daerah tidak dipakai.
                </div>
              ) : (
                text('perangkatDaerah', form.jenisKop === 'pemerintah-daerah' ? 'Baris kedua (Sekretariat Daerah)' : 'Perangkat daerah', {
                  span: 'span-4',
                  placeholder: form.jenisKop === 'pemerintah-daerah' ? 'SEKRETARIAT DAERAH' : 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
                  ...(form.jenisKop === 'pemerintah-daerah' ? { hint: 'Kop Pemerintah Daerah: untuk naskah yang ditandatangani Sekretaris Daerah atas nama kepala daerah. Boleh kosong.' } : {}),
                })
              )}
            </div>
          </fieldset>
          <fieldset className="form-section" disabled={busy}>
            <legend>Alamat dan kontak</legend>
            <div className="form-grid">
              {text('alamat', 'Alamat', { span: 'span-4', placeholder: 'Jalan Pemuda Nomor 1, Sukamaju' })}
              {text('telepon', 'Telepon', { type: 'tel', placeholder: '(0285) 381234' })}
              {text('kodePos', 'Kode pos', { placeholder: '51111' })}
              {text('email', 'Email', { type: 'email', span: 'span-2', placeholder: 'bkpsdm@sukamajukab.go.id' })}
              {text('laman', 'Laman', { span: 'span-2', placeholder: 'bkpsdm.sukamajukab.go.id' })}
              {text('kota', 'Kota/tempat', { required: true, hint: 'Ditulis pada tanggal surat: "Sukamaju, 23 November 2026".', placeholder: 'Sukamaju' })}
              {text('kodeUnit', 'Kode unit', { hint: 'Untuk {unit} pada nomor surat.', placeholder: 'BKPSDM' })}
            </div>
          </fieldset>
          {kepalaDaerah ? (
            <fieldset className="form-section" disabled={busy}>
              <legend>Lambang kop jabatan</legend>
              <LogoField
                kind="lambang"
                profilId={profil?.id ?? null}
                logo={lambang}
                pending={pendingLambang}
                onPending={setPendingLambang}
                onChanged={(p) => {
                  setLambang(p.lambang);
                  onSaved(p, false);
                }}
              />
            </fieldset>
          ) : null}
          <fieldset className="form-section" disabled={busy} hidden={kepalaDaerah}>
            <legend>Logo daerah</legend>
            <LogoField
              profilId={profil?.id ?? null}
              logo={logo}
              pending={pendingLogo}
              onPending={setPendingLogo}
              onChanged={(p) => {
                setLogo(p.logo);
                onSaved(p, false);
              }}
            />
          </fieldset>
        </div>
        <aside className="instansi-form-preview">
          <div className="field-label">Pratinjau kop</div>
          <KopPreview profil={{ ...form, id: profil?.id ?? 0, logo, lambang }} {...(setup.data ? { setup: setup.data } : {})} testId="pratinjau-kop" />
          <p className="field-hint">Ukuran dan huruf mengikuti pengaturan Kertas &amp; huruf; dokumen .docx yang menentukan.</p>
        </aside>
      </div>
    </Dialog>
  );
}
