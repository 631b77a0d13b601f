/**
 * `app.requestSingleInstanceLock()` as Chromium does it: the first instance holds a lock file in
 * userData and listens on a socket beside it; a later one finds the lock held by a live process,
 * sends its arguments through the socket (the first gets `second-instance`) and is told "no".
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

let handoff: Promise<void> = Promise.resolve();
/** Resolves once a second instance's message has been delivered (so it may exit). */
export const pendingHandoff = (): Promise<void> => handoff;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function takeSingleInstanceLock(dir: string, onSecondInstance: (argv: string[]) => void): boolean {
  mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, 'SingletonLock');
  const socket = path.join(dir, 'SingletonSocket');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
    } catch {
      const holder = Number(readFileSync(lock, 'utf8'));
      if (alive(holder)) {
        handoff = new Promise((resolve) => {
          // Done once the arguments are handed to the socket: the first instance reads them in its own time.
          const client = net.connect(socket, () => client.end(JSON.stringify(process.argv), () => resolve()));
          client.on('error', () => resolve());
        });
        return false;
      }
      rmSync(lock, { force: true }); // left by a process that died: take it over
      continue;
    }
    rmSync(socket, { force: true });
    const server = net.createServer((connection) => {
      let text = '';
      connection.on('data', (chunk) => (text += String(chunk)));
      connection.on('end', () => onSecondInstance(JSON.parse(text) as string[]));
    });
    server.listen(socket);
    server.unref();
    process.on('exit', () => {
      rmSync(lock, { force: true });
      rmSync(socket, { force: true });
    });
    return true;
  }
  return false;
}
