/**
 * A refused save says everything at once, where it is: each wrong field marked, its message under
 * it (read with it), the first one scrolled to and focused; dates written as the field shows them.
 */
import { activityFormWithTwoErrors, expect, test } from './fixtures';
import { NASM_SEED } from './seeds';

test.use({ seed: NASM_SEED });

test('the activity form: every error at its field, focus on the first', async ({ page, host, shot }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(host.url);
  // No title, no date, and hours: the core answers for both fields at once.
  const dialog = await activityFormWithTwoErrors(page);
  const title = dialog.getByLabel('Title');
  const date = dialog.getByLabel('Completion date');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(/Title is required/);
  await expect(date).toHaveAccessibleDescription(/Completion date/);
  await expect(title).toBeFocused();
  await expect(dialog.getByRole('alert')).toHaveText('Please correct the 2 marked fields.');
  await shot('80-activity-form-errors');

  // Fixing the title leaves the date: it is focused now, and its message stays under it.
  await title.fill('Mobility workshop');
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  await expect(title).toHaveAttribute('aria-invalid', 'false');
  await expect(date).toBeFocused();
  await expect(dialog.getByRole('alert')).toHaveText('Please correct the marked field.');
});

test('the card form: a card that ends before it was issued is said at “Valid until”, which is focused', async ({
  page,
  host,
  shot,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Add credential' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Search the catalog' }).fill('Red Cross');
  await dialog
    .getByRole('option', { name: /Red Cross/ })
    .first()
    .click();
  await dialog.getByLabel(/Issue date|Completion date/).fill('2026-05-01');
  const until = dialog.getByLabel('Valid until (as on the card)');
  await until.fill('2026-04-01');
  await dialog.getByRole('button', { name: 'Add credential' }).click();
  await expect(until).toHaveAttribute('aria-invalid', 'true');
  await expect(until).toBeFocused();
  await expect(until).toHaveAccessibleDescription(/must be after/);
  await expect(dialog.getByRole('alert')).toHaveText('Please correct the marked field.');
  await shot('81-card-form-errors');
});

test('ticking a credential fills its credit from the hours at the body’s rate, editable', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.getByRole('button', { name: 'Log an activity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an activity' });
  await dialog.getByLabel('Contact hours').fill('10');
  await dialog.getByRole('checkbox', { name: 'NASM-CPT' }).check();
  const credit = dialog.getByLabel('Credit toward NASM-CPT (CEU)');
  await expect(credit).toHaveValue('1.0');
  await credit.fill('0.8');
  // Unticking and ticking again keeps what the user typed.
  await dialog.getByRole('checkbox', { name: 'NASM-CPT' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'NASM-CPT' }).check();
  await expect(credit).toHaveValue('0.8');
});

test('a reload with unsaved typing asks first; staying keeps the typing; a saved or untouched form does not ask', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.getByRole('button', { name: 'Log an activity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an activity' });
  const asks = () =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  // Untouched: leaving asks nothing.
  expect(await asks()).toBe(false);
  await dialog.getByLabel('Title').fill('Mobility workshop');
  expect(await asks()).toBe(true);
  // A real reload: the browser asks; "Stay" keeps the form and what was typed.
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.evaluate(() => setTimeout(() => location.reload(), 0));
  expect(await asked).toBe('beforeunload');
  await expect(dialog.getByLabel('Title')).toHaveValue('Mobility workshop');
  // Closed with "Discard", nothing holds the page any more.
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: /Discard/ })
    .getByRole('button', { name: /Discard/ })
    .click();
  expect(await asks()).toBe(false);
});

test('the credential form: a missing certification date is said at its field, which is focused', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Add credential' }).first().click();
  await page.getByRole('combobox', { name: 'Search the catalog' }).fill('ACE-CPT');
  await page.getByRole('option', { name: /ACE-CPT/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a credential' });
  const date = dialog.getByLabel('Certification date');
  await date.fill('');
  await dialog.getByRole('button', { name: 'Add credential' }).click();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/^Certification date is required/);
  await expect(date).toBeFocused();
  await expect(dialog.getByRole('alert')).toHaveText('Please correct the marked field.');
});
