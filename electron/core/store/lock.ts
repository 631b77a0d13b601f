/**
 * One writer per data dir. The lock file holds the owner's pid; a lock whose process
 * is gone (a crash) is taken over. lowdb supports a single process only, so the app,
 * the browser host and writing CLI commands all go through here.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

export const LOCK_FILE = 'recert.lock';

interface LockInfo {
  pid: number;
  owner: string;
  since: string;
  token: string;
}

/** A held lock; `release` removes it if it is still ours. */
export interface DataDirLock {
  release(): Promise<void>;
}

/** True when a process with this pid exists (EPERM means it exists but is not ours). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data dir's lock for `owner` ("the app", "the browser host", "recert import"…). */
export async function acquireLock(dataDir: string, owner: string, now = new Date()): Promise<DataDirLock> {
  const file = path.join(dataDir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, owner, since: now.toISOString(), token: randomUUID() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(file, JSON.stringify(info), { flag: 'wx', mode: 0o600 });
      return { release: () => releaseLock(file, info.token) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readLock(file);
    if (holder && processIsAlive(holder.pid)) {
      throw new AppError(
        'locked',
        `The Recert data in ${dataDir} is in use by ${holder.owner} (process ${holder.pid}, since ${holder.since}). ` +
          'Close it first, then try again.',
      );
    }
    // The holder is gone (or the file is unreadable): the lock is stale, take it over.
    await fs.rm(file, { force: true });
  }
  throw new AppError('locked', `Could not take the lock on ${dataDir}. Try again.`);
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      owner: String(parsed.owner ?? 'another Recert process'),
      since: String(parsed.since ?? 'an unknown time'),
      token: String(parsed.token ?? ''),
    };
  } catch {
    return null;
  }
}

async function releaseLock(file: string, token: string): Promise<void> {
  const holder = await readLock(file);
  if (holder?.token === token) await fs.rm(file, { force: true });
}

/** Who holds the lock now, if anyone alive does (for read-only commands that want to say so). */
export async function lockHolder(dataDir: string): Promise<{ pid: number; owner: string } | null> {
  const holder = await readLock(path.join(dataDir, LOCK_FILE));
  return holder && processIsAlive(holder.pid) ? { pid: holder.pid, owner: holder.owner } : null;
}
