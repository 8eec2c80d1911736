import { errorsUnder } from '../../../lib/validation';

/** Props every type form shares: its data, a setter for one field, and messages by field path. */
export interface JenisFieldsProps<D> {
  data: D;
  onChange: (data: D) => void;
  errors: Record<string, string>;
  disabled?: boolean;
}

export const dataFieldId = (field: string) => `dok-data-${field.replace(/\./g, '-')}`;

/** Messages of a list field, by item index ("" for the list itself). */
export const listErrors = (errors: Record<string, string>, field: string) => errorsUnder(errors, field);
