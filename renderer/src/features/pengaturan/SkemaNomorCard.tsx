import { useRef, useState } from 'react';
import { NOMOR_TOKENS, SkemaNomorInputSchema, type JenisDokumen, type KodeKlasifikasi, type SkemaNomor, type SkemaNomorInput } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toast';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { schemaErrors } from '../../lib/validation';
import { contohNomor, TOKEN_LABEL, tokenTakDikenal } from './nomor-contoh';

interface Props {
  jenis: JenisDokumen;
  label: string;
  skema: SkemaNomorInput;
  /** The profile's unit code, used when the scheme leaves {unit} to the profile. */
  unitProfil: string;
  /** The classification list offered for `kode` (see KlasifikasiCard). */
  klasifikasi: readonly KodeKlasifikasi[];
  onSaved: (s: SkemaNomor) => void;
}

interface Form {
  pola: string;
  kode: string;
  unit: string;
  padding: string;
  seri: string;
}

const formOf = (s: SkemaNomorInput): Form => ({ pola: s.pola, kode: s.kode, unit: s.unit, padding: String(s.padding), seri: s.seri });
const inputOf = (f: Form): SkemaNomorInput => ({ pola: f.pola, kode: f.kode, unit: f.unit, padding: Number(f.padding), seri: f.seri });

/** The numbering scheme of one document type, with the number it would give next. */
export function SkemaNomorCard({ jenis, label, skema, unitProfil, klasifikasi, onSaved }: Props) {
  const [form, setForm] = useState<Form>(() => formOf(skema));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const polaRef = useRef<HTMLInputElement>(null);
  const toast = useToast();
  const id = (f: string) => `nomor-${jenis}-${f}`;
  const dirty = JSON.stringify(form) !== JSON.stringify(formOf(skema));

  const set = (key: keyof Form, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => (e[key] ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)) : e));
  };

  const insertToken = (token: string) => {
    const el = polaRef.current;
    const start = el?.selectionStart ?? form.pola.length;
    const end = el?.selectionEnd ?? start;
    set('pola', form.pola.slice(0, start) + token + form.pola.slice(end));
    window.setTimeout(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    }, 0);
  };

  const unknown = tokenTakDikenal(form.pola);
  const save = async () => {
    if (busy) return;
    const data = inputOf(form);
    const local = schemaErrors(SkemaNomorInputSchema, data);
    if (unknown.length && !local.pola) local.pola = `Token ${unknown.join(', ')} tidak dikenal.`;
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    setBusy(true);
    try {
      const saved = await call('nomor.skema.save', { jenis, data });
      setForm(formOf(saved));
      onSaved(saved);
      toast.success(`Penomoran ${label} disimpan.`);
    } catch (e) {
      const fe = fieldErrors(e);
      setErrors(Object.keys(fe).length ? fe : { pola: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const namaKode = klasifikasi.find((k) => k.kode === form.kode.trim())?.nama;
  const contoh = contohNomor(inputOf(form), unitProfil || 'UNIT', 12);
  return (
    <form
      className="card skema-card"
      data-testid={`skema-${jenis}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="skema-head">
        <h3 className="skema-title">{label}</h3>
        <div className="skema-contoh" aria-live="polite">
          <span className="muted small">Contoh nomor</span>
          <output className="skema-contoh-nomor num" data-testid={`contoh-nomor-${jenis}`}>
            {contoh}
          </output>
        </div>
      </div>
      <fieldset className="form-section" disabled={busy}>
        <div className="form-grid">
          <Field id={id('pola')} label="Pola nomor" error={errors.pola} required className="span-4">
            {(a) => <input {...a} ref={polaRef} type="text" spellCheck={false} className="num" value={form.pola} onChange={(e) => set('pola', e.target.value)} />}
          </Field>
          <div className="span-4 token-row" aria-label="Sisipkan token ke pola">
            {NOMOR_TOKENS.map((t) => (
              <button key={t} type="button" className="token-chip" title={`Sisipkan ${TOKEN_LABEL[t]}`} onClick={() => insertToken(t)}>
                <code>{t}</code> <span>{TOKEN_LABEL[t]}</span>
              </button>
            ))}
          </div>
          <Field id={id('kode')} label="Kode klasifikasi" error={errors.kode} hint={namaKode ?? 'Pilih dari daftar kode klasifikasi, misalnya 800 kepegawaian.'}>
            {(a) => (
              <>
                <input {...a} type="text" className="num" list={id('kode-pilihan')} value={form.kode} onChange={(e) => set('kode', e.target.value)} />
                <datalist id={id('kode-pilihan')}>
                  {klasifikasi.map((k) => (
                    <option key={k.kode} value={k.kode}>
                      {k.nama}
                    </option>
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field id={id('unit')} label="Kode unit" error={errors.unit} hint={unitProfil ? `Kosong: ${unitProfil} dari profil instansi.` : 'Kosong: kode unit dari profil instansi.'}>
            {(a) => <input {...a} type="text" placeholder={unitProfil} value={form.unit} onChange={(e) => set('unit', e.target.value)} />}
          </Field>
          <Field id={id('padding')} label="Digit nomor urut" error={errors.padding} hint="4 → 0012.">
            {(a) => <input {...a} type="number" min={1} max={6} step={1} className="num" value={form.padding} onChange={(e) => set('padding', e.target.value)} />}
          </Field>
          <Field id={id('seri')} label="Seri" error={errors.seri} required hint="Seri yang sama berbagi satu urutan per tahun.">
            {(a) => <input {...a} type="text" value={form.seri} onChange={(e) => set('seri', e.target.value)} />}
          </Field>
        </div>
      </fieldset>
      <div className="form-actions">
        <div className="footer-hint">{unknown.length ? <span className="text-danger">Token {unknown.join(', ')} tidak dikenal.</span> : dirty ? 'Ada perubahan yang belum disimpan.' : null}</div>
        <button type="submit" className="btn btn-primary" disabled={busy || !dirty}>
          <Icon name="check" size={15} /> {busy ? 'Menyimpan…' : 'Simpan'}
        </button>
      </div>
    </form>
  );
}
