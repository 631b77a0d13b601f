/**
 * In a browser the page binds the menu's shortcuts itself (the desktop app's menu accelerators
 * do it there; see desktop/menu.spec.ts): the same command table, the same actions as the buttons.
 */
import { addFromCatalog, expect, test } from '../fixtures';

test('the keyboard reaches every screen and the main actions, and ? lists the shortcuts', async ({ page, host }) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { name: 'Activities' })).toBeVisible();
  // Nothing logged yet: nothing to search, and the page says so.
  await page.keyboard.press('Control+f');
  await expect(page.getByText('Nothing to search yet: log an activity first.')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'Log an activity' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title').fill('Mobility workshop');
  await dialog.getByLabel('Contact hours').fill('2');
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByText('Saved. You can attach its certificate below.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The list refreshes just after "Saved" shows; once the activity is listed there is a box to search.
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('region', { name: 'Where you stand' })).toBeVisible();
  await page.keyboard.press('Control+Shift+N');
  await expect(page.getByRole('dialog', { name: 'Add a credential' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Comma');
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  await page.keyboard.press('Control+b');
  await expect(page.getByLabel('Passphrase (optional, encrypts the backup)')).toBeFocused();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+Slash');
  const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(list).toContainText('Log an Activity');
  await expect(list).toContainText('Ctrl+N');
  await page.keyboard.press('Escape');
  // Typing "?" in a field types it.
  await page.getByLabel('Its passphrase (if encrypted)').fill('');
  await page.getByLabel('Its passphrase (if encrypted)').press('Shift+Slash');
  await expect(list).toBeHidden();
  await expect(page.getByLabel('Its passphrase (if encrypted)')).toHaveValue('?');
});

test('Ctrl+E exports the open credential’s summary; the appearance can be chosen', async ({ page, host }) => {
  await page.goto(host.url);
  // With no credential open, it says where it works, on screen.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('main').getByText('Open a credential first')).toBeVisible();
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await expect(page.getByRole('main').getByText('Open a credential first')).toHaveCount(0);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('dialog', { name: 'Your name on the summary' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Comma');
  await page.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(17, 20, 24)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Like the system').check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});
