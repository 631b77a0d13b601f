/**
 * The certificates folder: files named by their SHA-256, written once (exclusively, mode
 * 0600) and never overwritten, so the same bytes are stored once however often they are
 * attached. Files no record needs are moved to a trash folder (so a deletion can be
 * undone) and emptied the next time the store opens.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { fsyncDirectory, tempPathBeside, writeTempFile } from '../store/durable-write';
import { borrowBuffer } from './read-buffer';

export const CERTIFICATES_DIR = 'certificates';
const TRASH = '.trash';

const NAME = /^[0-9a-f]{64}\.(pdf|png|jpg)$/;

export function certificatesDir(dataDir: string): string {
  return path.join(dataDir, CERTIFICATES_DIR);
}

/** The stored file for a hash and extension; the name is checked, so it can never leave the folder. */
export function certificatePath(dataDir: string, sha256: string, ext: string): string {
  const name = `${sha256}.${ext}`;
  if (!NAME.test(name)) throw new Error(`Not a certificate file name: ${name}`);
  return path.join(certificatesDir(dataDir), name);
}

/** Stores bytes under their hash. Returns false when the same bytes were already stored. */
export async function storeCertificateFile(
  dataDir: string,
  sha256: string,
  ext: string,
  bytes: Uint8Array,
): Promise<boolean> {
  return commitCertificateFile(dataDir, await stageCertificateFile(dataDir, bytes), sha256, ext);
}

/**
 * Writes bytes to a temp file in the certificates folder (fsynced), before their hash is known, so
 * the disk work can run while they are hashed and checked. Then `commitCertificateFile` names it by
 * its hash, or `discardStaged` removes it. A temp file a crash leaves is removed at the next start.
 */
export async function stageCertificateFile(dataDir: string, bytes: Uint8Array): Promise<string> {
  const dir = certificatesDir(dataDir);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  return writeTempFile(path.join(dir, 'staged'), bytes, 0o600);
}

const CHUNK = 1024 * 1024;

/**
 * Reads a file of `size` bytes once, hashing it and writing it to a staged temp file as it is
 * read: the read, the hash and the write overlap instead of following each other. Returns the
 * bytes (for the checks; in a lent buffer: call `release` once they are no longer needed), their
 * SHA-256 and the staged file, which `commitCertificateFile` names or `discardStaged` removes.
 * Throws `file_rejected` if the file changes size while it is read.
 */
export async function stageFromFile(
  dataDir: string,
  source: string,
  size: number,
): Promise<{ bytes: Buffer; sha256: string; staged: string; release: () => void }> {
  const dir = certificatesDir(dataDir);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const staged = tempPathBeside(path.join(dir, 'staged'));
  const lent = borrowBuffer(size);
  const bytes = lent.bytes;
  const hash = createHash('sha256');
  let input: FileHandle | null = null;
  let output: FileHandle | null = null;
  let written: Promise<unknown> = Promise.resolve();
  try {
    input = await fs.open(source, 'r').catch(() => {
      throw new AppError(
        'file_rejected',
        'The file could not be found or read. It may have been moved; choose it again.',
        'file',
      );
    });
    const from = input;
    output = await fs.open(staged, 'wx', 0o600);
    const out = output;
    let offset = 0;
    let reading = size > 0 ? from.read(bytes, 0, Math.min(CHUNK, size), 0) : null;
    while (reading) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) throw changedWhileRead();
      const start = offset;
      offset += bytesRead;
      reading = offset < size ? from.read(bytes, offset, Math.min(CHUNK, size - offset), offset) : null;
      const chunk = bytes.subarray(start, offset);
      written = written.then(() => out.write(chunk, 0, chunk.length, start));
      hash.update(chunk);
    }
    if ((await from.read(Buffer.alloc(1), 0, 1, size)).bytesRead !== 0) throw changedWhileRead();
    await written;
    await output.sync();
  } catch (error) {
    await written.catch(() => undefined); // no write still running into the file being removed
    await output?.close().catch(() => undefined);
    output = null;
    await fs.rm(staged, { force: true });
    lent.release();
    throw error;
  } finally {
    await input?.close();
    await output?.close();
  }
  return { bytes, sha256: hash.digest('hex'), staged, release: lent.release };
}

function changedWhileRead(): AppError {
  return new AppError('file_rejected', 'The file changed while Recert was reading it. Choose it again.', 'file');
}

export async function discardStaged(temp: string | null): Promise<void> {
  if (!temp) return;
  await fs.rm(temp, { force: true });
  // A refusal changes nothing: the certificates folder staging made goes too, if nothing else is in it.
  await fs.rmdir(path.dirname(temp)).catch(() => undefined);
}

/** Puts a staged file in place under its hash. Returns false when the same bytes were already stored. */
export async function commitCertificateFile(
  dataDir: string,
  temp: string,
  sha256: string,
  ext: string,
): Promise<boolean> {
  const target = certificatePath(dataDir, sha256, ext);
  try {
    if (await exists(target)) return false;
    if (await restoreFromTrash(dataDir, sha256, ext)) return false;
    // link() fails if the target exists: an exclusive create that never overwrites.
    await fs.link(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    await fs.rm(temp, { force: true });
  }
  await fsyncDirectory(path.dirname(target));
  return true;
}

/** Moves a file no record needs any more into the trash (so an undo can bring it back). */
export async function trashCertificateFile(dataDir: string, sha256: string, ext: string): Promise<void> {
  const source = certificatePath(dataDir, sha256, ext);
  const trash = path.join(certificatesDir(dataDir), TRASH);
  await fs.mkdir(trash, { recursive: true, mode: 0o700 });
  await fs.rename(source, path.join(trash, path.basename(source))).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

async function restoreFromTrash(dataDir: string, sha256: string, ext: string): Promise<boolean> {
  const target = certificatePath(dataDir, sha256, ext);
  const trashed = path.join(certificatesDir(dataDir), TRASH, path.basename(target));
  try {
    await fs.rename(trashed, target);
    return true;
  } catch {
    return false;
  }
}

/** Brings back a trashed file if it is there (undo). */
export async function untrashCertificateFile(dataDir: string, sha256: string, ext: string): Promise<void> {
  if (!(await exists(certificatePath(dataDir, sha256, ext)))) await restoreFromTrash(dataDir, sha256, ext);
}

/** Empties the trash (at start). */
export async function emptyCertificateTrash(dataDir: string): Promise<void> {
  await fs.rm(path.join(certificatesDir(dataDir), TRASH), { recursive: true, force: true });
}

export type FileIntegrity = 'ok' | 'missing' | 'changed';

/** Checks that a stored file exists and still has its hash. */
export async function checkCertificateFile(dataDir: string, sha256: string, ext: string): Promise<FileIntegrity> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(certificatePath(dataDir, sha256, ext));
  } catch {
    return 'missing';
  }
  return createHash('sha256').update(bytes).digest('hex') === sha256 ? 'ok' : 'changed';
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
