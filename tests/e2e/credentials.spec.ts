import { expect, fillCredential, test } from './fixtures';

test('a trainer sets up their profile and credentials, and nothing is lost on reload or restart', async ({
  page,
  host,
  restart,
  shot,
}) => {
  await page.goto(host.url);
  // The token is kept out of the address bar.
  await expect(page).not.toHaveURL(/token=/);
  await expect(page.getByText('No credentials yet')).toBeVisible();
  await shot('01-first-run');

  await page.getByLabel('Name').fill('Zoë Müller-Łukasik');
  await page.getByLabel('E-mail').fill('zoe@example.com');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();

  await page.getByRole('button', { name: 'Add credential' }).click();
  await fillCredential(page, {
    name: 'Certified Personal Trainer',
    body: 'NASM',
    number: 'CPT-123456',
    issuedOn: '2025-03-10',
    expiresOn: '2027-03-10',
  });
  await shot('02-add-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('button', { name: 'Add credential' }).click();
  await fillCredential(page, { name: 'Corrective Exercise Specialist', body: 'NASM', issuedOn: '2025-09-15' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();

  const rows = page.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('row', { name: /Certified Personal Trainer/ })).toContainText('CPT-123456');
  await expect(page.getByRole('row', { name: /Corrective Exercise Specialist/ })).toContainText('Does not expire');
  await shot('03-two-credentials');

  await page.reload();
  await expect(page.getByRole('row')).toHaveCount(3);
  await expect(page.getByLabel('Name')).toHaveValue('Zoë Müller-Łukasik');

  // Edit one.
  await page.getByRole('button', { name: 'Edit Certified Personal Trainer' }).click();
  await page.getByRole('dialog').getByLabel('Credential number (optional)').fill('CPT-777');
  await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('row', { name: /Certified Personal Trainer/ })).toContainText('CPT-777');

  // Delete one: cancelling keeps it; confirming removes it.
  await page.getByRole('button', { name: 'Delete Corrective Exercise Specialist' }).click();
  await expect(page.getByRole('dialog')).toContainText('Delete this credential?');
  await shot('04-confirm-delete');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row', { name: /Corrective Exercise Specialist/ })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Corrective Exercise Specialist' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete credential' }).click();
  await expect(page.getByRole('row', { name: /Corrective Exercise Specialist/ })).toHaveCount(0);

  // Restart: a new host process on the same data dir.
  const next = await restart();
  await page.goto(next.url);
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('row', { name: /Certified Personal Trainer/ })).toContainText('CPT-777');
  await expect(page.getByLabel('Name')).toHaveValue('Zoë Müller-Łukasik');
  await shot('05-after-restart');
});

test('bad input gets a clear message and adds nothing', async ({ page, host, shot }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Add credential' }).click();
  await fillCredential(page, {
    name: 'Certified Personal Trainer',
    body: 'NASM',
    issuedOn: '2025-03-10',
    expiresOn: '2024-03-10',
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('Expiry date must be after the issued date.');
  await expect(page.getByRole('dialog').getByLabel('Expires (optional)')).toHaveAttribute('aria-invalid', 'true');
  await shot('06-invalid-expiry');

  await page.getByRole('dialog').getByLabel('Credential name').fill('');
  await page.getByRole('dialog').getByLabel('Expires (optional)').fill('2027-03-10');
  await page.getByRole('dialog').getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('Credential name is required.');

  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No credentials yet')).toBeVisible();

  await page.getByLabel('E-mail').fill('not-an-address');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('alert')).toContainText('E-mail does not look like an e-mail address');
  await page.reload();
  await expect(page.getByLabel('E-mail')).toHaveValue('');
});
