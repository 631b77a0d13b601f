/**
 * Before the store touches a data dir: each name Recert uses there must be what Recert expects
 * (a file or a folder), and its own files must not be links. Otherwise a start would end in a
 * raw system error, or every later write would fail; instead the user is told which path is
 * wrong and what to do, and nothing is changed.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

const EXPECTED: readonly [string, 'file' | 'folder'][] = [
  ['db.json', 'file'],
  ['db.json.bak', 'file'],
  ['db.journal', 'file'],
  ['db.journal.bak', 'file'],
  ['db.journal.copy', 'file'],
  ['recert.lock', 'file'],
  ['backups', 'folder'],
  ['corrupt', 'folder'],
  ['certificates', 'folder'],
];

export async function checkDataDirShape(dataDir: string): Promise<void> {
  for (const [name, kind] of EXPECTED) {
    const full = path.join(dataDir, name);
    const info = await fs.lstat(full).catch(() => null);
    if (!info) continue;
    if (kind === 'file' && info.isSymbolicLink())
      throw new AppError(
        'storage_failed',
        `${full} is a link to another file. Recert does not follow links for its own files (it replaces them whole on every change, which would break the link). ` +
          'Point RECERT_DATA_DIR (or --data-dir) at the folder that holds the real file instead. Nothing was changed.',
      );
    const actual = info.isSymbolicLink() ? await fs.stat(full).catch(() => null) : info;
    const isFolder = actual?.isDirectory() ?? false;
    const isFile = actual?.isFile() ?? false;
    if ((kind === 'folder' && !isFolder) || (kind === 'file' && !isFile))
      throw new AppError(
        'storage_failed',
        `${full} should be a ${kind}, but it is ${isFolder ? 'a folder' : isFile ? 'a file' : 'something else'}. ` +
          `Move it out of the Recert data folder (${dataDir}), then open Recert again. Nothing was changed.`,
      );
  }
}
