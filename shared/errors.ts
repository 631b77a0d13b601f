/**
 * The closed set of error codes a contract method can answer with, and the Result
 * shape every transport (IPC and the browser host) returns. Nothing throws across
 * the bridge: a failure is a value with a message written for the user.
 */

/** Every error code the app can return. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'file_rejected',
  'storage_failed',
  'locked',
  'forbidden',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as the user sees it: what went wrong and what to do. `field` names the input at fault. */
export interface AppErrorInfo {
  code: ErrorCode;
  message: string;
  field?: string;
  /** Bad input: every other field that is wrong too, so a form can say everything at once. */
  also?: { message: string; field?: string }[];
}

/** The answer of every contract method. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };

/** An error raised inside the core; the dispatcher turns it into a failed Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toInfo(): AppErrorInfo {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** The message shown when something unexpected failed; details go to the log, not the user. */
export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong inside Recert. Your data was not changed. Try again, and if it keeps happening, restart the app.';
