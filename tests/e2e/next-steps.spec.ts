/**
 * Home answers "what do I do next?" first: one list of actions from the verdicts, each button
 * doing what it says. The seed case (NASM-CPT covered while the card lasts, the CES, a CSCS
 * behind pace).
 */
import { expect, startActivity, test } from './fixtures';
import { NASM_SEED } from './seeds';

test.use({ seed: NASM_SEED });

test('next steps come first on Home, in order, and each button does what it says', async ({ page, host, shot }) => {
  await page.goto(host.url);
  const steps = page.getByRole('region', { name: 'Next steps' });
  await expect(steps).toBeVisible();
  // The first thing on Home (after any banner): the list, not the cards.
  await expect(page.locator('main section').first()).toHaveAccessibleName('Next steps');
  const rows = steps.getByRole('listitem');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Log 3.0 CEU (30 h) for CSCS by 31 Dec 2026');
  await expect(rows.nth(1)).toContainText('Renew your CPR/AED card before 1 Feb 2027');
  await expect(rows.nth(2)).toContainText('Submit your NASM-CPT renewal (covered) by 1 Feb 2027');
  await expect(rows.nth(3)).toContainText('NASM-CPT: 1 activity and the CPR/AED card have no certificate attached');
  await shot('60-next-steps');
  // The cards and the table list the credentials in one order, most urgent first.
  const cards = await page.locator('.coverage-code').allTextContents();
  const table = await page.locator('button[data-credential-id] .code').allTextContents();
  expect(cards[0]).toBe('CSCS');
  expect(table).toEqual(cards);

  // "Log activity": the CSCS's page opens with the activity form for the CSCS.
  await rows.nth(0).getByRole('button', { name: 'Log activity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an activity' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'CSCS' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Home', exact: true }).click();

  // "Add the new card": the Add credential dialog.
  await rows.nth(1).getByRole('button', { name: 'Add the new card' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a credential' })).toBeVisible();
  await page.keyboard.press('Escape');

  // "Export packet": the packet export starts (it asks about the missing proof first).
  await rows.nth(2).getByRole('button', { name: 'Export packet' }).click();
  await expect(page.getByRole('dialog', { name: 'Some proof is missing' })).toBeVisible();
});

test('a long step shows two lines, and the whole of it while its button has the focus', async ({ page, host }) => {
  await page.goto(host.url);
  const long = `Program design for masters athletes ${'and their long-term strength development '.repeat(7)}`.trim();
  const dialog = await startActivity(page, { title: long, completedOn: '2026-10-01', hours: '2' });
  await dialog.getByRole('checkbox', { name: 'NASM-CPT' }).check();
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  await expect(dialog.getByText('Saved. You can attach its certificate below.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  const row = page
    .getByRole('region', { name: 'Next steps' })
    .getByRole('listitem')
    .filter({ hasText: 'have no certificate attached' });
  const effect = row.locator('.step-effect');
  await expect(effect).toHaveAttribute('title', new RegExp(long.slice(0, 60)));
  const lines = async () =>
    effect.evaluate((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)));
  expect(await lines()).toBe(2);
  await row.getByRole('button', { name: 'Attach' }).focus();
  expect(await lines()).toBeGreaterThan(2);
  await expect(row.getByRole('button', { name: 'Attach' })).toHaveAccessibleDescription(new RegExp(long.slice(0, 60)));
});
