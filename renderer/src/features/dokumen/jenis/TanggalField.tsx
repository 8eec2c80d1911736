import type { FieldA11y } from '../../../components/Field';
import { TanggalInput } from '../../../components/TanggalInput';

/** The date control of the document forms: ISO in and out, shown and typed as dd/mm/yyyy in every browser locale. */
export function TanggalField({ a11y, value, onChange }: { a11y: FieldA11y; value: string; onChange: (iso: string) => void }) {
  return <TanggalInput {...a11y} value={value} onChange={onChange} />;
}
