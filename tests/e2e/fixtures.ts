/**
 * Each e2e test gets its own data dir and its own app, through one of two transports (a
 * Playwright project each, so every test runs on both):
 * - `browser-host`: the browser host (started in this worker's process) serving the built renderer;
 * - `electron-shaped`: the built main process in a child process under the Electron stand-in, its
 *   renderer in Chromium with the built preload and IPC (desktop-host.ts).
 * `restart` stops the app and starts a new one on the same dir; `files` attaches and saves files
 * the way the transport's user does (file input and downloads, or the native dialogs).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { startWebHost } from '../../electron/web-host';
import { buildFakeElectron } from '../electron-shaped/build-fake';
import {
  deliverToPages,
  launchDesktop,
  launchSecondInstance,
  wireContext,
  type DesktopApp,
  type DesktopBridge,
  type DesktopOptions,
} from './desktop-host';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');
/** Every e2e test runs on the same "today", so what the page shows is deterministic. */
export const TODAY = '2026-11-22';

export type Transport = 'browser-host' | 'electron-shaped';

/** What a test needs of the running app, on either transport. */
export interface AppHost {
  url: string;
  origin: string;
  close(): Promise<unknown>;
}

/** A file as the user has it on disk. */
export interface UserFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface Files {
  /** Attaches `file` with the attachments panel inside `scope` ("Attach a file…", or its file input). */
  attach(scope: Locator, file: UserFile): Promise<void>;
  /** Runs `trigger` (a click that exports) and returns the file the user ends up with. */
  save(page: Page, trigger: () => Promise<void>): Promise<{ path: string; fileName: string; message: string }>;
  /** Picks the backup file to test or restore. */
  chooseBackup(page: Page, file: string): Promise<void>;
}

interface Fixtures {
  dataDir: string;
  host: AppHost;
  /** Stops the app and starts a new one on the same data dir (an app restart). */
  restart: () => Promise<AppHost>;
  /** Saves a full-page screenshot under test-results/screenshots/. */
  shot: (name: string) => Promise<void>;
  files: Files;
  /** The desktop app under the Electron stand-in (electron-shaped transport only). */
  desktop: DesktopApp;
  running: Running;
  /** Launches Recert again while this one runs (desktop only): its exit code, and whether it opened a window. */
  secondInstance: () => Promise<{ code: number | null; window: boolean }>;
}

/** The app running for this test (it changes on restart). */
interface Running {
  app: AppHost;
  desktop?: DesktopBridge;
  /** How the desktop app was launched (for a second instance on the same userData). */
  desktopOptions?: DesktopOptions;
  relaunch(): Promise<AppHost>;
}

interface WorkerFixtures {
  /** The Electron stand-in, bundled once per worker. */
  fakeElectron: string;
}

/** Files to put in the data dir before the host starts (name → content). */
export type Seed = Record<string, string>;

const tempDir = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix));

export const test = base.extend<Fixtures & { seed: Seed; transport: Transport }, WorkerFixtures>({
  seed: [{}, { option: true }],
  transport: ['browser-host', { option: true }],
  fakeElectron: [
    // Playwright reads the fixture's parameters from this pattern, even when it is empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(await buildFakeElectron());
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = tempDir('recert-e2e-');
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  running: async ({ dataDir, seed, transport, context, fakeElectron }, use, testInfo) => {
    for (const [name, content] of Object.entries(seed)) writeFileSync(path.join(dataDir, name), content);
    const home = tempDir('recert-e2e-home-');
    const saveDir = testInfo.outputPath('saved');
    mkdirSync(saveDir, { recursive: true });
    const running: Running = {
      app: undefined as unknown as AppHost,
      relaunch: async () => {
        await running.app.close();
        return (running.app = await launch());
      },
    };
    async function launch(): Promise<AppHost> {
      if (transport === 'browser-host') return startWebHost({ dataDir, rendererDir: RENDERER_DIR, today: TODAY });
      running.desktopOptions = { fakeModule: fakeElectron, dataDir, home, today: TODAY, saveDir };
      const desktop = await launchDesktop(running.desktopOptions);
      deliverToPages(context, desktop);
      running.desktop = desktop;
      return desktop;
    }
    if (transport === 'electron-shaped') await wireContext(context, () => running.desktop as DesktopBridge);
    running.app = await launch();
    await use(running);
    await running.app.close().catch(() => undefined);
    rmSync(home, { recursive: true, force: true });
  },
  host: async ({ running }, use) => use(running.app),
  restart: async ({ running }, use) => use(() => running.relaunch()),
  desktop: async ({ running, transport }, use) => {
    // Always the app running now, also after a restart; on the browser host, any use is an error.
    await use(
      new Proxy({} as DesktopApp, {
        get: (_t, key) => {
          if (transport !== 'electron-shaped')
            throw new Error('The desktop fixture needs the electron-shaped transport.');
          return running.desktop?.[key as keyof DesktopApp];
        },
      }),
    );
  },
  secondInstance: async ({ running }, use) =>
    use(async () => {
      if (!running.desktopOptions) throw new Error('A second instance needs the electron-shaped transport.');
      return launchSecondInstance(running.desktopOptions);
    }),
  files: async ({ transport, running }, use, testInfo) => {
    const holder = running;
    const onDisk = (file: UserFile) => {
      const dir = testInfo.outputPath('picked');
      mkdirSync(dir, { recursive: true });
      const where = path.join(dir, file.name);
      writeFileSync(where, file.buffer);
      return where;
    };
    const desktopFiles: Files = {
      attach: async (scope, file) => {
        holder.desktop?.dialogs({ openFile: onDisk(file) });
        await scope.getByRole('button', { name: 'Attach a file…' }).click();
      },
      save: async (page, trigger) => {
        const before = holder.desktop?.events.filter((e) => e.event === 'dialog.showSaveDialog').length ?? 0;
        await trigger();
        await expect
          .poll(() => holder.desktop?.events.filter((e) => e.event === 'dialog.showSaveDialog').length)
          .toBe(before + 1);
        const asked = holder.desktop?.events.filter((e) => e.event === 'dialog.showSaveDialog')[before];
        const fileName = path.basename(String(asked?.defaultPath));
        const message = `Saved ${fileName}.`;
        await expect(page.getByText(message).first()).toBeVisible();
        const saved = path.join(testInfo.outputPath('saved'), fileName);
        expect(existsSync(saved)).toBe(true);
        return { path: saved, fileName, message };
      },
      chooseBackup: async (page, file) => {
        holder.desktop?.dialogs({ openFile: file });
        await page.getByRole('button', { name: 'Choose a backup file…' }).click();
        // The chooser shows the file's name alone; the export's status ("Saved <name>.") is not it.
        await expect(page.getByText(path.basename(file), { exact: true })).toBeVisible();
      },
    };
    const browserFiles: Files = {
      attach: async (scope, file) => scope.getByLabel('Certificate file').setInputFiles(file),
      save: async (page, trigger) => {
        const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
        const fileName = download.suggestedFilename();
        const saved = testInfo.outputPath('downloads', fileName);
        await download.saveAs(saved);
        return { path: saved, fileName, message: `Downloaded ${fileName}.` };
      },
      chooseBackup: async (page, file) => page.getByLabel('Backup file').setInputFiles(file),
    };
    await use(transport === 'electron-shaped' ? desktopFiles : browserFiles);
  },
  shot: async ({ page, transport }, use) => {
    await use(async (name) => {
      // One set of screenshots per transport: the desktop's under their own names.
      const file = transport === 'electron-shaped' ? `desktop-${name}` : name;
      await page.screenshot({ path: path.resolve('test-results/screenshots', `${file}.png`), fullPage: true });
    });
  },
});

export { expect };

/** Adds a credential through the catalog search: type the query, pick the option, fill the details. */
export async function addFromCatalog(
  page: Page,
  c: { query: string; option: RegExp; number?: string; issuedOn: string; expiresOn?: string; handsOn?: boolean },
) {
  await page.getByRole('button', { name: 'Add credential' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Search the catalog' }).fill(c.query);
  await dialog.getByRole('option', { name: c.option }).click();
  if (c.number) await dialog.getByLabel(/number \(optional\)/).fill(c.number);
  await dialog.getByLabel(/Certification date|Issue date|Completion date/).fill(c.issuedOn);
  if (c.expiresOn) await dialog.getByLabel('Valid until (as on the card)').fill(c.expiresOn);
  if (c.handsOn !== undefined)
    await dialog.getByRole('radio', { name: c.handsOn ? 'Yes, in person' : 'No, online only' }).check();
  await dialog.getByRole('button', { name: 'Add credential' }).click();
  await expect(dialog).toBeHidden();
  // Adding opens the credential's page (after the data reloads): done when its heading is there.
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`^${c.option.source.replace(/^\^/, '')}`) }),
  ).toBeVisible();
}

/** The row of the credentials table whose title button starts with `code` (e.g. "NASM-CPT"). */
export function credentialRow(page: Page, code: string) {
  return page.getByRole('row').filter({
    has: page.getByRole('button', { name: new RegExp(`^${code.replace(/[/\\^$*+?.()|[\]{}-]/g, '\\$&')}\\b`) }),
  });
}

/** Opens "Log an activity" from the Activities screen and fills what every activity has; returns the dialog. */
export async function startActivity(page: Page, a: { title: string; completedOn: string; hours: string }) {
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.getByRole('button', { name: 'Log an activity' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill(a.title);
  await dialog.getByLabel('Completion date').fill(a.completedOn);
  await dialog.getByLabel('Contact hours').fill(a.hours);
  return dialog;
}

/** The looks every screen is shot in: light and dark, at 1024×700 and 1280×800. */
export const LOOKS = (['light', 'dark'] as const).flatMap((colorScheme) =>
  [
    { width: 1024, height: 700 },
    { width: 1280, height: 800 },
  ].map((size) => ({ colorScheme, size })),
);

/** The activity form, saved with no title and no date: two errors at once. */
export async function activityFormWithTwoErrors(page: Page) {
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.getByRole('button', { name: 'Log an activity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an activity' });
  await dialog.getByLabel('Completion date').fill('');
  await dialog.getByLabel('Contact hours').fill('2');
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  return dialog;
}
