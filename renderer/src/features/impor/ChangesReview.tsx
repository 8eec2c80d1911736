import type { ImportChanges } from '../../../../shared/contract/types';
import { UPDATE_FIELD_LABEL, type UpdateField } from '../../../../shared/domain/import-fields';
import { formatNip } from '../../../../shared/domain/nip';
import { formatAngka } from '../../lib/format';

interface Props {
  changes: ImportChanges;
  fieldsOff: readonly UpdateField[];
  onToggle: (f: UpdateField, on: boolean) => void;
  disabled: boolean;
}

const empty = (s: string) => (s === '' ? <span className="muted">(kosong)</span> : s);

/** What the update would change: per field (each can be left out), and per person as old → new. */
export function ChangesReview({ changes, fieldsOff, onToggle, disabled }: Props) {
  const fields = [...changes.perField.map((f) => f.field), ...fieldsOff.filter((f) => !changes.perField.some((p) => p.field === f))];
  return (
    <section className="review-section" aria-labelledby="judul-perubahan" data-testid="perubahan-impor">
      <h3 id="judul-perubahan" className="section-title">
        Perubahan pada {formatAngka(changes.people)} pegawai yang sudah ada
        {changes.unchanged ? <span className="muted"> · {formatAngka(changes.unchanged)} tidak berubah</span> : null}
      </h3>
      <p className="muted">Hanya kolom yang ada dan terisi di berkas yang mengubah data; sel kosong tidak menghapus apa pun. Hilangkan centang untuk membiarkan isian itu.</p>
      {fields.length ? (
        <div className="field-toggles">
          {fields.map((f) => {
            const n = changes.perField.find((p) => p.field === f)?.count ?? 0;
            const on = !fieldsOff.includes(f);
            return (
              <label key={f} className="check">
                <input type="checkbox" checked={on} disabled={disabled} onChange={(e) => onToggle(f, e.target.checked)} />
                <span>
                  {UPDATE_FIELD_LABEL[f]} {on ? <span className="muted">({formatAngka(n)})</span> : <span className="muted">(dibiarkan)</span>}
                </span>
              </label>
            );
          })}
        </div>
      ) : null}
      {changes.rows.length ? (
        <div className="sample-wrap">
          <table className="table table-compact" data-testid="daftar-perubahan">
            <thead>
              <tr>
                <th scope="col" className="col-baris">
                  Baris
                </th>
                <th scope="col">Pegawai</th>
                <th scope="col">Isian</th>
                <th scope="col">Sekarang</th>
                <th scope="col">Menjadi</th>
              </tr>
            </thead>
            <tbody>
              {changes.rows.flatMap((r) =>
                r.changes.map((c, i) => (
                  <tr key={`${r.row}-${c.field}`}>
                    {i === 0 ? (
                      <>
                        <td className="num" rowSpan={r.changes.length}>
                          {r.row}
                        </td>
                        <td rowSpan={r.changes.length}>
                          {r.nama}
                          {r.nip ? <div className="muted small nowrap">{formatNip(r.nip)}</div> : null}
                        </td>
                      </>
                    ) : null}
                    <td>{UPDATE_FIELD_LABEL[c.field]}</td>
                    <td className="change-old">{empty(c.old)}</td>
                    <td className="change-new">{empty(c.new)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      ) : null}
      {changes.people > changes.rows.length ? (
        <p className="note">
          {formatAngka(changes.rows.length)} dari {formatAngka(changes.people)} pegawai yang berubah ditampilkan.
        </p>
      ) : null}
    </section>
  );
}
