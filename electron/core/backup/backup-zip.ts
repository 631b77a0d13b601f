/**
 * Reading a backup's ZIP without trusting it. The central directory is read first (names and
 * declared sizes, nothing inflated but the small manifest), so a bomb, a path outside the
 * folder or an unlisted file is refused before a byte of it is expanded. Then each listed
 * entry is inflated in small steps, and stops the moment it grows past the size its manifest
 * gives: a header that lies about a size cannot make Recert expand gigabytes.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFileInfo } from 'fflate';

/** A problem with the backup, in words for the user (the caller adds "Nothing was changed."). */
export class BackupProblem extends Error {}

/** At most this many entries: years of certificates, with room to spare. */
export const MAX_ENTRIES = 20_000;
/** The manifest is a list of files: small. */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
/** Compressed bytes fed to the inflater at a time: bounds what one step can produce. */
const STEP = 16 * 1024;

/** Every entry's name and declared sizes, and the manifest's bytes (the only entry inflated). */
export function scanZip(zip: Uint8Array, manifestName: string): { entries: UnzipFileInfo[]; manifest?: Uint8Array } {
  const entries: UnzipFileInfo[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (info) => {
        entries.push(info);
        if (entries.length > MAX_ENTRIES) throw new BackupProblem(`The backup has more than ${MAX_ENTRIES} entries.`);
        return info.name === manifestName && info.originalSize <= MAX_MANIFEST_BYTES;
      },
    });
  } catch (error) {
    if (error instanceof BackupProblem) throw error;
    throw new BackupProblem(
      'This file is not a readable Recert backup (the ZIP is damaged or it is another kind of file).',
    );
  }
  const manifest = files[manifestName];
  return manifest ? { entries, manifest } : { entries };
}

/**
 * Inflates the entries named in `budgets`, each allowed at most its budget in bytes; refuses
 * an entry that grows past it, or that is not in `budgets` at all.
 */
export function inflateWithin(zip: Uint8Array, budgets: ReadonlyMap<string, number>): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let problem: BackupProblem | null = null;
  const unzip = new Unzip((file) => {
    const budget = budgets.get(file.name);
    if (budget === undefined) return; // Not started: never inflated (the manifest, checked already).
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) {
        problem = new BackupProblem(`${file.name} in the backup is damaged.`);
        return;
      }
      size += chunk.length;
      if (size > budget) {
        problem = new BackupProblem(`${file.name} is larger than the backup’s manifest says (it may be a “zip bomb”).`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) out.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let i = 0; i < zip.length && !problem; i += STEP)
      unzip.push(zip.subarray(i, i + STEP), i + STEP >= zip.length);
  } catch {
    if (!problem) problem = new BackupProblem('This file is not a readable Recert backup (the ZIP is damaged).');
  }
  if (problem) throw problem;
  return out;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}
