/**
 * One writer per data dir. The lock file names its owner: process id, the time that process
 * started, the host, and a random token. It is created whole and atomically (written to a
 * temp file, then hard-linked into place, which fails if a lock exists), so no one ever
 * reads a half-written lock. A lock whose process is gone, or whose process id now belongs
 * to a process that started after the lock was taken (a reboot reused it), is stale: it is
 * renamed aside and checked to be the very lock judged stale before a new one is created, so
 * two starts can never both take over. A lock from another computer (a data dir on a shared
 * drive) is never taken silently: the caller must say so (`force`).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { TEMP_PREFIX } from './durable-write';

export const LOCK_FILE = 'recert.lock';

interface LockInfo {
  pid: number;
  owner: string;
  since: string;
  token: string;
  host?: string;
  /** When the owning process started (ISO), to tell a reused process id. */
  started?: string;
}

/** A held lock; `release` removes it if it is still ours. */
export interface DataDirLock {
  release(): Promise<void>;
}

export interface LockOptions {
  /** Take a lock held on another computer (the user said so: `--force-unlock`, or "Open anyway"). */
  force?: boolean;
}

/** When this process started. */
const OUR_START = new Date(Date.now() - process.uptime() * 1000).toISOString();

/** True when a process with this pid exists (EPERM means it exists but is not ours). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When process `pid` started (ms since the epoch), where the system says: on Linux from
 * /proc/<pid>/stat (start time in clock ticks since boot; USER_HZ is 100) and the boot time in
 * /proc/stat. Elsewhere null, and a live process id is taken at its word.
 */
function processStart(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const boot = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
    if (!Number.isFinite(ticks) || !boot) return null;
    return Number(boot[1]) * 1000 + (ticks / 100) * 1000;
  } catch {
    return null;
  }
}

type Verdict = 'held' | 'stale' | 'other-host';

/** Whether a lock's owner still holds it. */
export function judgeLock(holder: LockInfo | null, lockAgeMs: number): Verdict {
  // Unreadable: never half-written by this version; from a crash of an older one, once it is not brand new.
  if (!holder) return lockAgeMs > 5000 ? 'stale' : 'held';
  if (holder.host && holder.host !== os.hostname()) return 'other-host';
  if (!processIsAlive(holder.pid)) return 'stale';
  if (holder.pid === process.pid)
    return holder.started === undefined || holder.started === OUR_START ? 'held' : 'stale';
  // The process with that id is not the one that took the lock: the id was reused (a reboot).
  const actual = processStart(holder.pid);
  if (actual !== null) {
    if (holder.started !== undefined) {
      if (Math.abs(actual - Date.parse(holder.started)) > 2000) return 'stale';
    } else if (actual > Date.parse(holder.since) + 2000) return 'stale';
  }
  return 'held';
}

/** Takes the data dir's lock for `owner` ("the app", "the browser host", "recert import"…). */
export async function acquireLock(
  dataDir: string,
  owner: string,
  now = new Date(),
  options: LockOptions = {},
): Promise<DataDirLock> {
  const file = path.join(dataDir, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    owner,
    since: now.toISOString(),
    token: randomUUID(),
    host: os.hostname(),
    started: OUR_START,
  };
  const takeover = `${file}.takeover`;
  for (let attempt = 0; attempt < 60; attempt++) {
    if (await createExclusive(file, info)) return { release: () => releaseLock(file, info.token) };
    const holder = await readLock(file);
    const age = await fs
      .stat(file)
      .then((s) => Date.now() - s.mtimeMs)
      .catch(() => 0);
    const verdict = judgeLock(holder, age);
    if (verdict === 'other-host' && !options.force) {
      throw new AppError(
        'locked',
        `Recert may be open on another computer (${holder?.host}: ${holder?.owner}, since ${holder?.since}) using the data in ${dataDir}. ` +
          'Close it there first. If it is not open there (that computer crashed), open anyway: run with --force-unlock, or choose "Open anyway" in the app.',
      );
    }
    if (verdict === 'held') {
      if (!holder) {
        await pause(100);
        continue;
      }
      throw new AppError(
        'locked',
        `The Recert data in ${dataDir} is in use by ${holder.owner} (process ${holder.pid}, since ${holder.since}). ` +
          'Close it first, then try again.',
      );
    }
    // One taker at a time: only the holder of the takeover file may move a stale lock aside,
    // and only after reading it again, so a live lock is never moved.
    if (!(await createExclusive(takeover, info))) {
      const stuck = await fs
        .stat(takeover)
        .then((s) => Date.now() - s.mtimeMs > 5000)
        .catch(() => false);
      if (stuck)
        await fs.rm(takeover, { force: true }); // Its taker crashed mid-way.
      else await pause(20 + Math.random() * 60);
      continue;
    }
    try {
      const again = await readLock(file);
      if ((again?.token ?? null) === (holder?.token ?? null)) await takeAside(file, holder?.token ?? null);
    } finally {
      await fs.rm(takeover, { force: true });
    }
  }
  throw new AppError('locked', `Could not take the lock on ${dataDir}. Try again.`);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Creates the lock whole, or returns false when one exists. */
async function createExclusive(file: string, info: LockInfo): Promise<boolean> {
  // Not synced to disk: a lock only matters while its process runs, and after a power cut it is stale anyway.
  const temp = path.join(path.dirname(file), `${TEMP_PREFIX}lock-${randomUUID()}`);
  try {
    await fs.writeFile(temp, JSON.stringify(info), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // A full disk creates the file and then fails to write it: nothing is left behind.
    await fs.rm(temp, { force: true });
    throw error;
  }
  try {
    await fs.link(temp, file);
    return true;
  } catch (error) {
    // ENOENT: the new owner cleaned up temp files while we wrote ours; the next round reads its lock.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOENT') throw error;
    return false;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/**
 * Moves a stale lock aside (under the takeover file), then checks that what moved is the lock
 * judged stale; if it is not, it is put back and nothing is taken over.
 */
async function takeAside(file: string, staleToken: string | null): Promise<void> {
  const aside = `${file}.stale-${randomUUID()}`;
  try {
    await fs.rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // Someone else moved it first.
    throw error;
  }
  const moved = await readLock(aside);
  if (moved !== null && moved.token !== staleToken) {
    // Not the stale lock: a live owner's. Put it back (exclusively) and let the next round see it.
    await fs.link(aside, file).catch(() => undefined);
  }
  await fs.rm(aside, { force: true });
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
      ...(typeof parsed.host === 'string' ? { host: parsed.host } : {}),
      ...(typeof parsed.started === 'string' ? { started: parsed.started } : {}),
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
  return holder && judgeLock(holder, 0) === 'held' ? { pid: holder.pid, owner: holder.owner } : null;
}
