/** How a file the core made reaches the user: Electron saves where they choose; a browser downloads it. */
import { EXPORT_KINDS, type ExportKind } from '../../../shared/export-kinds';
import type { HandlerContext } from './context';

export async function deliver(ctx: HandlerContext, kind: ExportKind, fileName: string, bytes: Uint8Array) {
  if (ctx.saveFile) return { fileName, savedTo: await ctx.saveFile(fileName, bytes, kind) };
  return { fileName, mime: EXPORT_KINDS[kind].mime, dataBase64: Buffer.from(bytes).toString('base64') };
}
