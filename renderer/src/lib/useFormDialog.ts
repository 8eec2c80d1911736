import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { useConfirm } from '../components/Confirm';
import { errorMessage, fieldErrors } from './errors';

export type FormErrors = Partial<Record<string, string>>;

export interface FormDialogOptions<F extends object> {
  /** The values the dialog opened with: closing asks before throwing away anything that differs. */
  initial: F;
  /** Fields in screen order: the first one with an error gets the focus. */
  fieldOrder: readonly (keyof F & string)[];
  /** The id of a field's control. */
  fieldId: (field: string) => string;
  /** Checks before sending: field → message, empty when the form may be saved. */
  validate: (form: F) => FormErrors;
  /** Sends the form (and reports the result to the caller). A throw is shown: its field messages under their fields, the rest in the footer. */
  save: (form: F) => Promise<void>;
  onClose: () => void;
  /** Unsaved changes kept outside the form values (e.g. a picked file). */
  dirty?: boolean;
}

export interface FormDialog<F extends object> {
  form: F;
  setForm: Dispatch<SetStateAction<F>>;
  /** Sets one field and clears its error. */
  set: <K extends keyof F>(field: K, value: F[K]) => void;
  errors: FormErrors;
  /** Clears the errors of these fields (after a change that makes them moot). */
  clear: (...fields: string[]) => void;
  /** The footer's message: why saving failed. */
  formError: string | null;
  busy: boolean;
  /** Validates, saves, and shows what failed; ignored while saving. */
  submit: () => void;
  /** Closes, after asking when there are unsaved changes. */
  close: () => void;
}

/** Focuses a field's control, selecting a text input's content. */
function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.focus();
  if (el instanceof HTMLInputElement && el.type === 'text') el.select();
  el.scrollIntoView({ block: 'nearest' });
}

/** The state every form dialog shares: values, field errors, the footer's error, saving, and closing with unsaved changes. */
export function useFormDialog<F extends object>({ initial, fieldOrder, fieldId, validate, save, onClose, dirty = false }: FormDialogOptions<F>): FormDialog<F> {
  const [form, setForm] = useState<F>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = useConfirm();

  // Focus moves after the render that re-enables the fields (they are disabled while saving).
  const [focusRequest, setFocusRequest] = useState<{ field: string } | null>(null);
  useEffect(() => {
    if (focusRequest) focusField(fieldId(focusRequest.field));
    // only a new request moves the focus (fieldId is usually a new closure each render)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const clear = (...fields: string[]) =>
    setErrors((e) => {
      if (!fields.some((f) => e[f])) return e;
      const next = { ...e };
      for (const f of fields) delete next[f];
      return next;
    });

  const set = <K extends keyof F>(field: K, value: F[K]) => {
    setForm((s) => ({ ...s, [field]: value }));
    clear(String(field));
  };

  const showErrors = (e: FormErrors) => {
    setErrors(e);
    const first = fieldOrder.find((f) => e[f]);
    if (first) setFocusRequest({ field: first });
  };

  const known = (f: string) => (fieldOrder as readonly string[]).includes(f);

  const submit = async () => {
    if (busy) return;
    setFormError(null);
    const local = validate(form);
    if (Object.keys(local).length) {
      setFormError('Periksa isian yang ditandai.');
      showErrors(local);
      return;
    }
    setBusy(true);
    try {
      await save(form);
    } catch (e) {
      const fe = fieldErrors(e);
      // Messages for fields the form does not show go to the footer.
      const elsewhere = Object.entries(fe).filter(([f]) => !known(f));
      setFormError([errorMessage(e), ...elsewhere.map(([, m]) => m)].join(' '));
      if (Object.keys(fe).some(known)) showErrors(fe);
    } finally {
      setBusy(false);
    }
  };

  const close = async () => {
    if (
      (dirty || JSON.stringify(form) !== JSON.stringify(initial)) &&
      !(await confirm({
        title: 'Tutup formulir?',
        message: 'Isian yang belum disimpan akan hilang.',
        confirmLabel: 'Buang isian',
        cancelLabel: 'Lanjut mengisi',
        danger: true,
      }))
    )
      return;
    onClose();
  };

  return { form, setForm, set, errors, clear, formError, busy, submit: () => void submit(), close: () => void close() };
}
