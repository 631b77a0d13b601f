/**
 * Every screen and dialog, checked with axe; and at 200% zoom (a 1280-wide window shows 640 CSS
 * pixels) nothing scrolls sideways.
 */
import type { Page } from '@playwright/test';
import { noSeriousViolations, noSidewaysScroll } from './a11y';
import { expect, test } from './fixtures';
import { NASM_SEED } from './seeds';

test.use({ seed: NASM_SEED });

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true }).click();

async function everyScreen(page: Page, check: (where: string) => Promise<void>): Promise<void> {
  await expect(page.getByRole('region', { name: 'Where you stand' })).toBeVisible();
  await check('home');
  await nav(page, 'Timeline');
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await check('timeline');
  await nav(page, 'Activities');
  await expect(page.getByRole('heading', { name: 'Activities' })).toBeVisible();
  await check('activities');
  await nav(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  await check('settings');
  await nav(page, 'Home');
  await page
    .getByRole('region', { name: 'Where you stand' })
    .getByRole('button', { name: /^NASM-CPT/ })
    .click();
  await expect(page.getByRole('heading', { name: /NASM-CPT Certified Personal Trainer/ })).toBeVisible();
  await check('credential page');
}

test('every screen and dialog has no serious accessibility problem', async ({ page, host }) => {
  await page.goto(host.url);
  await everyScreen(page, (where) => noSeriousViolations(page, where));
  const dialogs: [string, () => Promise<void>][] = [
    ['log an activity', () => page.getByRole('button', { name: 'Log an activity for this credential' }).click()],
    [
      'record a renewal',
      async () => {
        await page.getByRole('button', { name: 'Mark as renewed…' }).click();
        await page.getByRole('button', { name: 'Record renewal' }).click();
      },
    ],
    ['delete a credential', () => page.getByRole('button', { name: 'Delete', exact: true }).click()],
  ];
  for (const [where, open] of dialogs) {
    await open();
    await expect(page.getByRole('dialog')).toBeVisible();
    await noSeriousViolations(page, where);
    await page.keyboard.press('Escape');
    if (await page.getByRole('dialog').count()) await page.getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await nav(page, 'Home');
  await page.getByRole('button', { name: 'Add credential' }).click();
  await noSeriousViolations(page, 'add a credential');
  await page.keyboard.press('Escape');
  await nav(page, 'Activities');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await noSeriousViolations(page, 'import a spreadsheet');
});

test('at 200% zoom no screen scrolls sideways', async ({ page, host }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(host.url);
  await everyScreen(page, async (where) => {
    await noSidewaysScroll(page, where);
    await page.screenshot({
      path: `test-results/screenshots/70-zoom-200-${where.replace(/ /g, '-')}.png`,
      fullPage: true,
    });
  });
});

test('a specialization’s page: no empty band above its certificates', async ({ page, host }) => {
  await page.goto(host.url);
  await page
    .getByRole('region', { name: 'Where you stand' })
    .getByRole('button', { name: /^NASM-CES/ })
    .click();
  const gap = await page.locator('.card > .attachments').evaluate((panel) => {
    const card = panel.parentElement as HTMLElement;
    return panel.getBoundingClientRect().top - card.getBoundingClientRect().top;
  });
  expect(gap).toBeLessThanOrEqual(24);
  await expect(page.getByText('override them below')).toHaveCount(0);
});
