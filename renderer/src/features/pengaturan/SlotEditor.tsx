import type { Placeholder, TextSlot } from '../../../../shared/dokumen/teks';
import { placeholdersIn } from './teks-utils';

interface Props {
  slot: TextSlot;
  value: string;
  placeholders: readonly Placeholder[];
  problems: string[];
  readOnly?: boolean;
  onChange: (value: string) => void;
  onFocus: () => void;
  textareaRef: (el: HTMLTextAreaElement | null) => void;
}

export const slotFieldId = (key: string) => `teks-${key}`;

/** One editable text of a document: a textarea, the placeholders it uses (unknown ones marked) and its problems. */
export function SlotEditor({ slot, value, placeholders, problems, readOnly, onChange, onFocus, textareaRef }: Props) {
  const known = new Set(placeholders.map((p) => p.key));
  const used = placeholdersIn(value);
  const id = slotFieldId(slot.key);
  const hintId = `${id}-hint`;
  const errorId = problems.length ? `${id}-error` : undefined;
  const lines = Math.min(14, Math.max(slot.kind === 'daftar' ? 4 : 3, Math.ceil(value.length / 70) + value.split('\n').length));
  return (
    <div className={`field slot-editor${problems.length ? ' field-invalid' : ''}`} data-testid={`slot-${slot.key}`}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {slot.label}
        </label>
        <span className="slot-kind">{slot.kind === 'daftar' ? 'satu butir per baris' : 'baris kosong memisahkan paragraf'}</span>
      </div>
      <textarea
        id={id}
        ref={textareaRef}
        rows={lines}
        spellCheck={false}
        readOnly={readOnly}
        value={value}
        aria-invalid={problems.length ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ')}
        onChange={(e) => onChange(e.target.value)}
        onFocus={onFocus}
      />
      {problems.map((m, i) => (
        <div key={i} id={i === 0 ? errorId : undefined} className="field-error" role="alert">
          {m}
        </div>
      ))}
      <div id={hintId} className="slot-used">
        {used.length ? (
          <>
            <span className="muted small">Isian dipakai:</span>
            {used.map((k) => (
              <code key={k} className={`ph-chip${known.has(k) ? '' : ' is-unknown'}`} title={known.has(k) ? undefined : 'Isian ini tidak dikenal'}>
                {`{${k}}`}
              </code>
            ))}
          </>
        ) : (
          <span className="muted small">Tanpa isian.</span>
        )}
      </div>
    </div>
  );
}
