/** How a file the core made reaches the user: Electron saves where they choose; a browser downloads it. */
import { AppError } from '../../../shared/errors';
import { EXPORT_KINDS, type ExportKind } from '../../../shared/export-kinds';
import { MAX_DOWNLOAD_BASE64 } from '../../../shared/limits';
import type { HandlerContext } from './context';

/** The base64 length of `bytes` (what a browser download carries in one JSON string). */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

export async function deliver(
  ctx: HandlerContext,
  kind: ExportKind,
  fileName: string,
  bytes: Uint8Array,
  limit = MAX_DOWNLOAD_BASE64,
) {
  if (ctx.saveFile) return { fileName, savedTo: await ctx.saveFile(fileName, bytes, kind) };
  // A download goes to the page in one string: past the limit it would fail halfway; say so instead.
  if (base64Length(bytes.length) > limit)
    throw new AppError(
      'invalid_input',
      `${fileName} is ${(bytes.length / 1024 / 1024).toFixed(0)} MB, too large to download through the page (at most ${Math.floor(((limit / 4) * 3) / 1024 / 1024)} MB). Use the desktop app, or the command line (recert ${kind.startsWith('backup') ? 'backup' : 'export'} --out <file>).`,
    );
  return { fileName, mime: EXPORT_KINDS[kind].mime, dataBase64: Buffer.from(bytes).toString('base64') };
}
