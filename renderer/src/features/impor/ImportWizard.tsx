import { useEffect, useRef, useState } from 'react';
import type { ImportPreview, ImportReport, UnitDecision } from '../../../../shared/contract/types';
import type { UpdateField } from '../../../../shared/domain/import-fields';
import type { PickedFile } from '../../../../shared/contract/files';
import type { ColumnMapping } from '../../../../shared/domain/import-fields';
import { call, transport } from '../../api/client';
import { useConfirm } from '../../components/Confirm';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toast';
import { errorMessage } from '../../lib/errors';
import { formatAngka } from '../../lib/format';
import { MappingStep } from './MappingStep';
import { PreviewStats } from './PreviewStats';
import { ResultStep } from './ResultStep';
import { ReviewStep } from './ReviewStep';
import { JobProgress } from './JobProgress';
import { useJob } from '../../lib/useJob';
import './impor.css';

type Step = 'pilih' | 'pemetaan' | 'tinjau' | 'hasil';
type Decisions = { update: boolean; fieldsOff: UpdateField[]; units: Record<string, UnitDecision> };

const STEPS: { id: Step; label: string }[] = [
  { id: 'pilih', label: 'Pilih berkas' },
  { id: 'pemetaan', label: 'Pemetaan kolom' },
  { id: 'tinjau', label: 'Tinjau & impor' },
  { id: 'hasil', label: 'Hasil' },
];

const sameMapping = (a: ColumnMapping, b: ColumnMapping) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

interface Props {
  onClose: () => void;
  /** Called once data was written, so lists can refresh. */
  onImported: (report: ImportReport) => void;
}

/** Excel/CSV import: pick, map columns, review problems, import all-or-nothing. */
export function ImportWizard({ onClose, onImported }: Props) {
  const toast = useToast();
  const [step, setStep] = useState<Step>('pilih');
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [loading, setLoading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [update, setUpdate] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [fieldsOff, setFieldsOff] = useState<UpdateField[]>([]);
  const [units, setUnits] = useState<Record<string, UnitDecision>>({});
  const job = useJob();
  const seq = useRef(0);
  // The decisions the preview on screen was computed with: a failed preview puts the controls back to them.
  const shown = useRef<Decisions>({ update: false, fieldsOff: [], units: {} });
  const fileRef = useRef<string | null>(null);

  // Uploaded files are temporary: let the core drop them when the wizard closes.
  useEffect(
    () => () => {
      if (fileRef.current) void call('file.forget', { file: fileRef.current }).catch(() => undefined);
    },
    [],
  );

  // Each step puts the keyboard on its main button (or on the dialog when that button is blocked).
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-testid="dialog-impor"]');
    const target = root?.querySelector<HTMLElement>('.dialog-footer .btn-primary:not(:disabled)') ?? root;
    target?.focus();
  }, [step]);

  const runPreview = async (
    file: PickedFile,
    m: ColumnMapping | null,
    label: string,
    decisions: Decisions = { update, fieldsOff, units },
  ) => {
    const mine = ++seq.current;
    setLoading(label);
    setError(null);
    try {
      let p = await job.run((jobId) => call('pegawai.importPreview', { file: file.file, mapping: m, ...decisions, jobId }));
      // A close match is preselected (and shown as chosen); the preview is recomputed with it.
      const suggested = Object.fromEntries(
        p.newUnits.filter((u) => u.decision === null && !(u.key in decisions.units) && u.suggestedId !== null).map((u) => [u.key, { pakai: u.suggestedId! }]),
      );
      if (Object.keys(suggested).length && mine === seq.current) {
        decisions = { ...decisions, units: { ...decisions.units, ...suggested } };
        setUnits(decisions.units);
        p = await job.run((jobId) => call('pegawai.importPreview', { file: file.file, mapping: m, ...decisions, jobId }));
      }
      if (mine !== seq.current) return;
      shown.current = decisions;
      setPreview(p);
      setMapping(p.mapping);
      setStep((s) => (s === 'pilih' ? 'pemetaan' : s));
    } catch (e) {
      if (mine !== seq.current) return;
      // Otherwise the ticks would show a choice the preview, its counts and the Impor button do not reflect.
      const before = shown.current;
      const reverted = before.update !== decisions.update || before.fieldsOff !== decisions.fieldsOff || before.units !== decisions.units;
      setUpdate(before.update);
      setFieldsOff(before.fieldsOff);
      setUnits(before.units);
      setError(reverted ? `Pratinjau tidak dapat diperbarui, jadi pilihan terakhir dibatalkan: ${errorMessage(e)}` : errorMessage(e));
    } finally {
      if (mine === seq.current) setLoading(null);
    }
  };

  const decide = (next: Decisions) => {
    setUpdate(next.update);
    setFieldsOff(next.fieldsOff);
    setUnits(next.units);
    if (picked) void runPreview(picked, mapping, 'Memperbarui pratinjau…', next);
  };

  const downloadRejected = async () => {
    if (!picked) return;
    setLoading('Menyiapkan berkas baris bermasalah…');
    try {
      const out = await job.run((jobId) => call('pegawai.importRejected', { file: picked.file, mapping, update, fieldsOff, units, jobId }));
      await transport.saveFile(out.file, out.fileName);
      toast.success(`${formatAngka(out.rows)} baris bermasalah disimpan ke ${out.fileName}. Perbaiki di Excel, hapus kolom keterangan, lalu impor berkas itu.`);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setLoading(null);
    }
  };

  const pick = async () => {
    setError(null);
    let f: PickedFile | null;
    try {
      f = await transport.pickFile('spreadsheet');
    } catch (e) {
      setError(`Berkas tidak dapat dibuka: ${errorMessage(e)}`);
      return;
    }
    if (!f) return;
    if (fileRef.current && fileRef.current !== f.file) void call('file.forget', { file: fileRef.current }).catch(() => undefined);
    fileRef.current = f.file;
    setPicked(f);
    setPreview(null);
    setReport(null);
    setStep('pilih');
    const fresh: Decisions = { update, fieldsOff: [], units: {} };
    shown.current = fresh;
    setFieldsOff(fresh.fieldsOff);
    setUnits(fresh.units);
    await runPreview(f, null, 'Membaca berkas…', fresh);
  };

  const changeMapping = (m: ColumnMapping) => {
    setMapping(m);
    if (picked) void runPreview(picked, m, 'Memperbarui pratinjau…');
  };

  const commit = async () => {
    if (!picked || !preview) return;
    const mine = ++seq.current;
    setLoading('Mengimpor…');
    setError(null);
    try {
      // Units left on their shown default ("Buat unit baru") are created as the review showed them.
      const decided = { ...Object.fromEntries(preview.newUnits.map((u) => [u.key, u.decision ?? { buat: true as const }])), ...units };
      const r = await job.run((jobId) => call('pegawai.importCommit', { file: picked.file, mapping, update, skipInvalid, fieldsOff, units: decided, jobId }));
      if (mine !== seq.current) return;
      setReport(r);
      setStep('hasil');
      if (r.ok) {
        onImported(r);
        toast.success(
          `Impor selesai: ${formatAngka(r.inserted)} pegawai ditambahkan${r.updated ? `, ${formatAngka(r.updated)} diperbarui` : ''}.`,
        );
      } else toast.error('Impor ditolak. Tidak ada data yang disimpan.');
    } catch (e) {
      if (mine !== seq.current) return;
      setError(errorMessage(e));
    } finally {
      if (mine === seq.current) setLoading(null);
    }
  };

  const busy = loading !== null;
  const stale = !!preview && !sameMapping(mapping, preview.mapping);
  const willImport = preview ? preview.newCount + (update ? preview.changes.people : 0) : 0;
  const blockedByInvalid = !!preview && preview.invalidRows > 0 && !skipInvalid;
  const blockReason = !preview
    ? null
    : blockedByInvalid
      ? `Ada ${formatAngka(preview.invalidRows)} baris bermasalah. Tidak ada data yang akan diimpor sampai baris itu diperbaiki di berkas atau “Lewati baris yang bermasalah” dicentang.`
      : willImport === 0
        ? preview.existingCount > 0
          ? update
            ? 'Semua pegawai di berkas sudah ada dan datanya sama; tidak ada yang perlu diperbarui.'
            : 'Semua pegawai di berkas sudah ada. Centang “Perbarui data pegawai yang sudah ada” untuk memperbaruinya.'
          : 'Tidak ada baris yang dapat diimpor.'
        : null;

  const close = () => {
    if (loading) job.cancel(); // a running import rolls back as a whole
    onClose();
  };

  // Esc and the × are easy to hit by accident: once a file is chosen and nothing imported yet, ask first.
  const confirm = useConfirm();
  const closeAsking = async () => {
    if (picked && !report) {
      const ok = await confirm({
        title: 'Tutup impor?',
        message: loading
          ? 'Impor yang sedang berjalan dihentikan; tidak ada data yang berubah. Berkas dan pemetaan kolom perlu dipilih lagi.'
          : 'Belum ada data yang diimpor. Berkas dan pemetaan kolom yang sudah dipilih akan hilang.',
        confirmLabel: 'Tutup impor',
        cancelLabel: 'Kembali ke impor',
        danger: true,
        focusCancel: true,
      });
      if (!ok) return;
    }
    close();
  };

  const stepIndex = STEPS.findIndex((s) => s.id === step);

  const footer = (() => {
    const status = loading ? (
      <div className="footer-status">
        <JobProgress label={loading} progress={job.progress} onCancel={job.cancel} />
      </div>
    ) : (
      <div className="footer-status" />
    );
    if (step === 'pilih')
      return (
        <>
          {status}
          <button type="button" className="btn" onClick={close}>
            Batal
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void pick()} disabled={busy} data-autofocus>
            <Icon name="file" /> {picked ? 'Pilih berkas lain…' : 'Pilih berkas…'}
          </button>
        </>
      );
    if (step === 'pemetaan')
      return (
        <>
          {status}
          <button type="button" className="btn" onClick={() => void pick()} disabled={busy}>
            Ganti berkas
          </button>
          <button type="button" className="btn" onClick={close}>
            Batal
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setStep('tinjau')} disabled={busy || stale || !!error || preview?.missingFields.length !== 0}>
            Lanjut
          </button>
        </>
      );
    if (step === 'tinjau')
      return (
        <>
          {blockReason && !busy ? (
            <div className="footer-status footer-warning" id="alasan-impor">
              <Icon name="alert" /> {blockReason}
            </div>
          ) : (
            status
          )}
          <button
            type="button"
            className="btn"
            onClick={() => {
              // an import's error belongs to this step; on the mapping step it would keep Lanjut disabled
              setError(null);
              setStep('pemetaan');
            }}
            disabled={busy}
          >
            Kembali
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void commit()} disabled={busy || !!blockReason} aria-describedby={blockReason ? 'alasan-impor' : undefined}>
            <Icon name="upload" /> Impor {formatAngka(willImport)} pegawai
          </button>
        </>
      );
    return (
      <>
        <div className="footer-status" />
        {report && !report.ok ? (
          <button type="button" className="btn" onClick={() => setStep('tinjau')}>
            Kembali ke tinjauan
          </button>
        ) : null}
        <button type="button" className="btn btn-primary" onClick={close} data-autofocus>
          Selesai
        </button>
      </>
    );
  })();

  return (
    <Dialog title="Impor Pegawai dari Excel/CSV" size="xl" testId="dialog-impor" onClose={() => void closeAsking()} footer={footer}>
      <ol className="stepper" aria-label="Langkah impor">
        {STEPS.map((s, i) => (
          <li key={s.id} className={i < stepIndex ? 'is-done' : i === stepIndex ? 'is-current' : undefined} aria-current={i === stepIndex ? 'step' : undefined}>
            <span className="stepper-dot">{i < stepIndex ? <Icon name="check" size={12} /> : i + 1}</span>
            {s.label}
          </li>
        ))}
      </ol>

      {error ? (
        <div className="banner banner-error" role="alert" data-testid="galat-impor">
          <Icon name="alert" />
          <div>
            {picked && step === 'pilih' ? <strong>{picked.fileName}: </strong> : null}
            {error}
          </div>
        </div>
      ) : null}

      {step === 'pilih' ? (
        <div className="pick-step">
          <div className="pick-drop">
            <Icon name="file" size={36} />
            <p className="empty-title">{picked ? picked.fileName : 'Pilih berkas Excel (.xlsx) atau CSV berisi daftar pegawai.'}</p>
            <p className="muted">
              Ekspor SIASN (kolom NIP BARU, NAMA, GOL AKHIR NAMA, JABATAN NAMA, UNOR NAMA, …) dan daftar SIMPEG setempat dikenali otomatis.
              Baris judul boleh tidak di baris pertama.
            </p>
          </div>
        </div>
      ) : null}

      {preview && step === 'pemetaan' ? (
        <>
          <PreviewStats preview={preview} stale={stale || busy} />
          <MappingStep preview={preview} mapping={mapping} onChange={changeMapping} disabled={loading === 'Mengimpor…'} />
        </>
      ) : null}

      {preview && step === 'tinjau' ? (
        <>
          <PreviewStats preview={preview} stale={busy} />
          <ReviewStep
            preview={preview}
            update={update}
            skipInvalid={skipInvalid}
            onUpdate={(u) => decide({ update: u, fieldsOff, units })}
            onSkipInvalid={setSkipInvalid}
            disabled={busy}
            fieldsOff={fieldsOff}
            onFieldsOff={(f) => decide({ update, fieldsOff: f, units })}
            units={units}
            onUnit={(key, d) => decide({ update, fieldsOff, units: { ...units, [key]: d } })}
            onDownloadRejected={() => void downloadRejected()}
          />
        </>
      ) : null}

      {report && step === 'hasil' ? <ResultStep report={report} /> : null}
    </Dialog>
  );
}
