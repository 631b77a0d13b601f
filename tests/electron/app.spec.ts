/**
 * The real app in Electron (Playwright's _electron, under xvfb-run on Linux). Where no
 * Electron binary exists (our build machines cannot download it) every test here skips,
 * with the reason as its one line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { contractAreas } from '../../shared/api-shape';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const binary = findElectronBinary();
test.skip(!binary.path, `No Electron binary here (${binary.reason}); the Electron suite runs where one exists.`);

let app: ElectronApplication;
let dataDir: string;
let userData: string;

test.beforeEach(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'recert-electron-'));
  // Its own userData too: a Recert the developer has open holds the single-instance lock in the
  // real one, and the test's app would hand over to it and quit (and the test time out).
  userData = mkdtempSync(path.join(os.tmpdir(), 'recert-electron-userdata-'));
  app = await electron.launch({
    executablePath: binary.path as string,
    args: ['.', `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, RECERT_DATA_DIR: dataDir },
  });
});

test.afterEach(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(userData, { recursive: true, force: true });
});

test('launches and shows the app', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Recert' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/electron-window.png' });
});

test('the window runs with the hardened web preferences', async () => {
  await app.firstWindow();
  // getLastWebPreferences is Electron's (untyped) record of the preferences the page really got.
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences(): unknown };
    return contents.getLastWebPreferences();
  });
  expect(prefs).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    disableBlinkFeatures: 'Auxclick',
  });
});

test('the page has no Node and exactly the contract on window.api', async () => {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const seen = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    apiKeys: Object.keys((window as unknown as { api: object }).api).sort(),
    evalBlocked: (() => {
      try {
        return eval('1') !== 1;
      } catch {
        return true;
      }
    })(),
  }));
  expect(seen).toEqual({
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
    apiKeys: [...contractAreas()].sort(),
    evalBlocked: true,
  });
});
