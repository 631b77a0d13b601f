/**
 * The activity dialog, walked as a trainer does: with two credentials, one with categories, it
 * fits at every width (no sideways scroll, Save at the bottom); Escape closes one layer at a
 * time and never throws typed work away without asking.
 */
import { addFromCatalog, expect, startActivity, test } from './fixtures';
import { certificatePdf } from './sample-files';

for (const [width, height] of [
  [1024, 700],
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`with NASM-CPT and NSCA-CSCS (categories), the dialog fits at ${width}×${height}`, async ({
    page,
    host,
    shot,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
    await page.getByRole('button', { name: '← All credentials' }).click();
    await addFromCatalog(page, { query: 'CSCS', option: /CSCS/, issuedOn: '2024-05-01' });
    const dialog = await startActivity(page, {
      title: 'NSCA National Conference',
      completedOn: '2026-07-10',
      hours: '15',
    });
    await dialog.getByRole('checkbox', { name: 'CSCS' }).check();
    await dialog.getByLabel('Approval for CSCS').selectOption({ label: 'Petition pending' });
    await expect(dialog.getByLabel('Petition date for CSCS')).toBeVisible();
    // Nothing is wider than the dialog; every control is inside it.
    const fits = await dialog.evaluate((d) => ({ scroll: d.scrollWidth, client: d.clientWidth }));
    expect(fits.scroll).toBeLessThanOrEqual(fits.client);
    const box = (await dialog.boundingBox())!;
    for (const control of [
      dialog.getByLabel('Category for CSCS'),
      dialog.getByLabel('Petition fee for CSCS (USD)'),
      dialog.getByRole('button', { name: 'Save activity' }),
    ]) {
      const c = (await control.boundingBox())!;
      expect(c.x).toBeGreaterThanOrEqual(box.x);
      expect(c.x + c.width).toBeLessThanOrEqual(box.x + box.width);
    }
    // Save and Close are the last thing in the dialog (below the certificates once saved).
    await dialog.getByLabel('Credit toward CSCS (CEU)').fill('1.5');
    await dialog.getByRole('button', { name: 'Save activity' }).click();
    await expect(dialog.getByText('Saved. You can attach its certificate below.')).toBeVisible();
    // (In a short window they stay pinned to the dialog's bottom edge while the rest scrolls.)
    const after = await dialog.evaluate((d) => {
      const buttons = Array.from(d.querySelectorAll('button'));
      const attach = buttons.find((b) => b.textContent === 'Attach a file…')!;
      const close = buttons.find((b) => b.textContent === 'Close')!;
      const pinned = close.getBoundingClientRect().bottom <= d.getBoundingClientRect().bottom + 1;
      return { follows: Boolean(attach.compareDocumentPosition(close) & Node.DOCUMENT_POSITION_FOLLOWING), pinned };
    });
    expect(after).toEqual({ follows: true, pinned: true });
    await shot(`24-activity-dialog-${width}`);
  });
}

test('Escape closes one layer at a time, and asks before discarding typed work', async ({ page, host, files }) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  const dialog = await startActivity(page, { title: 'Kettlebell workshop', completedOn: '2026-10-01', hours: '4' });
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard this activity?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog.getByLabel('Title')).toHaveValue('Kettlebell workshop');
  // Saved: then Escape on the certificate preview closes only the preview.
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  await expect(dialog.getByText('Saved. You can attach its certificate below.')).toBeVisible();
  await files.attach(dialog, await certificatePdf('Kettlebell.pdf'));
  await dialog.getByRole('button', { name: 'Preview Kettlebell.pdf' }).click();
  const preview = page.getByRole('dialog', { name: 'Kettlebell.pdf' });
  await expect(preview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Activity' })).toBeVisible();
  // Nothing unsaved now: Escape closes the dialog without asking.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Typed, then discarded on purpose.
  const again = await startActivity(page, { title: 'Half typed', completedOn: '2026-10-02', hours: '1' });
  await again.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('dialog', { name: 'Discard this activity?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Half typed' })).toHaveCount(0);
});

test('a form with several mistakes names them all at once, and marks each field', async ({ page, host }) => {
  await page.goto(host.url);
  const dialog = await startActivity(page, { title: '', completedOn: '', hours: '2' });
  await dialog.getByRole('button', { name: 'Save activity' }).click();
  // Both at once, each under its field; the summary only counts them.
  await expect(dialog.getByRole('alert')).toHaveText('Please correct the 2 marked fields.');
  await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Title')).toHaveAccessibleDescription('Title is required.');
  await expect(dialog.getByLabel('Completion date')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Completion date')).toHaveAccessibleDescription(/^Completion date is required/);
});
