import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addFromCatalog, credentialRow, expect, startActivity, test } from './fixtures';
import { certificatePdf, notAPdf, wrongPng } from './sample-files';

test('a trainer logs the CES course, attaches its certificate, and imports their spreadsheet', async ({
  page,
  host,
  shot,
  files,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, number: 'CPT-123456', issuedOn: '2025-03-10' });

  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await expect(page.getByText('No activities yet')).toBeVisible();
  // Nothing to search yet: no filter bar on the empty screen; it comes with the first activity.
  await expect(page.getByRole('search')).toHaveCount(0);
  await page.getByRole('button', { name: 'Log an activity' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill('Corrective Exercise Specialist course');
  await dialog.getByLabel('Provider').fill('NASM');
  await dialog.getByLabel('Completion date').fill('2025-09-15');
  await dialog.getByLabel('Contact hours').fill('19');
  // Suggestions fill only the credentials the user ticked.
  await dialog.getByRole('button', { name: 'Suggest credit from the hours' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Tick the credentials this course counts toward first');
  await expect(dialog.getByLabel('Credit toward NASM-CPT (CEU)')).toHaveValue('');
  await dialog.getByRole('checkbox', { name: 'NASM-CPT' }).check();
  await dialog.getByRole('button', { name: 'Suggest credit from the hours' }).click();
  await expect(dialog.getByLabel('Credit toward NASM-CPT (CEU)')).toHaveValue('1.9');
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  await expect(dialog.getByText('Saved. You can attach its certificate below.')).toBeVisible();
  await expect(page.getByRole('search')).toHaveCount(1);

  // Attach the certificate (the file chooser in a browser, the open dialog on the desktop).
  await files.attach(dialog, await certificatePdf());
  await expect(dialog.getByText('Attached CES certificate.pdf.')).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'First page of CES certificate.pdf' })).toHaveAttribute(
    'aria-busy',
    'false',
  );

  // A wrong upload: attached, then removed (with a way back).
  await files.attach(dialog, wrongPng());
  await expect(dialog.getByRole('img', { name: 'wrong photo.png' })).toBeVisible();
  await shot('20-activity-with-certificates');
  await dialog.getByRole('button', { name: 'Remove wrong photo.png' }).click();
  await expect(dialog.getByText('Removed wrong photo.png.')).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'wrong photo.png' })).toHaveCount(0);

  // A file that is not a certificate is refused, saying what is accepted.
  await files.attach(dialog, notAPdf);
  await expect(dialog.getByRole('alert')).toContainText('Recert accepts certificates as PDF, PNG or JPEG files');

  // Preview it.
  await dialog.getByRole('button', { name: 'Preview CES certificate.pdf' }).click();
  const preview = page.getByRole('dialog', { name: 'CES certificate.pdf' });
  await expect(preview.getByRole('img', { name: 'First page of CES certificate.pdf' })).toHaveAttribute(
    'aria-busy',
    'false',
  );
  await shot('21-certificate-preview');
  await preview.getByRole('button', { name: 'Close' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('region', { name: 'Activity list' })).toContainText('NASM-CPT 1.9 CEU');
  await expect(page.getByRole('region', { name: 'Activity list' })).toContainText('Certificate');

  // It counts toward NASM-CPT.
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await expect(credentialRow(page, 'NASM-CPT')).toContainText('1.9 CEU of 2.0 CEU');

  // Import the spreadsheet: two rows are missing hours until the credit column is mapped.
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const csvDialog = page.getByRole('dialog', { name: 'Import activities from a spreadsheet' });
  await csvDialog
    .getByLabel('CSV file (save your spreadsheet as CSV)')
    .setInputFiles(path.resolve('tests/fixtures/activities.csv'));
  await expect(csvDialog.getByText('18 rows are ready; 2 have errors.', { exact: false })).toBeVisible();
  const errors = csvDialog.getByRole('table', { name: 'Rows with errors' });
  await expect(errors.getByRole('row')).toHaveCount(3);
  await expect(errors).toContainText('there are no contact hours (and no credit to work them out from)');
  await expect(csvDialog.getByRole('button', { name: 'Import 20 activities' })).toBeDisabled();
  await shot('22-csv-errors');
  await csvDialog.getByLabel('Credit (in the credential’s unit)').selectOption('CE credit');
  await expect(csvDialog.getByText('All 20 rows are ready to import.')).toBeVisible();
  await csvDialog.getByRole('button', { name: 'Import 20 activities' }).click();
  await expect(csvDialog).toBeHidden();
  await expect(page.getByText('21 activities')).toBeVisible();
  await shot('23-activities-list');

  // Filters: missing a certificate, and search.
  await page.getByLabel('Missing a certificate').check();
  await expect(page.getByText('20 of 21 activities')).toBeVisible();
  await page.getByLabel('Missing a certificate').uncheck();
  await page.getByRole('searchbox', { name: 'Search' }).fill('kettlebell');
  await expect(page.getByText('1 of 21 activities')).toBeVisible();
  expect(readFileSync('tests/fixtures/activities.csv', 'utf8')).toContain('Kettlebell fundamentals');
});

test('deleting an activity asks first and can be undone', async ({ page, host }) => {
  await page.goto(host.url);
  const dialog = await startActivity(page, { title: 'Kettlebell workshop', completedOn: '2026-10-01', hours: '4' });
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  await expect(dialog.getByText('Saved. You can attach its certificate below.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  // One activity (not "1 activities"), with its hours; the list is as tall as its one row.
  await expect(page.getByText('1 activity · 4 h in all')).toBeVisible();
  const list = page.getByRole('region', { name: 'Activity list' });
  expect((await list.boundingBox())!.height).toBeLessThan(100);
  await page.getByRole('button', { name: 'Check files' }).click();
  await expect(
    page.getByRole('main').getByText('Checked 0 certificate files: all present and unchanged.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Kettlebell workshop' }).click();
  await dialog.getByRole('button', { name: 'Delete activity' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this activity?' })
    .getByRole('button', { name: 'Delete activity' })
    .click();
  await expect(page.getByText('No activities yet')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Kettlebell workshop' })).toBeVisible();
});

test('from a credential’s page: log an activity for it (ticked already), and open one from “What counts”', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: 'Log an activity for this credential' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('checkbox', { name: 'NASM-CPT' })).toBeChecked();
  await dialog.getByLabel('Title').fill('Mobility workshop');
  await dialog.getByLabel('Completion date').fill('2026-06-01');
  await dialog.getByLabel('Contact hours').fill('2');
  await dialog.getByLabel('Credit toward NASM-CPT (CEU)').fill('0.2');
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  await expect(dialog.getByText('Saved. You can attach its certificate below.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  const counts = page.getByRole('table', { name: 'What counts in this cycle' });
  await counts.getByRole('button', { name: 'Mobility workshop' }).click();
  const again = page.getByRole('dialog', { name: 'Activity' });
  await expect(again.getByLabel('Title')).toHaveValue('Mobility workshop');
  await again.getByRole('button', { name: 'Delete activity' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this activity?' })
    .getByRole('button', { name: 'Delete activity' })
    .click();
  await expect(counts).not.toContainText('Mobility workshop');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(counts.getByRole('button', { name: 'Mobility workshop' })).toBeVisible();
});
