import { z } from 'zod';
import { AppError, type FieldError } from './result';

/** A schema's complaints as per-field messages: `field` is the path, e.g. `data.kepada.2` (prefix first), or "(isian)" for the whole value. */
export function fieldErrors(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): FieldError[] {
  return error.issues.map((i) => ({ field: [...prefix, ...i.path].map(String).join('.') || '(isian)', message: i.message }));
}

export function isZodError(e: unknown): e is z.core.$ZodError {
  return e instanceof z.core.$ZodError;
}

/**
 * A VALIDASI error from a schema's complaints. The message names every field with its problem
 * ("Isian tidak valid: limit: …"), or, with `lead`, starts with the lead and the first problem.
 */
export function validationError(error: z.core.$ZodError, opts: { prefix?: readonly (string | number)[]; lead?: string } = {}): AppError {
  const fields = fieldErrors(error, opts.prefix);
  const message = opts.lead
    ? `${opts.lead}: ${fields[0]?.message ?? 'isian tidak valid'}`
    : `Isian tidak valid: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`;
  return new AppError('VALIDASI', message, fields);
}
