/**
 * One local process holding many half-open connections cannot lock the page out: past the cap,
 * the connection idle the longest is closed to make room; one busy with a request never is.
 */
import http from 'node:http';
import net from 'node:net';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guardConnections } from '../../../electron/connection-guard';
import { SERVER_LIMITS, startWebHost, type WebHost } from '../../../electron/web-host';
import { api } from './host-request';
import { tempDir } from '../helpers';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A socket that connects and sends half of a request's headers, then nothing. */
function halfOpen(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      resolve(socket);
    });
    socket.on('error', () => undefined);
    socket.once('error', reject);
  });
}

const closed = (socket: net.Socket) => new Promise<void>((resolve) => socket.once('close', () => resolve()));

describe('the browser host under a flood of half-open connections', () => {
  it('still answers the page while one process holds more half-open connections than the cap', async () => {
    const rendererDir = tempDir();
    await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Recert</title>');
    const host: WebHost = await startWebHost({ dataDir: tempDir(), rendererDir });
    closers.push(async () => void (await host.close()));
    const flood = await Promise.all(
      Array.from({ length: SERVER_LIMITS.maxConnections + 8 }, () => halfOpen(host.port)),
    );
    closers.push(async () => flood.forEach((s) => s.destroy()));
    const answer = await api(host, 'profile:get', {});
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
    // The oldest of the flood made room; the newest are still open.
    expect(flood[0]!.destroyed || flood[0]!.readyState !== 'open').toBe(true);
  });

  it('closes the idlest connection, never one busy with a request', async () => {
    let release: () => void = () => undefined;
    const server = http.createServer((req, res) => {
      if (req.url === '/slow') release = () => res.end('done');
      else res.end('ok');
    });
    guardConnections(server, 2);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    closers.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    const port = (server.address() as net.AddressInfo).port;
    const slow = new Promise<string>((resolve) =>
      http.get({ host: '127.0.0.1', port, path: '/slow', agent: false }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(body));
      }),
    );
    await new Promise((r) => setTimeout(r, 100));
    const idle = await halfOpen(port);
    const idleClosed = closed(idle);
    await new Promise((r) => setTimeout(r, 100));
    const third = await new Promise<string>((resolve) =>
      http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(body));
      }),
    );
    expect(third).toBe('ok');
    await idleClosed;
    release();
    expect(await slow).toBe('done');
  });
});
