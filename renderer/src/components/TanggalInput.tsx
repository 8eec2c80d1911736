import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { formatTanggalInput, parseTanggalInput } from '../lib/tanggal-input';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'min' | 'max' | 'defaultValue'>;

interface Props extends NativeProps {
  id: string;
  /** ISO `YYYY-MM-DD`, '' when empty; any other text is shown as typed. */
  value: string;
  /** ISO for a date that parses, '' for empty, the typed text otherwise (so the form's own check refuses it). */
  onChange: (value: string) => void;
  min?: string;
  max?: string;
}

/**
 * A date field shown and typed as dd/mm/yyyy in every browser locale. It keeps what the clerk types while
 * typing and writes the canonical form back when the field loses focus; an unknown date is said below it.
 */
export function TanggalInput({ id, value, onChange, min, max, onBlur, onFocus, ...rest }: Props) {
  const [text, setText] = useState(() => formatTanggalInput(value));
  const [editing, setEditing] = useState(false);
  const bounds = { ...(min ? { min } : {}), ...(max ? { max } : {}) };
  const parsed = parseTanggalInput(text, bounds);

  // A value set from outside (a reset, a copy, a loaded draft) replaces the text unless it is what the text means.
  useEffect(() => {
    setText((current) => {
      const p = parseTanggalInput(current);
      const same = p.ok ? p.iso === value : current === value;
      return same ? current : formatTanggalInput(value);
    });
  }, [value]);

  const errorId = `${id}-format`;
  const showError = !parsed.ok && !editing;
  const describedBy = [rest['aria-describedby'], showError ? errorId : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <>
      <input
        {...rest}
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        placeholder={rest.placeholder ?? 'hh/bb/tttt'}
        value={text}
        aria-invalid={showError ? true : rest['aria-invalid']}
        aria-describedby={describedBy}
        onFocus={(e) => {
          setEditing(true);
          onFocus?.(e);
        }}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          // Bounds are said below the field; a real date outside them still goes to the form as ISO.
          const p = parseTanggalInput(next);
          onChange(p.ok ? p.iso : next.trim());
        }}
        onBlur={(e) => {
          setEditing(false);
          const p = parseTanggalInput(text, bounds);
          if (p.ok) setText(formatTanggalInput(p.iso));
          onBlur?.(e);
        }}
      />
      {showError ? (
        <div id={errorId} className="field-error" role="alert">
          {parsed.pesan}
        </div>
      ) : null}
    </>
  );
}
