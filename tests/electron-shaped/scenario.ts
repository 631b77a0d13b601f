/**
 * What the stand-in does once main.js has loaded its window, as Electron and a user would:
 * request the page's files through the `app://` handler, call IPC from trusted and untrusted
 * senders, try to open windows and navigate away, ask for permissions, save an export through
 * the save dialog; then quit. Every outcome is recorded for the test to read.
 */
import { app, clickMenuItem, handlers, ipcHandlers, permissionHandlers, record, windows } from './fake-electron';

async function fetchApp(
  url: string,
): Promise<{ status: number; type: string | null; csp: string | null; body: string }> {
  const handler = handlers.get('app');
  if (!handler) return { status: -1, type: null, csp: null, body: '' };
  const response = await handler(new Request(url));
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    body: response.status === 200 ? await response.text() : '',
  };
}

export async function runScenario(name: string): Promise<void> {
  const window = windows[0];
  if (!window) return;
  const contents = window.webContents;
  const trusted = { sender: contents, senderFrame: { url: 'app://recert/index.html', parent: null } };
  const invoke = async (channel: string, event: unknown, input: unknown = {}) =>
    (await ipcHandlers.get(channel)?.(event, input)) as { ok: boolean; value?: unknown; error?: { code: string } };

  if (name === 'start') {
    const index = await fetchApp('app://recert/index.html');
    record('served', { path: '/index.html', status: index.status, type: index.type, csp: index.csp });
    const assets = [...index.body.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1] as string);
    for (const asset of assets) {
      const r = await fetchApp(`app://recert/${asset}`);
      record('served', { path: `/${asset}`, status: r.status, type: r.type, csp: r.csp });
    }
    for (const bad of [
      'app://recert/..%2F..%2Fpackage.json',
      'app://recert/%2e%2e/%2e%2e/package.json',
      'app://other/index.html',
    ]) {
      record('refused?', { url: bad, status: (await fetchApp(bad)).status });
    }
    record('ipc.channels', { channels: [...ipcHandlers.keys()] });
    record('ipc.trusted', { result: await invoke('app:status', trusted) });
    const other = { sender: {}, senderFrame: { url: 'app://recert/index.html', parent: null } };
    const subframe = { sender: contents, senderFrame: { url: 'app://recert/index.html', parent: {} } };
    const foreign = { sender: contents, senderFrame: { url: 'https://evil.example/', parent: null } };
    for (const [label, event] of [
      ['other contents', other],
      ['subframe', subframe],
      ['other origin', foreign],
    ] as const)
      record('ipc.untrusted', { label, result: await invoke('app:status', event) });
    for (const url of ['https://evil.example/', 'https://www.nasm.org/recertify/personal-trainer-recertification'])
      record('window.open', { url, action: contents.windowOpenHandler?.({ url })?.action });
    for (const url of ['https://evil.example/', 'app://recert/index.html']) {
      let prevented = false;
      contents.emit('will-navigate', { url, preventDefault: () => (prevented = true) });
      record('navigate', { url, prevented });
    }
    const request = permissionHandlers.request as
      ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    request?.({}, 'geolocation', (granted) => record('permission', { permission: 'geolocation', granted }));
    const check = permissionHandlers.check as ((...a: unknown[]) => boolean) | undefined;
    record('permission.check', { granted: check?.({}, 'media') });
    for (const method of ['calendar:export', 'backup:create'])
      record('export', { method, result: await invoke(method, trusted) });
  }
  if (name === 'menu') {
    // A user's trip through the menu, then closing the window (its state is saved) and quitting.
    for (const id of ['about', 'report-problem', 'open-data-folder', 'theme-dark', 'log-activity', 'go-timeline'])
      record('menu.click', { id, found: clickMenuItem(id) });
    await new Promise((r) => setTimeout(r, 50));
    window.close();
  }
  app.quit();
}
