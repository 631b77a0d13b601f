/**
 * The main window and its hardening (Electron's security checklist): isolated,
 * sandboxed, no Node in the page, no webviews; navigation kept on our origin; new
 * windows denied (allow-listed https links go to the system browser); every
 * permission request denied.
 */
import { BrowserWindow, shell, type Session } from 'electron';
import { isAllowedExternalUrl, isSameOrigin } from './core/url-policy';

/** Denies every permission (camera, notifications…); Recert asks for none from the page. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function createMainWindow(options: { preload: string; url: string; origin: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
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
  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isSameOrigin(url, options.origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isSameOrigin(url, options.origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
