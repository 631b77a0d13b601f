import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { addFromCatalog, credentialRow, expect, startActivity, test } from './fixtures';

test('a trainer exports the renewal summary and the packet, and the files say the right things', async ({
  page,
  host,
  shot,
  files,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, {
    query: 'cpr',
    option: /AHA CPR\/AED/,
    issuedOn: '2025-02-01',
    expiresOn: '2027-02-01',
    handsOn: true,
  });
  await page.getByRole('button', { name: '← All credentials' }).click();
  await addFromCatalog(page, { query: 'corrective', option: /NASM-CES/, issuedOn: '2025-09-15' });
  await page.getByRole('button', { name: '← All credentials' }).click();
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, number: 'CPT-123456', issuedOn: '2025-03-10' });
  // The CES course logged as an activity too, 1.9 CEU toward the CPT: the summary still claims it once.
  const activity = await startActivity(page, {
    title: 'Corrective Exercise Specialist course',
    completedOn: '2025-09-15',
    hours: '19',
  });
  await activity.getByRole('checkbox', { name: 'NASM-CPT' }).check();
  await activity.getByLabel('Credit toward NASM-CPT (CEU)').fill('1.9');
  await activity.getByRole('button', { name: 'Save activity' }).click();
  await expect(activity.getByText('Saved. You can attach its certificate below.')).toBeVisible();
  await activity.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await credentialRow(page, 'NASM-CPT')
    .getByRole('button', { name: /NASM-CPT/ })
    .click();

  // No name saved yet: the first export asks for it, once.
  const summary = await files.save(page, async () => {
    await page.getByRole('button', { name: 'Export summary' }).click();
    const ask = page.getByRole('dialog', { name: 'Your name on the summary' });
    await ask.getByLabel('Name').fill('Zoë Müller-Łukasik');
    await ask.getByRole('button', { name: 'Save and export' }).click();
  });
  expect(summary.fileName).toBe('NASM-CPT renewal summary 2025-03-10 to 2027-03-10.pdf');
  const file = summary.path;
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Zoë Müller-Łukasik');
  expect(text).toContain('CPT-123456');
  expect(text).toContain('10 Mar 2025 – 10 Mar 2027');
  expect(text).toMatch(/2\.0 CEU\s+2\.0 CEU\s+0\.0 CEU/);
  expect(text).toContain('NASM-CES specialization');
  expect(text).toMatch(/Covered if you submit by 1 Feb 2027, while your CPR\/AED card is valid/);
  expect(text.match(/1\.9 CEU/g)?.length ?? 0).toBeLessThanOrEqual(2);
  await expect(page.getByText(summary.message)).toBeVisible();
  await shot('30-export');

  // The CES course has no certificate attached, nor the card its scan: asked first, then listed in the packet.
  const packet = await files.save(page, async () => {
    await page.getByRole('button', { name: 'Export packet' }).click();
    const ask = page.getByRole('dialog', { name: 'Some proof is missing' });
    await expect(ask).toContainText('1 activity and the CPR/AED card have no certificate attached');
    await ask.getByRole('button', { name: 'Export the packet anyway' }).click();
  });
  const packetFile = packet.path;
  const packetText = execFileSync('pdftotext', [packetFile, '-'], { encoding: 'utf8' });
  expect(packetText).toContain('Index of attached certificates');
  expect(packetText).toContain('Missing proof');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    file,
    path.resolve('test-results/screenshots/31-summary-page'),
  ]);
  // The home screen says so too.
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Next steps' })).toContainText(
    'NASM-CPT: 1 activity and the CPR/AED card have no certificate attached',
  );
});
