/**
 * Rotating snapshots of the document in `<data dir>/backups/`: the newest ten
 * ordinary ones are kept, and every pre-migration snapshot is kept for good.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { replaceFileDurably } from './durable-write';

export const SNAPSHOT_KEEP = 10;
const ROTATING = /^snapshot-.+\.json$/;

/** A file-name-safe UTC timestamp, sortable as text. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Writes a snapshot of `text`. `kind` is `snapshot` (rotating) or `pre-migration-vN` (kept). */
export async function writeSnapshot(dataDir: string, text: string, kind: string, now: Date): Promise<string> {
  const dir = backupsDir(dataDir);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  let file = path.join(dir, `${kind}-${fileStamp(now)}.json`);
  for (let n = 2; await exists(file); n++) file = path.join(dir, `${kind}-${fileStamp(now)}-${n}.json`);
  await replaceFileDurably(file, text);
  if (kind === 'snapshot') await rotateSnapshots(dir);
  return file;
}

/** Deletes the oldest rotating snapshots beyond the newest `keep`. */
async function rotateSnapshots(dir: string, keep = SNAPSHOT_KEEP): Promise<void> {
  const rotating = (await fs.readdir(dir)).filter((n) => ROTATING.test(n)).sort();
  const excess = rotating.slice(0, Math.max(0, rotating.length - keep));
  await Promise.all(excess.map((n) => fs.rm(path.join(dir, n), { force: true })));
}

/** Every snapshot file, newest first (pre-migration ones included). */
export async function listSnapshots(dataDir: string): Promise<string[]> {
  const dir = backupsDir(dataDir);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const withTimes = await Promise.all(
    names
      .filter((n) => n.endsWith('.json'))
      .map(async (n) => ({ file: path.join(dir, n), mtime: (await fs.stat(path.join(dir, n))).mtimeMs })),
  );
  return withTimes.sort((a, b) => b.mtime - a.mtime || b.file.localeCompare(a.file)).map((s) => s.file);
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
