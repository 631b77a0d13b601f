/** How a file the core made reaches the user: Electron saves where they choose; a browser downloads it. */
import type { HandlerContext } from './context';

export async function deliver(ctx: HandlerContext, fileName: string, mime: string, bytes: Uint8Array) {
  if (ctx.saveFile) return { fileName, savedTo: await ctx.saveFile(fileName, bytes) };
  return { fileName, mime, dataBase64: Buffer.from(bytes).toString('base64') };
}
