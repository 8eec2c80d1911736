import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { barisBaru, barisDaftar, tempelDaftar, type CaraTempel } from '../lib/daftar';
import { Dialog } from './Dialog';
import { Icon } from './Icon';

interface Props {
  id: string;
  label: string;
  items: string[];
  onChange: (items: string[]) => void;
  /** Messages by item index ("0", "1" …), and "" for the list as a whole. */
  errors?: Record<string, string>;
  hint?: string;
  required?: boolean;
  placeholder?: string;
  /** "Tambah tujuan", "Tambah tembusan" … */
  addLabel: string;
  testId?: string;
}

const itemId = (id: string, i: number) => `${id}-${i}`;
const linesOf = barisDaftar;

/**
 * A list of short lines (addressees, tembusan): one input per line, Enter adds a line below,
 * pasting several lines adds them all (leading "1." or "-" removed), and "Tempel daftar" takes a
 * whole list, asking whether it replaces the list or is added to it. Lines already in the list are
 * left out either way, and the dialog says how many.
 */
export function ListEditor({ id, label, items, onChange, errors = {}, hint, required, placeholder, addLabel, testId }: Props) {
  const [pasting, setPasting] = useState(false);
  const [pasteText, setPasteText] = useState('');

  const focusItem = (i: number) => window.setTimeout(() => document.getElementById(itemId(id, i))?.focus(), 0);
  const setItem = (i: number, value: string) => onChange(items.map((v, j) => (j === i ? value : v)));
  const insertAt = (i: number, added: string[]) => onChange([...items.slice(0, i), ...added, ...items.slice(i)]);
  const remove = (i: number) => {
    onChange(items.filter((_, j) => j !== i));
    focusItem(Math.max(0, i - 1));
  };
  const move = (i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= items.length) return;
    const next = [...items];
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
    focusItem(j);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, i: number) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      insertAt(i + 1, ['']);
      focusItem(i + 1);
    } else if (e.key === 'Backspace' && items[i] === '' && items.length > 1) {
      e.preventDefault();
      remove(i);
    } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      move(i, e.key === 'ArrowUp' ? -1 : 1);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>, i: number) => {
    const lines = linesOf(e.clipboardData.getData('text'));
    if (lines.length < 2) return;
    e.preventDefault();
    const current = items[i]?.trim() ?? '';
    // Lines the list already has (or the paste repeats) are left out, as in "Tempel daftar".
    const baru = barisBaru(items, lines);
    // Into an empty line the pasted lines replace it; otherwise they come after it.
    const next = current ? [...items.slice(0, i + 1), ...baru, ...items.slice(i + 1)] : [...items.slice(0, i), ...baru, ...items.slice(i + 1)];
    onChange(next);
    focusItem(Math.max(0, (current ? i + 1 : i) + baru.length - 1));
  };

  // The paste dialog: what each choice would give, shown before the clerk picks one.
  const pasted = pasting ? linesOf(pasteText) : [];
  const filled = items.filter((s) => s.trim());
  const tambah = tempelDaftar(items, pasted, 'tambah');
  const ganti = tempelDaftar(items, pasted, 'ganti');
  const apply = (cara: CaraTempel) => {
    onChange((cara === 'tambah' ? tambah : ganti).items);
    setPasteText('');
    setPasting(false);
  };

  const listError = errors[''];
  return (
    <fieldset className={`field list-editor${listError ? ' field-invalid' : ''}`} data-testid={testId} aria-describedby={listError ? `${id}-error` : undefined}>
      <legend className="field-label">
        {label}
        {required ? (
          <span className="field-required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
        <span className="list-count muted">{items.length ? ` · ${items.length}` : ''}</span>
      </legend>
      {items.length ? (
        <ol className="list-editor-items">
          {items.map((item, i) => {
            const err = errors[String(i)];
            return (
              <li key={i} className="list-editor-item">
                <span className="list-editor-no num" aria-hidden="true">
                  {i + 1}.
                </span>
                <div className="list-editor-input">
                  <input
                    id={itemId(id, i)}
                    type="text"
                    aria-label={`${label} ${i + 1}`}
                    aria-invalid={err ? true : undefined}
                    placeholder={placeholder}
                    value={item}
                    onChange={(e) => setItem(i, e.target.value)}
                    onKeyDown={(e) => onKeyDown(e, i)}
                    onPaste={(e) => onPaste(e, i)}
                  />
                  {err ? <div className="field-error">{err}</div> : null}
                </div>
                <div className="list-editor-actions">
                  <button type="button" className="btn-icon btn-icon-sm" aria-label={`Naikkan baris ${i + 1}`} title="Naikkan (Alt+↑)" disabled={i === 0} onClick={() => move(i, -1)}>
                    <Icon name="arrowUp" size={14} />
                  </button>
                  <button
                    type="button"
                    className="btn-icon btn-icon-sm"
                    aria-label={`Turunkan baris ${i + 1}`}
                    title="Turunkan (Alt+↓)"
                    disabled={i === items.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    <Icon name="arrowDown" size={14} />
                  </button>
                  <button type="button" className="btn-icon btn-icon-sm btn-icon-danger" aria-label={`Hapus baris ${i + 1}`} title="Hapus" onClick={() => remove(i)}>
                    <Icon name="x" size={14} />
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="list-editor-footer">
        <button
          type="button"
          className="btn btn-small btn-ghost"
          onClick={() => {
            onChange([...items, '']);
            focusItem(items.length);
          }}
        >
          <Icon name="plus" size={14} /> {addLabel}
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => setPasting(true)}>
          Tempel daftar…
        </button>
      </div>
      {listError ? (
        <div id={`${id}-error`} className="field-error" role="alert">
          {listError}
        </div>
      ) : null}
      {hint ? <div className="field-hint">{hint}</div> : null}
      {pasting ? (
        <Dialog
          title={`Tempel daftar: ${label}`}
          subtitle={
            filled.length
              ? `Satu baris per butir; nomor atau tanda strip di awal baris dibuang. Daftar ini sudah berisi ${filled.length} baris: ganti seluruhnya, atau tambahkan yang belum ada.`
              : 'Satu baris per butir; nomor atau tanda strip di awal baris dibuang, baris ganda hanya diambil sekali.'
          }
          size="md"
          testId="tempel-daftar"
          onClose={() => setPasting(false)}
          footer={
            <>
              <div className="footer-hint" data-testid="tempel-ringkasan">
                {pasted.length} baris
                {pasted.length && filled.length ? ` · tambah: ${tambah.items.length - filled.length} baru, ${tambah.ganda.length} sudah ada` : ''}
                {pasted.length && !filled.length && ganti.ganda.length ? ` · ${ganti.ganda.length} ganda dibuang` : ''}
              </div>
              <button type="button" className="btn" onClick={() => setPasting(false)}>
                Batal
              </button>
              {filled.length ? (
                <button type="button" className="btn" disabled={pasted.length === 0} onClick={() => apply('ganti')}>
                  Ganti {filled.length} baris yang ada
                </button>
              ) : null}
              <button type="button" className="btn btn-primary" disabled={pasted.length === 0} onClick={() => apply('tambah')}>
                {filled.length ? 'Tambahkan ke daftar' : 'Tambahkan'}
              </button>
            </>
          }
        >
          <textarea aria-label="Daftar yang ditempel" rows={12} value={pasteText} data-autofocus onChange={(e) => setPasteText(e.target.value)} />
        </Dialog>
      ) : null}
    </fieldset>
  );
}
