import { addFromCatalog, expect, test } from './fixtures';

test('the page loads only from its own origin, and its CSP blocks injected scripts', async ({ page, host }) => {
  const requested: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Credentials' })).toBeVisible();
  // Everything the page asks for is there (its icon included).
  await expect.poll(() => requested.some((url) => url.endsWith('/favicon.svg'))).toBe(true);
  expect(failed).toEqual([]);

  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => !url.startsWith(`${host.origin}/`))).toEqual([]);
  // (Playwright's own evaluate is exempt from CSP, so inject the kind of script an attacker would.)
  const inlineBlocked = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    const directive = await violation;
    return { ran: (window as unknown as { __injected?: boolean }).__injected === true, directive };
  });
  expect(inlineBlocked).toEqual({ ran: false, directive: expect.stringMatching(/^script-src/) });
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("object-src 'none'");
  expect(meta).toContain("base-uri 'none'");
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system and stays readable', async ({ page, host, shot }) => {
    await page.goto(host.url);
    await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, number: 'CPT-1', issuedOn: '2025-03-10' });
    await expect(page.getByRole('heading', { name: /NASM-CPT/ })).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(17, 20, 24)');
    await shot('08-dark');
  });
});
