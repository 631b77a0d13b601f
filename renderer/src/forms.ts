/**
 * Field errors in forms, one way everywhere. An error names its field as the contract's input
 * does; an update's input wraps the record in `fields`, so `fields.title` and `title` are the
 * same field to a form.
 */
import type { AppErrorInfo } from '../../shared/errors';

/** The field an error names, as the form knows it (without the `fields.` of an update). */
export function errorField(error: AppErrorInfo | null): string | undefined {
  return error?.field?.replace(/^fields\./, '');
}

/** A matcher for the form's fields: `invalid('overrides.required')`. */
export function fieldMatcher(error: AppErrorInfo | null): (field: string) => boolean {
  const named = errorField(error);
  return (field) => named === field;
}

/** An error found in the page before asking the core, in the same shape as the core's. */
export function inputError(field: string, message: string): AppErrorInfo {
  return { code: 'invalid_input', message, field };
}
