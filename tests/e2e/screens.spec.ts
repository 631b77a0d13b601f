/**
 * The screenshot set looked at before a release: Home, a certification's page, the card's page,
 * the timeline with its details panel open and the activity form with its errors, at 1024×700
 * and 1280×800, light and dark (the seed case plus a CSCS at risk). Each screen is also held to
 * what matters there: nothing wider than the window, the first thing on Home is the next steps.
 */
import { activityFormWithTwoErrors, credentialRow, expect, LOOKS, test } from './fixtures';
import { NASM_SEED } from './seeds';

test.use({ seed: NASM_SEED });

for (const { colorScheme, size } of LOOKS)
  test.describe(`${colorScheme} at ${size.width}×${size.height}`, () => {
    test.use({ colorScheme, viewport: size });
    test('the five screens, looked at', async ({ page, host, shot }) => {
      const name = (screen: string) => `90-${screen}-${colorScheme}-${size.width}`;
      const fitsTheWindow = async () =>
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

      await page.goto(host.url);
      const first = page.locator('main > *:not(.visually-hidden)').first();
      await expect(first).toHaveClass(/next-steps/);
      await fitsTheWindow();
      await shot(name('home'));

      await credentialRow(page, 'NASM-CPT')
        .getByRole('button', { name: /^NASM-CPT/ })
        .click();
      await expect(page.getByLabel('Verdict')).toBeVisible();
      await fitsTheWindow();
      await shot(name('credential'));

      await page.getByRole('button', { name: '← All credentials' }).click();
      await credentialRow(page, 'AHA CPR/AED')
        .getByRole('button', { name: /CPR\/AED/ })
        .click();
      await expect(page.getByRole('heading', { name: /CPR\/AED/ }).first()).toBeVisible();
      await fitsTheWindow();
      await shot(name('card'));

      await page.getByRole('button', { name: 'Timeline', exact: true }).click();
      await page.getByRole('button', { name: /^NASM-CPT cycle 10 Mar 2025 to 10 Mar 2027/ }).click();
      await expect(page.getByRole('complementary', { name: 'NASM-CPT cycle details' })).toBeFocused();
      await fitsTheWindow();
      await shot(name('timeline-panel'));

      const dialog = await activityFormWithTwoErrors(page);
      await expect(dialog.getByRole('alert')).toHaveText('Please correct the 2 marked fields.');
      await shot(name('activity-errors'));
    });
  });
