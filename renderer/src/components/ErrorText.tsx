import type { AppErrorInfo } from '../../../shared/errors';
import { inFieldFormat } from '../model/date-words';

/** An error from the core, as the user reads it: every wrong field at once when there are several. */
export function ErrorText({ error }: { error: AppErrorInfo | null }) {
  if (!error) return null;
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
