import type { ImportPreview } from '../../../../shared/contract/types';
import { IMPORT_FIELD_LABEL, IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../../../shared/domain/import-fields';
import { STATUS_LABEL, type PegawaiImportRow } from '../../../../shared/domain/pegawai';
import { formatNip } from '../../../../shared/domain/nip';
import { formatTanggal } from '../../../../shared/domain/tanggal';
import { Icon } from '../../components/Icon';
import { columnLetter } from '../../../../shared/domain/kolom';
import { golonganLabel } from '../../lib/format';

const REQUIRED: readonly ImportField[] = ['nama'];

/** What Netra read for a field in the first data row, to check the mapping at a glance. */
function contoh(field: ImportField, row: PegawaiImportRow | undefined): string {
  if (!row) return '';
  switch (field) {
    case 'nip':
      return row.nip ? formatNip(row.nip) : '';
    case 'tanggalLahir':
      return row.tanggalLahir ? formatTanggal(row.tanggalLahir) : '';
    case 'status':
      return STATUS_LABEL[row.status];
    case 'golongan':
    case 'pangkat':
      return row.golongan ? golonganLabel(row.golongan) : '';
    case 'unitKerja':
      return row.unitKerjaNama ?? '';
    case 'unitInduk':
      return row.unitIndukNama ?? '';
    case 'nipLama':
      return '';
    case 'jenisKelamin':
      return row.jenisKelamin === 'L' ? 'Laki-laki' : row.jenisKelamin === 'P' ? 'Perempuan' : '';
    default: {
      const v = row[field];
      return v === null || v === undefined ? '' : String(v);
    }
  }
}

interface Props {
  preview: ImportPreview;
  mapping: ColumnMapping;
  onChange: (m: ColumnMapping) => void;
  disabled: boolean;
}

export function MappingStep({ preview, mapping, onChange, disabled }: Props) {
  const first = preview.sample[0]?.data;
  const used = new Map<number, number>();
  for (const v of Object.values(mapping)) if (v !== undefined) used.set(v, (used.get(v) ?? 0) + 1);
  return (
    <div className="mapping-step">
      {preview.mappingSaved ? (
        <div className="banner banner-info">
          <Icon name="info" /> Pemetaan tersimpan dari impor sebelumnya dipakai.
        </div>
      ) : (
        <p className="muted">
          Netra mengenali kolom dari judulnya. Periksa pasangan di bawah; ubah bila ada kolom yang keliru atau belum dikenali.
        </p>
      )}
      <table className="table table-compact mapping-table" aria-label="Pemetaan kolom">
        <thead>
          <tr>
            <th scope="col">Isian Netra</th>
            <th scope="col">Kolom di berkas</th>
            <th scope="col">Contoh terbaca (baris data pertama)</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_FIELDS.map((f) => {
            const id = `map-${f}`;
            const value = mapping[f];
            const dup = value !== undefined && (used.get(value) ?? 0) > 1;
            const missing = REQUIRED.includes(f) && value === undefined;
            return (
              <tr key={f} className={missing ? 'is-missing' : undefined}>
                <th scope="row">
                  <label htmlFor={id}>{IMPORT_FIELD_LABEL[f]}</label>
                  {REQUIRED.includes(f) ? (
                    <span className="field-required" aria-hidden="true">
                      {' '}
                      *
                    </span>
                  ) : null}
                </th>
                <td>
                  <select
                    id={id}
                    value={value === undefined ? '' : String(value)}
                    disabled={disabled}
                    aria-invalid={missing || undefined}
                    aria-required={REQUIRED.includes(f) || undefined}
                    onChange={(e) => {
                      const next: ColumnMapping = { ...mapping };
                      if (e.target.value === '') delete next[f];
                      else next[f] = Number(e.target.value);
                      onChange(next);
                    }}
                  >
                    <option value="">(tidak ada)</option>
                    {preview.headers.map((h, i) => (
                      <option key={i} value={String(i)}>
                        {columnLetter(i)} — {h.trim() || '(tanpa judul)'}
                      </option>
                    ))}
                  </select>
                  {dup ? <div className="field-hint">Kolom ini juga dipakai isian lain.</div> : null}
                  {missing ? <div className="field-error">Wajib dipilih.</div> : null}
                </td>
                <td className="mapping-contoh">{value !== undefined ? contoh(f, first) || <span className="muted">(kosong)</span> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
