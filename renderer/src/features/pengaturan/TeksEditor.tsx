import { useEffect, useMemo, useRef, useState } from 'react';
import type { InstansiProfil, Penandatangan, TeksVersi } from '../../../../shared/contract/index';
import type { InfoDikenal } from '../dokumen/jenis-info';
import { checkTeks, type Teks } from '../../../../shared/dokumen/teks';
import { todayIso } from '../../../../shared/domain/tanggal';
import { call } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { useCall } from '../../lib/useCall';
import { PratinjauPanel } from '../dokumen/PratinjauPanel';
import { usePratinjau, type PratinjauRequest } from '../dokumen/usePratinjau';
import { PlaceholderList } from './PlaceholderList';
import { slotFieldId, SlotEditor } from './SlotEditor';
import { asRecord, completeTeks, sameTeks } from './teks-utils';
import { VersiDialog } from './VersiDialog';
import { VersiRiwayat } from './VersiRiwayat';

interface Props {
  info: InfoDikenal;
  profil: InstansiProfil | null;
  penandatangan: Penandatangan | null;
  onDirtyChange: (dirty: boolean) => void;
}

/** Edits the texts of one document type and saves them as a new version, with a live preview on the type's demo data. */
export function TeksEditor({ info, profil, penandatangan, onDirtyChange }: Props) {
  const versiCall = useCall('teks.versi', { jenis: info.jenis });
  const versions = useMemo(() => [...(versiCall.data ?? [])].sort((a, b) => b.versi - a.versi), [versiCall.data]);
  const current = versions[0] ?? null;

  const [base, setBase] = useState<TeksVersi | null>(null);
  const [draft, setDraft] = useState<Teks>(() => completeTeks({}, info.slots));
  const [catatan, setCatatan] = useState('');
  const [viewing, setViewing] = useState<TeksVersi | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textareas = useRef(new Map<string, HTMLTextAreaElement>());
  const lastSlot = useRef<string>(info.slots[0]?.key ?? '');
  const toast = useToast();
  const confirm = useConfirm();

  // The first load starts the editor on the version in use.
  useEffect(() => {
    if (current && base === null) {
      setBase(current);
      setDraft(completeTeks(current.teks, info.slots));
    }
  }, [current, base, info.slots]);

  const baseTeks = useMemo(() => completeTeks(base?.teks ?? {}, info.slots), [base, info.slots]);
  const dirty = !sameTeks(draft, baseTeks);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const problems = useMemo(() => checkTeks(draft, info.slots, info.placeholders), [draft, info]);
  const problemsOf = (slot: string) => problems.filter((p) => p.slot === slot).map((p) => p.message);

  const request: PratinjauRequest | null =
    profil && penandatangan
      ? {
          jenis: info.jenis,
          data: asRecord(info.contoh),
          profilId: profil.id,
          tandaTangan: { penandatanganId: penandatangan.id, mode: 'langsung' },
          tanggal: todayIso(),
          teks: draft,
        }
      : null;
  const pratinjau = usePratinjau(request);

  const insert = (key: string) => {
    const slot = lastSlot.current;
    const el = textareas.current.get(slot);
    const text = draft[slot] ?? '';
    const token = `{${key}}`;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? start;
    setDraft((d) => ({ ...d, [slot]: text.slice(0, start) + token + text.slice(end) }));
    window.setTimeout(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    }, 0);
  };

  const takeAsBase = async (v: TeksVersi) => {
    if (
      dirty &&
      !(await confirm({
        title: `Pakai versi ${v.versi} sebagai dasar?`,
        message: 'Perubahan yang belum disimpan akan diganti dengan teks versi ini.',
        confirmLabel: 'Ganti teks',
        cancelLabel: 'Batal',
        danger: true,
      }))
    )
      return;
    setBase(v);
    setDraft(completeTeks(v.teks, info.slots));
    setViewing(null);
    setSaveError(null);
  };

  const save = async () => {
    if (busy) return;
    if (problems.length) {
      setSaveError(`Teks belum dapat disimpan: ${problems.length} masalah. ${problems[0]!.message}`);
      const first = problems[0]!.slot;
      document.getElementById(slotFieldId(first))?.focus();
      return;
    }
    setBusy(true);
    setSaveError(null);
    try {
      const saved = await call('teks.simpan', { jenis: info.jenis, teks: draft, catatan: catatan.trim() });
      setBase(saved);
      setDraft(completeTeks(saved.teks, info.slots));
      setCatatan('');
      await versiCall.reload();
      toast.success(`Teks ${info.label} disimpan sebagai versi ${saved.versi}. Dokumen berikutnya memakai versi ini.`);
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const blocked =
    !profil || !penandatangan ? (
      <>
        Pratinjau memerlukan {!profil ? 'profil instansi' : ''}
        {!profil && !penandatangan ? ' dan ' : ''}
        {!penandatangan ? 'penandatangan aktif' : ''}.{' '}
        {!profil ? <a href="#/pengaturan?bagian=instansi">Isi profil instansi</a> : null}
        {!profil && !penandatangan ? ' · ' : null}
        {!penandatangan ? <a href="#/pengaturan?bagian=penandatangan">Tambah penandatangan</a> : null}
      </>
    ) : null;

  return (
    <div className="teks-layout">
      <div className="teks-editor-column">
        {versiCall.error ? <LoadError what="teks" error={versiCall.error} onRetry={() => void versiCall.reload()} /> : null}
        <div className="teks-editor-grid">
          <form
            className="card teks-form"
            data-testid="editor-teks"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <div className="teks-form-head">
              <div>
                <div className="strong">{info.label}</div>
                <div className="muted small">
                  {base ? `Disunting dari versi ${base.versi}` : versiCall.loading ? 'Memuat teks…' : 'Belum ada versi tersimpan'}
                  {dirty ? ' · ada perubahan belum disimpan' : ''}
                </div>
              </div>
              {dirty ? (
                <button type="button" className="btn btn-small btn-ghost" onClick={() => setDraft(baseTeks)}>
                  Batalkan perubahan
                </button>
              ) : null}
            </div>
            <fieldset className="form-stack teks-slots" disabled={busy}>
              {info.slots.map((slot) => (
                <SlotEditor
                  key={slot.key}
                  slot={slot}
                  value={draft[slot.key] ?? ''}
                  placeholders={info.placeholders}
                  problems={problemsOf(slot.key)}
                  onChange={(value) => {
                    setDraft((d) => ({ ...d, [slot.key]: value }));
                    setSaveError(null);
                  }}
                  onFocus={() => {
                    lastSlot.current = slot.key;
                  }}
                  textareaRef={(el) => {
                    if (el) textareas.current.set(slot.key, el);
                    else textareas.current.delete(slot.key);
                  }}
                />
              ))}
            </fieldset>
            <div className="teks-save">
              <div className="field">
                <label htmlFor="teks-catatan" className="field-label">
                  Catatan perubahan (opsional)
                </label>
                <input id="teks-catatan" type="text" maxLength={200} placeholder="Misalnya: menyesuaikan SE Menteri PANRB terbaru" value={catatan} onChange={(e) => setCatatan(e.target.value)} />
              </div>
              {saveError ? (
                <div className="form-error" role="alert" data-testid="galat-teks">
                  <Icon name="alert" /> {saveError}
                </div>
              ) : problems.length ? (
                <div className="form-error" role="status">
                  <Icon name="alert" /> {problems.length} masalah pada teks; perbaiki sebelum menyimpan.
                </div>
              ) : null}
              <div className="teks-save-actions">
                <button type="submit" className="btn btn-primary" disabled={busy || !dirty}>
                  {busy ? 'Menyimpan…' : 'Simpan sebagai versi baru'}
                </button>
              </div>
            </div>
          </form>
          <aside className="teks-aside">
            <PlaceholderList placeholders={info.placeholders} onInsert={insert} disabled={busy} />
            <div className="card versi-card">
              <div className="ph-list-title">Riwayat versi</div>
              <VersiRiwayat versions={versions} current={current?.versi ?? null} base={base?.versi ?? null} onView={setViewing} onUseAsBase={(v) => void takeAsBase(v)} />
            </div>
          </aside>
        </div>
      </div>
      <div className="teks-preview-column">
        <PratinjauPanel pratinjau={pratinjau} blocked={blocked} />
      </div>
      {viewing ? <VersiDialog versi={viewing} slots={info.slots} onClose={() => setViewing(null)} onUseAsBase={() => void takeAsBase(viewing)} /> : null}
    </div>
  );
}
