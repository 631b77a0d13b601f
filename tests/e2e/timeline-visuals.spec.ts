/**
 * The timeline reads honestly: progress is a fill level (not an edge that looks like a date), the
 * grace window shows even where the next cycle starts, today's line runs under the words, the
 * details panel shows every column, and the table view drops what only the chart needs.
 */
import { expect, test } from './fixtures';
import { NASM_SEED } from './seeds';

test.use({ seed: NASM_SEED });

test('progress, grace, today and the panel are drawn so nothing hides or misleads', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  const shapes = await page.evaluate(() => {
    const cycles = Array.from(document.querySelectorAll('.timeline g.cycle'));
    const progress = cycles.flatMap((g) => {
      const bar = g.querySelector('.bar')?.getBoundingClientRect();
      const fill = g.querySelector('.bar-progress')?.getBoundingClientRect();
      return bar && fill
        ? [{ sameWidth: Math.abs(bar.width - fill.width) < 1, bottomAligned: Math.abs(bar.bottom - fill.bottom) < 1 }]
        : [];
    });
    const bars = Array.from(document.querySelectorAll('.timeline .bar')).map((b) => b.getBoundingClientRect());
    const graces = Array.from(document.querySelectorAll('.timeline .grace')).map((g) => g.getBoundingClientRect());
    const hidden = graces.filter((g) =>
      bars.some((b) => g.left < b.right && b.left < g.right && g.top < b.bottom && b.top < g.bottom),
    ).length;
    const todayFirst = Array.from(document.querySelectorAll('.timeline svg')).every((svg) => {
      const today = svg.querySelector('line.today');
      const first = svg.querySelector('g');
      return !today || !first || Boolean(today.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    return { progress, graces: graces.length, hidden, todayFirst };
  });
  expect(shapes.progress.length).toBeGreaterThan(0);
  for (const p of shapes.progress) expect(p).toEqual({ sameWidth: true, bottomAligned: true });
  expect(shapes.graces).toBeGreaterThan(0);
  expect(shapes.hidden).toBe(0);
  expect(shapes.todayFirst).toBe(true);
  // Names are whole (wrapped, never cut to "…").
  const cut = await page.evaluate(
    () => Array.from(document.querySelectorAll('.lane-name')).filter((n) => n.scrollWidth > n.clientWidth + 1).length,
  );
  expect(cut).toBe(0);
  await expect(page.getByText('Certified Strength and Conditioning Specialist', { exact: true })).toBeVisible();

  // The details panel opens under the chart: the chart keeps its width, and the panel shows its last column whole.
  const chartWidth = async () => page.locator('.timeline-chart').evaluate((c) => c.getBoundingClientRect().width);
  const before = await chartWidth();
  await page.getByRole('button', { name: /^NASM-CPT cycle 10 Mar 2025 to 10 Mar 2027/ }).click();
  const panel = page.getByRole('complementary', { name: 'NASM-CPT cycle details' });
  await expect(panel).toBeFocused();
  expect(await chartWidth()).toBe(before);
  const below = await panel.evaluate(
    (p) => p.getBoundingClientRect().top >= document.querySelector('.timeline-chart')!.getBoundingClientRect().bottom,
  );
  expect(below).toBe(true);
  const fits = await panel.evaluate((p) => {
    const box = p.getBoundingClientRect();
    return Array.from(p.querySelectorAll('th, td')).every((c) => c.getBoundingClientRect().right <= box.right + 1);
  });
  expect(fits).toBe(true);
  await page.keyboard.press('Escape');

  // At the quarter's zoom: a label at each month, short ticks at its weeks.
  await page.getByRole('button', { name: 'Quarter' }).click();
  expect(await page.locator('.timeline-axis .tick-label').count()).toBeGreaterThanOrEqual(2);
  expect(await page.locator('.timeline-axis .tick-week').count()).toBeGreaterThanOrEqual(6);

  // The table view: no legend, no arrow-key hint.
  await page.getByRole('button', { name: 'Show as a table' }).click();
  await expect(page.getByRole('list', { name: 'Legend' })).toHaveCount(0);
  await expect(page.getByText('Arrow keys move between cycles')).toHaveCount(0);
});
