/**
 * A recording stand-in for the `electron` module, for running the built main process in plain
 * Node (the Electron binary cannot be downloaded on our machines). Each export is typed against
 * the real `electron.d.ts` (a `Pick` of the real interface), so it stops compiling when the
 * code uses an API the stand-in does not provide or provides wrongly. It enforces Electron's
 * rules that matter here: `protocol.registerSchemesAsPrivileged` only before `ready` and once;
 * windows, `protocol.handle`, `session` and dialogs only after `ready`; one `ipcMain.handle` per
 * channel; an absolute preload path that exists.
 *
 * What happens is appended, one JSON object a line, to the file named by FAKE_ELECTRON_LOG; a
 * scenario (FAKE_ELECTRON_SCENARIO) then exercises what main.js set up, as Electron would.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type * as Electron from 'electron';
import { bridged, dialogChoices, startBridge } from './bridge-child';
import { runScenario } from './scenario';
import { clipboard, Menu, nativeTheme, screen } from './fake-electron-shell';

export { clickMenuItem, clipboard, Menu, menus, nativeTheme, screen } from './fake-electron-shell';
import { pendingHandoff, takeSingleInstanceLock } from './single-instance';

const LOG = process.env.FAKE_ELECTRON_LOG ?? '/dev/null';
export function record(event: string, data: Record<string, unknown> = {}): void {
  appendFileSync(LOG, `${JSON.stringify({ event, ...data })}\n`);
  if (bridged()) process.send?.({ kind: 'event', event, ...data });
}

let ready = false;
export function requireReady(what: string): void {
  if (!ready) throw new Error(`${what} cannot be used before the app is ready.`);
}

// ── app ──────────────────────────────────────────────────────────────────────────────────────
const appEvents = new EventEmitter();
let readyResolve: () => void = () => undefined;
const readyPromise = new Promise<void>((r) => (readyResolve = r));
const paths = new Map<string, string>();

type FakeApp = Pick<
  Electron.App,
  | 'isPackaged'
  | 'requestSingleInstanceLock'
  | 'quit'
  | 'exit'
  | 'whenReady'
  | 'getPath'
  | 'setPath'
  | 'getAppPath'
  | 'on'
>;
export const app: FakeApp & { emit: (event: string, ...args: unknown[]) => boolean } = {
  emit: (event, ...args) => appEvents.emit(event, ...args),
  isPackaged: false,
  // Chromium's way: a lock file in userData, and a socket the first instance listens on.
  requestSingleInstanceLock: () =>
    takeSingleInstanceLock(path.join(app.getPath('userData')), (argv) =>
      appEvents.emit('second-instance', { preventDefault: () => undefined }, argv, process.cwd()),
    ),
  quit: () => {
    record('app.quit');
    const event = { preventDefault: () => (prevented = true) };
    let prevented = false;
    appEvents.emit('will-quit', event);
    if (!prevented) finish(0);
  },
  exit: (code = 0) => {
    record('app.exit', { code });
    finish(code);
  },
  whenReady: () => readyPromise,
  getPath: (name) => paths.get(name) ?? path.join(process.env.FAKE_ELECTRON_HOME ?? '/tmp/fake-electron-home', name),
  setPath: (name, value) => {
    if (ready && name === 'userData') record('warning', { message: 'userData set after ready' });
    paths.set(name, value);
  },
  getAppPath: () => process.cwd(),
  on: ((event: string, listener: (...args: unknown[]) => void) => {
    record('app.on', { name: event });
    appEvents.on(event, listener);
    return app;
  }) as FakeApp['on'],
};

function finish(code: number): void {
  record('exit', { code });
  // Let pending writes (and a second instance's message to the first) settle, as Electron's shutdown would.
  void pendingHandoff().then(() => setTimeout(() => process.exit(code), 50));
}

// ── protocol ─────────────────────────────────────────────────────────────────────────────────
let schemesRegistered = false;
export const handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
export const protocol: Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'> = {
  registerSchemesAsPrivileged: (schemes) => {
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    if (schemesRegistered) throw new Error('protocol.registerSchemesAsPrivileged can only be called once');
    schemesRegistered = true;
    record('protocol.registerSchemesAsPrivileged', { schemes });
  },
  handle: (scheme, handler) => {
    requireReady('protocol.handle');
    record('protocol.handle', { scheme });
    handlers.set(scheme, handler as (request: Request) => Promise<Response>);
  },
};

// ── ipcMain ──────────────────────────────────────────────────────────────────────────────────
export const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
export const ipcMain: Pick<Electron.IpcMain, 'handle'> = {
  handle: (channel, listener) => {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, listener as (event: unknown, ...args: unknown[]) => unknown);
  },
};

// ── sessions, web contents, windows ─────────────────────────────────────────────────────────
export const permissionHandlers: { request?: unknown; check?: unknown } = {};
const defaultSession: Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> = {
  setPermissionRequestHandler: (handler) => void (permissionHandlers.request = handler),
  setPermissionCheckHandler: (handler) => void (permissionHandlers.check = handler),
};
export const session = {
  get defaultSession() {
    requireReady('session.defaultSession');
    return defaultSession as Electron.Session;
  },
};

export class FakeWebContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  /** Main → page messages (the menu's commands): recorded, and carried to the page by the bridge. */
  send(channel: string, ...args: unknown[]): void {
    record('webContents.send', { channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void {
    this.windowOpenHandler = handler;
  }
}

export const windows: FakeBrowserWindow[] = [];
class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  url = '';
  shown = false;
  destroyed = false;
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super();
    requireReady('new BrowserWindow');
    const preload = options.webPreferences?.preload;
    if (preload !== undefined && (!path.isAbsolute(preload) || !existsSync(preload)))
      throw new Error(`Unable to load preload script: ${preload}`);
    const { x, y, width, height } = options;
    record('BrowserWindow', { webPreferences: options.webPreferences, bounds: { x, y, width, height } });
    windows.push(this);
    appEvents.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.url = url;
    record('loadURL', { url });
    if (process.env.FAKE_ELECTRON_LOAD_FAILS === '1') throw new Error('ERR_FAILED (-2) loading the page');
    setImmediate(() => this.emit('ready-to-show'));
    if (bridged()) startBridge();
    const scenario = process.env.FAKE_ELECTRON_SCENARIO;
    if (scenario)
      setTimeout(() => void runScenario(scenario).catch((e) => record('scenario.error', { message: String(e) })), 100);
  }
  show(): void {
    this.shown = true;
    record('window.show');
  }
  close(): void {
    record('window.close');
    this.emit('close', { preventDefault: () => undefined });
    this.destroyed = true;
    this.emit('closed');
    appEvents.emit('window-all-closed');
  }
  destroy(): void {
    this.destroyed = true;
    record('window.destroy');
  }
  maximized = false;
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
    record('window.maximize');
  }
  getNormalBounds(): Electron.Rectangle {
    const { x = 0, y = 0, width = 800, height = 600 } = this.options;
    return { x, y, width, height };
  }
  restore(): void {}
  focus(): void {
    record('window.focus');
  }
}
export const BrowserWindow = FakeBrowserWindow as unknown as typeof Electron.BrowserWindow;

// ── dialogs, shell, notifications ───────────────────────────────────────────────────────────
export const dialog: Pick<
  Electron.Dialog,
  'showErrorBox' | 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox' | 'showMessageBoxSync'
> = {
  // Recorded; answers the default button (for the unsaved-typing question: "Stay").
  showMessageBoxSync: ((...args: unknown[]) => {
    requireReady('dialog.showMessageBoxSync');
    const options = args[args.length - 1] as Electron.MessageBoxSyncOptions;
    record('dialog.showMessageBoxSync', { message: options.message, detail: options.detail });
    return options.defaultId ?? 0;
  }) as Electron.Dialog['showMessageBoxSync'],
  showMessageBox: (async (...args: unknown[]) => {
    requireReady('dialog.showMessageBox');
    const options = args[args.length - 1] as Electron.MessageBoxOptions;
    record('dialog.showMessageBox', { title: options.title, message: options.message, detail: options.detail });
    return { response: 0, checkboxChecked: false };
  }) as Electron.Dialog['showMessageBox'],
  showErrorBox: (title, content) => record('dialog.showErrorBox', { title, content }),
  showOpenDialog: (async (...args: unknown[]) => {
    requireReady('dialog.showOpenDialog');
    const options = args[args.length - 1] as Electron.OpenDialogOptions;
    record('dialog.showOpenDialog', { filters: options.filters });
    const chosen = dialogChoices.openFile ?? process.env.FAKE_ELECTRON_OPEN_FILE;
    return { canceled: !chosen, filePaths: chosen ? [chosen] : [] };
  }) as Electron.Dialog['showOpenDialog'],
  showSaveDialog: (async (...args: unknown[]) => {
    requireReady('dialog.showSaveDialog');
    const options = args[args.length - 1] as Electron.SaveDialogOptions;
    record('dialog.showSaveDialog', { filters: options.filters, defaultPath: options.defaultPath });
    const target = dialogChoices.saveDir ?? process.env.FAKE_ELECTRON_SAVE_DIR;
    return target
      ? { canceled: false, filePath: path.join(target, path.basename(options.defaultPath ?? 'export')) }
      : { canceled: true, filePath: '' };
  }) as Electron.Dialog['showSaveDialog'],
};

export const shell: Pick<Electron.Shell, 'openPath' | 'openExternal' | 'showItemInFolder'> = {
  openPath: async (p) => {
    record('shell.openPath', { path: p });
    return '';
  },
  openExternal: async (url) => record('shell.openExternal', { url }),
  showItemInFolder: (p) => record('shell.showItemInFolder', { path: p }),
};

export const notifications: Notification[] = [];
export class Notification extends EventEmitter {
  static isSupported(): boolean {
    return true;
  }
  constructor(readonly options: Electron.NotificationConstructorOptions) {
    super();
  }
  show(): void {
    notifications.push(this);
    record('notification', { title: this.options.title, body: this.options.body });
  }
}

// Electron emits `ready` once the main script has run its first turn.
setImmediate(() => {
  ready = true;
  record('ready');
  readyResolve();
  appEvents.emit('ready');
});

export default {
  app,
  protocol,
  ipcMain,
  session,
  BrowserWindow,
  dialog,
  shell,
  Notification,
  Menu,
  nativeTheme,
  clipboard,
  screen,
};
