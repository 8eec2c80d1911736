import { useCallback, useEffect, useMemo, useState } from 'react';
import { PageSetupSchema } from '../../../../shared/contract/index';
import type { KategoriDokumen } from '../../../../shared/dokumen/jenis/types';
import { DEFAULT_PAGE_SETUP, DEFAULT_PAGE_SETUP_PENETAPAN, FONT_CHOICES, PAPER_MM, type NaskahDinas, type PageSetup, type Paper } from '../../../../shared/dokumen/model';
import { call } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { Tabs } from '../../components/Tabs';
import { useToast } from '../../components/Toast';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useCall } from '../../lib/useCall';
import { schemaErrors } from '../../lib/validation';
import { NaskahPreview } from '../dokumen/NaskahPreview';
import { KategoriJenisCard } from './KategoriJenisCard';
import { SectionHead } from './SectionParts';

/** The form as typed: numbers stay text until saved, so that a half-typed value is not replaced. */
interface Form {
  paper: Paper;
  top: string;
  bottom: string;
  left: string;
  right: string;
  font: string;
  fontSizePt: string;
  lineSpacing: string;
}

const MARGINS = [
  { key: 'top', label: 'Atas' },
  { key: 'bottom', label: 'Bawah' },
  { key: 'left', label: 'Kiri' },
  { key: 'right', label: 'Kanan' },
] as const;

const LINE_SPACINGS = ['1', '1.15', '1.5', '2'];
const fieldId = (f: string) => `hal-${f}`;

function formOf(s: PageSetup): Form {
  return {
    paper: s.paper,
    top: String(s.margin.top),
    bottom: String(s.margin.bottom),
    left: String(s.margin.left),
    right: String(s.margin.right),
    font: s.font,
    fontSizePt: String(s.fontSizePt),
    lineSpacing: String(s.lineSpacing),
  };
}

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace(',', '.')));

function setupOf(f: Form): PageSetup {
  return {
    paper: f.paper,
    margin: { top: num(f.top), bottom: num(f.bottom), left: num(f.left), right: num(f.right) },
    font: f.font,
    fontSizePt: num(f.fontSizePt),
    lineSpacing: num(f.lineSpacing),
  };
}

const KATEGORI: readonly { id: KategoriDokumen; label: string; keterangan: string }[] = [
  { id: 'penetapan', label: 'Keputusan & surat edaran', keterangan: 'Produk hukum (pengaturan/penetapan): keputusan dan surat edaran. Bawaan: Bookman Old Style 12.' },
  { id: 'korespondensi', label: 'Surat dinas & undangan', keterangan: 'Korespondensi: surat dinas, surat undangan, nota dinas, berita acara. Bawaan: Arial 12.' },
];

const BAWAAN: Record<KategoriDokumen, PageSetup> = { penetapan: DEFAULT_PAGE_SETUP_PENETAPAN, korespondensi: DEFAULT_PAGE_SETUP };

/** A short letter (or decree) to show the effect of paper, margins, font and spacing. */
function contohNaskah(setup: PageSetup, kategori: KategoriDokumen): NaskahDinas {
  const body =
    'Dalam rangka menjaga netralitas Aparatur Sipil Negara, setiap pegawai dilarang terlibat dalam kegiatan kampanye, memasang alat peraga, maupun mengunggah dukungan kepada peserta pemilihan di media sosial.';
  const isi: NaskahDinas['blocks'] =
    kategori === 'penetapan'
      ? [
          { kind: 'paragraf', text: [{ text: 'KEPUTUSAN BUPATI SUKAMAJU', bold: true }], align: 'center', afterPt: 0 },
          { kind: 'paragraf', text: 'NOMOR 800.1.6.4/Kep.0012/BKPSDM/2026', align: 'center' },
          { kind: 'spasi', lines: 1 },
          { kind: 'diktum', label: 'Menimbang', content: { marker: 'huruf', items: ['bahwa Aparatur Sipil Negara wajib menjaga netralitas;', 'bahwa perlu menetapkan Keputusan Bupati tentang Satuan Tugas;'] } },
          { kind: 'spasi', lines: 1 },
          { kind: 'diktum', label: 'Mengingat', content: { marker: 'angka', items: ['Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;', 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;'] } },
          { kind: 'spasi', lines: 1 },
          { kind: 'tanda-tangan', tempatTanggal: ['Ditetapkan di Sukamaju', 'pada tanggal 23 November 2026'], jabatan: ['BUPATI SUKAMAJU,'], nama: 'AHMAD FAUZI', pangkat: null, nip: null },
        ]
      : [
          { kind: 'paragraf', text: [{ text: 'CONTOH HALAMAN', bold: true }], align: 'center', afterPt: 0 },
          { kind: 'paragraf', text: 'NOMOR 800.1.6.4/0123/BKPSDM/2026', align: 'center' },
          { kind: 'spasi', lines: 1 },
          { kind: 'paragraf', text: body, align: 'justify', firstLineMm: 12.5 },
          { kind: 'daftar', marker: 'angka', align: 'justify', items: [{ text: 'menjaga sikap dan perilaku yang tidak memihak;' }, { text: 'menghindari konflik kepentingan; dan' }, { text: 'melaporkan pelanggaran kepada atasan langsung.' }] },
          { kind: 'spasi', lines: 1 },
          { kind: 'tanda-tangan', tempatTanggal: ['Sukamaju, 23 November 2026'], jabatan: ['KEPALA BADAN,'], nama: 'Dra. SRI RAHAYU, M.H.', pangkat: 'Pembina Utama Muda', nip: 'NIP. 19730314 199803 2 004' },
        ];
  return { setup, title: 'Contoh halaman', pageNumbers: false, blocks: isi };
}

/** Kertas & huruf: one page setup per category of document (format-dokumen.md: Bookman for decrees, Arial for letters). */
export function HalamanSection() {
  const [kategori, setKategori] = useState<KategoriDokumen>('penetapan');
  const [dirty, setDirty] = useState(false);
  const confirm = useConfirm();
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);
  const choose = async (next: KategoriDokumen) => {
    if (next === kategori) return;
    if (
      dirty &&
      !(await confirm({
        title: 'Tinggalkan pengaturan yang belum disimpan?',
        message: 'Perubahan kertas dan huruf untuk kelompok dokumen ini akan hilang.',
        confirmLabel: 'Tinggalkan',
        cancelLabel: 'Lanjut menyunting',
        danger: true,
      }))
    )
      return;
    setDirty(false);
    setKategori(next);
  };
  const info = KATEGORI.find((k) => k.id === kategori)!;
  return (
    <section className="pengaturan-section" data-testid="bagian-halaman">
      <SectionHead title="Kertas & huruf" description="Ukuran kertas, margin, jenis dan ukuran huruf, serta spasi baris, tersendiri untuk produk hukum dan untuk surat." />
      <Tabs label="Kelompok dokumen" idPrefix="halaman-kategori" tabs={KATEGORI} current={kategori} onChange={(k) => void choose(k)} testId="pilih-kategori-halaman" />
      <div role="tabpanel" id={`halaman-kategori-panel-${kategori}`} aria-labelledby={`halaman-kategori-tab-${kategori}`}>
        <p className="muted small">{info.keterangan}</p>
        <HalamanForm key={kategori} kategori={kategori} label={info.label} onDirtyChange={onDirtyChange} />
      </div>
      <KategoriJenisCard />
    </section>
  );
}

function HalamanForm({ kategori, label, onDirtyChange }: { kategori: KategoriDokumen; label: string; onDirtyChange: (dirty: boolean) => void }) {
  const bawaan = BAWAAN[kategori];
  const loaded = useCall('halaman.get', { kategori });
  const [form, setForm] = useState<Form>(() => formOf(bawaan));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const toast = useToast();

  useEffect(() => {
    if (loaded.data) setForm(formOf(loaded.data));
  }, [loaded.data]);

  const setup = setupOf(form);
  const parsed = PageSetupSchema.safeParse(setup);
  const valid = parsed.success;
  // The sample follows the form while it is valid, and stays on the last valid setup otherwise.
  const [shown, setShown] = useState<PageSetup>(bawaan);
  const setupKey = JSON.stringify(setup);
  useEffect(() => {
    if (valid) setShown(JSON.parse(setupKey) as PageSetup);
  }, [setupKey, valid]);
  const contoh = useMemo(() => contohNaskah(shown, kategori), [shown, kategori]);
  const dirty = JSON.stringify(formOf(loaded.data ?? bawaan)) !== JSON.stringify(form);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors({});
    setFormError(null);
  };

  const save = async () => {
    if (busy) return;
    if (!parsed.success) {
      setErrors(schemaErrors(PageSetupSchema, setup));
      setFormError('Periksa isian yang ditandai.');
      return;
    }
    setBusy(true);
    try {
      const saved = await call('halaman.save', { kategori, setup: parsed.data });
      setForm(formOf(saved));
      await loaded.reload();
      toast.success(`Kertas dan huruf untuk ${label.toLowerCase()} disimpan. Dokumen berikutnya memakai pengaturan ini.`);
    } catch (e) {
      setErrors(Object.fromEntries(Object.entries(fieldErrors(e)).map(([k, v]) => [k.replace(/^setup\./, ''), v])));
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const err = (key: string) => errors[key];

  return (
    <>
      {loaded.error ? <LoadError what="pengaturan halaman" error={loaded.error} onRetry={() => void loaded.reload()} /> : null}
      <div className="halaman-layout">
        <form
          className="card halaman-form"
          data-testid="form-halaman"
          data-kategori={kategori}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <fieldset className="form-section" disabled={busy}>
            <legend>Kertas</legend>
            <div className="form-grid form-grid-2">
              <Field id={fieldId('paper')} label="Ukuran kertas" error={err('paper')}>
                {(a) => (
                  <select {...a} value={form.paper} onChange={(e) => set('paper', e.target.value as Paper)}>
                    {(Object.keys(PAPER_MM) as Paper[]).map((p) => (
                      <option key={p} value={p}>
                        {p === 'F4' ? 'F4 / Folio' : p} ({PAPER_MM[p].width} × {PAPER_MM[p].height} mm)
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <div className="form-grid">
              {MARGINS.map((m) => (
                <Field key={m.key} id={fieldId(m.key)} label={`Margin ${m.label.toLowerCase()} (mm)`} error={err(`margin.${m.key}`)}>
                  {(a) => <input {...a} type="number" min={5} max={60} step={1} className="num" value={form[m.key]} onChange={(e) => set(m.key, e.target.value)} />}
                </Field>
              ))}
            </div>
          </fieldset>
          <fieldset className="form-section" disabled={busy}>
            <legend>Huruf</legend>
            <div className="form-grid">
              <Field id={fieldId('font')} label="Jenis huruf" error={err('font')} className="span-2">
                {(a) => (
                  <select {...a} value={form.font} onChange={(e) => set('font', e.target.value)}>
                    {[...new Set<string>([...FONT_CHOICES, form.font])].map((f) => (
                      <option key={f} value={f}>
                        {f}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={fieldId('fontSizePt')} label="Ukuran (pt)" error={err('fontSizePt')}>
                {(a) => <input {...a} type="number" min={9} max={14} step={0.5} className="num" value={form.fontSizePt} onChange={(e) => set('fontSizePt', e.target.value)} />}
              </Field>
              <Field id={fieldId('lineSpacing')} label="Spasi baris" error={err('lineSpacing')}>
                {(a) => (
                  <select {...a} value={form.lineSpacing} onChange={(e) => set('lineSpacing', e.target.value)}>
                    {[...new Set([...LINE_SPACINGS, form.lineSpacing])].map((s) => (
                      <option key={s} value={s}>
                        {s.replace('.', ',')}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
          </fieldset>
          <div className="form-actions">
            {formError ? (
              <div className="form-error" role="alert">
                <Icon name="alert" /> {formError}
              </div>
            ) : (
              <div className="footer-hint">{dirty ? 'Ada perubahan yang belum disimpan.' : 'Dokumen yang sudah dibuat tidak berubah.'}</div>
            )}
            <button type="button" className="btn" disabled={busy} onClick={() => setForm(formOf(bawaan))}>
              Kembalikan bawaan
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy || !dirty}>
              {busy ? 'Menyimpan…' : 'Simpan'}
            </button>
          </div>
        </form>
        <div className="halaman-preview">
          <NaskahPreview naskah={contoh} testId="pratinjau-halaman" />
        </div>
      </div>
    </>
  );
}
