/**
 * Classes of misreading found on designs 1231–1245 (read on first sight, tuned on their
 * development part only): an author's certificate ("for the article X, published 2026-02-15")
 * read with no title, and Slovak months ("12. júna 2026"). Each test failed before the change;
 * the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe("an author's certificate", () => {
  it('"for the article X, published 2026-02-15": the article is the title, without its date', () => {
    const r = text(
      'Journal of Coaching Practice',
      'Certificate of Authorship',
      'awarded to',
      'Tobias Lind',
      'for the article Velocity Loss in Squat Training, published 2026-02-15',
      'NSCA CEUs: 1.0 (Category D)',
    );
    expect(r.title?.value).toBe('Velocity Loss in Squat Training');
    expect(r.completedOn?.value).toBe('2026-02-15');
  });

  it('"for the paper X"', () => {
    expect(text('Awarded to Tobias Lind for the paper Bar Speed and Fatigue, 3 May 2026').title?.value).toBe(
      'Bar Speed and Fatigue',
    );
  });
});

describe('Slovak months', () => {
  it.each([
    ['12. júna 2026', '2026-06-12'],
    ['3. októbra 2026', '2026-10-03'],
    ['1. februára 2026', '2026-02-01'],
    ['28. júla 2026', '2026-07-28'],
  ])('"%s"', (printed, iso) => {
    expect(findDates(printed).map((d) => d.date)).toEqual([iso]);
  });
});
