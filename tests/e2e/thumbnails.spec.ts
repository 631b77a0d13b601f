import { addFromCatalog, expect, test } from './fixtures';
import { certificatePdf } from './sample-files';

test('a PDF that names a standard font without embedding it is drawn with pdf.js’s fonts, served with the page', async ({
  page,
  host,
  files,
}) => {
  const fonts: { url: string; status: number }[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/pdfjs/standard_fonts/')) fonts.push({ url: r.url(), status: r.status() });
  });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (/font/i.test(m.text())) warnings.push(m.text());
  });
  await page.goto(host.url);
  await addFromCatalog(page, { query: 'NASM-CPT', option: /NASM-CPT/, issuedOn: '2025-03-10' });
  await files.attach(page.locator('.attachments'), await certificatePdf('Helvetica certificate.pdf'));
  const thumbnail = page.getByRole('img', { name: 'First page of Helvetica certificate.pdf' });
  await expect(thumbnail).toHaveAttribute('aria-busy', 'false');
  // The certificate's Helvetica-Bold comes from the page's own origin, and its words are drawn.
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) {
    expect(new URL(f.url).origin).toBe(host.origin);
    expect(f.status).toBe(200);
  }
  expect(warnings).toEqual([]);
  const inked = await thumbnail.evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i]! + data[i + 1]! + data[i + 2]!) / 3 < 128) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(200);
});
