/**
 * Large files through the browser host, streamed, never held in one string: a backup the page
 * uploads goes to a temp file and becomes a handle (`fileId`, as the desktop's open dialog gives),
 * and an export the page downloads is written to a temp file and served once from `/files/<id>`.
 * Both need the token; the temp folder goes when the host closes.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Result } from '../shared/errors';
import type { ExportKind } from '../shared/export-kinds';
import { EXPORT_KINDS } from '../shared/export-kinds';
import { backupTooLarge, MAX_BACKUP_FILE_BYTES } from '../shared/limits';
import { rememberChosen } from './core/files/chosen-files';
import { writeParts, type FileParts } from './core/files/file-parts';
import type { Store } from './core/store/store';

export const UPLOAD_PATH = '/upload';
export const FILES_PREFIX = '/files/';
export const FILE_NAME_HEADER = 'x-recert-file-name';

export interface WebFiles {
  /** The temp folder the uploads and downloads live in, until `close`. */
  readonly dir: string;
  /** HandlerContext.offerDownload: writes the export and returns where the page fetches it. */
  offerDownload(fileName: string, content: Uint8Array | FileParts, kind: ExportKind): Promise<string>;
  upload(req: http.IncomingMessage): Promise<{ status: number; body: Result<unknown> }>;
  download(id: string, res: http.ServerResponse, headers: Record<string, string>): Promise<boolean>;
  close(): Promise<void>;
}

export async function webFiles(store: Store, maxUploadBytes = MAX_BACKUP_FILE_BYTES): Promise<WebFiles> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'recert-host-files-'));
  const offered = new Map<string, { file: string; fileName: string; mime: string; size: number }>();
  const refuse = (status: number, message: string) => ({
    status,
    body: { ok: false as const, error: { code: 'invalid_input' as const, message, field: 'file' } },
  });

  return {
    dir,
    async offerDownload(fileName, content, kind) {
      const id = randomUUID();
      const file = path.join(dir, id);
      await writeParts(file, content);
      const size = content instanceof Uint8Array ? content.length : content.size;
      offered.set(id, { file, fileName, mime: EXPORT_KINDS[kind].mime, size });
      return `${FILES_PREFIX}${id}`;
    },

    async upload(req) {
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > maxUploadBytes) return refuse(413, backupTooLarge(declared));
      let name = 'backup';
      try {
        name = decodeURIComponent(String(req.headers[FILE_NAME_HEADER] ?? 'backup')).slice(0, 200);
      } catch {
        // A name that is not valid percent-encoding: keep the default.
      }
      const file = path.join(dir, randomUUID());
      const handle = await fs.open(file, 'wx', 0o600);
      let size = 0;
      try {
        for await (const chunk of req) {
          size += (chunk as Buffer).length;
          if (size > maxUploadBytes) {
            req.resume();
            await handle.close();
            await fs.rm(file, { force: true });
            return refuse(413, backupTooLarge(size));
          }
          await handle.write(chunk as Buffer);
        }
      } catch (error) {
        // The page went away mid-upload: keep nothing of it.
        await handle.close().catch(() => undefined);
        await fs.rm(file, { force: true });
        throw error;
      } finally {
        await handle.close().catch(() => undefined);
      }
      const chosen = await rememberChosen(store, file, maxUploadBytes, backupTooLarge, name);
      return { status: 200, body: { ok: true, value: chosen } };
    },

    async download(id, res, headers) {
      const entry = offered.get(id);
      if (!entry) return false;
      // Served once: the page fetches it right after the export, then it is gone.
      offered.delete(id);
      res.writeHead(200, {
        ...headers,
        'Content-Type': entry.mime,
        'Content-Length': entry.size,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(entry.fileName)}`,
      });
      try {
        await pipeline(createReadStream(entry.file), res);
      } finally {
        await fs.rm(entry.file, { force: true });
      }
      return true;
    },

    async close() {
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
