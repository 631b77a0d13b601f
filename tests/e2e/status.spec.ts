import { addFromCatalog, credentialRow, expect, startActivity, test } from './fixtures';

test('a trainer adds NASM-CPT, the CES and a CPR/AED card from the catalog and reads their status', async ({
  page,
  host,
  shot,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, number: 'CPT-123456', issuedOn: '2025-03-10' });

  // Without the CES and the card: at risk, with what is missing and the pace.
  await expect(page.getByText('At risk').first()).toBeVisible();
  await expect(
    page.getByText('No CPR/AED card recorded: NASM needs a card that is valid when you submit.', { exact: false }),
  ).toBeVisible();
  await page.getByRole('button', { name: '← All credentials' }).click();

  await addFromCatalog(page, { query: 'cpr', option: /AHA CPR\/AED/, issuedOn: '2025-02-01', expiresOn: '2027-02-01' });
  await page.getByRole('button', { name: '← All credentials' }).click();
  await addFromCatalog(page, { query: 'corrective exercise', option: /NASM-CES/, issuedOn: '2025-09-15' });
  await page.getByRole('button', { name: '← All credentials' }).click();

  // The card's hands-on check is not recorded yet: not "covered" until it is (NASM refuses online-only cards).
  const cpt = credentialRow(page, 'NASM-CPT');
  await expect(cpt).toContainText('Confirm the card’s hands-on check');
  await expect(cpt).not.toContainText('Covered if');
  await credentialRow(page, 'AHA CPR/AED')
    .getByRole('button', { name: /AHA CPR\/AED/ })
    .click();
  // The card's page says what it is for, and that its hands-on check is not recorded.
  const uses = page.getByLabel('What this card is for');
  await expect(uses).toContainText('Hands-on skills check: not recorded');
  await expect(uses).toContainText('NASM-CPT needs a card with a hands-on skills check valid when you submit');
  await expect(page.getByText('Does not expire')).toHaveCount(0);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('radio', { name: 'Yes, in person' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(uses).toContainText('Hands-on skills check: yes, in person');
  await expect(uses).toContainText('this card, if you submit by 1 Feb 2027; counts 0.1 CEU toward NASM-CPT.');
  await page.getByRole('button', { name: '← All credentials' }).click();

  const COVERED =
    'Covered if you submit by 1 Feb 2027, while your CPR/AED card is valid; after that, renew the card first (the deadline is 10 Mar 2027).';
  await expect(cpt).toContainText('Covered if you submit by 1 Feb 2027');
  await expect(cpt).toContainText('2.0 CEU of 2.0 CEU');
  await expect(cpt).toContainText('in 108 days');
  await expect(credentialRow(page, 'AHA CPR/AED')).toContainText('Valid until');
  await shot('10-dashboard-nasm-case');

  await cpt.getByRole('button', { name: /NASM-CPT/ }).click();
  await expect(page.getByRole('meter', { name: 'Progress toward 2.0 CEU' })).toHaveAttribute('aria-valuenow', '200');
  await expect(page.getByLabel('Verdict')).toHaveText(COVERED);
  await expect(page.getByRole('row', { name: /NASM-CES specialization/ })).toContainText('1.9 CEU');
  await expect(page.getByRole('row', { name: /CPR\/AED card .*valid until 1 Feb 2027/ })).toContainText('0.1 CEU');
  // How sure the catalog is lives behind one disclosure, in plain words, sources named by their site.
  const howSure = page.locator('details.how-sure');
  await expect(howSure.locator('summary')).toContainText(/How sure is this\? \d+ values? to check with NASM\./);
  await howSure.locator('summary').click();
  await expect(howSure).toContainText('scribd.com (a third-party page, not opened from Recert)');
  await expect(howSure).not.toContainText('https://');
  await shot('11-credential-page');

  // She also logs the CES course as an activity, 1.9 CEU toward the CPT: it still counts once.
  const dialog = await startActivity(page, {
    title: 'Corrective Exercise Specialist course',
    completedOn: '2025-09-15',
    hours: '19',
  });
  await dialog.getByRole('checkbox', { name: 'NASM-CPT' }).check();
  await dialog.getByLabel('Credit toward NASM-CPT (CEU)').fill('1.9');
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  await expect(dialog.getByText('Saved. You can attach its certificate below.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await expect(cpt).toContainText('2.0 CEU of 2.0 CEU');
  await cpt.getByRole('button', { name: /NASM-CPT/ }).click();
  await expect(page.getByRole('meter', { name: 'Progress toward 2.0 CEU' })).toHaveAttribute('aria-valuenow', '200');
  await expect(page.getByText('Your NASM-CES counts once (1.9 CEU)', { exact: false })).toBeVisible();
  await shot('11b-ces-counted-once');

  // Record the renewal of this cycle (behind "Mark as renewed…"): it is closed, and the next one opens.
  await expect(page.getByRole('button', { name: 'Record renewal' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Mark as renewed…' }).click();
  await expect(page.getByLabel('Renewed on')).toBeFocused();
  await page.getByLabel('Confirmation number').fill('NASM-778');
  await page.getByLabel('Fee paid (USD)').fill('99');
  await page.getByRole('button', { name: 'Record renewal' }).click();
  // It says what it will do, and waits for a yes.
  const confirm = page.getByRole('dialog', { name: 'Record this renewal?' });
  await expect(confirm).toContainText(
    'This marks NASM-CPT’s cycle 10 Mar 2025 – 10 Mar 2027 as renewed on 22 Nov 2026 and opens the next one (11 Mar 2027 – 10 Mar 2029).',
  );
  await confirm.getByRole('button', { name: 'Record renewal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded the renewal of NASM-CPT' })).toBeVisible();
  const cycles = page.getByRole('table', { name: 'All cycles' });
  await expect(cycles.getByRole('row', { name: /10 Mar 2025/ })).toContainText('Renewed');
  await expect(cycles.getByRole('row', { name: /10 Mar 2025/ })).toContainText('NASM-778');
  // The renewal opened the next cycle: it is now the one shown, and the old warning is gone.
  await expect(page.locator('.cycle-period')).toHaveText('11 Mar 2027 – 10 Mar 2029');
  await expect(page.getByText('before this deadline (10 Mar 2027)')).toHaveCount(0);
  await shot('12-renewed');
});

test('an override is saved, used, and marked as overridden', async ({ page, host }) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByLabel('Required per cycle (CEU)').fill('3.0');
  await page.getByRole('button', { name: 'Save my values' }).click();
  await expect(page.getByText('overridden')).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Progress toward 3.0 CEU' })).toBeVisible();

  // Say no card is needed: the CPR/AED warning goes, and the value is marked as overridden.
  await expect(page.getByLabel('Verdict')).toContainText('No CPR/AED card recorded:');
  await page.getByLabel('CPR/AED card needed').selectOption('no');
  await page.getByRole('button', { name: 'Save my values' }).click();
  await expect(page.getByLabel('Verdict')).not.toContainText('CPR/AED');
  await expect(page.getByText('overridden')).toHaveCount(2);

  // The field at fault is marked, whichever override it is.
  await page.getByLabel('Required per cycle (CEU)').fill('lots');
  await page.getByRole('button', { name: 'Save my values' }).click();
  await expect(page.getByRole('alert')).toContainText('Required must be a number such as 2.0.');
  await expect(page.getByLabel('Required per cycle (CEU)')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Required per cycle (CEU)').fill('3.0');

  await page.getByLabel('Cycle length (months)').fill('abc');
  await page.getByRole('button', { name: 'Save my values' }).click();
  await expect(page.getByRole('alert')).toContainText('Cycle length must be a whole number of months.');
  await expect(page.getByLabel('Cycle length (months)')).toHaveAttribute('aria-invalid', 'true');
});
