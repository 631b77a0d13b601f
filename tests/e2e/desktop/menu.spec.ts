/** The desktop app's menu, clicked: each command does what its button does, in the page. */
import { addFromCatalog, expect, test } from '../fixtures';

test('menu items reach the page: screens, Log an activity, the appearance, the next steps', async ({
  page,
  host,
  desktop,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  // Adding opens the credential's page once the data has reloaded: wait for it, then use the menu.
  await expect(page.getByRole('heading', { name: /NASM-CPT Certified Personal Trainer/ })).toBeVisible();
  desktop.clickMenu('go-timeline');
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  desktop.clickMenu('log-activity');
  await expect(page.getByRole('dialog', { name: 'Log an activity' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Activities' })).toBeVisible();
  desktop.clickMenu('theme-dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  desktop.clickMenu('back-up');
  await expect(page.getByLabel('Passphrase (optional, encrypts the backup)')).toBeFocused();
  // View > Next Steps: Home, the keyboard at the list of what to do next.
  desktop.clickMenu('go-next-steps');
  await expect(page.getByRole('heading', { name: 'Next steps' })).toBeFocused();
  desktop.clickMenu('shortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});
