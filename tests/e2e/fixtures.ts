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
    const host = await startWebHost({ dataDir, rendererDir: RENDERER_DIR });
    const holder = { current: host };
    await use(host);
    await holder.current.close().catch(() => undefined);
  },
  restart: async ({ host, dataDir }, use) => {
    let current = host;
    await use(async () => {
      await current.close();
      current = await startWebHost({ dataDir, rendererDir: RENDERER_DIR });
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

/** Fills and submits the credential dialog. */
export async function fillCredential(
  page: Page,
  c: { name: string; body: string; number?: string; issuedOn: string; expiresOn?: string },
) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Credential name').fill(c.name);
  await dialog.getByLabel('Certifying body').fill(c.body);
  await dialog.getByLabel('Credential number (optional)').fill(c.number ?? '');
  await dialog.getByLabel('Issued').fill(c.issuedOn);
  await dialog.getByLabel('Expires (optional)').fill(c.expiresOn ?? '');
}
