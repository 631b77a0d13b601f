/** Certificates dropped anywhere on the window go to what is open, or to the review screen to be read. */
import { addFromCatalog, expect, test } from './fixtures';
import { certificatePdf, dropFiles } from './sample-files';

test('dropped on a credential’s page (anywhere), a file is attached to that credential', async ({ page, host }) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await dropFiles(page, 'header.topbar', [await certificatePdf('NASM-CPT certificate.pdf')]);
  await expect(page.getByText('Attached NASM-CPT certificate.pdf.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Preview NASM-CPT certificate.pdf' })).toBeVisible();
});

test('dropped where no certificate panel is open, a file is read and proposed on the review screen', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await dropFiles(page, 'main', [await certificatePdf('Workshop certificate.pdf')]);
  await expect(page.getByRole('heading', { name: 'Read certificates' })).toBeVisible();
  const card = page.getByRole('article', { name: 'Workshop certificate.pdf' });
  await expect(card.getByRole('status')).toHaveText('Read from its text');
  await expect(card.getByLabel('Completed on')).toHaveValue('2025-09-15');
  await expect(card.getByRole('checkbox', { name: /NASM-CPT/ })).toBeChecked();
  await expect(card.getByText('Needs a title.')).toBeVisible();
});

test('dropped on an open activity form, a file is held and attached when the activity is saved', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.getByRole('button', { name: 'Log an activity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an activity' });
  await dropFiles(page, 'header.topbar', [await certificatePdf('Workshop certificate.pdf')]);
  await expect(
    dialog.getByText('Workshop certificate.pdf will be attached when you save this activity.'),
  ).toBeVisible();
  await dialog.getByLabel('Title').fill('Workshop');
  await dialog.getByLabel('Contact hours').fill('1');
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByText('Saved, with Workshop certificate.pdf attached.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Preview Workshop certificate.pdf' })).toBeVisible();
});
