/**
 * The `app://recert/…` protocol's answers: the built renderer's files, with the CSP
 * header, and 404 for anything outside the renderer folder or on another host.
 * Plain Node (uses the global Response), so it is unit-tested without Electron.
 */
import { promises as fs } from 'node:fs';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveStaticPath } from './static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'recert';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return notFound();
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
  // Use the raw path: URL() already collapsed plain `..` segments, but not encoded ones.
  const rawPath = requestUrl.slice(APP_ORIGIN.length).split(/[?#]/)[0] ?? '/';
  const file = resolveStaticPath(rendererDir, rawPath === '' || rawPath === '/' ? '/index.html' : rawPath);
  if (!file) return notFound();
  try {
    const data = await fs.readFile(file);
    return new Response(data, {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return notFound();
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}
