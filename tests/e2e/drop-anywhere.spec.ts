/** A certificate dropped anywhere on the window goes to what is open, or starts an activity. */
import type { Page } from '@playwright/test';
import { addFromCatalog, expect, test, type UserFile } from './fixtures';
import { certificatePdf } from './sample-files';

/** Drops `file` on the element at `selector`, as a file dragged from the desktop would be. */
async function dropFile(page: Page, selector: string, file: UserFile): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, type, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return data;
    },
    { name: file.name, type: file.mimeType, bytes: [...file.buffer] },
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

test('dropped on a credential’s page (anywhere), a file is attached to that credential', async ({ page, host }) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await dropFile(page, 'header.topbar', await certificatePdf('NASM-CPT certificate.pdf'));
  await expect(page.getByText('Attached NASM-CPT certificate.pdf.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Preview NASM-CPT certificate.pdf' })).toBeVisible();
});

test('dropped where no certificate panel is open, a file starts a new activity and is attached when it is saved', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await dropFile(page, 'main', await certificatePdf('Workshop certificate.pdf'));
  const dialog = page.getByRole('dialog', { name: 'Log an activity' });
  await expect(
    dialog.getByText('Workshop certificate.pdf will be attached when you save this activity.'),
  ).toBeVisible();
  await dialog.getByLabel('Title').fill('Workshop');
  await dialog.getByLabel('Contact hours').fill('1');
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByText('Saved, with Workshop certificate.pdf attached.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Preview Workshop certificate.pdf' })).toBeVisible();
});
