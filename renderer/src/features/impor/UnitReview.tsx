import type { NewUnitProposal, UnitDecision } from '../../../../shared/contract/types';
import { Icon } from '../../components/Icon';
import { UnitSelect } from '../../components/UnitSelect';
import { formatAngka } from '../../lib/format';

interface Props {
  proposals: NewUnitProposal[];
  decisions: Record<string, UnitDecision>;
  onChange: (key: string, d: UnitDecision) => void;
  disabled: boolean;
}

/** Every unit the import would create, with the closest existing units: the clerk decides each one. */
export function UnitReview({ proposals, decisions, onChange, disabled }: Props) {
  if (proposals.length === 0) return null;
  return (
    <section className="review-section" aria-labelledby="judul-unit-baru" data-testid="unit-baru">
      <h3 id="judul-unit-baru" className="section-title">
        <Icon name="alert" /> {formatAngka(proposals.length)} unit kerja belum ada di daftar
      </h3>
      <p className="muted">
        Bila maksudnya unit yang sudah ada (singkatan atau ejaan lain), pilih unit itu: nama ini diingat untuk impor berikutnya. Unit hanya dibuat bila
        dipilih “Buat unit baru”.
      </p>
      <table className="table table-compact unit-review-table">
        <thead>
          <tr>
            <th scope="col">Nama di berkas</th>
            <th scope="col">Di bawah</th>
            <th scope="col" className="num">
              Baris
            </th>
            <th scope="col">Tindakan</th>
          </tr>
        </thead>
        <tbody>
          {proposals.map((p) => {
            const d = decisions[p.key];
            const chosen = d && 'pakai' in d ? d.pakai : null;
            return (
              <tr key={p.key} data-unit={p.nama}>
                <td>
                  <strong>{p.nama}</strong>
                  <div className="muted small">mulai baris {p.firstRow}</div>
                </td>
                <td>{p.parentLabel ?? <span className="muted">(tingkat teratas)</span>}</td>
                <td className="num">{formatAngka(p.rows)}</td>
                <td>
                  <div className="unit-choice">
                    <label className="check">
                      <input type="radio" name={`unit-${p.key}`} checked={!d || 'buat' in d} disabled={disabled} onChange={() => onChange(p.key, { buat: true })} />
                      <span>Buat unit baru</span>
                    </label>
                    {p.candidates.map((c) => (
                      <label key={c.id} className="check">
                        <input type="radio" name={`unit-${p.key}`} checked={chosen === c.id} disabled={disabled} onChange={() => onChange(p.key, { pakai: c.id })} />
                        <span>
                          Sama dengan <strong>{c.label}</strong> <span className="muted small">(kemiripan {Math.round(c.score * 100)}%)</span>
                        </span>
                      </label>
                    ))}
                    <UnitSelect
                      aria-label={`Unit lain untuk ${p.nama}`}
                      className="input input-small"
                      emptyLabel="Sama dengan unit lain…"
                      value={chosen !== null && !p.candidates.some((c) => c.id === chosen) ? chosen : null}
                      disabled={disabled}
                      onChange={(id) => id !== null && onChange(p.key, { pakai: id })}
                    />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
