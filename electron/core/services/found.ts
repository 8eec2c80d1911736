import { AppError } from '../../../shared/contract/result';

/**
 * What a look-up found, or TIDAK_DITEMUKAN with `message` (which says what was looked for and
 * where). The message is a function so it is only built when needed.
 */
export function found<T>(value: T | null | undefined, message: () => string): T {
  if (value === null || value === undefined) throw new AppError('TIDAK_DITEMUKAN', message());
  return value;
}
