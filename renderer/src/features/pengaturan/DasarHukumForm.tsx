import { useMemo } from 'react';
import { DasarHukumInputSchema, JENIS_DASAR_HUKUM, JENIS_DASAR_HUKUM_INFO, type DasarHukum, type DasarHukumInput, type JenisDasarHukum } from '../../../../shared/contract/index';
import { kutipan } from '../../../../shared/dokumen/dasar-hukum';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { useFormDialog } from '../../lib/useFormDialog';
import { schemaErrors } from '../../lib/validation';

interface Props {
  entri: DasarHukum | null;
  /** The whole list: the amendment chain picks from it, the preview cites from it. */
  daftar: readonly DasarHukum[];
  onClose: () => void;
  onSaved: (d: DasarHukum, created: boolean) => void;
}

/** As typed: the year stays text until saved. */
type Form = Omit<DasarHukumInput, 'tahun'> & { tahun: string };
type FormField = keyof Form;

const FIELD_ORDER: FormField[] = ['jenis', 'sebutan', 'nomor', 'tahun', 'tanggal', 'tentang', 'ln', 'tln', 'diubahDengan', 'kode', 'periksa'];
const fieldId = (f: string) => `dh-${f}`;

const EMPTY: Form = { kode: '', jenis: 'uu', sebutan: '', nomor: '', tahun: '', tanggal: '', tentang: '', ln: '', tln: '', diubahDengan: [], periksa: false };

const formOf = (d: DasarHukum | null): Form => (d ? { ...d, tahun: String(d.tahun), diubahDengan: [...d.diubahDengan] } : EMPTY);
const inputOf = (f: Form): DasarHukumInput => ({ ...f, tahun: f.tahun.trim() === '' ? Number.NaN : Number(f.tahun) });

/** UU-23-2014 from the kind, number and year, until the clerk types a code of their own. */
function kodeSaran(f: Form): string {
  const singkat: Record<JenisDasarHukum, string> = {
    uu: 'UU', perppu: 'PERPPU', pp: 'PP', perpres: 'PERPRES', permen: 'PERMEN', perban: 'PERBAN', perda: 'PERDA', perkada: 'PERKADA', skb: 'SKB', se: 'SE', keputusan: 'KEP', lainnya: 'DH',
  };
  const nomor = f.nomor.trim().split(/[\s,]/)[0]?.replace(/[^A-Za-z0-9.]/g, '') ?? '';
  return [singkat[f.jenis], nomor, f.tahun.trim()].filter(Boolean).join('-');
}

/** Add or edit one legal basis, with the citation as a decree will print it. */
export function DasarHukumForm({ entri, daftar, onClose, onSaved }: Props) {
  const initial = useMemo(() => formOf(entri), [entri]);
  const { form, set, errors, formError, busy, submit, close } = useFormDialog({
    initial,
    fieldOrder: FIELD_ORDER,
    fieldId,
    validate: (f) => {
      const data = inputOf(f.kode.trim() ? f : { ...f, kode: kodeSaran(f) });
      return schemaErrors(DasarHukumInputSchema, data);
    },
    save: async (f) => {
      const saved = await call('dasarHukum.save', { id: entri?.id ?? null, data: inputOf(f.kode.trim() ? f : { ...f, kode: kodeSaran(f) }) });
      onSaved(saved, !entri);
    },
    onClose,
  });
  const others = daftar.filter((d) => d.id !== entri?.id);
  const lembaran = JENIS_DASAR_HUKUM_INFO[form.jenis].lembaran;
  const preview = useMemo(() => {
    const data = inputOf(form);
    if (!form.nomor.trim() || !form.tentang.trim() || !Number.isFinite(data.tahun)) return null;
    const byKode = new Map(daftar.map((d) => [d.kode.toUpperCase(), d]));
    return kutipan({ ...data, kode: data.kode || kodeSaran(form) }, byKode, { wilayah: 'Kabupaten …' });
  }, [form, daftar]);
  const toggle = (kode: string, on: boolean) => set('diubahDengan', on ? [...form.diubahDengan, kode] : form.diubahDengan.filter((k) => k !== kode));

  return (
    <Dialog
      title={entri ? 'Ubah Dasar Hukum' : 'Tambah Dasar Hukum'}
      subtitle={entri ? entri.kode : 'Isian bertanda * wajib diisi.'}
      size="lg"
      testId="form-dasar-hukum"
      onClose={close}
      onSubmit={submit}
      footer={<FormFooter error={formError} hint="Esc untuk menutup" onCancel={close} busy={busy} />}
    >
      <fieldset className="form-section" disabled={busy}>
        <legend>Peraturan</legend>
        <div className="form-grid">
          <Field id={fieldId('jenis')} label="Jenis" error={errors.jenis} required className="span-2" hint={JENIS_DASAR_HUKUM_INFO[form.jenis].peringkat === null ? 'Bukan peraturan: dikutip di bagian Memperhatikan.' : 'Peraturan: dikutip di bagian Mengingat, menurut hierarki lalu tanggal.'}>
            {(a) => (
              <select {...a} data-autofocus value={form.jenis} onChange={(e) => set('jenis', e.target.value as JenisDasarHukum)}>
                {JENIS_DASAR_HUKUM.map((j) => (
                  <option key={j} value={j}>
                    {JENIS_DASAR_HUKUM_INFO[j].label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fieldId('sebutan')} label="Sebutan" error={errors.sebutan} className="span-2" hint={`Kosong: "${JENIS_DASAR_HUKUM_INFO[form.jenis].sebutan || '—'}". Isi misalnya "Peraturan Menteri Dalam Negeri".`}>
            {(a) => <input {...a} type="text" value={form.sebutan} onChange={(e) => set('sebutan', e.target.value)} />}
          </Field>
          <Field id={fieldId('nomor')} label="Nomor" error={errors.nomor} required className="span-2" hint='Keputusan bersama: tulis semua nomornya, misalnya "2 Tahun 2022, Nomor 800-5474 Tahun 2022, …".'>
            {(a) => <input {...a} type="text" className="num" value={form.nomor} onChange={(e) => set('nomor', e.target.value)} />}
          </Field>
          <Field id={fieldId('tahun')} label="Tahun" error={errors.tahun} required>
            {(a) => <input {...a} type="text" inputMode="numeric" className="num" value={form.tahun} onChange={(e) => set('tahun', e.target.value)} />}
          </Field>
          <Field id={fieldId('tanggal')} label="Tanggal penetapan" error={errors.tanggal} hint="Untuk urutan; boleh kosong.">
            {(a) => <input {...a} type="date" value={form.tanggal} onChange={(e) => set('tanggal', e.target.value)} />}
          </Field>
          <Field id={fieldId('tentang')} label="Tentang" error={errors.tentang} required className="span-4">
            {(a) => <textarea {...a} rows={2} value={form.tentang} onChange={(e) => set('tentang', e.target.value)} />}
          </Field>
          {lembaran ? (
            <>
              <Field id={fieldId('ln')} label={lembaran === 'negara' ? 'Nomor Lembaran Negara' : lembaran === 'daerah' ? 'Nomor Lembaran Daerah' : lembaran === 'berita-negara' ? 'Nomor Berita Negara' : 'Nomor Berita Daerah'} error={errors.ln} className="span-2" hint="Tahunnya sama dengan tahun peraturan; boleh kosong bila belum diketahui.">
                {(a) => <input {...a} type="text" className="num" value={form.ln} onChange={(e) => set('ln', e.target.value)} />}
              </Field>
              {lembaran === 'negara' || lembaran === 'daerah' ? (
                <Field id={fieldId('tln')} label="Nomor Tambahan Lembaran" error={errors.tln} className="span-2">
                  {(a) => <input {...a} type="text" className="num" value={form.tln} onChange={(e) => set('tln', e.target.value)} />}
                </Field>
              ) : null}
            </>
          ) : null}
        </div>
      </fieldset>
      <fieldset className="form-section" disabled={busy}>
        <legend>Perubahan</legend>
        <p className="muted small">Centang peraturan yang mengubahnya (masing-masing harus ada di daftar). Satu perubahan: "sebagaimana telah diubah dengan …"; lebih dari satu: "sebagaimana telah beberapa kali diubah, terakhir dengan …".</p>
        <div className="dh-perubahan" id={fieldId('diubahDengan')} role="group" aria-label="Diubah dengan">
          {others.length === 0 ? <span className="muted small">Belum ada peraturan lain di daftar.</span> : null}
          {others.map((d) => (
            <label key={d.id} className="check">
              <input type="checkbox" checked={form.diubahDengan.some((k) => k.toUpperCase() === d.kode.toUpperCase())} onChange={(e) => toggle(d.kode, e.target.checked)} />
              <span>
                <code>{d.kode}</code> {d.tentang}
              </span>
            </label>
          ))}
        </div>
        {errors.diubahDengan ? (
          <div className="field-error" role="alert">
            {errors.diubahDengan}
          </div>
        ) : null}
      </fieldset>
      <fieldset className="form-section" disabled={busy}>
        <legend>Kode dan pemeriksaan</legend>
        <div className="form-grid">
          <Field id={fieldId('kode')} label="Kode singkat" error={errors.kode} className="span-2" hint={`Ditulis di teks dokumen, satu per baris. Kosong: ${kodeSaran(form) || 'dibuat dari jenis, nomor dan tahun'}.`}>
            {(a) => <input {...a} type="text" className="num" spellCheck={false} placeholder={kodeSaran(form)} value={form.kode} onChange={(e) => set('kode', e.target.value)} />}
          </Field>
          <div className="field field-check span-2">
            <label className="check">
              <input id={fieldId('periksa')} type="checkbox" checked={form.periksa} onChange={(e) => set('periksa', e.target.checked)} />
              <span>
                Perlu diperiksa
                <span className="check-hint">Nomor atau tanggal belum dicocokkan dengan naskah resmi.</span>
              </span>
            </label>
          </div>
        </div>
      </fieldset>
      <div className="dh-kutipan" data-testid="kutipan-dasar-hukum">
        <span className="muted small">Dikutip sebagai</span>
        <p>{preview ?? <span className="muted">Isi jenis, nomor, tahun dan "tentang".</span>}</p>
      </div>
    </Dialog>
  );
}
