import type { ImportReport } from '../../../../shared/contract/types';
import { Icon } from '../../components/Icon';
import { formatAngka } from '../../lib/format';
import { IssueTable } from './IssueTable';

export function ResultStep({ report }: { report: ImportReport }) {
  if (!report.ok)
    return (
      <div className="result result-bad" data-testid="hasil-impor">
        <div className="banner banner-error" role="alert">
          <Icon name="alert" /> Impor ditolak karena ada {formatAngka(report.errors.length)} masalah. Tidak ada data yang disimpan.
        </div>
        <IssueTable issues={report.errors} testId="daftar-masalah-impor" label="Daftar masalah impor" />
      </div>
    );
  const lines: [string, number][] = [
    ['Pegawai baru ditambahkan', report.inserted],
    ['Pegawai diperbarui', report.updated],
    ['Tidak berubah', report.unchanged],
    ['Baris dilewati', report.skipped],
    ['Unit kerja baru dibuat', report.unitsCreated],
    ['Nama unit diingat', report.aliasesSaved],
  ];
  return (
    <div className="result result-ok" data-testid="hasil-impor">
      <div className="result-hero">
        <span className="result-icon">
          <Icon name="check" size={28} />
        </span>
        <div>
          <h3>Impor selesai</h3>
          <p className="muted">Data sudah tersimpan dan daftar pegawai sudah diperbarui.</p>
        </div>
      </div>
      <dl className="stat-row">
        {lines.map(([label, n]) => (
          <div key={label} className="stat">
            <dt>{label}</dt>
            <dd className="num">{formatAngka(n)}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length ? (
        <>
          <h4 className="section-title">Baris yang dilewati</h4>
          <IssueTable issues={report.errors} label="Baris yang dilewati" />
        </>
      ) : null}
    </div>
  );
}
