/** Accessibility checks the e2e tests share: no serious axe violation, no sideways scrolling. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function noSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${where}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** The page does not scroll sideways (what 200% zoom of a 1280-wide window needs). */
export async function noSidewaysScroll(page: Page, where: string): Promise<void> {
  // Polled: a chart measures its width after the first paint.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const root = document.scrollingElement ?? document.documentElement;
          return root.scrollWidth - root.clientWidth;
        }),
      { message: `${where} scrolls sideways` },
    )
    .toBeLessThanOrEqual(0);
}
