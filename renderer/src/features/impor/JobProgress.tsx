import type { ImportProgress } from '../../../../shared/contract/types';
import { formatAngka } from '../../lib/format';

const PHASE: Record<ImportProgress['phase'], string> = {
  membaca: 'Membaca berkas',
  memeriksa: 'Memeriksa baris',
  mencadangkan: 'Membuat cadangan sebelum impor',
  menulis: 'Menyimpan ke basis data',
  selesai: 'Selesai',
  dibatalkan: 'Dibatalkan',
  gagal: 'Gagal',
};

/** Progress of a long import: phase, rows, a bar, and the Cancel button. */
export function JobProgress({ label, progress, onCancel }: { label: string; progress: ImportProgress | null; onCancel: () => void }) {
  const done = progress ? (progress.phase === 'menulis' ? progress.rowsWritten : progress.rowsChecked) : 0;
  const total = progress?.total ?? 0;
  const pct =
    progress?.phase === 'membaca' && progress.fraction !== undefined
      ? Math.round(progress.fraction * 100)
      : total > 0
        ? Math.min(100, Math.round((done / total) * 100))
        : null;
  return (
    <div className="job-progress" role="status" data-testid="progres-impor">
      <div className="job-progress-text">
        <span className="spinner" aria-hidden="true" /> {progress ? PHASE[progress.phase] : label}
        {progress?.phase === 'membaca' && progress.rowsRead > 0 ? <span className="muted"> · {formatAngka(progress.rowsRead)} baris</span> : null}
        {progress && total > 0 ? (
          <span className="muted">
            {' '}
            · {formatAngka(done)} dari {formatAngka(total)} baris
          </span>
        ) : null}
      </div>
      <div className="job-progress-bar" aria-hidden="true">
        <div className={pct === null ? 'is-indeterminate' : undefined} style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
      <button type="button" className="btn btn-small" onClick={onCancel} data-testid="batal-impor" title="Hentikan proses ini; tidak ada data yang disimpan">
        Hentikan
      </button>
    </div>
  );
}
