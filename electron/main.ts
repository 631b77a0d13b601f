/**
 * Recert's main process, as a table of contents: take the single-instance lock, harden the
 * session, open the store, serve the renderer, register the contract, set the menu, open the
 * window where it was, and show due reminders. The work is in the modules named here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { CATALOG_VERSION } from '../shared/domain/catalog/catalog';
import { AppError } from '../shared/errors';
import { diskFailure } from './core/disk-words';
import { APP_VERSION } from '../shared/version';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { APP_ORIGIN } from './core/app-protocol-handler';
import { localToday } from '../shared/domain/calendar-date';
import { resolveDataDir } from './core/data-dir';
import { devRendererUrl } from './core/dev-url';
import { createDispatcher } from './core/dispatch';
import { handlers } from './core/handlers/handler-table';
import { shutdown } from './core/shutdown';
import { openDataDir } from './core/open-data-dir';
import type { Store } from './core/store/store';
import { desktopFiles } from './desktop/file-dialogs';
import { restoreAppearance } from './desktop/appearance';
import { setupReminders } from './desktop/reminders';
import { openingWindowState, trackWindowState } from './desktop/window-state';
import { registerContract, trustedSender } from './ipc';
import { setupMenu } from './menu';
import { createMainWindow, guardAllContents, hardenSession } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.join(here, '../renderer');
const PRELOAD = path.join(here, '../preload/preload.cjs');
const DEV_URL = devRendererUrl(process.env, app.isPackaged);

let mainWindow: BrowserWindow | undefined;
let store: Store | undefined;
const currentWindow = () => mainWindow;

registerAppScheme();
useUserDataFlag();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  setupSecondInstance();
  setupQuit();
  // `.catch`, not a second argument to `then`: a failure inside start() must reach fail() too.
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const dataDir = resolveDataDir({ flag: flagValue('--data-dir'), fallback: app.getPath('userData') });
  // A full disk or a folder Recert may not use names the data folder when Node's error names no file.
  store = await openDataDir({ dataDir, owner: 'the Recert app' }).catch((error: unknown) => {
    throw diskFailure(error, dataDir) ?? error;
  });
  serveRenderer(RENDERER_DIR);
  const origin = DEV_URL ? new URL(DEV_URL).origin : APP_ORIGIN;
  guardAllContents(origin);
  const dispatch = createDispatcher(handlers, {
    store,
    version: APP_VERSION,
    today: () => localToday(),
    ...desktopFiles(currentWindow),
    fontDir: path.join(app.getAppPath(), 'resources/fonts'),
  });
  registerContract(
    dispatch,
    trustedSender(() => mainWindow?.webContents, origin),
  );
  restoreAppearance();
  setupMenu({
    isMac: process.platform === 'darwin',
    isDev: DEV_URL !== undefined,
    version: APP_VERSION,
    catalogVersion: CATALOG_VERSION,
    dataDir,
    window: currentWindow,
  });
  mainWindow = createMainWindow({
    preload: PRELOAD,
    url: DEV_URL ?? `${APP_ORIGIN}/index.html`,
    origin,
    state: openingWindowState(),
    onLoadFailed: (error) => fail(new Error(`the window could not load its page (${String(error)})`)),
  });
  trackWindowState(mainWindow);
  setupReminders(() => store, currentWindow);
}

/** A second launch brings this window forward (the second process quits). */
function setupSecondInstance(): void {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
}

/** Closing the window quits; quitting waits for the store to close (its last write, its lock). */
function setupQuit(): void {
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!store) return;
    event.preventDefault();
    const closing = store;
    store = undefined;
    void shutdown()
      .then(() => closing.close())
      .then((unfolded) => {
        // Nothing was lost (the journal is kept for the next start), but the user is told.
        if (unfolded) dialog.showErrorBox('Recert kept your recent changes aside', unfolded);
      })
      .finally(() => app.quit());
  });
}

/** A failure before the window opens (data in use, data from a newer version…): say why, then quit. */
function fail(error: unknown): void {
  const known = error instanceof AppError ? error : diskFailure(error);
  const message = known ? known.message : `Recert could not start: ${String(error)}`;
  dialog.showErrorBox('Recert cannot open your data', message);
  // Release the data folder's lock (and the single-instance lock, by exiting) so a later start can work.
  const closing = store;
  store = undefined;
  void (closing ? closing.close() : Promise.resolve()).finally(() => app.exit(1));
}

/**
 * `--user-data-dir=<folder>`: Electron's own folder (window state, the single-instance lock) goes
 * there, so a second, separate Recert (a test run, a demonstration) does not hand over to one
 * already open. Set before the lock is taken.
 */
function useUserDataFlag(): void {
  const flag = process.argv.find((a) => a.startsWith('--user-data-dir='));
  if (flag) app.setPath('userData', path.resolve(flag.slice('--user-data-dir='.length)));
}

function flagValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
