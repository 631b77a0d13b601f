import { noSeriousViolations } from './a11y';
import { expect, test } from './fixtures';
import { NASM_SEED } from './seeds';

test.use({ seed: NASM_SEED });

test('the timeline shows the NASM case: 2.0 of 2.0, the CPR/AED flag, the CES open-ended; keyboard and table', async ({
  page,
  host,
  shot,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  const cpt = page.getByRole('button', {
    name: /^NASM-CPT cycle 10 Mar 2025 to 10 Mar 2027: covered if you submit by 1 Feb 2027, 2\.0 of 2\.0 CEU$/,
  });
  await expect(cpt).toBeVisible();
  await expect(
    page.getByRole('img', { name: /NASM-CES: does not expire; counts 1\.9 CEU toward NASM-CPT/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', {
      name: /AHA CPR\/AED card valid 2025-02-01 to 2027-02-01, ends before the NASM-CPT deadline/,
    }),
  ).toBeVisible();
  await shot('50-timeline');

  // Keyboard: one cycle is in the tab order (the first credential's current one), reached by Tab.
  await expect(page.locator('.timeline [role="button"][tabindex="0"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Show as a table' }).focus();
  for (let i = 0; i < 6 && !(await cpt.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(cpt).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'NASM-CPT cycle details' });
  await expect(panel).toContainText('2.0 CEU of 2.0 CEU');
  await expect(panel).toContainText(
    'Covered if you submit by 1 Feb 2027, while your CPR/AED card is valid; after that, renew the card first (the deadline is 10 Mar 2027).',
  );
  await shot('51-timeline-panel');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  // Focus is back where it came from.
  await expect(cpt).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('button', { name: /^NASM-CPT cycle 11 Mar 2027 to 10 Mar 2029: upcoming/ }),
  ).toBeFocused();
  // Down to the next lane (the CES above has no cycles to land on), to the nearest cycle in time.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /^CSCS cycle 1 Jan 2027 to 31 Dec 2029/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: /^NASM-CPT cycle 11 Mar 2027/ })).toBeFocused();

  // Zoom and pan keep the same cycles reachable.
  await page.getByRole('button', { name: 'Year', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Year', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Later' }).click();
  await page.getByRole('button', { name: 'Today' }).click();
  await expect(page.getByText(/2\d May 2026 – /)).toBeVisible();

  // The same data as a table.
  await page.getByRole('button', { name: 'Show as a table' }).click();
  const table = page.getByRole('table', { name: 'Every cycle of every credential' });
  await expect(table.getByRole('row', { name: /NASM-CPT 10 Mar 2025 – 10 Mar 2027/ })).toContainText(
    '2.0 CEU of 2.0 CEU',
  );
  await expect(table.getByRole('row', { name: /NASM-CES/ })).toContainText('Does not expire');
  await expect(table.getByRole('row', { name: /AHA CPR\/AED card/ })).toContainText(
    'Ends before the NASM-CPT deadline',
  );
});

test('no serious accessibility problem on the dashboard, timeline, credential page and activity form', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Next steps' })).toBeVisible();
  await noSeriousViolations(page, 'dashboard');
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await noSeriousViolations(page, 'timeline');
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: /^NASM-CPT/ }) })
    .getByRole('button')
    .click();
  await expect(page.getByRole('heading', { name: /NASM-CPT Certified Personal Trainer/ })).toBeVisible();
  await noSeriousViolations(page, 'credential page');
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.getByRole('button', { name: 'Log an activity' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await noSeriousViolations(page, 'activity form');
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    test.describe(`${colorScheme} at ${size.width}×${size.height}`, () => {
      test.use({ colorScheme, viewport: size });
      test('dashboard and timeline screenshots', async ({ page, host, shot }) => {
        await page.goto(host.url);
        await expect(page.getByRole('heading', { name: 'Next steps' })).toBeVisible();
        await shot(`60-dashboard-${colorScheme}-${size.width}`);
        await page.getByRole('button', { name: 'Timeline', exact: true }).click();
        await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
        await shot(`61-timeline-${colorScheme}-${size.width}`);
      });
    });
  }
}
