/**
 * The page's address under `electron-vite dev`: only then, and only a loopback http(s) URL.
 * `app.isPackaged` is false for any `electron .`, so trusting ELECTRON_RENDERER_URL alone would
 * make whatever address a user's environment holds the trusted IPC origin with the whole API.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function devRendererUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  if (isPackaged || env.NODE_ENV_ELECTRON_VITE !== 'development') return undefined;
  const raw = env.ELECTRON_RENDERER_URL;
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    const ok = (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname) && !url.username;
    return ok ? raw : undefined;
  } catch {
    return undefined;
  }
}
