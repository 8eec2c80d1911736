import { useEffect, useMemo, useRef, useState } from 'react';
import type { AturanIsi, AturanKasus } from '../../../../shared/contract/aturan-kasus';
import type { Kasus } from '../../../../shared/contract/kasus';
import { JENIS_LUAR, JENIS_LUAR_LABEL, SUMBER_KASUS, SUMBER_LABEL, TINGKAT_LABEL, type JenisLuar } from '../../../../shared/domain/kasus';
import { formatTanggal, isValidIsoDate } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { TanggalInput } from '../../components/TanggalInput';
import { enterAction, keyInfo, SIMPAN_SHORTCUT } from '../../lib/form-keys';
import { errorMessage } from '../../lib/errors';
import { namaLengkap, tampilNomor } from '../../lib/format';
import { useFormDialog } from '../../lib/useFormDialog';
import { PegawaiCari } from '../dokumen/jenis/PegawaiCari';
import { aturanBerlaku } from './api';
import { calonAturan } from './format';
import { dataDari, FIELD_ORDER, formAwal, ksFieldId, kunciBaru, terlaporDari, validasiKasus, type FormKasus, type TerlaporDraft } from './kasus-form';
import { usePrivasi } from '../../lib/privasi';

interface Props {
  /** null: a new case (intake, with its reported people); else its particulars are edited. */
  kasus: Kasus | null;
  onClose: () => void;
  onSaved: (k: Kasus) => void;
}

const periode = (a: Pick<AturanKasus, 'berlakuMulai' | 'berlakuSampai'>) => `${formatTanggal(a.berlakuMulai)} s.d. ${a.berlakuSampai ? formatTanggal(a.berlakuSampai) : 'sekarang'}`;

/**
 * Intake of a report or recommendation (or editing its particulars). The violation catalogue is the
 * rule set's in force on the incident date; when none or several are, the clerk picks one.
 */
export function KasusForm({ kasus, onClose, onSaved }: Props) {
  const baru = kasus === null;
  const initial = useMemo(() => formAwal(kasus), [kasus]);
  const [aturanId, setAturanId] = useState<number | null>(null);
  const [calon, setCalon] = useState<{ id: number; label: string }[]>([]);
  // whether a rule set must be picked (known after the incident date's answer, read when saving)
  const pilihanRef = useRef(false);
  const f = useFormDialog<FormKasus>({
    initial,
    // aturanId is not a form value but its error focuses the picker like a field's
    fieldOrder: FIELD_ORDER as unknown as readonly (keyof FormKasus & string)[],
    fieldId: ksFieldId,
    validate: (form) => {
      const e = validasiKasus(form, baru);
      if (baru && pilihanRef.current && aturanId === null) e.aturanId = 'Pilih perangkat aturan yang dipakai kasus ini.';
      return e;
    },
    save: async (form) => {
      const data = dataDari(form);
      if (kasus) return onSaved(await call('kasus.ubah', { id: kasus.id, data }));
      try {
        onSaved(await call('kasus.buat', { data, terlapor: form.terlapor.map(terlaporDari), aturanId }));
      } catch (e) {
        const c = calonAturan(e);
        if (c.length) {
          setCalon(c);
          if (!c.some((x) => x.id === aturanId)) setAturanId(null);
        }
        throw e;
      }
    },
    onClose,
  });
  const { form, set, errors, busy } = f;

  // The rule sets in force on the incident date, asked as soon as the date is known.
  const [berlaku, setBerlaku] = useState<{ berlaku: AturanKasus[]; calon: AturanKasus[] } | null>(null);
  const [berlakuGalat, setBerlakuGalat] = useState<string | null>(null);
  const tgl = form.tanggalKejadian;
  useEffect(() => {
    if (!baru || !isValidIsoDate(tgl)) {
      setBerlaku(null);
      return;
    }
    let aktif = true;
    aturanBerlaku(tgl).then(
      (b) => {
        if (!aktif) return;
        setBerlaku(b);
        setBerlakuGalat(null);
        setCalon([]);
        setAturanId((id) => (b.calon.some((a) => a.id === id) ? id : null));
      },
      (e: unknown) => aktif && setBerlakuGalat(errorMessage(e)),
    );
    return () => {
      aktif = false;
    };
  }, [baru, tgl]);

  const tunggal = berlaku?.berlaku.length === 1 ? berlaku.berlaku[0]! : null;
  const dipakai: AturanKasus | null = tunggal ?? berlaku?.calon.find((a) => a.id === aturanId) ?? null;
  const isi: AturanIsi | null = kasus ? kasus.aturan.isi : (dipakai?.isi ?? null);
  // the sets to pick from: asked before saving, or (should the date's answer change meanwhile) from the core's refusal
  const pilihan: { id: number; label: string }[] = berlaku?.calon.length ? berlaku.calon.map((a) => ({ id: a.id, label: `${a.nama} (${a.kode} versi ${a.versi}; ${periode(a)})` })) : calon;

  pilihanRef.current = pilihan.length > 0;
  const setTerlapor = (i: number, patch: Partial<TerlaporDraft>) => {
    f.setForm((s) => ({ ...s, terlapor: s.terlapor.map((t, j) => (j === i ? ({ ...t, ...patch } as TerlaporDraft) : t)) }));
    f.clear(...Object.keys(patch).map((k) => `terlapor.${i}.${k}`), 'terlapor');
  };
  const tambah = (t: TerlaporDraft) => {
    f.setForm((s) => ({ ...s, terlapor: [...s.terlapor, t] }));
    f.clear('terlapor');
  };
  const hapus = (i: number) => f.setForm((s) => ({ ...s, terlapor: s.terlapor.filter((_, j) => j !== i) }));
  const chosen = new Set(form.terlapor.flatMap((t) => (t.jenis === 'pegawai' ? [t.pegawaiId] : [])));

  const toggle = (kode: string, on: boolean) => set('pelanggaran', on ? [...form.pelanggaran, kode] : form.pelanggaran.filter((k) => k !== kode));
  const kategori = isi?.kategoriPelapor.find((k) => [k.kategori, ...k.sebutan].some((s) => s.toLocaleLowerCase('id') === form.kategoriPelapor.trim().toLocaleLowerCase('id')));
  const asing = isi ? form.pelanggaran.filter((k) => !isi.pelanggaran.some((p) => p.kode === k)) : [];

  return (
    <Dialog
      title={baru ? 'Kasus baru' : 'Ubah data kasus'}
      subtitle={kasus ? `${kasus.nomorRegister} · aturan ${kasus.aturan.nama}` : 'Catat laporan atau rekomendasi yang masuk dan siapa yang dilaporkan.'}
      size="xl"
      testId="form-kasus"
      onClose={f.close}
      footer={
        <>
          {f.formError ? (
            <div className="form-error" role="alert" data-testid="galat-kasus">
              <Icon name="alert" /> {f.formError}
            </div>
          ) : (
            <div className="footer-hint">Enter tidak menyimpan; tekan {SIMPAN_SHORTCUT.label} atau Simpan.</div>
          )}
          <button type="button" className="btn" onClick={f.close}>
            Batal
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={f.submit} aria-keyshortcuts={SIMPAN_SHORTCUT.aria} data-testid="simpan-kasus">
            {busy ? 'Menyimpan…' : baru ? 'Catat kasus' : 'Simpan'}
            <kbd className="btn-kbd" aria-hidden="true">
              {SIMPAN_SHORTCUT.label}
            </kbd>
          </button>
        </>
      }
    >
      <div
        className="kasus-form"
        onKeyDownCapture={(e) => {
          if (enterAction(keyInfo(e)) !== 'simpan') return;
          e.preventDefault();
          e.stopPropagation();
          f.submit();
        }}
      >
        <fieldset className="form-section" disabled={busy}>
          <legend>Surat laporan / rekomendasi</legend>
          <div className="form-grid">
            <Field id={ksFieldId('sumber')} label="Sumber" error={errors.sumber} required>
              {(a) => (
                <select {...a} value={form.sumber} onChange={(e) => set('sumber', e.target.value as FormKasus['sumber'])}>
                  {SUMBER_KASUS.map((s) => (
                    <option key={s} value={s}>
                      {SUMBER_LABEL[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={ksFieldId('pelapor')} label="Pelapor (seperti tertulis)" error={errors.pelapor} className="span-3">
              {(a) => <input {...a} type="text" autoComplete="off" placeholder="Bawaslu Kabupaten Sukamaju" value={form.pelapor} onChange={(e) => set('pelapor', e.target.value)} />}
            </Field>
            <Field id={ksFieldId('nomorSurat')} label="Nomor surat" error={errors.nomorSurat} className="span-2">
              {(a) => <input {...a} type="text" autoComplete="off" value={form.nomorSurat} onChange={(e) => set('nomorSurat', e.target.value)} />}
            </Field>
            <Field id={ksFieldId('tanggalSurat')} label="Tanggal surat" error={errors.tanggalSurat}>
              {(a) => <TanggalInput {...a} value={form.tanggalSurat} onChange={(v) => set('tanggalSurat', v)} />}
            </Field>
            <Field id={ksFieldId('tanggalDiterima')} label="Tanggal diterima" error={errors.tanggalDiterima} required hint="Tenggat tindak lanjut dihitung dari tanggal ini.">
              {(a) => <TanggalInput {...a} value={form.tanggalDiterima} onChange={(v) => set('tanggalDiterima', v)} />}
            </Field>
          </div>
        </fieldset>
        <fieldset className="form-section" disabled={busy}>
          <legend>Kejadian</legend>
          <div className="form-grid">
            <Field id={ksFieldId('tanggalKejadian')} label="Tanggal kejadian" error={errors.tanggalKejadian} required hint={baru ? 'Menentukan aturan yang berlaku.' : undefined}>
              {(a) => <TanggalInput {...a} value={form.tanggalKejadian} onChange={(v) => set('tanggalKejadian', v)} />}
            </Field>
            <Field id={ksFieldId('lokasi')} label="Lokasi" error={errors.lokasi}>
              {(a) => <input {...a} type="text" autoComplete="off" value={form.lokasi} onChange={(e) => set('lokasi', e.target.value)} />}
            </Field>
            <Field id={ksFieldId('pemilihan')} label="Pemilihan" error={errors.pemilihan} className="span-2">
              {(a) => <input {...a} type="text" autoComplete="off" placeholder="Pemilihan Bupati dan Wakil Bupati Sukamaju Tahun 2026" value={form.pemilihan} onChange={(e) => set('pemilihan', e.target.value)} />}
            </Field>
            <Field
              id={ksFieldId('kategoriPelapor')}
              label="Kategori menurut pelapor (seperti tertulis)"
              error={errors.kategoriPelapor}
              className="span-2"
              hint={
                kategori && kategori.pelanggaran.some((k) => !form.pelanggaran.includes(k)) ? (
                  <button type="button" className="btn btn-small" onClick={() => set('pelanggaran', [...new Set([...form.pelanggaran, ...kategori.pelanggaran])])}>
                    Centang jenis pelanggaran kategori “{kategori.kategori}”
                  </button>
                ) : (
                  'Disimpan apa adanya untuk rekap menurut kategori pelapor.'
                )
              }
            >
              {(a) => (
                <>
                  <input {...a} type="text" autoComplete="off" list="ks-kategori-list" value={form.kategoriPelapor} onChange={(e) => set('kategoriPelapor', e.target.value)} />
                  <datalist id="ks-kategori-list">
                    {(isi?.kategoriPelapor ?? []).map((k) => (
                      <option key={k.kategori} value={k.kategori} />
                    ))}
                  </datalist>
                </>
              )}
            </Field>
            <Field id={ksFieldId('rekomendasi')} label="Rekomendasi (sanksi yang diminta)" error={errors.rekomendasi} className="span-2">
              {(a) => <input {...a} type="text" autoComplete="off" value={form.rekomendasi} onChange={(e) => set('rekomendasi', e.target.value)} />}
            </Field>
            <Field id={ksFieldId('kronologi')} label="Kronologi" error={errors.kronologi} className="span-4">
              {(a) => <textarea {...a} rows={3} value={form.kronologi} onChange={(e) => set('kronologi', e.target.value)} />}
            </Field>
          </div>
        </fieldset>
        <fieldset className="form-section" disabled={busy}>
          <legend>Aturan dan jenis pelanggaran</legend>
          {kasus ? (
            <p className="muted small">
              Aturan kasus ini: <strong>{kasus.aturan.nama}</strong> (versi {kasus.aturan.versi}, {periode(kasus.aturan)}).
            </p>
          ) : berlakuGalat ? (
            <p className="text-danger small">Aturan yang berlaku tidak dapat diperiksa: {berlakuGalat}</p>
          ) : tunggal ? (
            <p className="muted small" data-testid="aturan-berlaku">
              Berlaku pada tanggal kejadian: <strong>{tunggal.nama}</strong> ({tunggal.kode} versi {tunggal.versi}; {periode(tunggal)}).
            </p>
          ) : !isValidIsoDate(tgl) ? (
            <p className="muted small">Isi tanggal kejadian: katalog pelanggaran diambil dari aturan yang berlaku pada tanggal itu.</p>
          ) : null}
          {pilihan.length ? (
            <div className="banner banner-warning kasus-pilih-aturan" id={ksFieldId('aturanId')} tabIndex={-1} role="radiogroup" aria-label="Pilih perangkat aturan" data-testid="pilih-aturan">
              <div>
                <strong>Pilih perangkat aturan yang dipakai kasus ini.</strong>{' '}
                {berlaku && berlaku.berlaku.length > 1
                  ? `Ada ${berlaku.berlaku.length} aturan yang berlaku pada tanggal kejadian ${formatTanggal(tgl)}.`
                  : berlaku && berlaku.berlaku.length === 0
                    ? `Tidak ada aturan yang berlaku pada tanggal kejadian ${formatTanggal(tgl)}.`
                    : 'Lalu simpan lagi.'}
              </div>
              {pilihan.map((c) => (
                <label key={c.id} className="radio">
                  <input
                    type="radio"
                    name="ks-aturan"
                    checked={aturanId === c.id}
                    onChange={() => {
                      setAturanId(c.id);
                      f.clear('aturanId');
                    }}
                  />
                  <span>{c.label}</span>
                </label>
              ))}
              {errors.aturanId ? (
                <div className="field-error" role="alert">
                  {errors.aturanId}
                </div>
              ) : null}
            </div>
          ) : null}
          <div className="field" id={ksFieldId('pelanggaran')} tabIndex={-1}>
            <div className="field-label">Jenis pelanggaran</div>
            {isi ? (
              <ul className="kasus-katalog" data-testid="katalog-pelanggaran">
                {isi.pelanggaran.map((p) => (
                  <li key={p.kode}>
                    <label className="check">
                      <input type="checkbox" checked={form.pelanggaran.includes(p.kode)} onChange={(e) => toggle(p.kode, e.target.checked)} />
                      <span>
                        <span className="strong">{p.kode}</span> {p.uraian} <span className="muted small">· tingkat {TINGKAT_LABEL[p.tingkat].toLowerCase()}</span>
                      </span>
                    </label>
                  </li>
                ))}
                {asing.map((k) => (
                  <li key={k}>
                    <label className="check">
                      <input type="checkbox" checked onChange={() => toggle(k, false)} />
                      <span className="text-danger">{k}: tidak ada di katalog aturan ini. Hapus centangnya.</span>
                    </label>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted small" data-testid="katalog-nanti">
                {pilihan.length ? 'Pilih aturan di atas: katalog pelanggarannya tampil di sini.' : isValidIsoDate(tgl) ? 'Memeriksa aturan yang berlaku…' : null}
              </p>
            )}
            {errors.pelanggaran ? (
              <div className="field-error" role="alert">
                {errors.pelanggaran}
              </div>
            ) : null}
          </div>
        </fieldset>
        {baru ? (
          <fieldset className="form-section" disabled={busy}>
            <legend>Terlapor</legend>
            <TerlaporEditor
              items={form.terlapor}
              isi={isi}
              errors={errors as Record<string, string>}
              chosen={chosen}
              onAdd={tambah}
              onChange={setTerlapor}
              onRemove={hapus}
            />
          </fieldset>
        ) : null}
      </div>
    </Dialog>
  );
}

export interface EditorProps {
  items: TerlaporDraft[];
  isi: AturanIsi | null;
  errors: Record<string, string>;
  chosen: ReadonlySet<number>;
  onAdd: (t: TerlaporDraft) => void;
  onChange: (i: number, patch: Partial<TerlaporDraft>) => void;
  onRemove: (i: number) => void;
}

/** The people a report names: from the registry (search), not yet identified, or outside the registry with their route. */
export function TerlaporEditor({ items, isi, errors, chosen, onAdd, onChange, onRemove }: EditorProps) {
  const privasi = usePrivasi();
  const id = (i: number, f: string) => ksFieldId(`terlapor.${i}.${f}`);
  const teks = (i: number, f: string, label: string, value: string, opts: { required?: boolean; span?: string; placeholder?: string } = {}) => (
    <Field id={id(i, f)} label={label} error={errors[`terlapor.${i}.${f}`]} required={opts.required} className={opts.span}>
      {(a) => <input {...a} type="text" autoComplete="off" placeholder={opts.placeholder} value={value} onChange={(e) => onChange(i, { [f]: e.target.value } as Partial<TerlaporDraft>)} />}
    </Field>
  );
  return (
    <div className="terlapor-editor" id={ksFieldId('terlapor')} tabIndex={-1} data-testid="terlapor-editor">
      <div className="terlapor-tambah">
        <PegawaiCari
          chosenIds={chosen}
          sesudahKosong="Bila tidak ada di data pegawai, catat sebagai belum dikenali atau di luar data pegawai."
          onPick={(p) => {
            if (chosen.has(p.id)) return;
            onAdd({ key: kunciBaru(), jenis: 'pegawai', pegawaiId: p.id, nama: namaLengkap(p), info: [tampilNomor(p), p.jabatan, p.unitKerjaNama].filter(Boolean).join(' · '), keterangan: '' });
          }}
        />
        <button type="button" className="btn" data-testid="tambah-belum-dikenal" onClick={() => onAdd({ key: kunciBaru(), jenis: 'belum-dikenal', nama: '', nip: '', jabatan: '', unitKerja: '', keterangan: '' })}>
          <Icon name="plus" /> Belum dikenali
        </button>
        <button type="button" className="btn" data-testid="tambah-luar" onClick={() => onAdd({ key: kunciBaru(), jenis: 'luar', luarJenis: 'kepala-desa', nama: '', jabatan: '', instansi: '', keterangan: '' })}>
          <Icon name="plus" /> Di luar data pegawai
        </button>
      </div>
      {errors.terlapor ? (
        <div className="field-error" role="alert">
          {errors.terlapor}
        </div>
      ) : null}
      {items.length === 0 ? <p className="muted small">Belum ada terlapor. Cari pegawai dengan nama atau NIP.</p> : null}
      <ol className="terlapor-draf">
        {items.map((t, i) => (
          <li key={t.key} className="terlapor-draf-item" data-testid="terlapor-draf">
            <div className="terlapor-draf-head">
              <span className="badge">{t.jenis === 'pegawai' ? 'Pegawai' : t.jenis === 'belum-dikenal' ? 'Belum dikenali' : 'Di luar data pegawai'}</span>
              {t.jenis === 'pegawai' ? (
                <span>
                  <span className="strong">{privasi.nama(t.nama)}</span> <span className="muted small">{privasi.dalam(t.info, [])}</span>
                </span>
              ) : null}
              <span className="search-row-spacer" />
              <button type="button" className="btn-icon btn-icon-sm btn-icon-danger" aria-label={`Hapus terlapor ${i + 1}${t.nama ? ` ${t.nama}` : ''}`} title="Hapus dari daftar terlapor" onClick={() => onRemove(i)}>
                <Icon name="trash" size={14} />
              </button>
            </div>
            {t.jenis === 'belum-dikenal' ? (
              <div className="form-grid">
                {teks(i, 'nama', 'Nama (seperti dilaporkan)', t.nama, { required: true })}
                {teks(i, 'nip', 'NIP bila disebut', t.nip)}
                {teks(i, 'jabatan', 'Jabatan', t.jabatan)}
                {teks(i, 'unitKerja', 'Unit kerja', t.unitKerja)}
                {teks(i, 'keterangan', 'Ciri / keterangan', t.keterangan, { span: 'span-4', placeholder: 'Akun media sosial, foto, ciri lain untuk mengenalinya' })}
              </div>
            ) : null}
            {t.jenis === 'luar' ? (
              <>
                <div className="form-grid">
                  <Field id={id(i, 'luarJenis')} label="Kedudukan" required>
                    {(a) => (
                      <select {...a} value={t.luarJenis} onChange={(e) => onChange(i, { luarJenis: e.target.value as JenisLuar })}>
                        {JENIS_LUAR.map((j) => (
                          <option key={j} value={j}>
                            {JENIS_LUAR_LABEL[j]}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  {teks(i, 'nama', 'Nama', t.nama, { required: true })}
                  {teks(i, 'jabatan', 'Jabatan', t.jabatan, { placeholder: 'Kepala Desa Mekarsari' })}
                  {teks(i, 'instansi', 'Desa / instansi', t.instansi)}
                  {teks(i, 'keterangan', 'Keterangan', t.keterangan, { span: 'span-4' })}
                </div>
                <JalurLuar isi={isi} jenis={t.luarJenis} />
              </>
            ) : null}
            {t.jenis === 'pegawai' ? (
              <div className="form-grid">{teks(i, 'keterangan', 'Keterangan', t.keterangan, { span: 'span-4', placeholder: 'Peran dalam kejadian (bila perlu)' })}</div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The route the rule set gives someone outside the registry. */
export function JalurLuar({ isi, jenis }: { isi: AturanIsi | null; jenis: JenisLuar | null }) {
  if (!jenis) return null;
  const j = isi?.jalurLuar.find((x) => x.jenis === jenis);
  if (!isi) return <p className="muted small">Jalur penanganannya ditampilkan sesudah aturan kasus ditentukan (saat disimpan).</p>;
  if (!j) return <p className="muted small">Aturan kasus tidak mengatur jalur untuk {JENIS_LUAR_LABEL[jenis].toLowerCase()}: teruskan kepada pihak yang berwenang.</p>;
  return (
    <div className="banner banner-info kasus-jalur" data-testid="jalur-luar">
      <Icon name="info" />
      <div>
        <strong>Jalur penanganan:</strong> {j.jalur}
        {j.tujuan ? <> · diteruskan kepada {j.tujuan}</> : null}
        {j.dasar ? <div className="muted small">Dasar: {j.dasar}</div> : null}
      </div>
    </div>
  );
}
