import type { FieldA11y } from '../../../components/Field';

/**
 * The date control of the document forms, ISO value in and out. One place to swap in the shared
 * dd/mm/yyyy TanggalInput (components/TanggalInput.tsx) once it is merged.
 */
export function TanggalField({ a11y, value, onChange }: { a11y: FieldA11y; value: string; onChange: (iso: string) => void }) {
  return <input {...a11y} type="date" value={value} onChange={(e) => onChange(e.target.value)} />;
}
