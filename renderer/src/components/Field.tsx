import type { ReactNode } from 'react';

export interface FieldA11y {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: (a11y: FieldA11y) => ReactNode;
}

/** Label, control, hint and error message, wired together for screen readers. */
export function Field({ id, label, error, hint, required, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {/* Outside the label, so that the field's name stays exactly its label; aria-required says the rest. */}
        {required ? (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'aria-required': required ? true : undefined })}
      {error ? (
        <div id={errorId} className="field-error" role="alert">
          {error}
        </div>
      ) : null}
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}

interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  value: V | '';
  options: { value: V; label: string }[];
  onChange: (v: V) => void;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  id: string;
}

/** A labelled set of radio buttons (fieldset + legend); `id` goes on the first radio, for focusing. */
export function RadioGroup<V extends string>({ name, legend, value, options, onChange, error, hint, required, id }: RadioGroupProps<V>) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={`field field-radio${error ? ' field-invalid' : ''}`} aria-describedby={errorId} aria-invalid={error ? true : undefined}>
      <legend className="field-label">
        {legend}
        {required ? <span className="field-required" aria-hidden="true"> *</span> : null}
      </legend>
      <div className="radio-row">
        {options.map((o, i) => (
          <label key={o.value} className="radio">
            <input
              type="radio"
              id={i === 0 ? id : undefined}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <div id={errorId} className="field-error" role="alert">
          {error}
        </div>
      ) : null}
      {hint ? <div className="field-hint">{hint}</div> : null}
    </fieldset>
  );
}
