import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';

/** How one column of a rule-set table is edited. */
export type JenisKolom =
  | { jenis: 'teks'; lebar?: number }
  | { jenis: 'panjang'; lebar?: number }
  | { jenis: 'angka'; kosong?: boolean; min?: number; max?: number }
  | { jenis: 'pilihan'; pilihan: readonly { value: string; label: string }[]; lebar?: number }
  | { jenis: 'multi'; pilihan: readonly { value: string; label: string }[]; kosongLabel?: string }
  | { jenis: 'centang' }
  /** A list of short texts, one per line. */
  | { jenis: 'daftar' };

export type Kolom = { key: string; label: string; petunjuk?: string } & JenisKolom;

type Baris = Record<string, unknown>;

interface Props {
  /** The list's key in the rule set (`tenggat`), for error paths `isi.tenggat.3.jumlah`. */
  bagian: string;
  judul: string;
  kolom: readonly Kolom[];
  baris: readonly Baris[];
  onChange: (baris: Baris[]) => void;
  /** A new row's values. */
  kosong: () => Baris;
  /** Messages by path (`isi.tenggat.3.jumlah`). */
  errors: Record<string, string>;
  /** What names a row in labels: its kode, kategori … */
  namaBaris: (b: Baris, i: number) => string;
  /** Extra cell after the columns (e.g. the "periksa" mark with its source). */
  tanda?: (b: Baris) => ReactNode;
  disabled?: boolean;
}

const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** One list of a rule set as an editable table: a row per entry, a field per column, add and remove rows. */
export function AturanTabel({ bagian, judul, kolom, baris, onChange, kosong, errors, namaBaris, tanda, disabled }: Props) {
  const set = (i: number, key: string, value: unknown) => onChange(baris.map((b, j) => (j === i ? { ...b, [key]: value } : b)));
  const hapus = (i: number) => onChange(baris.filter((_, j) => j !== i));
  const rowError = (i: number) => errors[`isi.${bagian}.${i}`];
  return (
    <div className="aturan-bagian" data-testid={`aturan-${bagian}`}>
      {errors[`isi.${bagian}`] ? (
        <div className="form-error" role="alert">
          <Icon name="alert" /> {errors[`isi.${bagian}`]}
        </div>
      ) : null}
      <div className="card aturan-tabel-wrap">
        <table className="aturan-tabel" aria-label={judul}>
          <thead>
            <tr>
              <th>No.</th>
              {kolom.map((k) => (
                <th key={k.key} title={k.petunjuk}>
                  {k.label}
                </th>
              ))}
              {tanda ? <th>Tanda</th> : null}
              <th aria-label="Hapus baris" />
            </tr>
          </thead>
          <tbody>
            {baris.map((b, i) => {
              const nama = namaBaris(b, i);
              return (
                <tr key={i} data-baris={nama}>
                  <td className="muted">
                    {i + 1}
                    {rowError(i) ? <div className="aturan-sel-error">{rowError(i)}</div> : null}
                  </td>
                  {kolom.map((k) => {
                    const path = `isi.${bagian}.${i}.${k.key}`;
                    const err = Object.entries(errors).find(([p]) => p === path || p.startsWith(`${path}.`))?.[1];
                    const label = `${k.label}, baris ${i + 1}${nama ? ` (${nama})` : ''}`;
                    return (
                      <td key={k.key} className={err ? 'aturan-sel-invalid' : undefined} style={k.jenis === 'teks' || k.jenis === 'panjang' ? { minWidth: k.lebar ?? (k.jenis === 'panjang' ? 260 : 140) } : undefined}>
                        <Sel kolom={k} value={b[k.key]} label={label} invalid={Boolean(err)} disabled={disabled} onChange={(v) => set(i, k.key, v)} />
                        {err ? <div className="aturan-sel-error">{err}</div> : null}
                      </td>
                    );
                  })}
                  {tanda ? <td className="small">{tanda(b)}</td> : null}
                  <td>
                    <button type="button" className="btn-icon btn-icon-danger" aria-label={`Hapus baris ${i + 1}${nama ? ` (${nama})` : ''}`} title="Hapus baris" disabled={disabled} onClick={() => hapus(i)}>
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div>
        <button type="button" className="btn btn-small" disabled={disabled} onClick={() => onChange([...baris, kosong()])}>
          <Icon name="plus" size={14} /> Tambah baris {judul.toLowerCase()}
        </button>
      </div>
    </div>
  );
}

function Sel({ kolom: k, value, label, invalid, disabled, onChange }: { kolom: Kolom; value: unknown; label: string; invalid: boolean; disabled?: boolean | undefined; onChange: (v: unknown) => void }) {
  const common = { 'aria-label': label, 'aria-invalid': invalid || undefined, disabled } as const;
  switch (k.jenis) {
    case 'teks':
      return <input type="text" {...common} value={asText(value)} onChange={(e) => onChange(e.target.value)} />;
    case 'panjang':
      return <textarea {...common} rows={2} value={asText(value)} onChange={(e) => onChange(e.target.value)} />;
    case 'angka':
      return (
        <input
          type="number"
          {...common}
          step={1}
          min={k.min}
          max={k.max}
          style={{ width: 84 }}
          value={asText(value)}
          // an empty field is null where the rule allows none (a sanction without duration), else left for the check to name
          onChange={(e) => onChange(e.target.value === '' ? (k.kosong ? null : '') : Number(e.target.value))}
        />
      );
    case 'pilihan':
      return (
        <select {...common} style={k.lebar ? { minWidth: k.lebar } : undefined} value={asText(value)} onChange={(e) => onChange(e.target.value)}>
          {k.pilihan.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      );
    case 'multi': {
      const list = Array.isArray(value) ? (value as string[]) : [];
      const chosen = k.pilihan.filter((p) => list.includes(p.value)).map((p) => p.label);
      // folded: most rows keep the default, and six checkboxes per row made the table unreadable
      return (
        <details className="aturan-multi">
          <summary aria-label={label}>{chosen.length ? chosen.join(', ') : (k.kosongLabel ?? '—')}</summary>
          <div role="group" aria-label={label}>
            {k.pilihan.map((p) => (
              <label key={p.value} className="check">
                <input type="checkbox" disabled={disabled} checked={list.includes(p.value)} onChange={(e) => onChange(e.target.checked ? [...list, p.value] : list.filter((x) => x !== p.value))} />
                <span>{p.label}</span>
              </label>
            ))}
          </div>
        </details>
      );
    }
    case 'centang':
      return <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
    case 'daftar':
      return (
        <textarea
          {...common}
          rows={2}
          value={(Array.isArray(value) ? (value as string[]) : []).join('\n')}
          // blank lines name nothing; kept while typing so Enter starts a new line
          onChange={(e) => onChange(e.target.value.split('\n'))}
          onBlur={(e) => onChange(e.target.value.split('\n').map((s) => s.trim()).filter(Boolean))}
        />
      );
  }
}
