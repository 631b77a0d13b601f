import { addFromCatalog, expect, test } from './fixtures';

test('a renewal far from its deadline is offered on request, says what is missing, and can be undone on the spot', async ({
  page,
  host,
  shot,
}) => {
  await page.goto(host.url);
  // Certified 2026-01-10: deadline 2028-01-10, nothing earned yet.
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2026-01-10' });
  await expect(page.getByRole('button', { name: 'Record renewal' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Record a renewal now…' }).click();
  await page.getByLabel('Confirmation number').fill('EARLY-1');
  await page.getByRole('button', { name: 'Record renewal' }).click();
  const confirm = page.getByRole('dialog', { name: 'Record this renewal?' });
  await expect(confirm).toContainText('Recert does not count this cycle as covered. Not covered yet. 2.0 CEU');
  await shot('13-renewal-confirm');
  // Cancel changes nothing.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.cycle-period')).toHaveText('10 Jan 2026 – 10 Jan 2028');
  await page.getByRole('button', { name: 'Record renewal' }).click();
  await confirm.getByRole('button', { name: 'Record renewal' }).click();
  await expect(page.locator('.cycle-period')).toHaveText('11 Jan 2028 – 10 Jan 2030');
  const toast = page.getByRole('status').filter({ hasText: 'Recorded the renewal of NASM-CPT' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.cycle-period')).toHaveText('10 Jan 2026 – 10 Jan 2028');
  await expect(page.getByRole('table', { name: 'All cycles' })).not.toContainText('EARLY-1');
});
