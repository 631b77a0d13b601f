/**
 * The renewal plan on a credential's page: the seed case (NASM-CPT, the CES, a card to 1 Feb
 * 2027), the next cycle at 0 of 2.0 with the PES and a card first among the suggestions; trying
 * it shows the verdict it changes, from the keyboard; nothing is saved while trying. Kept, its
 * dated steps are on Home, and "Open the plan" comes back to it.
 */
import type { Page } from '@playwright/test';
import { credentialRow, expect, LOOKS, test } from './fixtures';
import { NASM_SEED } from './seeds';

test.use({ seed: NASM_SEED });

/** Home, then the NASM-CPT's page: its renewal plan. */
async function openPlan(page: Page, url: string) {
  await page.goto(url);
  await credentialRow(page, 'NASM-CPT')
    .getByRole('button', { name: /^NASM-CPT/ })
    .click();
  return page.getByRole('region', { name: 'Renewal plan' });
}

test('the plan suggests the PES for 2027-29, and trying it shows the verdict it changes', async ({
  page,
  host,
  shot,
}) => {
  const plan = await openPlan(page, host.url);
  await expect(plan).toBeVisible();
  const cycles = plan.getByRole('listitem').filter({ has: page.locator('.plan-cycle-head') });
  await expect(cycles).toHaveCount(3);
  await expect(cycles.nth(0)).toContainText('10 Mar 2025 – 10 Mar 2027');
  await expect(cycles.nth(0)).toContainText('Covered if you submit by 1 Feb 2027');
  const next = cycles.nth(1);
  await expect(next).toContainText('11 Mar 2027 – 10 Mar 2029');
  await expect(next).toContainText('0.0 of 2.0 CEU counted; 2.0 CEU missing');
  const ways = next.getByRole('list', { name: 'Ways to fill 11 Mar 2027 – 10 Mar 2029' });
  const first = ways.getByRole('listitem').first();
  await expect(first).toContainText('NASM-PES (1.9 CEU) + a valid CPR/AED card (0.1 CEU)');

  // From the keyboard: focus the first "Try" and press Space.
  const tryIt = first.getByRole('button', { name: 'Try' });
  await tryIt.focus();
  await page.keyboard.press('Space');
  await expect(first.getByRole('button', { name: 'Trying' })).toHaveAttribute('aria-pressed', 'true');
  const changes = plan.getByRole('heading', { name: 'What changes' }).locator('..');
  await expect(changes.getByRole('listitem').first()).toHaveText(
    'NASM-CPT, 11 Mar 2027 – 10 Mar 2029: At risk (2.0 CEU missing) → becomes Covered once your planned NASM-PES is completed and your CPR/AED card is renewed',
  );
  await expect(next).toContainText('Planned: NASM-PES, renewed CPR/AED card.');
  await expect(changes).toContainText('Nothing is saved while you try.');
  await shot('70-plan-trying');

  // Stop trying: back as it was; the real verdict never moved.
  await changes.getByRole('button', { name: 'Stop trying' }).click();
  await expect(plan.getByRole('heading', { name: 'What changes' })).toHaveCount(0);
  await expect(page.getByLabel('Verdict')).toContainText('Covered if you submit by 1 Feb 2027');
});

test('kept, the plan puts its dated steps on Home; "Open the plan" comes back to it; taken out, they go', async ({
  page,
  host,
  shot,
}) => {
  const plan = await openPlan(page, host.url);
  await plan.getByRole('button', { name: 'Try' }).first().click();
  await plan.getByRole('button', { name: 'Keep the plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kept in your plan' })).toHaveText(
    'Kept in your plan: NASM-PES and renewed CPR/AED card. Its steps are on Home and in the calendar export.',
  );
  const kept = plan.getByRole('heading', { name: 'In your plan' }).locator('..');
  await expect(kept.getByRole('listitem')).toHaveText([
    /^NASM-PES, by 9 Jun 2027/,
    /^Renewed CPR\/AED card, between 11 Mar 2027 and 10 Mar 2029/,
  ]);
  // The plan's verdict for 2027-29 stays the plan's (not tried any more: kept); the real one does not move.
  await expect(plan.getByRole('listitem').filter({ hasText: '11 Mar 2027 – 10 Mar 2029' }).first()).toContainText(
    'Covered once your planned NASM-PES is completed and your CPR/AED card is renewed',
  );
  await expect(page.getByLabel('Verdict')).toContainText('Covered if you submit by 1 Feb 2027');
  await plan.scrollIntoViewIfNeeded();
  await shot('74-plan-kept');

  await page.getByRole('button', { name: 'Home' }).click();
  const steps = page.getByRole('region', { name: 'Next steps' });
  const pes = steps
    .getByRole('listitem')
    .filter({ hasText: 'Start the NASM-PES by 21 Apr 2027 to finish by 9 Jun 2027' });
  await expect(pes).toContainText('It counts 1.9 CEU toward NASM-CPT once done.');
  await expect(
    steps.getByRole('listitem').filter({ hasText: 'Renew your CPR/AED card between 11 Mar 2027 and 10 Mar 2029' }),
  ).toHaveCount(1);
  await shot('72-plan-steps-on-home');

  // The timeline draws the kept milestones as hollow marks on the CPT's lane.
  await page.getByRole('button', { name: 'Timeline' }).click();
  await expect(page.getByRole('img', { name: 'Planned: NASM-PES done by 9 Jun 2027' })).toHaveCount(1);
  await expect(page.getByRole('img', { name: 'Planned: CPR/AED card renewed by 10 Mar 2029' })).toHaveCount(1);
  await shot('73-plan-on-timeline');
  await page.getByRole('button', { name: 'Home' }).click();

  await pes.getByRole('button', { name: 'Open the plan' }).click();
  await expect(page.getByRole('heading', { name: 'Renewal plan' })).toBeFocused();
  await kept.getByRole('button', { name: 'Take NASM-PES out of the plan' }).click();
  await expect(kept.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(steps).not.toContainText('NASM-PES');
});

for (const { colorScheme, size } of LOOKS)
  test.describe(`${colorScheme} at ${size.width}×${size.height}`, () => {
    test.use({ colorScheme, viewport: size });
    test('the plan, looked at', async ({ page, host, shot }) => {
      const plan = await openPlan(page, host.url);
      await plan.getByRole('button', { name: 'Try' }).first().click();
      await expect(plan.getByRole('heading', { name: 'What changes' })).toBeVisible();
      await plan.scrollIntoViewIfNeeded();
      // Nothing in the plan is wider than its card.
      const fits = await plan.evaluate((el) => el.scrollWidth <= el.clientWidth);
      expect(fits).toBe(true);
      await shot(`71-plan-${colorScheme}-${size.width}`);
    });
  });
