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

/** A matcher for the form's fields: `invalid('overrides.required')`; every field the error names is marked. */
export function fieldMatcher(error: AppErrorInfo | null): (field: string) => boolean {
  const named = new Set(
    [error?.field, ...(error?.also ?? []).map((a) => a.field)]
      .filter((f): f is string => Boolean(f))
      .map((f) => f.replace(/^fields\./, '')),
  );
  return (field) => named.has(field);
}

/**
 * The message for one field, from an error that names it (first or among `also`): shown under
 * the field. Undefined when the error does not name it.
 */
export function messageFor(error: AppErrorInfo | null, field: string): string | undefined {
  if (!error) return undefined;
  return [error, ...(error.also ?? [])].find((e) => e.field?.replace(/^fields\./, '') === field)?.message;
}

/**
 * After a save the core refused: the first field marked wrong, in the order the form shows
 * them, scrolled into view and focused (so Save never seems to do nothing).
 */
export function focusFirstInvalid(form: HTMLElement | null): void {
  const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!first) return;
  first.scrollIntoView({ block: 'center' });
  first.focus();
}

/** An error found in the page before asking the core, in the same shape as the core's. */
export function inputError(field: string, message: string): AppErrorInfo {
  return { code: 'invalid_input', message, field };
}

/**
 * The first date field of `form` holding something that is not a date (the browser reports such a
 * field as empty): an error naming it, so the form says so instead of sending "required".
 */
export function badDateIn(form: HTMLFormElement): AppErrorInfo | null {
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input[type="date"]'))) {
    if (!input.validity.badInput) continue;
    const label = input.closest('label')?.querySelector('span')?.textContent ?? 'Date';
    return inputError(
      '',
      `${label}: that date is incomplete or does not exist. Check the day, the month and the year.`,
    );
  }
  return null;
}

/**
 * The core names a field by its general name ("Certification date"); a form whose field reads
 * otherwise ("Issue date" on a CPR card) says it its own way: each phrase in `words` is replaced.
 */
export function inFormWords(error: AppErrorInfo | null, words: Record<string, string>): AppErrorInfo | null {
  if (!error) return error;
  const say = (text: string) => Object.entries(words).reduce((m, [from, to]) => m.split(from).join(to), text);
  return {
    ...error,
    message: say(error.message),
    ...(error.also ? { also: error.also.map((a) => ({ ...a, message: say(a.message) })) } : {}),
  };
}
