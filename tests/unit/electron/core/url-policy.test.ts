import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isSameOrigin } from '../../../../electron/core/url-policy';
import { BODIES, CREDENTIAL_TYPES, findBody } from '../../../../shared/domain/catalog/catalog';
import { SRC } from '../../../../shared/domain/catalog/sources';
import type { Body } from '../../../../shared/domain/catalog/types';
import { sourcedValues } from '../../../../shared/domain/rules/evaluate';
import { sourceDisplay } from '../../../../shared/link-policy';

describe('external link policy', () => {
  it.each([
    'https://www.nasm.org/recertify/personal-trainer-recertification',
    'https://acsm.org/certification/recertification',
    'https://www.nsca.com/recertifyfaqs/',
    'https://www.acefitness.org/fitness-certifications/recertification/',
  ])('opens %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    ['plain http', 'http://www.nasm.org/'],
    ['another site', 'https://evil.example/'],
    ['a look-alike suffix', 'https://nasm.org.evil.example/'],
    ['a look-alike prefix', 'https://evilnasm.org/'],
    ['credentials in the URL', 'https://user:pass@www.nasm.org/'],
    ['an odd port', 'https://www.nasm.org:8443/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['a custom scheme', 'ms-msdt:/id'],
    ['not a URL', 'nasm.org'],
  ])('refuses %s', (_label, url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('same-origin navigation check', () => {
  it('allows our own origin only', () => {
    expect(isSameOrigin('app://recert/index.html#x', 'app://recert')).toBe(true);
    expect(isSameOrigin('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isSameOrigin('app://other/index.html', 'app://recert')).toBe(false);
    expect(isSameOrigin('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isSameOrigin('not a url', 'app://recert')).toBe(false);
    // URL.origin is "null" for both of these: they must still not match.
    expect(isSameOrigin('file:///etc/passwd', 'app://recert')).toBe(false);
    expect(isSameOrigin('custom://x/', 'app://recert')).toBe(false);
  });
});

describe('catalog sources', () => {
  it('every source either opens (a body’s own https page) or is shown as text, never a refused link', () => {
    const sources = new Set<string>();
    for (const t of CREDENTIAL_TYPES)
      for (const [, v] of sourcedValues({ type: t, body: findBody(t.bodyId) as Body })) sources.add(v.source);
    for (const b of BODIES) sources.add(b.perHour.source).add(b.sharing.source);
    const shown = [...sources].map((s) => [s, sourceDisplay(s)] as const);
    for (const [s, d] of shown) {
      if ('href' in d) expect(isAllowedExternalUrl(s)).toBe(true);
      else expect(d.text).toBe(s);
    }
    // The bodies' own pages are links, including those of values marked "Verify with <body>".
    const links = shown.filter(([, d]) => 'href' in d).map(([s]) => s);
    expect(links).toEqual(
      expect.arrayContaining([
        SRC.nasmCpt,
        SRC.acsmFaq,
        SRC.nscaCategories,
        SRC.ncsfFaq,
        SRC.issa,
        SRC.neta,
        SRC.ahaCards,
      ]),
    );
    expect(shown.filter(([, d]) => 'text' in d).map(([s]) => s)).toEqual(
      expect.arrayContaining([SRC.nasmGuidelines, SRC.nasmSpecializations, SRC.redCross]),
    );
  });
});
