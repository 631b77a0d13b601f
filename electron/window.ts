/**
 * The main window and its hardening (Electron's security checklist): isolated,
 * sandboxed, no Node in the page, no webviews; navigation kept on our origin; new
 * windows denied (allow-listed https links go to the system browser); every
 * permission request denied.
 */
import { app, BrowserWindow, dialog, shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl, isSameOrigin } from './core/url-policy';
import { MIN_SIZE, type SavedWindow } from './core/window-bounds';

/** Denies every permission (camera, notifications…); Recert asks for none from the page. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function createMainWindow(options: {
  preload: string;
  url: string;
  origin: string;
  /** Where it opens (the saved state, kept on a display that is there). */
  state: SavedWindow;
  onLoadFailed?: (error: unknown) => void;
}): BrowserWindow {
  const window = new BrowserWindow({
    ...options.state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Recert',
    backgroundColor: '#f6f7f9',
    // Written out in full (not spread from a constant) so the security scan can read every value.
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
  guardContents(window.webContents, options.origin);
  // A form with unsaved typing holds a reload or a close (the page's beforeunload): ask, as a browser does.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      message: 'Leave without saving?',
      detail: 'What you typed in the open form has not been saved and will be lost.',
    });
    if (choice === 0) event.preventDefault();
  });
  window.once('ready-to-show', () => {
    if (options.state.maximized) window.maximize();
    window.show();
  });
  // A page that fails to load must not leave a hidden window (and a process) behind.
  window.loadURL(options.url).catch((error: unknown) => {
    window.destroy();
    options.onLoadFailed?.(error);
  });
  return window;
}

/**
 * The guards every web contents gets: no navigation or redirect away from our origin, no
 * webviews, and no new windows (a link to a body's own site opens in the system browser).
 */
export function guardContents(contents: WebContents, origin: string): void {
  contents.on('will-navigate', (details) => {
    if (!isSameOrigin(details.url, origin)) details.preventDefault();
  });
  contents.on('will-redirect', (details) => {
    if (!isSameOrigin(details.url, origin)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Applies `guardContents` to every web contents the app ever creates, not only the main window's. */
export function guardAllContents(origin: string): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, origin));
}
