/**
 * The browser host's connections, kept so that no local process can lock the page out. A host
 * for one user needs a few connections; Node's `maxConnections` would refuse every new one once
 * the cap is reached, so a process holding that many half-open connections (and renewing them
 * as the headers timeout cuts them) would keep the page out for as long as it liked. Instead,
 * when a new connection would pass the cap, the connection idle the longest (no request in
 * progress: never sent one, sent half of one's headers, or waiting between requests) is closed
 * to make room. Only connections busy with a request count against the cap for good, and a
 * request is only ever held open for a holder of the page's token (every other one is answered
 * at once).
 */
import type http from 'node:http';
import type { Socket } from 'node:net';

/** What is known of one connection: since when it is idle, and how many of its requests are in progress. */
interface Tracked {
  idleSince: number;
  busy: number;
}

/** Watches `server`'s connections, keeping at most `limit` of them open. */
export function guardConnections(server: http.Server, limit: number, now: () => number = Date.now): void {
  const open = new Map<Socket, Tracked>();
  server.on('connection', (socket: Socket) => {
    if (open.size >= limit) {
      const idlest = idleLongest(open);
      if (idlest) {
        open.delete(idlest);
        idlest.destroy();
      } else {
        // Every connection is busy with a request: this one waits for none of them.
        socket.destroy();
        return;
      }
    }
    open.set(socket, { idleSince: now(), busy: 0 });
    socket.once('close', () => open.delete(socket));
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const tracked = open.get(req.socket);
    if (!tracked) return;
    tracked.busy++;
    res.once('close', () => {
      tracked.busy--;
      tracked.idleSince = now();
    });
  });
}

function idleLongest(open: Map<Socket, Tracked>): Socket | null {
  let found: Socket | null = null;
  let since = Infinity;
  for (const [socket, tracked] of open) {
    if (tracked.busy === 0 && tracked.idleSince < since) {
      found = socket;
      since = tracked.idleSince;
    }
  }
  return found;
}
