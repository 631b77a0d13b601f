/**
 * The only door out of the page. In Electron the preload provides `window.api` (IPC);
 * in a plain browser (the browser host) the same named methods are built over HTTP,
 * with the token from the address `npm run web` printed.
 */
import { buildApi, type Api, type Transport } from '../../shared/api-shape';
import type { Result } from '../../shared/errors';

declare global {
  interface Window {
    api?: Api;
  }
}

const TOKEN_KEY = 'recert.token';

const unreachable = {
  code: 'internal' as const,
  message: 'Recert is not answering. If you started it with `npm run web`, check that it is still running.',
};

/** Reads the browser host's token from the address (once) and keeps it for reloads of this tab. */
function browserHostToken(): string {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    // Keep the token out of the address bar, history and screenshots.
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
    return fromUrl;
  }
  return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(token: string): Transport {
  return async (method, input) => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Recert-Token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: unreachable };
    }
  };
}

const hostToken = window.api ? '' : browserHostToken();
export const api: Api = window.api ?? buildApi(httpTransport(hostToken));

/**
 * The browser host's file doors, for files too large for one JSON string: a backup uploaded as it
 * is (it becomes a handle, as the desktop's open dialog gives) and an export downloaded from disk.
 */
export const hostFiles = {
  async upload(file: File): Promise<Result<{ fileId: string; fileName: string; size: number }>> {
    try {
      const response = await fetch('/upload', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/octet-stream',
          'X-Recert-Token': hostToken,
          'X-Recert-File-Name': encodeURIComponent(file.name),
        },
        body: file,
      });
      return (await response.json()) as Result<{ fileId: string; fileName: string; size: number }>;
    } catch {
      return { ok: false, error: unreachable };
    }
  },
  async download(path: string): Promise<Result<Blob>> {
    try {
      const response = await fetch(path, { headers: { 'X-Recert-Token': hostToken } });
      if (!response.ok) return (await response.json()) as Result<Blob>;
      return { ok: true, value: await response.blob() };
    } catch {
      return { ok: false, error: unreachable };
    }
  },
};
