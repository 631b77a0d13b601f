/** How a file the core made reaches the user: Electron saves where they choose; a browser downloads it. */
import { AppError } from '../../../shared/errors';
import { EXPORT_KINDS, type ExportKind } from '../../../shared/export-kinds';
import { MAX_DOWNLOAD_BASE64 } from '../../../shared/limits';
import { partsToBytes, type FileParts } from '../files/file-parts';
import type { HandlerContext } from './context';

/** The base64 length of `bytes` (what a browser download carries in one JSON string). */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

export async function deliver(
  ctx: HandlerContext,
  kind: ExportKind,
  fileName: string,
  content: Uint8Array | FileParts,
  limit = MAX_DOWNLOAD_BASE64,
) {
  if (ctx.saveFile) return { fileName, savedTo: await ctx.saveFile(fileName, content, kind) };
  // The browser host streams the file to the page from disk: no string, so no string's limit.
  if (ctx.offerDownload)
    return { fileName, mime: EXPORT_KINDS[kind].mime, downloadPath: await ctx.offerDownload(fileName, content, kind) };
  // A download goes to the page in one string: past the limit it would fail halfway; say so instead.
  const size = content instanceof Uint8Array ? content.length : content.size;
  if (base64Length(size) > limit)
    throw new AppError(
      'invalid_input',
      `${fileName} is ${(size / 1024 / 1024).toFixed(0)} MB, too large to download through the page (at most ${Math.floor(((limit / 4) * 3) / 1024 / 1024)} MB). Use the desktop app, or the command line (recert ${kind.startsWith('backup') ? 'backup' : 'export'} --out <file>).`,
    );
  const bytes = await partsToBytes(content);
  return { fileName, mime: EXPORT_KINDS[kind].mime, dataBase64: Buffer.from(bytes).toString('base64') };
}
