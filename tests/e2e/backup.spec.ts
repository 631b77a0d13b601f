import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { addFromCatalog, credentialRow, expect, test } from './fixtures';

test('reminders, the calendar file, and a backup that restores', async ({ page, host, shot, files }) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, number: 'CPT-123456', issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: '← All credentials' }).click();
  await addFromCatalog(page, { query: 'cpr', option: /AHA CPR\/AED/, issuedOn: '2025-02-01', expiresOn: '2027-02-01' });
  await page.getByRole('button', { name: '← All credentials' }).click();

  // The home screen says what to do next.
  const attention = page.getByRole('region', { name: 'Next steps' });
  await expect(attention).toContainText('Log 1.9 CEU (19 h) for NASM-CPT by 10 Mar 2027');
  await expect(attention).toContainText('Renew your CPR/AED card before 10 Mar 2027');
  await expect(attention).toContainText('Confirm that your CPR/AED card had a hands-on skills check');
  await shot('40-next-steps');

  await page.getByRole('button', { name: 'Settings' }).click();
  // Reminders apply as they are ticked (Settings has one Save: the profile's).
  await expect(page.getByRole('button', { name: /^Save/ })).toHaveText(['Save profile']);
  await page.getByLabel('120 days').check();
  await expect(page.getByText('Reminder settings saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  // Reminder settings change notifications, not what there is to do.
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  // The card ends first (1 Feb 2027), so renewing it leads; the credit still needed follows.
  await expect(attention.getByRole('listitem').first()).toContainText('Renew your CPR/AED card');
  await expect(attention.getByRole('listitem').nth(1)).toContainText('Log 1.9 CEU (19 h) for NASM-CPT');
  await page.getByRole('button', { name: 'Settings' }).click();

  const calendar = await files.save(page, () => page.getByRole('button', { name: 'Export calendar (.ics)' }).click());
  const icsFile = calendar.path;
  const events = new ICAL.Component(ICAL.parse(readFileSync(icsFile, 'utf8'))).getAllSubcomponents('vevent');
  expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual([
    'NASM-CPT renewal deadline',
    'NASM-CPT renewal deadline',
    'AHA CPR/AED expires',
  ]);
  expect(events[0]?.getAllSubcomponents('valarm')).toHaveLength(6);

  // An encrypted backup.
  await page.getByLabel('Passphrase (optional, encrypts the backup)').fill('correct horse battery');
  await page.getByLabel('Passphrase again').fill('correct horse battery');
  const backup = await files.save(page, () => page.getByRole('button', { name: 'Export backup' }).click());
  expect(backup.fileName).toBe('Recert backup 2026-11-22.zip.enc');
  const backupFile = backup.path;
  await shot('41-backups');

  // Something changes after the backup…
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await addFromCatalog(page, { query: 'CSCS', option: /CSCS/, issuedOn: '2024-05-01' });
  await page.getByRole('button', { name: '← All credentials' }).click();
  await expect(page.getByRole('row')).toHaveCount(4);

  // …a wrong passphrase is refused, the right one restores.
  await page.getByRole('button', { name: 'Settings' }).click();
  await files.chooseBackup(page, backupFile);
  await page.getByLabel('Its passphrase (if encrypted)').fill('wrong horse battery');
  await page.getByRole('button', { name: 'Test backup' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'The passphrase is wrong, or the backup file is damaged. Nothing was changed.',
  );
  await page.getByLabel('Its passphrase (if encrypted)').fill('correct horse battery');
  await page.getByRole('button', { name: 'Test backup' }).click();
  await expect(page.getByText(/The backup is complete and intact: .* 2 credentials/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore…' }).click();
  await page
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Restore backup' })
    .click();
  await expect(page.getByText(/^Restored a backup made on/)).toBeVisible();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('row')).toHaveCount(3);
  await expect(credentialRow(page, 'CSCS')).toHaveCount(0);
  await expect(page.getByText('Your data was restored from a backup made on', { exact: false })).toBeVisible();
});
