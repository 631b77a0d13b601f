import { addFromCatalog, credentialRow, expect, test } from './fixtures';

test('each screen has an address: Back, Forward and reload keep the user where they were', async ({ page, host }) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await expect(page).toHaveURL(/#\/credential\/[0-9a-f-]+$/);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page).toHaveURL(/#\/timeline$/);
  await page.getByRole('button', { name: 'Activities', exact: true }).click();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: /NASM-CPT Certified Personal Trainer/ })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('opening a credential from the keyboard puts focus on it, and going back returns focus to its row', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: '← All credentials' }).click();
  const row = credentialRow(page, 'NASM-CPT').getByRole('button', { name: /^NASM-CPT/ });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /NASM-CPT Certified Personal Trainer/ })).toBeFocused();
  await page.getByRole('button', { name: '← All credentials' }).focus();
  await page.keyboard.press('Enter');
  await expect(row).toBeFocused();
  // Home opens at its top (the next steps first), whatever the keyboard's place.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a screen opens at its top, wherever the last one was scrolled to', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 500 });
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.mouse.wheel(0, 2000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Next steps' })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('at 1024 wide the navigation stays on one line, and numbers never break at their hyphens', async ({
  page,
  host,
  shot,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, number: 'NASM-7731042', issuedOn: '2025-03-10' });
  await page.getByRole('button', { name: '← All credentials' }).click();
  const tabs = page.getByRole('navigation', { name: 'Sections' }).getByRole('button');
  const boxes = await Promise.all((await tabs.all()).map((t) => t.boundingBox()));
  const heights = new Set(boxes.map((b) => Math.round(b!.height)));
  const tops = new Set(boxes.map((b) => Math.round(b!.y)));
  expect([heights.size, tops.size]).toEqual([1, 1]);
  const number = credentialRow(page, 'NASM-CPT').getByRole('cell', { name: 'NASM-7731042' });
  // One line box for the number's text.
  const lines = await number.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
  await shot('62-home-1024');
});
