import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { addFromCatalog, expect, test } from './fixtures';

test('a trainer exports the renewal summary and the packet, and the files say the right things', async ({
  page,
  host,
  shot,
  files,
}) => {
  await page.goto(host.url);
  await page.getByLabel('Name').fill('Zoë Müller-Łukasik');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await addFromCatalog(page, { query: 'cpr', option: /AHA CPR\/AED/, issuedOn: '2025-02-01', expiresOn: '2027-02-01' });
  await page.getByRole('button', { name: '← All credentials' }).click();
  await addFromCatalog(page, { query: 'corrective', option: /NASM-CES/, issuedOn: '2025-09-15' });
  await page.getByRole('button', { name: '← All credentials' }).click();
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, number: 'CPT-123456', issuedOn: '2025-03-10' });

  const summary = await files.save(page, () => page.getByRole('button', { name: 'Export summary' }).click());
  expect(summary.fileName).toBe('NASM-CPT renewal summary 2025-03-10 to 2027-03-10.pdf');
  const file = summary.path;
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Zoë Müller-Łukasik');
  expect(text).toContain('CPT-123456');
  expect(text).toContain('10 Mar 2025 – 10 Mar 2027');
  expect(text).toMatch(/2\.0 CEU\s+2\.0 CEU\s+0\.0 CEU/);
  expect(text).toContain('NASM-CES specialization');
  await expect(page.getByText(summary.message)).toBeVisible();
  await shot('30-export');

  const packet = await files.save(page, () => page.getByRole('button', { name: 'Export packet' }).click());
  const packetFile = packet.path;
  expect(execFileSync('pdftotext', [packetFile, '-'], { encoding: 'utf8' })).toContain(
    'Index of attached certificates',
  );
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
});
