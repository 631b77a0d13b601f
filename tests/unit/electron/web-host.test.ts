import net from 'node:net';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web-host';
import { api, request } from './host-request';
import { NASM_CPT, snapshotDir, tempDir } from '../helpers';

const hosts: WebHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

async function start(options: { maxBodyBytes?: number } = {}) {
  const dataDir = tempDir();
  const rendererDir = tempDir();
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Recert</title>');
  const host = await startWebHost({ dataDir, rendererDir, ...options });
  hosts.push(host);
  return { host, dataDir };
}

describe('the browser host', () => {
  it('listens on 127.0.0.1 with a random port and serves the page with a CSP header', async () => {
    const { host } = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    expect(host.port).toBeGreaterThan(0);
    const page = await request(host, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Recert</title>');
    expect(page.headers['content-security-policy']).toContain("object-src 'none'");
  });

  it('runs the same handlers: a credential added over HTTP is stored', async () => {
    const { host } = await start();
    const added = JSON.parse((await api(host, 'credentials:add', NASM_CPT)).body);
    expect(added).toMatchObject({ ok: true, value: { typeId: 'nasm-cpt' } });
    const list = JSON.parse((await api(host, 'credentials:list', {})).body);
    expect(list.value).toHaveLength(1);
  });

  it('validates with the same schemas', async () => {
    const { host } = await start();
    const result = JSON.parse((await api(host, 'credentials:add', { ...NASM_CPT, issuedOn: '2025-02-30' })).body);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'issuedOn' } });
  });

  it.each([
    ['no token', undefined],
    ['a wrong token', 'wrong'],
    ['an empty token', ''],
  ])('refuses an API call with %s (403), changing nothing', async (_label, token) => {
    const { host, dataDir } = await start();
    const before = await snapshotDir(dataDir);
    const response = await request(host, {
      method: 'POST',
      path: '/api/credentials:add',
      headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { 'x-recert-token': token }) },
      body: JSON.stringify(NASM_CPT),
    });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('cuts off a client that never finishes its request headers', async () => {
    const dataDir = tempDir();
    const host = await startWebHost({ dataDir, rendererDir: tempDir(), headersTimeoutMs: 300 });
    hosts.push(host);
    const closed = await new Promise<string>((resolve) => {
      const socket = net.connect(host.port, '127.0.0.1', () =>
        socket.write('POST /api/profile:get HTTP/1.1\r\nHost: 127.0.0.1\r\n'),
      );
      let answer = '';
      socket.on('data', (d) => (answer += d));
      socket.on('close', () => resolve(answer));
      setTimeout(() => resolve('still open'), 5000);
    });
    expect(closed).not.toBe('still open');
    expect(closed).toMatch(/^HTTP\/1\.1 408|^$/);
  });

  it('caps the request size (413)', async () => {
    const { host, dataDir } = await start({ maxBodyBytes: 1000 });
    const before = await snapshotDir(dataDir);
    const response = await api(host, 'credentials:add', { ...NASM_CPT, name: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('a backup sent inside a JSON request is held to the default size: backups come as uploads', async () => {
    const { host, dataDir } = await start();
    const before = await snapshotDir(dataDir);
    const response = await api(host, 'backup:restore', { dataBase64: 'A'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: {
        message: 'A backup is sent as a file upload (the page does this), not inside the request. Nothing was changed.',
      },
    });
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('refuses bodies that are not JSON, and methods other than POST', async () => {
    const { host } = await start();
    const notJson = await request(host, {
      method: 'POST',
      path: '/api/profile:get',
      headers: { 'content-type': 'application/json', 'x-recert-token': host.token },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    const form = await request(host, {
      method: 'POST',
      path: '/api/profile:get',
      headers: { 'content-type': 'text/plain', 'x-recert-token': host.token },
      body: '{}',
    });
    expect(form.status).toBe(415);
    expect((await request(host, { method: 'GET', path: '/api/profile:get' })).status).toBe(405);
    const badEncoding = await request(host, {
      method: 'POST',
      path: '/api/%ZZ',
      headers: { 'content-type': 'application/json', 'x-recert-token': host.token },
      body: '{}',
    });
    expect(badEncoding.status).toBe(400);
    expect((await request(host, { method: 'GET', path: '/%ZZ' })).status).toBeLessThan(500);
  });

  it('sends no CORS headers, even when asked from another origin', async () => {
    const { host } = await start();
    const preflight = await request(host, {
      method: 'OPTIONS',
      path: '/api/credentials:add',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(405);
    const call = await request(host, {
      method: 'POST',
      path: '/api/profile:get',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json', 'x-recert-token': host.token },
      body: '{}',
    });
    for (const response of [preflight, call]) {
      expect(Object.keys(response.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { host } = await start();
    const response = await request(host, { path: '/', headers: { host: `evil.example:${host.port}` } });
    expect(response.status).toBe(403);
  });

  it('keeps static files inside the renderer folder', async () => {
    const { host } = await start();
    for (const p of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd']) {
      expect((await request(host, { path: p })).status).toBe(404);
    }
  });

  it('refuses a data dir another process holds', async () => {
    const { dataDir } = await start();
    await expect(startWebHost({ dataDir, rendererDir: tempDir() })).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringMatching(/in use by the Recert browser host/),
    });
  });
});
