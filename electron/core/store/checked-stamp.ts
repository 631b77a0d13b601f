/**
 * "This exact file was checked": beside `db.json`, the identity of the file (inode, size,
 * modification time to the nanosecond) as it was when Recert last wrote or fully validated it.
 * When the stamp matches, opening skips re-validating every record (the slowest part of
 * opening a large file) and only parses it. Any other change to the file (another program, a
 * restore by hand, a crash between writing the file and the stamp) changes its identity, and the
 * file is validated in full as before. Losing the stamp only costs speed.
 */
import { promises as fs } from 'node:fs';

export const STAMP_SUFFIX = '.checked';

async function identity(file: string): Promise<string | null> {
  const s = await fs.stat(file, { bigint: true }).catch(() => null);
  return s ? `${s.ino}:${s.size}:${s.mtimeNs}` : null;
}

/** Records that `file`, as it is now, is valid. Never fails the caller. */
export async function stampChecked(file: string): Promise<void> {
  const id = await identity(file);
  if (id) await fs.writeFile(`${file}${STAMP_SUFFIX}`, id, { mode: 0o600 }).catch(() => undefined);
}

/** True when `file` is exactly the file last stamped. */
export async function isStampedChecked(file: string): Promise<boolean> {
  const [id, saved] = await Promise.all([
    identity(file),
    fs.readFile(`${file}${STAMP_SUFFIX}`, 'utf8').catch(() => null),
  ]);
  return id !== null && id === saved;
}
