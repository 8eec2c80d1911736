import { useMemo, useRef, useState } from 'react';
import { daerahDari } from '../../../../shared/dokumen/daerah';
import { pasanganAwal } from '../../../../shared/dokumen/pasangan';
import { todayIso } from '../../../../shared/domain/tanggal';
import type { DokumenDibuat, InstansiProfil, Penandatangan } from '../../../../shared/contract/index';
import { ApiError, call } from '../../api/client';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { enterAction, keyInfo, SIMPAN_SHORTCUT } from '../../lib/form-keys';
import { useEscapeLayer } from '../../lib/layers';
import { useFileActions } from '../../lib/files';
import { useCall } from '../../lib/useCall';
import { errorsUnder, focusLater } from '../../lib/validation';
import type { Jenis } from '../../../../shared/dokumen/jenis/registry';
import type { JenisDokumen } from '../../../../shared/contract/index';
import { buatRequest, draftErrors, initialUmum, pratinjauRequest, serverFieldKey, type Draft, type Umum } from './dokumen-draft';
import { dataFieldId, nilaiAwal, nilaiTerbawa } from './formulir-state';
import { HasilDokumen } from './HasilDokumen';
import { JenisFields } from './jenis/JenisFields';
import type { InfoDikenal } from './jenis-info';
import { NomorFields } from './NomorFields';
import { PeringatanPanel, usePeringatan, useTerimaPeringatan } from './PeringatanPanel';
import { PratinjauPanel } from './PratinjauPanel';
import { umumFieldId, UmumFields } from './UmumFields';
import { usePratinjau } from './usePratinjau';

interface Props {
  info: InfoDikenal;
  /** The type in this UI's registry (BuatDokumen refuses an id it does not know). */
  def: Jenis<JenisDokumen>;
  profiles: InstansiProfil[];
  signatories: Penandatangan[];
  /** Back to the type cards; `dirty` when the form differs from its starting values. */
  onBack: (dirty: boolean) => void;
  /** "Buat surat baru" after saving: the form from scratch. */
  onNew: () => void;
  /** Data another page prepared (an event's invitation): the form starts from it instead of empty or the example. */
  awal?: { data: Record<string, unknown>; asal: string; profilId?: number | null } | null;
}

/** One idempotency key per letter: a repeat of its save returns the same number (see DokumenService.buat). */
const kunciBaru = (): string => crypto.randomUUID();

/** The element id of a field path, for focusing the first field with an error. */
const idOfPath = (path: string) => (path.startsWith('data.') ? dataFieldId(path.slice(5)) : umumFieldId(path));

/** Fills in one document of a type: its data, kop, signatory, date and number, with a live preview; saves the .docx. */
export function DokumenForm({ info, def, profiles, signatories, onBack, onNew, awal = null }: Props) {
  // What "unchanged" means: the starting values, then what was last saved.
  const [start, setStart] = useState(() => {
    // Letters of the regional head start with the Bupati's kop and signature, an office's with its own head's.
    // A draft may name its kop (an event's organiser): that profile, signed by the head of its office.
    const diminta = awal?.profilId ? profiles.filter((p) => p.id === awal.profilId) : [];
    const { profil, penandatangan: signer } = pasanganAwal(def.olehKepalaDaerah, diminta.length ? diminta : profiles, signatories);
    // A real office starts from an empty form; a demo from the example, in the office's own region.
    const contoh = !info.mulaiDariContoh ? null : profil ? def.contohUntuk(daerahDari(profil), Number(todayIso().slice(0, 4))) : def.contoh;
    const draft: Draft = { jenis: def.jenis, data: nilaiAwal(def, awal?.data ?? contoh), terbawa: nilaiTerbawa(def, awal?.data ?? contoh) };
    return { draft, umum: initialUmum(profil?.id ?? null, signer?.id ?? null) };
  });
  const [draft, setDraft] = useState<Draft>(start.draft);
  const [umum, setUmum] = useState<Umum>(start.umum);
  const [checked, setChecked] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Saved: the form shows that letter with its number and takes no second save of it.
  const [hasil, setHasil] = useState<DokumenDibuat | null>(null);
  const [kunci, setKunci] = useState(kunciBaru);
  // The key was used for this letter with other content (its answer was lost, then the form changed).
  const [kunciBentrok, setKunciBentrok] = useState(false);
  // The synchronous guard: a second Enter or click in the same tick sees it before React re-renders.
  const saving = useRef(false);
  // The second click of a double click may land where "Simpan" was: the new buttons ignore it.
  const savedAt = useRef(0);
  const afterSave = (action: () => void) => () => {
    if (performance.now() - savedAt.current > 600) action();
  };
  const locked = hasil !== null;
  const reserved = useCall('nomor.list', { status: 'dipesan', tahun: null });
  const toast = useToast();
  const files = useFileActions();

  // After the first attempt, messages follow the typing: they vanish as fields are corrected.
  const localErrors = useMemo(() => (checked ? draftErrors(draft, umum) : {}), [checked, draft, umum]);
  const errors = { ...serverErrors, ...localErrors };
  const dataErrors = errorsUnder(errors, 'data');

  const request = useMemo(() => {
    const r = pratinjauRequest(draft, umum);
    // The saved letter is previewed with the number it was given, not "800/…".
    return r && hasil ? { ...r, nomor: { cara: 'manual' as const, nomor: hasil.dokumen.nomor } } : r;
  }, [draft, umum, hasil]);
  const dataValid = useMemo(() => Object.keys(draftErrors(draft, umum)).every((k) => !k.startsWith('data.')), [draft, umum]);
  const pratinjau = usePratinjau(dataValid ? request : null);
  const peringatan = usePeringatan(dataValid && !locked ? request : null);
  const terimaPeringatan = useTerimaPeringatan();

  const changeDraft = (next: Draft) => {
    setDraft(next);
    setServerErrors({});
    setFormError(null);
  };
  const changeUmum = (patch: Partial<Umum>) => {
    setUmum((u) => ({ ...u, ...patch }));
    setServerErrors({});
    setFormError(null);
  };

  const dirty = !locked && (draft !== start.draft || JSON.stringify(umum) !== JSON.stringify(start.umum));

  /** `pakaiKunci`: a new key, when the clerk chose to save this content as another letter. */
  const submit = async (pakaiKunci?: string) => {
    if (saving.current || locked) return;
    setChecked(true);
    setFormError(null);
    const local = draftErrors(draft, umum);
    const req = buatRequest(draft, umum);
    const firstLocal = Object.keys(local)[0];
    if (firstLocal || !req) {
      setFormError('Periksa isian yang ditandai.');
      if (firstLocal) focusLater(idOfPath(firstLocal));
      return;
    }
    saving.current = true;
    setBusy(true);
    try {
      // A mismatch of kop, lampiran or tembusan with the signer is confirmed before a number is taken.
      const diterima = await terimaPeringatan(req);
      if (diterima === null) return;
      if (pakaiKunci) {
        setKunci(pakaiKunci);
        setKunciBentrok(false);
      }
      const made = await call('dokumen.buat', { ...req, kunci: pakaiKunci ?? kunci, ...(diterima ? { peringatanDiterima: true } : {}) });
      savedAt.current = performance.now();
      setHasil(made);
      setStart({ draft, umum });
      void reserved.reload();
      const { file } = made;
      const { fileName, nomor } = made.dokumen;
      toast.success(`Dokumen nomor ${nomor} tersimpan sebagai ${fileName}.`, [
        { label: 'Buka', onClick: () => void files.open(file, fileName) },
        { label: 'Simpan ke…', onClick: () => void files.save(file, fileName) },
      ]);
    } catch (e) {
      const fields: Record<string, string> = {};
      const bentrok = e instanceof ApiError && (e.data.fields ?? []).some((f) => f.field === 'kunci');
      setKunciBentrok(bentrok);
      if (e instanceof ApiError && !bentrok) for (const f of e.data.fields ?? []) fields[serverFieldKey(def, f.field)] ??= f.message;
      setServerErrors(fields);
      setFormError(errorMessage(e));
      const first = Object.keys(fields)[0];
      if (first) focusLater(idOfPath(first));
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };

  /** "Buat salinan": the same data as a new letter; it takes a number only when saved again. */
  const salinan = () => {
    const nextUmum: Umum = { ...umum, cara: 'otomatis', nomorId: null, nomorManual: '' };
    setUmum(nextUmum);
    setStart({ draft, umum: nextUmum });
    setHasil(null);
    setKunci(kunciBaru());
    setChecked(false);
    toast.success('Salinan siap diubah. Nomor baru diambil saat salinan disimpan.');
  };

  // Esc leaves the form, asking first when typing would be lost; the confirm dialog's own Esc comes back.
  useEscapeLayer(() => onBack(dirty), true);

  const missing = profiles.length === 0 || signatories.every((p) => !p.aktif);
  const blocked = missing ? (
    <>
      Pratinjau memerlukan profil instansi dan penandatangan aktif. <a href="#/pengaturan?bagian=instansi">Buka Pengaturan</a>
    </>
  ) : !dataValid ? (
    'Pratinjau diperbarui setelah isian yang ditandai diperbaiki.'
  ) : null;

  return (
    <form
      className="dokumen-form-layout"
      data-testid="form-dokumen"
      data-jenis={info.jenis}
      noValidate
      aria-keyshortcuts={SIMPAN_SHORTCUT.aria}
      onKeyDownCapture={(e) => {
        // Ctrl+Enter is taken before the field sees it (a list field would add a line).
        if (enterAction(keyInfo(e)) !== 'simpan') return;
        e.preventDefault();
        e.stopPropagation();
        void submit();
      }}
      onKeyDown={(e) => {
        // A one-line field's Enter would submit the whole letter implicitly.
        if (enterAction(keyInfo(e)) === 'tahan') e.preventDefault();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="dokumen-form-column">
        <div className="dokumen-form-head">
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => onBack(dirty)}
          >
            ← Ganti jenis
          </button>
          <div>
            <h2 className="section-title">{info.label}</h2>
            {awal ? (
              <p className="muted small" data-testid="draf-asal">
                Isian awal dari {awal.asal}; periksa sebelum menyimpan.
              </p>
            ) : info.mulaiDariContoh ? (
              <p className="muted small">Isian awal berisi data contoh; ganti dengan data sebenarnya.</p>
            ) : null}
          </div>
        </div>
        <div className="dokumen-form-scroll">
          {missing ? (
            <div className="banner banner-warning" role="status">
              <Icon name="alert" />
              <div>
                Dokumen memerlukan {profiles.length === 0 ? 'profil instansi (kop surat)' : ''}
                {profiles.length === 0 && signatories.every((p) => !p.aktif) ? ' dan ' : ''}
                {signatories.every((p) => !p.aktif) ? 'penandatangan aktif' : ''}.{' '}
                {profiles.length === 0 ? <a href="#/pengaturan?bagian=instansi">Isi profil instansi</a> : null}
                {profiles.length === 0 && signatories.every((p) => !p.aktif) ? ' · ' : null}
                {signatories.every((p) => !p.aktif) ? <a href="#/pengaturan?bagian=penandatangan">Tambah penandatangan</a> : null}
              </div>
            </div>
          ) : null}
          {hasil ? (
            <HasilDokumen
              hasil={hasil}
              onOpen={() => void files.open(hasil.file, hasil.dokumen.fileName)}
              onSave={() => void files.save(hasil.file, hasil.dokumen.fileName)}
            />
          ) : null}
          <JenisFields def={def} data={draft.data} onChange={(data) => changeDraft({ ...draft, data })} errors={dataErrors} disabled={busy || locked} />
          <UmumFields umum={umum} onChange={changeUmum} profiles={profiles} signatories={signatories} errors={errors} disabled={busy || locked} />
          {locked ? null : <NomorFields umum={umum} onChange={changeUmum} reserved={reserved.data ?? []} errors={errors} disabled={busy} />}
        </div>
        {locked ? null : <PeringatanPanel items={peringatan} />}
        <div className="dokumen-form-footer">
          {locked ? (
            <>
              <div className="footer-hint" data-testid="nomor-tersimpan">
                Tersimpan: <strong className="num nowrap">{hasil.dokumen.nomor}</strong>
              </div>
              {/* Keys: React must never turn this button into the submit button under the pointer mid-click. */}
              <button key="salinan" type="button" className="btn" onClick={afterSave(salinan)} title="Isian yang sama sebagai surat baru; nomor baru diambil saat disimpan">
                Buat salinan
              </button>
              <button key="baru" type="button" className="btn btn-primary" onClick={afterSave(onNew)}>
                Buat surat baru
              </button>
            </>
          ) : (
            <>
              {formError ? (
                <div className="form-error" role="alert" data-testid="galat-dokumen">
                  <Icon name="alert" /> {formError}
                </div>
              ) : (
                <div className="footer-hint">Dokumen tersimpan di arsip dan nomornya tercatat di Buku agenda.</div>
              )}
              {kunciBentrok ? (
                <button key="baru-lagi" type="button" className="btn" disabled={busy} onClick={() => void submit(kunciBaru())}>
                  Simpan sebagai surat baru
                </button>
              ) : null}
              <button key="simpan" type="submit" className="btn btn-primary" disabled={busy || missing} aria-keyshortcuts={SIMPAN_SHORTCUT.aria}>
                <Icon name="download" /> {busy ? 'Menyimpan…' : 'Simpan .docx'}
                <kbd className="btn-kbd" aria-hidden="true">
                  {SIMPAN_SHORTCUT.label}
                </kbd>
              </button>
            </>
          )}
        </div>
      </div>
      <div className="dokumen-preview-column">
        <PratinjauPanel pratinjau={pratinjau} blocked={blocked} />
      </div>
    </form>
  );
}
