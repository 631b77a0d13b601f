/**
 * Each e2e test gets its own data dir and its own browser host (started in this worker's
 * process) serving the built renderer; `restart` stops it and starts a new one on the same dir.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startWebHost, type WebHost } from '../../electron/web-host';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');
/** Every e2e test runs on the same "today", so what the page shows is deterministic. */
export const TODAY = '2026-11-22';

interface Fixtures {
  dataDir: string;
  host: WebHost;
  /** Stops the host and starts a new one on the same data dir (an app restart). */
  restart: () => Promise<WebHost>;
  /** Saves a full-page screenshot under test-results/screenshots/. */
  shot: (name: string) => Promise<void>;
}

/** Files to put in the data dir before the host starts (name → content). */
export type Seed = Record<string, string>;

export const test = base.extend<Fixtures & { seed: Seed }>({
  seed: [{}, { option: true }],
  // Playwright reads the fixture's parameters from this pattern, even when it is empty.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'recert-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir, seed }, use) => {
    for (const [name, content] of Object.entries(seed)) writeFileSync(path.join(dataDir, name), content);
    const host = await startWebHost({ dataDir, rendererDir: RENDERER_DIR, today: TODAY });
    const holder = { current: host };
    await use(host);
    await holder.current.close().catch(() => undefined);
  },
  restart: async ({ host, dataDir }, use) => {
    let current = host;
    await use(async () => {
      await current.close();
      current = await startWebHost({ dataDir, rendererDir: RENDERER_DIR, today: TODAY });
      return current;
    });
    if (current !== host) await current.close().catch(() => undefined);
  },
  shot: async ({ page }, use) => {
    await use(async (name) => {
      await page.screenshot({ path: path.resolve('test-results/screenshots', `${name}.png`), fullPage: true });
    });
  },
});

export { expect };

/** Adds a credential through the catalog search: type the query, pick the option, fill the details. */
export async function addFromCatalog(
  page: Page,
  c: { query: string; option: RegExp; number?: string; issuedOn: string; expiresOn?: string },
) {
  await page.getByRole('button', { name: 'Add credential' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Search the catalog' }).fill(c.query);
  await dialog.getByRole('option', { name: c.option }).click();
  if (c.number) await dialog.getByLabel(/number \(optional\)/).fill(c.number);
  await dialog.getByLabel(/Certification date|Issue date|Completion date/).fill(c.issuedOn);
  if (c.expiresOn) await dialog.getByLabel('Valid until (as on the card)').fill(c.expiresOn);
  await dialog.getByRole('button', { name: 'Add credential' }).click();
  await expect(dialog).toBeHidden();
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
