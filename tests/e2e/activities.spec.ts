import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { PNG } from 'pngjs';
import { addFromCatalog, credentialRow, expect, startActivity, test } from './fixtures';

async function certificatePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([792, 612]);
  page.drawText('Certificate of Completion', { x: 200, y: 420, size: 32, font });
  page.drawText('NASM Corrective Exercise Specialist', { x: 210, y: 360, size: 20, font });
  page.drawText('1.9 CEU · 15 Sep 2025', { x: 300, y: 320, size: 16, font });
  return Buffer.from(await doc.save());
}

function wrongPng(): Buffer {
  const png = new PNG({ width: 120, height: 80 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([200, 60, 60, 255], i);
  return PNG.sync.write(png);
}

test('a trainer logs the CES course, attaches its certificate, and imports their spreadsheet', async ({
  page,
  host,
  shot,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, number: 'CPT-123456', issuedOn: '2025-03-10' });

  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await expect(page.getByText('No activities yet')).toBeVisible();
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

  // Attach the certificate with the file chooser.
  await dialog
    .getByLabel('Certificate file')
    .setInputFiles({ name: 'CES certificate.pdf', mimeType: 'application/pdf', buffer: await certificatePdf() });
  await expect(dialog.getByText('Attached CES certificate.pdf.')).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'First page of CES certificate.pdf' })).toHaveAttribute(
    'aria-busy',
    'false',
  );

  // A wrong upload: attached, then removed (with a way back).
  await dialog
    .getByLabel('Certificate file')
    .setInputFiles({ name: 'wrong photo.png', mimeType: 'image/png', buffer: wrongPng() });
  await expect(dialog.getByRole('img', { name: 'wrong photo.png' })).toBeVisible();
  await shot('20-activity-with-certificates');
  await dialog.getByRole('button', { name: 'Remove wrong photo.png' }).click();
  await expect(dialog.getByText('Removed wrong photo.png.')).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'wrong photo.png' })).toHaveCount(0);

  // A file that is not a certificate is refused, saying what is accepted.
  await dialog.getByLabel('Certificate file').setInputFiles({
    name: 'notes.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html><body>not a pdf</body></html>'),
  });
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
  await dialog.getByRole('button', { name: 'Delete activity' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this activity?' })
    .getByRole('button', { name: 'Delete activity' })
    .click();
  await expect(page.getByText('No activities yet')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Kettlebell workshop' })).toBeVisible();
});
