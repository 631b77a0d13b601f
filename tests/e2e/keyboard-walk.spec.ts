/**
 * The everyday walk by keyboard only, at three window sizes: the seed case plus a CSCS with
 * categories; log a course shared by both, attach its certificate, export the packet. Every step
 * is Tab, Shift+Tab, Enter, Space, arrows and typing: no clicks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { FileChooser, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { certificatePdf } from './sample-files';
import { NASM_SEED } from './seeds';

test.use({ seed: NASM_SEED });

/** Presses Tab until `target` has the focus (as a keyboard user does), failing if it never comes. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

for (const [width, height] of [
  [1024, 700],
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`by keyboard at ${width}×${height}: log a shared course, attach its certificate, export the packet`, async ({
    page,
    host,
    transport,
    desktop,
    files,
  }, testInfo) => {
    await page.setViewportSize({ width, height });
    // File choosers are intercepted from the start, so the one Enter opens below is never missed.
    const choosers: FileChooser[] = [];
    page.on('filechooser', (chooser) => choosers.push(chooser));
    await page.goto(host.url);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await tabTo(page, nav.getByRole('button', { name: 'Activities' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Log an activity' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Title')).toBeFocused();
    await page.keyboard.type('Strength for older adults');
    await tabTo(page, dialog.getByLabel('Completion date'));
    await page.keyboard.type('07102026');
    await tabTo(page, dialog.getByLabel('Contact hours'));
    await page.keyboard.type('2');
    await tabTo(page, dialog.getByRole('checkbox', { name: 'NASM-CPT' }));
    await page.keyboard.press('Space');
    await tabTo(page, dialog.getByLabel('Credit toward NASM-CPT (CEU)'));
    await page.keyboard.type('0.2');
    await tabTo(page, dialog.getByRole('checkbox', { name: 'CSCS' }));
    await page.keyboard.press('Space');
    await tabTo(page, dialog.getByLabel('Credit toward CSCS (CEU)'));
    await page.keyboard.type('0.2');
    await tabTo(page, dialog.getByLabel('Category for CSCS'));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, dialog.getByRole('button', { name: 'Save activity' }));
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('Saved. You can attach its certificate below.')).toBeVisible();
    // The list behind the dialog has reloaded with it (nothing re-renders under the keyboard after this).
    await expect(page.locator('.activity-list')).toContainText('Strength for older adults');

    // Attach: Enter on "Attach a file…" opens the file chooser (browser) or the open dialog (desktop).
    const file = await certificatePdf('Older adults.pdf');
    const attach = dialog.getByRole('button', { name: 'Attach a file…' });
    await tabTo(page, attach);
    await expect(attach).toBeFocused();
    if (transport === 'browser-host') {
      await page.keyboard.press('Enter');
      await expect.poll(() => choosers.length).toBe(1);
      await choosers[0]?.setFiles(file);
    } else {
      const picked = testInfo.outputPath(file.name);
      writeFileSync(picked, file.buffer);
      desktop.dialogs({ openFile: picked });
      await page.keyboard.press('Enter');
    }
    await expect(page.getByText('Attached Older adults.pdf.')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Home, the NASM-CPT, its packet (the name asked once, the missing proof confirmed).
    await tabTo(page, nav.getByRole('button', { name: 'Home' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('region', { name: 'Where you stand' }).getByRole('button', { name: /^NASM-CPT/ }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /NASM-CPT Certified Personal Trainer/ })).toBeFocused();
    const saved = await files.save(page, async () => {
      await tabTo(page, page.getByRole('button', { name: 'Export packet' }));
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: 'Some proof is missing' })).toBeVisible();
      await tabTo(page, page.getByRole('button', { name: 'Export the packet anyway' }));
      await page.keyboard.press('Enter');
    });
    expect(readFileSync(saved.path).subarray(0, 5).toString()).toBe('%PDF-');
  });
}

for (const [width, height] of [
  [1024, 700],
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`by mouse at ${width}×${height}: log a shared course, attach its certificate, export the packet`, async ({
    page,
    host,
    files,
    shot,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Activities' }).click();
    await page.getByRole('button', { name: 'Log an activity' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Strength for older adults');
    await dialog.getByLabel('Completion date').fill('2026-07-10');
    await dialog.getByLabel('Contact hours').fill('2');
    await dialog.getByRole('checkbox', { name: 'NASM-CPT' }).check();
    await dialog.getByRole('checkbox', { name: 'CSCS' }).check();
    await dialog.getByRole('button', { name: 'Suggest credit from the hours' }).click();
    await expect(dialog.getByLabel('Credit toward NASM-CPT (CEU)')).toHaveValue('0.2');
    await expect(dialog.getByLabel('Credit toward CSCS (CEU)')).toHaveValue('0.2');
    await dialog.getByLabel('Category for CSCS').selectOption({ index: 1 });
    await dialog.getByRole('button', { name: 'Save activity' }).click();
    await expect(dialog.getByText('Saved. You can attach its certificate below.')).toBeVisible();
    await files.attach(dialog, await certificatePdf('Older adults.pdf'));
    await expect(dialog.getByText('Attached Older adults.pdf.')).toBeVisible();
    await shot(`25-walk-activity-${width}`);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Home' }).click();
    await page
      .getByRole('region', { name: 'Where you stand' })
      .getByRole('button', { name: /^NASM-CPT/ })
      .click();
    const saved = await files.save(page, async () => {
      await page.getByRole('button', { name: 'Export packet' }).click();
      await page.getByRole('button', { name: 'Export the packet anyway' }).click();
    });
    expect(readFileSync(saved.path).subarray(0, 5).toString()).toBe('%PDF-');
    await shot(`26-walk-exported-${width}`);
  });
}
