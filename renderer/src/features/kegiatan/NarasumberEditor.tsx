import type { KeyboardEvent } from 'react';
import type { Narasumber } from '../../../../shared/contract/kegiatan';
import { Icon } from '../../components/Icon';

interface Props {
  id: string;
  items: Narasumber[];
  onChange: (items: Narasumber[]) => void;
  /** Messages by "0.nama", "1.jabatan" …, and "" for the list. */
  errors: Record<string, string>;
}

const KOSONG: Narasumber = { nama: '', jabatan: '', instansi: '' };
const KOLOM = [
  { key: 'nama', label: 'Nama', placeholder: 'Nama dengan gelar' },
  { key: 'jabatan', label: 'Jabatan', placeholder: 'Jabatan' },
  { key: 'instansi', label: 'Instansi', placeholder: 'Bawaslu Kabupaten …' },
] as const;

/**
 * The speakers, one row each (nama, jabatan, instansi), laid out as the other list fields: Enter in
 * the last column adds a row below, the bin removes one.
 */
export function NarasumberEditor({ id, items, onChange, errors }: Props) {
  const cellId = (i: number, k: string) => `${id}-${i}-${k}`;
  const focus = (i: number) => window.setTimeout(() => document.getElementById(cellId(i, 'nama'))?.focus(), 0);
  const setCell = (i: number, k: keyof Narasumber, v: string) => onChange(items.map((n, j) => (j === i ? { ...n, [k]: v } : n)));
  const add = (at: number) => {
    onChange([...items.slice(0, at), { ...KOSONG }, ...items.slice(at)]);
    focus(at);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, i: number, k: string) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && k === 'instansi') {
      e.preventDefault();
      add(i + 1);
    }
  };
  return (
    <fieldset className="field list-editor narasumber-editor" data-testid="narasumber">
      <legend className="field-label">
        Narasumber<span className="list-count muted">{items.length ? ` · ${items.length}` : ''}</span>
      </legend>
      {items.length ? (
        <ol className="list-editor-items">
          {items.map((n, i) => (
            <li key={i} className="list-editor-item">
              <span className="list-editor-no num" aria-hidden="true">
                {i + 1}.
              </span>
              {KOLOM.map((c) => {
                const err = errors[`${i}.${c.key}`];
                return (
                  <div key={c.key} className="list-editor-input">
                    <input
                      id={cellId(i, c.key)}
                      type="text"
                      aria-label={`${c.label} narasumber ${i + 1}`}
                      aria-invalid={err ? true : undefined}
                      placeholder={c.placeholder}
                      value={n[c.key]}
                      onChange={(e) => setCell(i, c.key, e.target.value)}
                      onKeyDown={(e) => onKeyDown(e, i, c.key)}
                    />
                    {err ? <div className="field-error">{err}</div> : null}
                  </div>
                );
              })}
              <div className="list-editor-actions">
                <button type="button" className="btn-icon btn-icon-sm btn-icon-danger" aria-label={`Hapus narasumber ${i + 1}`} title="Hapus" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                  <Icon name="x" size={14} />
                </button>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">Belum ada narasumber.</p>
      )}
      <div className="list-editor-footer">
        <button type="button" className="btn btn-small btn-ghost" onClick={() => add(items.length)}>
          <Icon name="plus" size={14} /> Tambah narasumber
        </button>
      </div>
      {errors[''] ? <div className="field-error">{errors['']}</div> : null}
    </fieldset>
  );
}
