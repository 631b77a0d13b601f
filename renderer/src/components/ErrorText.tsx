import type { AppErrorInfo } from '../../../shared/errors';
import { inFieldFormat } from '../model/date-words';

/**
 * An error from the core, as the user reads it: every wrong field at once when there are several.
 * `shownAtFields` lists the fields whose message the form shows under the field itself: those are
 * not repeated here, only counted.
 */
export function ErrorText({ error, shownAtFields = [] }: { error: AppErrorInfo | null; shownAtFields?: string[] }) {
  if (!error) return null;
  const all = [error, ...(error.also ?? [])];
  const atField = (e: { field?: string }) =>
    e.field !== undefined && shownAtFields.includes(e.field.replace(/^fields\./, ''));
  const rest = all.filter((e) => !atField(e));
  if (rest.length === 0)
    return (
      <p className="error-text" role="alert">
        {all.length === 1 ? 'Please correct the marked field.' : `Please correct the ${all.length} marked fields.`}
      </p>
    );
  if (rest.length < all.length) error = { ...rest[0]!, code: error.code, also: rest.slice(1) };
  if (!error.also?.length)
    return (
      <p className="error-text" role="alert">
        {inFieldFormat(error.message)}
      </p>
    );
  return (
    <div className="error-text" role="alert">
      <p>Please correct these:</p>
      <ul>
        {[error, ...error.also].map((e) => (
          <li key={`${e.field ?? ''}:${e.message}`}>{inFieldFormat(e.message)}</li>
        ))}
      </ul>
    </div>
  );
}
