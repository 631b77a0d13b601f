/**
 * The browser host's file doors: a backup uploaded as it is (streamed to a temp file, then a
 * handle) and an export downloaded from disk (once), both behind the token; no JSON string holds
 * the file, so no string's limit applies.
 */
import http from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web-host';
import { webFiles } from '../../../electron/web-files';
import { request } from './host-request';
import { NASM_CPT, openStore, tempDir } from '../helpers';

const hosts: WebHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

async function start(options: { maxUploadBytes?: number } = {}) {
  const rendererDir = tempDir();
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Recert</title>');
  const host = await startWebHost({ dataDir: tempDir(), rendererDir, ...options });
  hosts.push(host);
  return host;
}

const api = async (host: WebHost, method: string, input: unknown) =>
  JSON.parse(
    (
      await request(host, {
        method: 'POST',
        path: `/api/${method}`,
        headers: { 'content-type': 'application/json', 'x-recert-token': host.token },
        body: JSON.stringify(input),
      })
    ).body,
  );

const upload = (host: WebHost, body: Buffer, headers: Record<string, string> = {}) =>
  request(host, {
    method: 'POST',
    path: '/upload',
    headers: {
      'content-type': 'application/octet-stream',
      'x-recert-token': host.token,
      'x-recert-file-name': encodeURIComponent('Zoë backup.zip'),
      ...headers,
    },
    body,
  });

describe('files through the browser host', () => {
  it('a backup made on one host downloads once, uploads to another, and restores there', async () => {
    const first = await start();
    await api(first, 'credentials:add', NASM_CPT);
    const made = await api(first, 'backup:create', {});
    expect(made).toMatchObject({ ok: true, value: { downloadPath: expect.stringMatching(/^\/files\/[\w-]+$/) } });
    expect(made.value).not.toHaveProperty('dataBase64');
    const path = made.value.downloadPath as string;
    // The token is needed, and the file is served once.
    expect((await request(first, { path })).status).toBe(403);
    const file = await request(first, { path, headers: { 'x-recert-token': first.token } });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/zip');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''Recert%20backup/);
    expect(file.headers['content-length']).toBe(String(file.bytes.length));
    expect((await request(first, { path, headers: { 'x-recert-token': first.token } })).status).toBe(404);

    const second = await start();
    const sent = JSON.parse((await upload(second, file.bytes)).body);
    expect(sent).toMatchObject({ ok: true, value: { fileName: 'Zoë backup.zip', size: file.bytes.length } });
    expect(await api(second, 'backup:test', { fileId: sent.value.fileId })).toMatchObject({
      ok: true,
      value: { credentials: 1 },
    });
    expect(await api(second, 'backup:restore', { fileId: sent.value.fileId })).toMatchObject({ ok: true });
    expect(await api(second, 'credentials:list', {})).toMatchObject({ ok: true, value: [{ number: NASM_CPT.number }] });
  });

  it('refuses uploads without the token, of another type, or past the cap (while streaming), keeping nothing', async () => {
    const host = await start({ maxUploadBytes: 1024 });
    expect((await upload(host, Buffer.alloc(10), { 'x-recert-token': 'wrong' })).status).toBe(403);
    expect((await upload(host, Buffer.alloc(10), { 'content-type': 'application/json' })).status).toBe(415);
    const declared = await upload(host, Buffer.alloc(2048));
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/Recert reads backups of up to/) },
    });
    // A body longer than it says (chunked, no length): cut off at the cap.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/upload',
          headers: {
            'content-type': 'application/octet-stream',
            'x-recert-token': host.token,
            'transfer-encoding': 'chunked',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 4; i++) req.write(Buffer.alloc(512));
      req.end();
    });
    expect(chunked).toBe(413);
    expect((await request(host, { path: '/files/nope', headers: { 'x-recert-token': host.token } })).status).toBe(404);
    expect(
      (await request(host, { method: 'GET', path: '/upload', headers: { 'x-recert-token': host.token } })).status,
    ).toBe(405);
  });
});

describe('an upload cut off midway', () => {
  it('keeps nothing of it', async () => {
    const store = await openStore();
    const files = await webFiles(store);
    try {
      async function* cutOff() {
        yield Buffer.alloc(1024);
        throw new Error('The page went away.');
      }
      const req = Object.assign(cutOff(), { headers: { 'content-length': '4096' } }) as unknown as http.IncomingMessage;
      await expect(files.upload(req)).rejects.toThrow('The page went away.');
      expect(await fs.readdir(files.dir)).toEqual([]);
    } finally {
      await files.close();
    }
  });
});
