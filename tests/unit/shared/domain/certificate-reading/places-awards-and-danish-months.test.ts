/**
 * Classes of misreading found on designs 421–435 (read on first sight, tuned on their
 * development part only): a holder's city after the name, "for the course X" (a guess), an
 * "Award of Completion" heading taken for the title, Danish "marts". Each test failed before the
 * change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { UNSURE_BELOW } from '../../../../../shared/domain/certificate-reading/calibration';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

describe('names, titles and months', () => {
  it('"Ana Souza — Lisbon, Portugal" under "This certifies that" is Ana Souza', () => {
    const r = readCertificateText(
      ['This certifies that', 'Ana Costa — Lisbon, Portugal', 'has completed', 'Aquatic Basics'].join('\n'),
    );
    expect(r.holder?.value).toBe('Ana Costa');
    expect(r.title?.value).toBe('Aquatic Basics');
  });

  it('"for the course Trail Running Strength": the title, a guess; "Award of Completion" is the heading', () => {
    const r = readCertificateText(
      [
        'Granite Peak Coaching Inc.',
        'Award of Completion',
        'This award is presented to',
        'Ruth Hale',
        'for the course Trail Running Strength',
      ].join('\n'),
    );
    expect(r.title?.value).toBe('Trail Running Strength');
    expect(r.title!.confidence).toBeLessThan(UNSURE_BELOW);
    expect(r.holder?.value).toBe('Ruth Hale');
  });

  it('Danish "3. marts 2026"', () => {
    expect(findDates('København, 3. marts 2026 · 6 timer')[0]?.date).toBe('2026-03-03');
  });
});
