/**
 * The timeline in Chromium: 30 credentials with about 10 cycles each and 5,000 activities.
 * The page measures itself (performance.measure 'timeline-render', from the click to the
 * chart being laid out): the first render (target under 150 ms) and each zoom or pan step
 * (target under 16 ms). Uses the browser host and Debian's Chromium, like the e2e suite.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { emptyDocument, serializeDocument } from '../electron/core/store/document';
import { startWebHost } from '../electron/web-host';
import type { Activity, Credential } from '../shared/schemas/entities';
import { ensureBuilt } from '../scripts/ensure-built.mjs';
import { median } from './common';

function document(): string {
  const stamp = '2026-01-01T00:00:00.000Z';
  const types = ['nasm-cpt', 'ace-cpt', 'afaa-cgfi', 'issa-cpt', 'ncsf-cpt', 'neta-pt'];
  const credentials: Credential[] = Array.from({ length: 30 }, (_, i) => ({
    id: `c${i}`,
    typeId: types[i % types.length] as string,
    number: `N-${i}`,
    issuedOn: `2007-${String((i % 12) + 1).padStart(2, '0')}-10`,
    notes: '',
    overrides: {},
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const activities: Activity[] = Array.from({ length: 5000 }, (_, i) => ({
    id: randomUUID(),
    title: `Course ${i}`,
    provider: 'Provider',
    code: '',
    completedOn: `${2008 + (i % 18)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    contactMinutes: 60,
    delivery: 'online',
    status: 'completed',
    notes: '',
    allocations: [{ credentialId: `c${i % 30}`, amountHundredths: 10, category: '', approval: 'approved' }],
    createdAt: stamp,
    updatedAt: stamp,
  }));
  return serializeDocument({ ...emptyDocument(), credentials, activities });
}

export async function benchTimeline(): Promise<void> {
  ensureBuilt();
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recert-bench-timeline-'));
  writeFileSync(path.join(dir, 'db.json'), document());
  const host = await startWebHost({
    dataDir: dir,
    rendererDir: path.resolve(import.meta.dirname, '../out/renderer'),
    today: '2026-11-22',
  });
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const renders = async () =>
      page.evaluate(() => performance.getEntriesByName('timeline-render', 'measure').map((m) => m.duration));
    const first: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.goto(host.url);
      await page.getByRole('heading', { name: 'Credentials' }).waitFor();
      await page.getByRole('button', { name: 'Timeline', exact: true }).click();
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      first.push((await renders())[0] ?? Number.NaN);
    }
    const before = (await renders()).length;
    for (let i = 0; i < 4; i++) {
      for (const zoom of ['Quarter', 'Year', '5 years'])
        await page.getByRole('button', { name: zoom, exact: true }).click();
      await page.getByRole('button', { name: 'Later' }).click();
    }
    const steps = (await renders()).slice(before);
    const lanes = await page.locator('.timeline-row').count();
    console.log(
      JSON.stringify({
        figure: 'timeline.first_render',
        credentials: 30,
        cycles_each: '~10',
        activities: 5000,
        lanes,
        ms: Number(median(first).toFixed(1)),
        target_ms: 150,
      }),
    );
    console.log(
      JSON.stringify({
        figure: 'timeline.zoom_step',
        steps: steps.length,
        ms: Number(median(steps).toFixed(1)),
        max_ms: Number(Math.max(...steps).toFixed(1)),
        target_ms: 16,
      }),
    );
  } finally {
    await browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
