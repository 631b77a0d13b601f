import { addFromCatalog, credentialRow, expect, test } from './fixtures';

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

  // The profile lives in Settings.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Name').fill('Zoë Müller-Łukasik');
  await page.getByLabel('E-mail').fill('zoe@example.com');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Home', exact: true }).click();

  await page.getByRole('button', { name: 'Add credential' }).click();
  await page.getByRole('combobox', { name: 'Search the catalog' }).fill('nasm personal');
  await shot('02-catalog-search');
  await page.getByRole('option', { name: /NASM-CPT/ }).click();
  await page.getByRole('dialog').getByLabel('Credential number (optional)').fill('CPT-123456');
  await page.getByRole('dialog').getByLabel('Certification date').fill('2025-03-10');
  await page.getByRole('dialog').getByRole('button', { name: 'Add credential' }).click();
  // Adding opens the credential's page.
  await expect(page.getByRole('heading', { name: /NASM-CPT Certified Personal Trainer/ })).toBeVisible();
  await page.getByRole('button', { name: '← All credentials' }).click();

  await addFromCatalog(page, { query: 'corrective', option: /NASM-CES/, issuedOn: '2025-09-15' });
  await page.getByRole('button', { name: '← All credentials' }).click();

  await expect(page.getByRole('row')).toHaveCount(3);
  await expect(credentialRow(page, 'NASM-CPT')).toContainText('CPT-123456');
  await expect(credentialRow(page, 'NASM-CES')).toContainText('Does not expire; counts 1.9 CEU toward NASM-CPT');
  await shot('03-two-credentials');

  // The home screen answers first: one card per credential.
  await expect(page.getByRole('region', { name: 'Where you stand' }).getByRole('button')).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('row')).toHaveCount(3);

  // Edit one.
  await credentialRow(page, 'NASM-CPT').getByRole('button').click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('dialog').getByLabel('Credential number (optional)').fill('CPT-777');
  await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('No. CPT-777')).toBeVisible();
  await page.getByRole('button', { name: '← All credentials' }).click();

  // Delete one: cancelling keeps it; confirming removes it.
  await credentialRow(page, 'NASM-CES').getByRole('button').click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toContainText('Delete this credential?');
  await shot('04-confirm-delete');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete credential' }).click();
  await expect(page.getByRole('heading', { name: 'Credentials' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(credentialRow(page, 'NASM-CES')).toHaveCount(0);

  // Restart: a new host process on the same data dir.
  const next = await restart();
  await page.goto(next.url);
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(credentialRow(page, 'NASM-CPT')).toContainText('CPT-777');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Zoë Müller-Łukasik');
  await shot('05-after-restart');
});

test('bad input gets a clear message and adds nothing', async ({ page, host, shot }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Add credential' }).click();
  await page.getByRole('combobox', { name: 'Search the catalog' }).fill('cpr');
  await page.getByRole('option', { name: /AHA CPR\/AED/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Issue date').fill('2025-03-10');
  await dialog.getByLabel('Valid until (as on the card)').fill('2024-03-10');
  await dialog.getByRole('button', { name: 'Add credential' }).click();
  // Said under the field, which is marked; the summary only counts.
  await expect(dialog.getByLabel('Valid until (as on the card)')).toHaveAccessibleDescription(
    '“Valid until” must be after the issue date.',
  );
  await expect(dialog.getByLabel('Valid until (as on the card)')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert')).toHaveText('Please correct the marked field.');
  await shot('06-invalid-expiry');

  await dialog.getByLabel('Issue date').fill('');
  await dialog.getByLabel('Valid until (as on the card)').fill('2027-03-10');
  await dialog.getByRole('button', { name: 'Add credential' }).click();
  // Said in the field's own format (a US browser here), not the data file's YYYY-MM-DD.
  await expect(dialog.getByLabel('Issue date')).toHaveAccessibleDescription(
    'Issue date is required: enter a date such as 03/10/2026.',
  );

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByText('No credentials yet')).toBeVisible();

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('E-mail').fill('not-an-address');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('alert')).toContainText('E-mail does not look like an e-mail address');
  await page.reload();
  await expect(page.getByLabel('E-mail')).toHaveValue('');
});

test('the same credential twice: refused with the same number, asked about on the same date', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, number: 'NASM-7731042', issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: '← All credentials' }).click();
  // Same number: refused, with where the other one is.
  await page.getByRole('button', { name: 'Add credential' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Search the catalog' }).fill('NASM-CPT');
  await dialog.getByRole('option', { name: /NASM-CPT/ }).click();
  await dialog.getByLabel(/number \(optional\)/).fill('nasm-7731042');
  await dialog.getByLabel('Certification date').fill('2023-03-10');
  await dialog.getByRole('button', { name: 'Add credential' }).click();
  await expect(dialog.getByLabel(/number \(optional\)/)).toHaveAccessibleDescription(
    /You already have this credential with number NASM-7731042/,
  );
  // Same date, no number: asked first; "Add it anyway" adds it.
  await dialog.getByLabel(/number \(optional\)/).fill('');
  await dialog.getByLabel('Certification date').fill('2025-03-10');
  await dialog.getByRole('button', { name: 'Add credential' }).click();
  await expect(dialog.getByRole('alert')).toContainText('You already have this credential from 10 Mar 2025');
  await dialog.getByRole('button', { name: 'Add it anyway' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '← All credentials' }).click();
  await expect(credentialRow(page, 'NASM-CPT')).toHaveCount(2);
});

test('a date that does not exist is named as such at once, and nothing is sent', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Add credential' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Search the catalog' }).fill('NASM-CPT');
  await dialog.getByRole('option', { name: /NASM-CPT/ }).click();
  // Typed as the field shows it (month/day/year): 30 February.
  const date = dialog.getByLabel('Certification date');
  await date.click();
  await page.keyboard.type('02302025');
  await expect(dialog.getByText('That date is incomplete or does not exist')).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Add credential' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Certification date: that date is incomplete or does not exist. Check the day, the month and the year.',
  );
  await expect(dialog.getByRole('alert')).not.toContainText('required');
  // A type was picked: closing asks first, and discarding sends nothing.
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Discard this credential?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('No credentials yet.', { exact: false })).toBeVisible();
});

test('a CPR/AED card’s “valid until” starts at its usual validity after the issue date', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Add credential' }).click();
  await page.getByRole('combobox', { name: 'Search the catalog' }).fill('cpr');
  await page.getByRole('option', { name: /AHA CPR\/AED/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Issue date').fill('2025-02-01');
  await expect(dialog.getByLabel('Valid until (as on the card)')).toHaveValue('2027-02-01');
  await expect(dialog.getByText('Filled in as 2 years after the issue date')).toBeVisible();
  // Once the user types their own, a new issue date leaves it alone.
  await dialog.getByLabel('Valid until (as on the card)').fill('2026-12-31');
  await dialog.getByLabel('Issue date').fill('2025-01-01');
  await expect(dialog.getByLabel('Valid until (as on the card)')).toHaveValue('2026-12-31');
  // The hands-on question: one answer, kept with the card.
  const group = dialog.getByRole('group', { name: 'Did the course include a hands-on skills check?' });
  await expect(group.getByRole('radio', { name: 'Not sure' })).toBeChecked();
  await group.getByRole('radio', { name: 'Yes, in person' }).check();
  await dialog.getByRole('button', { name: 'Add credential' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('dialog').getByRole('radio', { name: 'Yes, in person' })).toBeChecked();
});

test('Escape in Add credential, once a type is picked, asks before throwing the typing away', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Add credential' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a credential' });
  await dialog.getByRole('combobox', { name: 'Search the catalog' }).fill('NASM-CPT');
  await dialog.getByRole('option', { name: /NASM-CPT/ }).click();
  await dialog.getByLabel(/number \(optional\)/).fill('CPT-555');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard this credential?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog.getByLabel(/number \(optional\)/)).toHaveValue('CPT-555');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Discard this credential?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('No credentials yet.', { exact: false })).toBeVisible();
});
