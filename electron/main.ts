/**
 * Recert's main process, as a table of contents: take the single-instance lock,
 * harden the session, open the store, serve the renderer, register the contract,
 * open the window. The work is in the modules named here.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Notification, session, shell } from 'electron';
import { AppError } from '../shared/errors';
import { APP_VERSION } from '../shared/version';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { APP_ORIGIN } from './core/app-protocol-handler';
import { localToday } from './core/clock';
import { resolveDataDir } from './core/data-dir';
import { createDispatcher } from './core/dispatch';
import { takeDueNotifications } from './core/reminders';
import { handlers } from './core/handlers/handler-table';
import { Store } from './core/store/store';
import { registerContract, trustedSender } from './ipc';
import { createMainWindow, guardAllContents, hardenSession } from './window';
import { devRendererUrl } from './core/dev-url';
import { saveFilter, type ExportKind } from '../shared/export-kinds';
import { OPEN_KINDS, openFilter, type OpenKind } from '../shared/open-kinds';

const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.join(here, '../renderer');
const PRELOAD = path.join(here, '../preload/preload.cjs');
const DEV_URL = devRendererUrl(process.env, app.isPackaged);

let mainWindow: BrowserWindow | undefined;
const shownNotifications = new Set<Notification>();
let store: Store | undefined;

registerAppScheme();
useUserDataFlag();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!store) return;
    event.preventDefault();
    const closing = store;
    store = undefined;
    void closing.close().finally(() => app.quit());
  });
  // `.catch`, not a second argument to `then`: a failure inside start() must reach fail() too.
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const dataDir = resolveDataDir({ flag: flagValue('--data-dir'), fallback: app.getPath('userData') });
  store = await Store.open({ dataDir, owner: 'the Recert app' });
  serveRenderer(RENDERER_DIR);
  const origin = DEV_URL ? new URL(DEV_URL).origin : APP_ORIGIN;
  guardAllContents(origin);
  const dispatch = createDispatcher(handlers, {
    store,
    version: APP_VERSION,
    today: () => localToday(),
    chooseFile,
    openPath: async (file) => {
      const problem = await shell.openPath(file);
      if (problem) throw new Error(problem);
    },
    saveFile: saveExport,
    showInFolder: (file) => shell.showItemInFolder(file),
    fontDir: path.join(app.getAppPath(), 'resources/fonts'),
  });
  registerContract(
    dispatch,
    trustedSender(() => mainWindow?.webContents, origin),
  );
  mainWindow = createMainWindow({
    preload: PRELOAD,
    url: DEV_URL ?? `${APP_ORIGIN}/index.html`,
    origin,
    onLoadFailed: (error) => fail(new Error(`the window could not load its page (${String(error)})`)),
  });
  // Reminders: at launch, then checked every hour (each is shown once per threshold, so at most daily).
  void notifyReminders();
  setInterval(() => void notifyReminders(), 60 * 60 * 1000);
}

async function notifyReminders(): Promise<void> {
  if (!store || !Notification.isSupported()) return;
  for (const reminder of await takeDueNotifications(store, localToday())) {
    const note = new Notification({ title: reminder.title, body: reminder.message });
    // Kept until closed: a notification only referenced here could be collected with its click handler.
    shownNotifications.add(note);
    note.on('click', () => mainWindow?.show());
    note.on('close', () => shownNotifications.delete(note));
    note.show();
  }
}

/** The main process picks the file, so the page never handles paths. */
async function chooseFile(kind: OpenKind): Promise<string | null> {
  const options = {
    title: OPEN_KINDS[kind].title,
    properties: ['openFile' as const],
    filters: [openFilter(kind)],
  };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Asks where to save an export (offering its own file type), then writes it there. */
async function saveExport(defaultName: string, bytes: Uint8Array, kind: ExportKind): Promise<string | null> {
  const options = {
    title: 'Save the export',
    defaultPath: path.join(app.getPath('documents'), defaultName),
    filters: [saveFilter(kind)],
  };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  await writeFile(result.filePath, bytes);
  return result.filePath;
}

/** A failure before the window opens (data in use, data from a newer version…): say why, then quit. */
function fail(error: unknown): void {
  const message = error instanceof AppError ? error.message : `Recert could not start: ${String(error)}`;
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
