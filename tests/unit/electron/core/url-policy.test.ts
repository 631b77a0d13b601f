import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isSameOrigin } from '../../../../electron/core/url-policy';

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
