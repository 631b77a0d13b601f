/**
 * A file made of parts: bytes made in memory, and stretches copied from stored files when it is
 * written (a packet's photos), so a large export never needs to be in memory at once. A copied
 * part carries its SHA-256, checked while it is copied: a certificate that changed after it was
 * checked fails the write instead of slipping in.
 */
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { fsyncDirectory, tempPathBeside } from '../store/durable-write';

export type FilePart = Uint8Array | { path: string; size: number; sha256: string };
export interface FileParts {
  parts: FilePart[];
  size: number;
}

export function fileParts(parts: FilePart[]): FileParts {
  return { parts, size: parts.reduce((n, p) => n + (p instanceof Uint8Array ? p.length : p.size), 0) };
}

const changed = (file: string) =>
  new AppError('storage_failed', `${path.basename(file)} changed while the export was written. Export again.`);

/** Each part's bytes in order; a copied part is read in chunks and checked against its hash. */
async function* chunksOf(parts: readonly FilePart[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) {
    if (part instanceof Uint8Array) {
      yield part;
      continue;
    }
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(part.path, { highWaterMark: 1024 * 1024 })) {
      const bytes = chunk as Buffer;
      hash.update(bytes);
      size += bytes.length;
      yield bytes;
    }
    if (size !== part.size || hash.digest('hex') !== part.sha256) throw changed(part.path);
  }
}

/** The whole file in memory (a browser download, tests). */
export async function partsToBytes(content: FileParts | Uint8Array): Promise<Uint8Array> {
  if (content instanceof Uint8Array) return content;
  const out = Buffer.allocUnsafe(content.size);
  let at = 0;
  for await (const chunk of chunksOf(content.parts)) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Writes the file durably at `target` (a temp file beside it, fsync, rename), part by part. */
export async function writeParts(target: string, content: FileParts | Uint8Array): Promise<void> {
  const parts = content instanceof Uint8Array ? [content] : content.parts;
  const temp = tempPathBeside(target);
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    for await (const chunk of chunksOf(parts)) await handle.write(chunk);
    await handle.sync();
    await handle.close();
    await fs.rename(temp, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(path.dirname(target));
}
