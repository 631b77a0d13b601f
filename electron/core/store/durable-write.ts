/**
 * Durable file replacement: write a unique temp file, fsync it, rename it over the
 * target, then fsync the directory so the rename itself survives a power cut.
 * (lowdb's own writer renames but never fsyncs, and uses one fixed temp name.)
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Prefix of every temp file; files with it are leftovers of an interrupted write. */
export const TEMP_PREFIX = '.recert-tmp-';

/** fsync a directory so a rename in it is on disk. Not possible on Windows; skipped there. */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A new, unique temp file name beside `target` (a leftover with it is known as one). */
export function tempPathBeside(target: string): string {
  return path.join(path.dirname(target), `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
}

/** Writes `data` to a new, unique temp file beside `target` and fsyncs it. Returns its path. */
export async function writeTempFile(target: string, data: string | Uint8Array, mode = 0o600): Promise<string> {
  const temp = tempPathBeside(target);
  const handle = await fs.open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}

/**
 * Replaces `target` with `data` durably. When `previousTo` is given, the current
 * `target` (if any) is first kept under that name, so the last good version survives.
 */
export async function replaceFileDurably(
  target: string,
  data: string | Uint8Array,
  options: {
    previousTo?: string;
    /** Runs once the new content is on disk beside `target`, before it takes its place; a throw cancels the write. */
    beforeCommit?: () => Promise<void>;
  } = {},
): Promise<void> {
  const temp = await writeTempFile(target, data);
  try {
    await options.beforeCommit?.();
    if (options.previousTo) await keepPrevious(target, options.previousTo);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(path.dirname(target));
}

/** Keeps the current `target` as `keepAs`: a hard link where the file system allows, else a copy. */
async function keepPrevious(target: string, keepAs: string): Promise<void> {
  const staging = `${keepAs}${TEMP_PREFIX}${randomBytes(4).toString('hex')}`;
  try {
    await fs.link(target, staging);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    // Some file systems (FAT on a USB stick) have no hard links.
    await fs.copyFile(target, staging);
  }
  await fs.rename(staging, keepAs);
}

/** Removes temp files left by writes that were interrupted (a crash between write and rename). */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((n) => n.includes(TEMP_PREFIX));
  await Promise.all(stale.map((n) => fs.rm(path.join(dir, n), { force: true })));
  return stale;
}
