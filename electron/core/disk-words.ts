/**
 * A full disk, a locked-down folder or a failing disk, in words: which path, what is wrong and
 * what to do, in one sentence, for every door (the app, the browser host, the CLI). Node's own
 * message ("EACCES: permission denied, open '…'") is never shown to the user.
 */
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { TEMP_PREFIX } from './store/durable-write';

/** The file system's error codes that say the disk or the folder cannot be used as it is. */
const WORDS: Record<string, (where: string) => string> = {
  ENOSPC: (where) => `The disk holding ${where} is full: free some space, then try again.`,
  EDQUOT: (where) => `Your disk quota for ${where} is used up: free some space, then try again.`,
  EACCES: (where) =>
    `Recert is not allowed to use ${where}: check the folder's permissions (or choose another data folder), then try again.`,
  EPERM: (where) =>
    `Recert is not allowed to change ${where}: check the folder's permissions (or choose another data folder), then try again.`,
  EROFS: (where) => `${where} is on a disk that can only be read: choose a data folder on a writable disk.`,
  EIO: (where) =>
    `The disk holding ${where} could not be read or written (an input/output error): check the disk, then try again.`,
};

/** The file system's error codes, as the cause alone (for a sentence that says what happened because of it). */
const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EACCES: 'Recert is not allowed to write there',
  EPERM: 'Recert is not allowed to write there',
  EROFS: 'the disk can only be read',
  EIO: 'the disk reported an input/output error',
};

/** Why a write failed, in a few words (never Node's message). */
export function diskCause(error: unknown): string {
  const { code } = (error ?? {}) as { code?: unknown };
  return (typeof code === 'string' ? CAUSES[code] : undefined) ?? 'the file could not be written';
}

/**
 * The disk or folder failure `error` describes, as an AppError in words; null for anything else.
 * `folder` is named when the error carries no path (a write to an open file).
 */
export function diskFailure(error: unknown, folder?: string): AppError | null {
  const { code, path: where } = (error ?? {}) as { code?: unknown; path?: unknown };
  const words = typeof code === 'string' ? WORDS[code] : undefined;
  if (!words) return null;
  const named = typeof where === 'string' && where !== '' ? shownPath(where) : (folder ?? 'the data folder');
  return new AppError('storage_failed', `${words(named)} Nothing was changed.`);
}

/** The folder rather than a temp file's random name, when the file is one of Recert's own temp files. */
function shownPath(file: string): string {
  return path.basename(file).startsWith(TEMP_PREFIX) ? path.dirname(file) : file;
}
