import type { Placeholder } from '../../../../shared/dokumen/teks';

/** The placeholders a type knows; a click puts `{key}` at the cursor of the text last edited. */
export function PlaceholderList({ placeholders, onInsert, disabled }: { placeholders: readonly Placeholder[]; onInsert: (key: string) => void; disabled?: boolean }) {
  return (
    <div className="ph-list" data-testid="daftar-isian">
      <div className="ph-list-title">Isian yang tersedia</div>
      <p className="muted small">Klik untuk menyisipkan pada posisi kursor.</p>
      <ul>
        {placeholders.map((p) => (
          <li key={p.key}>
            <button type="button" className="ph-insert" disabled={disabled} onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(p.key)} title={`Sisipkan {${p.key}}`}>
              <code>{`{${p.key}}`}</code>
            </button>
            <div className="ph-desc">{p.description}</div>
            <div className="ph-example">contoh: {p.example}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
