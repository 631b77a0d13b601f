import type { AppErrorInfo } from '../../../shared/errors';

/** An error from the core, as the user reads it. */
export function ErrorText({ error }: { error: AppErrorInfo | null }) {
  if (!error) return null;
  return (
    <p className="error-text" role="alert">
      {error.message}
    </p>
  );
}
