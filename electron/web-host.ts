/**
 * The browser host: the built renderer and the very same handler table, served over
 * HTTP on 127.0.0.1 only, for the e2e suite and `npm run web`. Every API call needs
 * the per-run token; requests are size-capped; no CORS headers are ever sent.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestLimit } from '../shared/contract';
import { certificateTooLarge, DEFAULT_REQUEST_BYTES } from '../shared/limits';
import type { Result } from '../shared/errors';
import { APP_VERSION } from '../shared/version';
import { localToday } from '../shared/domain/calendar-date';
import { createDispatcher, type Dispatch } from './core/dispatch';
import { handlers } from './core/handlers/handler-table';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveStaticPath } from './core/static-files';
import { openDataDir } from './core/open-data-dir';
import { guardConnections } from './connection-guard';
import { shutdown } from './core/shutdown';
import { FILES_PREFIX, UPLOAD_PATH, webFiles, type WebFiles } from './web-files';

export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-recert-token';
export const MAX_BODY_BYTES = DEFAULT_REQUEST_BYTES;

/** A method's request cap: what its contract entry declares; else the host's default (tests lower it). */
function bodyLimit(method: string, fallback: number): number {
  const declared = requestLimit(method);
  return declared === DEFAULT_REQUEST_BYTES ? fallback : declared;
}

export interface WebHostOptions {
  dataDir: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 (the default) picks a random free port. */
  port?: number;
  token?: string;
  now?: () => Date;
  /** A fixed "today" (YYYY-MM-DD) for tests and demonstrations; the real date otherwise. */
  today?: string;
  maxBodyBytes?: number;
  /** The largest backup the page may upload (tests lower it). */
  maxUploadBytes?: number;
  /** How long a client may take to send its request headers (a slow client holds a connection). */
  headersTimeoutMs?: number;
}

/** A loopback host for one user: a few connections are plenty (past them the idlest is closed); slow or stalled clients are cut off. */
export const SERVER_LIMITS = { maxConnections: 32, headersTimeoutMs: 10_000, requestTimeoutMs: 120_000 };

export interface WebHost {
  /** The page's address, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** Stops serving and closes the store; what the user should be told when its close could not fold the journal. */
  close(): Promise<string | null>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** Opens the store in `dataDir` (taking its lock) and starts serving. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const store = await openDataDir({ dataDir: options.dataDir, owner: 'the Recert browser host', now: options.now });
  const token = options.token ?? randomBytes(24).toString('base64url');
  const today = options.today;
  const files = await webFiles(store, options.maxUploadBytes);
  const dispatch = createDispatcher(handlers, {
    store,
    version: APP_VERSION,
    today: () => today ?? localToday(),
    offerDownload: files.offerDownload,
  });
  const headersTimeout = options.headersTimeoutMs ?? SERVER_LIMITS.headersTimeoutMs;
  const server = http.createServer({
    headersTimeout,
    requestTimeout: SERVER_LIMITS.requestTimeoutMs,
    // Node checks the timeouts on this interval (30 s by default, longer than the timeout itself).
    connectionsCheckingInterval: Math.min(1000, Math.ceil(headersTimeout / 3)),
  });
  // Past the cap, the connection idle the longest makes room (Node's maxConnections would refuse the page).
  guardConnections(server, SERVER_LIMITS.maxConnections);
  let port = 0;
  server.on('request', (req, res) => {
    handle(req, res, { ...options, token, dispatch, port, files }).catch((error: unknown) => {
      console.error('Browser host request failed', error);
      if (!res.headersSent)
        send(res, 500, { ok: false, error: { code: 'internal', message: 'The browser host failed.' } });
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await files.close();
    await store.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await shutdown();
      await files.close();
      return store.close();
    },
  };
}

interface RequestContext extends WebHostOptions {
  token: string;
  dispatch: Dispatch;
  port: number;
  files: WebFiles;
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, ctx: RequestContext): Promise<void> {
  // A page on another site resolving its own name to 127.0.0.1 (DNS rebinding) sends its own Host.
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${ctx.port}` && host !== `localhost:${ctx.port}`) {
    return sendError(res, 403, 'forbidden', 'This address is not served here.');
  }
  const url = new URL(req.url ?? '/', `http://${host}`);
  if (url.pathname.startsWith(API_PREFIX)) return handleApi(req, res, url, ctx);
  if (url.pathname === UPLOAD_PATH || url.pathname.startsWith(FILES_PREFIX)) return handleFiles(req, res, url, ctx);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'forbidden', 'Method not allowed.');
  return serveStatic(res, url.pathname, ctx.rendererDir, req.method === 'HEAD');
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  ctx: RequestContext,
): Promise<void> {
  if (req.method !== 'POST') return sendError(res, 405, 'forbidden', 'API calls must be POST requests.');
  if (!tokenMatches(req.headers[TOKEN_HEADER], ctx.token)) {
    return sendError(
      res,
      403,
      'forbidden',
      'Missing or wrong access token. Open the address that `npm run web` printed.',
    );
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendError(res, 415, 'invalid_input', 'API calls must send JSON.');
  }
  let method: string;
  try {
    method = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
  } catch {
    return sendError(res, 400, 'invalid_input', 'The address is not valid (bad percent-encoding).');
  }
  const limit = bodyLimit(method, ctx.maxBodyBytes ?? MAX_BODY_BYTES);
  const body = await readBody(req, limit);
  if (body === null) {
    const message =
      method === 'attachments:upload'
        ? certificateTooLarge()
        : method === 'backup:test' || method === 'backup:restore'
          ? 'A backup is sent as a file upload (the page does this), not inside the request. Nothing was changed.'
          : `The request is larger than ${limit} bytes.`;
    return sendError(res, 413, 'invalid_input', message);
  }
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendError(res, 400, 'invalid_input', 'The request body is not valid JSON.');
  }
  send(res, 200, await ctx.dispatch(method, input));
}

/** Uploads (POST /upload, the file's bytes as they are) and downloads (GET /files/<id>), token required. */
async function handleFiles(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  ctx: RequestContext,
): Promise<void> {
  if (!tokenMatches(req.headers[TOKEN_HEADER], ctx.token))
    return sendError(
      res,
      403,
      'forbidden',
      'Missing or wrong access token. Open the address that `npm run web` printed.',
    );
  if (url.pathname === UPLOAD_PATH) {
    if (req.method !== 'POST') return sendError(res, 405, 'forbidden', 'Uploads must be POST requests.');
    if (req.headers['content-type'] !== 'application/octet-stream')
      return sendError(res, 415, 'invalid_input', 'Uploads send the file as application/octet-stream.');
    const { status, body } = await ctx.files.upload(req);
    return send(res, status, body);
  }
  if (req.method !== 'GET') return sendError(res, 405, 'forbidden', 'Downloads are GET requests.');
  const served = await ctx.files.download(url.pathname.slice(FILES_PREFIX.length), res, SECURITY_HEADERS);
  if (!served) sendError(res, 404, 'not_found', 'That download is gone: export the file again.');
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads the body, or returns null as soon as it passes `limit` bytes. */
async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function serveStatic(res: http.ServerResponse, pathname: string, root: string, headOnly: boolean): Promise<void> {
  const file = resolveStaticPath(root, pathname === '/' ? '/index.html' : pathname);
  if (!file) return sendError(res, 404, 'not_found', 'Not found.');
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    return sendError(res, 404, 'not_found', 'Not found.');
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Content-Length': data.length });
  res.end(headOnly ? undefined : data);
}

function send(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(text);
}

function sendError(
  res: http.ServerResponse,
  status: number,
  code: 'forbidden' | 'invalid_input' | 'not_found',
  message: string,
): void {
  send(res, status, { ok: false, error: { code, message } });
}
