/** `npm run dev` serves the page without its meta CSP (which blocks Vite's injected styles); builds keep it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devPageWithoutMetaCsp } from '../../electron.config';

describe('the dev page', () => {
  it('applies only when serving, and removes only the meta CSP', () => {
    expect(devPageWithoutMetaCsp.apply).toBe('serve');
    const html = readFileSync('renderer/index.html', 'utf8');
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    const transform = devPageWithoutMetaCsp.transformIndexHtml as (html: string) => string;
    const dev = transform(html);
    expect(dev).not.toMatch(/Content-Security-Policy/);
    expect(dev).toContain('<div id="root"></div>');
  });
});
