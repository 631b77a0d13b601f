/**
 * The e2e suite's desktop transport: the built main process (out/main/main.js) runs in a child
 * process against the Electron stand-in, and the built renderer runs in Chromium as Electron's
 * window would run it:
 * - the page's files come from the `app://` handler main.js registered (real CSP header and all),
 *   served at an https stand-in origin because Chromium cannot navigate to a custom scheme;
 * - the built preload (out/preload/preload.cjs) runs before the page's scripts, with a `require`
 *   that knows only `electron`, whose `ipcRenderer.invoke` structured-clones its arguments and
 *   carries them to the child's `ipcMain` handlers with the calling frame's URL (mapped back to
 *   app://) and whether it is the top frame, so main.js's sender check judges real frames;
 * - the native dialogs, notifications and the window are played by the test (`dialogs`, `events`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Frame } from '@playwright/test';
import { MAIN, PRELOAD, REGISTER, ROOT } from '../electron-shaped/build-fake';

/** Where the page is served in Chromium, for `app://recert`. */
export const STAND_IN_ORIGIN = 'https://recert.app-scheme.test';
const APP_ORIGIN = 'app://recert';

export type DesktopEvent = { event: string } & Record<string, unknown>;

export interface DesktopApp {
  url: string;
  origin: string;
  /** Everything the stand-in recorded (dialogs shown, shell calls, notifications, focus…). */
  events: DesktopEvent[];
  /** What the next open dialog picks (null: cancel) and the folder save dialogs save into. */
  dialogs(choice: { openFile?: string | null; saveDir?: string | null }): void;
  clickNotification(index: number): void;
  /** Clicks the application menu's item with this id. */
  clickMenu(id: string): void;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  close(): Promise<void>;
}

type Reply = { kind: 'reply'; id: number } & Record<string, unknown>;

/** A running desktop app, with the request channel the browser context is wired to. */
export type DesktopBridge = DesktopApp & {
  request: (body: Record<string, unknown>) => Promise<Reply>;
  /** Main → page messages (`webContents.send`), for the page's `ipcRenderer.on` listeners. */
  onSendToPage: (listener: (message: Record<string, unknown>) => void) => void;
};

export interface DesktopOptions {
  fakeModule: string;
  dataDir: string;
  home: string;
  today: string;
  saveDir: string;
}

/** Starts main.js under the stand-in (a child with a structured-clone IPC channel). */
function spawnMain(options: DesktopOptions): ChildProcess {
  return spawn(
    process.execPath,
    ['--unhandled-rejections=warn-with-error-code', '--import', REGISTER, MAIN, '--data-dir', options.dataDir],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
      env: {
        ...process.env,
        FAKE_ELECTRON_MODULE: pathToFileURL(options.fakeModule).href,
        FAKE_ELECTRON_BRIDGE: '1',
        FAKE_ELECTRON_HOME: options.home,
        FAKE_ELECTRON_TODAY: options.today,
        FAKE_ELECTRON_SAVE_DIR: options.saveDir,
      },
    },
  );
}

/** A second launch on the same userData: resolves with its exit code and whether it opened a window. */
export async function launchSecondInstance(options: DesktopOptions): Promise<{ code: number | null; window: boolean }> {
  const child = spawnMain(options);
  let window = false;
  child.on('message', (m: { event?: string }) => (window ||= m.event === 'BrowserWindow'));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, window };
}

/** Starts main.js under the stand-in and waits until it has loaded its window. */
export async function launchDesktop(options: DesktopOptions): Promise<DesktopBridge & { child: ChildProcess }> {
  const child = spawnMain(options);
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  child.stdout?.on('data', () => undefined);
  const events: DesktopEvent[] = [];
  const toPage: ((message: Record<string, unknown>) => void)[] = [];
  const waiting = new Map<number, (reply: Reply) => void>();
  let nextId = 1;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const loaded = new Promise<string>((resolve, reject) => {
    child.on('message', (message: { kind: string } & Record<string, unknown>) => {
      if (message.kind === 'reply') waiting.get(message.id as number)?.(message as Reply);
      if (message.kind !== 'event') return;
      events.push(message as unknown as DesktopEvent);
      if (message.event === 'webContents.send') for (const listener of toPage) listener(message);
      if (message.event === 'bridge.ready') {
        const load = events.find((e) => e.event === 'loadURL');
        resolve(String(load?.url));
      }
    });
    void exited.then((code) =>
      reject(new Error(`The main process exited (${code}) before its window loaded.\n${stderr}`)),
    );
  });
  const appUrl = await loaded;

  const request = (body: Record<string, unknown>) =>
    new Promise<Reply>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (reply) => {
        waiting.delete(id);
        resolve(reply);
      });
      // The main process gone (or going): say how it ended and what it last wrote, not "EPIPE".
      const gone = () =>
        new Error(
          `The main process has exited (code ${child.exitCode}, signal ${child.signalCode}).\n${stderr.slice(-4000)}`,
        );
      if (!child.connected) reject(gone());
      else child.send({ ...body, id }, (error) => error && reject(gone()));
    });

  return Object.assign(
    {
      child,
      url: toStandIn(appUrl),
      origin: STAND_IN_ORIGIN,
      events,
      exited,
      dialogs: (choice: { openFile?: string | null; saveDir?: string | null }) =>
        child.send({ kind: 'dialogs', ...choice }),
      clickNotification: (index: number) => child.send({ kind: 'click-notification', index }),
      clickMenu: (id: string) => child.send({ kind: 'click-menu', id }),
      close: async () => {
        if (child.exitCode === null && child.connected) child.send({ kind: 'quit' });
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      },
    },
    { request, onSendToPage: (listener: (message: Record<string, unknown>) => void) => toPage.push(listener) },
  );
}

const toStandIn = (url: string) => url.replace(APP_ORIGIN, STAND_IN_ORIGIN);
const toApp = (url: string) => url.replace(STAND_IN_ORIGIN, APP_ORIGIN);

/**
 * Wires a browser context to whichever desktop app `current()` returns (it changes on restart):
 * the stand-in origin is answered by its `app://` handler, nothing else is reachable, the preload
 * runs in every page, and its IPC reaches the app's `ipcMain`.
 */
export async function wireContext(context: BrowserContext, current: () => DesktopBridge): Promise<void> {
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  await context.route(`${STAND_IN_ORIGIN}/**`, async (route) => {
    const reply = await current().request({ kind: 'fetch', url: toApp(route.request().url()) });
    await route.fulfill({
      status: reply.status as number,
      headers: reply.headers as Record<string, string>,
      body: Buffer.from(reply.body as Uint8Array),
    });
  });
  await context.exposeBinding(
    '__recertIpcBridge',
    async ({ frame }: { frame: Frame }, channel: string, args: unknown[]) => {
      const reply = await current().request({
        kind: 'invoke',
        channel,
        args,
        frameUrl: toApp(frame.url()),
        top: frame.parentFrame() === null,
      });
      if ('error' in reply) throw new Error(String(reply.error));
      return reply.value;
    },
  );
  await context.addInitScript({ content: preloadScript() });
}

/** Carries the app's `webContents.send` messages to the page's `ipcRenderer.on` listeners. */
export function deliverToPages(context: BrowserContext, app: DesktopBridge): void {
  app.onSendToPage((message) => {
    for (const page of context.pages())
      void page
        .evaluate(
          ([channel, args]) =>
            window.dispatchEvent(new CustomEvent('recert-stand-in-ipc', { detail: { channel, args } })),
          [message.channel, message.args] as const,
        )
        .catch(() => undefined);
  });
}

/**
 * The built preload as a sandboxed renderer runs it: before the page's scripts, in one function
 * scope, with a `require` that knows only `electron`. Written inline (not evaluated from a string),
 * so the page's CSP, which forbids eval, does not apply to it.
 */
function preloadScript(): string {
  const preload = readFileSync(PRELOAD, 'utf8');
  return `(() => {
  const bridge = window.__recertIpcBridge;
  delete window.__recertIpcBridge;
  if (window.top !== window || !bridge) return;
  const freeze = (value) => {
    if (value && typeof value === 'object') { Object.values(value).forEach(freeze); Object.freeze(value); }
    return value;
  };
  // Main → page messages arrive as an event the stand-in dispatches (Electron's own path is internal).
  const listeners = new Map();
  window.addEventListener('recert-stand-in-ipc', (event) => {
    const { channel, args } = event.detail;
    for (const listener of listeners.get(channel) ?? []) listener({ sender: null }, ...structuredClone(args));
  });
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, value) {
        Object.defineProperty(window, key, { value: freeze(value), enumerable: true, configurable: false, writable: false });
      },
    },
    ipcRenderer: {
      // Electron structured-clones what crosses IPC (a function or DOM node throws here, as there).
      invoke: async (channel, ...args) => structuredClone(await bridge(channel, structuredClone(args))),
      on: (channel, listener) => {
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      },
    },
  };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('module not found: ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preload}
  })(require, module, module.exports);
})();`;
}
