import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { addFromCatalog, credentialRow, expect, test } from './fixtures';

test('reminders, the calendar file, and a backup that restores', async ({ page, host, shot, files }) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, number: 'CPT-123456', issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: '← All credentials' }).click();
  await addFromCatalog(page, { query: 'cpr', option: /AHA CPR\/AED/, issuedOn: '2025-02-01', expiresOn: '2027-02-01' });
  await page.getByRole('button', { name: '← All credentials' }).click();

  // The home screen says what needs attention.
  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(attention).toContainText('NASM-CPT: CPR/AED card ends before the deadline');
  await shot('40-needs-attention');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('120 days').check();
  await page.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByText('Reminder settings saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  // Before and after: what is missing, with the days left, leads the list.
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await expect(attention).toContainText('NASM-CPT: 1.9 CEU (19 h) left, 108 days');
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
