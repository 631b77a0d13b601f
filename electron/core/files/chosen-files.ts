/**
 * Files the user picked in the main process's open dialog, held by handle: the page (and its IPC
 * messages) only ever sees the handle and the file's name, never the path. Handles live as long as
 * the store that gave them.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Store } from '../store/store';

const chosen = new WeakMap<Store, Map<string, string>>();

/** Remembers `file` for this store; returns its handle, its name and its size. */
export async function rememberChosen(
  store: Store,
  file: string,
  maxBytes: number,
  tooLarge: (bytes: number) => string,
  /** The name to show, when the file on disk has another (an upload kept under a temp name). */
  displayName?: string,
): Promise<{ fileId: string; fileName: string; size: number }> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile())
    throw new AppError('invalid_input', 'That is not a file. Choose the backup file itself.', 'file');
  if (stat.size > maxBytes) throw new AppError('invalid_input', tooLarge(stat.size), 'file');
  const files = chosen.get(store) ?? new Map<string, string>();
  chosen.set(store, files);
  const fileId = randomUUID();
  files.set(fileId, file);
  return { fileId, fileName: displayName ?? path.basename(file), size: stat.size };
}

/** The bytes of a chosen file (checked against `maxBytes` again: it may have changed since). */
export async function readChosen(
  store: Store,
  fileId: string,
  maxBytes: number,
  tooLarge: (bytes: number) => string,
): Promise<Uint8Array> {
  const file = chosen.get(store)?.get(fileId);
  if (!file) throw new AppError('invalid_input', 'Choose the backup file again.', 'file');
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile())
    throw new AppError('not_found', `${path.basename(file)} is no longer there. Choose it again.`, 'file');
  if (stat.size > maxBytes) throw new AppError('invalid_input', tooLarge(stat.size), 'file');
  return new Uint8Array(await fs.readFile(file));
}
