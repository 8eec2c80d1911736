import type { ImportPreview } from '../../../../shared/contract/types';
import { formatAngka } from '../../lib/format';

/** File line and the counts of a preview. */
export function PreviewStats({ preview, stale }: { preview: ImportPreview; stale: boolean }) {
  const stats: { label: string; value: number; tone?: string }[] = [
    { label: 'Baris data', value: preview.totalRows },
    { label: 'Siap diimpor', value: preview.validRows, tone: 'ok' },
    { label: 'Pegawai baru', value: preview.newCount },
    { label: 'Sudah ada (NIP sama)', value: preview.existingCount },
    { label: 'Bermasalah', value: preview.invalidRows, tone: preview.invalidRows ? 'bad' : undefined },
  ];
  return (
    <div className={`preview-stats${stale ? ' is-stale' : ''}`}>
      <p className="file-line">
        <strong>{preview.fileName}</strong>
        {preview.sheet ? <> · Lembar “{preview.sheet}”</> : null} · Judul kolom di baris {preview.headerRow}
      </p>
      <dl className="stat-row" data-testid="ringkasan-impor">
        {stats.map((s) => (
          <div key={s.label} className={`stat${s.tone ? ` stat-${s.tone}` : ''}`}>
            <dt>{s.label}</dt>
            <dd className="num">{formatAngka(s.value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
