/**
 * Playwright: the e2e suite drives Debian's Chromium against the browser host; the
 * Electron suite launches the real app and skips itself when no Electron binary exists.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import type { Transport } from './tests/e2e/fixtures';

const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const chromiumUse = {
  browserName: 'chromium' as const,
  // A click that cannot happen fails with where it waited, not as a bare test timeout.
  actionTimeout: 15_000,
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    ...(chromium ? { executablePath: chromium } : {}),
    args: [
      ...(isRoot ? ['--no-sandbox'] : []),
      // This machine has no network: keep Chromium from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

export default defineConfig<{ transport: Transport }>({
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json' }],
  ],
  projects: [
    // Every e2e flow runs twice: through the browser host, and through the desktop app's own main
    // process, preload and IPC (under the Electron stand-in). Desktop-only flows live in desktop/,
    // browser-only ones in browser/.
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      testIgnore: 'desktop/**',
      use: { ...chromiumUse, transport: 'browser-host' },
    },
    {
      name: 'e2e-desktop',
      testDir: 'tests/e2e',
      // The page's own shortcuts are for browsers; the desktop's menu accelerators do it there.
      testIgnore: 'browser/**',
      use: { ...chromiumUse, transport: 'electron-shaped' },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
      // Its own folder: running it must not wipe the e2e run's error contexts.
      outputDir: 'test-results/playwright-electron',
    },
  ],
});
