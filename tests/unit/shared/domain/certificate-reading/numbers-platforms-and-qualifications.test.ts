/**
 * Classes of misreading found on designs 616–630 (read on first sight, tuned on their
 * development part only): "Certificate Number:" as the code; the platform a course was given on
 * ("via Teachable") taken as part of its provider; "has successfully qualified in the X held on
 * …". (Letter-spaced capitals a font kerns in pairs: pdf-text-layer.test.ts.) Each test failed
 * before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('codes, providers and titles', () => {
  it('"Certificate Number: 2026-00881" is the code', () => {
    expect(text('Certificate Number: 2026-00881', 'Course Title: Aquatic Circuits').code?.value).toBe('2026-00881');
  });

  it('"Issued by X via Teachable": the provider is X', () => {
    expect(text('Course: Boxing Basics', 'Issued by Elevate Fitness Academy via Teachable').provider?.value).toBe(
      'Elevate Fitness Academy',
    );
    expect(text('Course: Boxing Basics', 'Offered by Core Lab, powered by Kajabi').provider?.value).toBe('Core Lab');
  });

  it('"has successfully qualified in the X held on <date>": the title is X', () => {
    expect(
      text(
        'This is to certify that Rohan Shah has successfully qualified in the Trainer Assessment held on 12th July 2026.',
      ).title?.value,
    ).toBe('Trainer Assessment');
  });
});
