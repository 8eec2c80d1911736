import type { ImportIssue } from '../../../../shared/domain/pegawai';

/** Problems found in a file, as a clerk looks them up in Excel: row, column, message. */
export function IssueTable({ issues, testId, label }: { issues: ImportIssue[]; testId?: string; label: string }) {
  return (
    <div className="issue-table-wrap" data-testid={testId}>
      <table className="table table-compact issue-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col" className="col-baris">
              Baris
            </th>
            <th scope="col" className="col-kolom">
              Kolom
            </th>
            <th scope="col">Pesan</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i, n) => (
            <tr key={n}>
              <td className="num">{i.row ?? <span className="muted">—</span>}</td>
              <td>
                {i.column ? <span className="col-letter">{i.column}</span> : null}
                {i.header ? <span className="col-header">{i.header}</span> : null}
                {!i.column && !i.header ? <span className="muted">—</span> : null}
              </td>
              <td className="issue-message">{i.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
