import path from 'node:path';
import { addFromCatalog, expect, test } from './fixtures';

test('a spreadsheet with bad rows: import the good ones and see which were skipped', async ({ page, host }) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import activities from a spreadsheet' });
  await dialog
    .getByLabel('CSV file (save your spreadsheet as CSV)')
    .setInputFiles(path.resolve('tests/fixtures/activities.csv'));
  await expect(dialog.getByRole('button', { name: 'Import 20 activities' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Import the 18 good rows, skip 2' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('main').getByText(/^Imported 18 activities; skipped spreadsheet rows 8, \d+\.$/),
  ).toBeVisible();
  await expect(page.getByText('18 activities ·')).toBeVisible();
});
