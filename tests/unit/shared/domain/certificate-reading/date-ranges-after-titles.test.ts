/**
 * A class of misreading found on designs 1066–1080 (read on first sight, tuned on their
 * development part only): a course's dates as a range after its name ("… Masterclass from 3 to
 * 5 April 2026") left the range's first day in the title. The test failed before the change,
 * except the guard; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('titles before a range of dates', () => {
  it('"for attending the workshop X from 3 to 5 April 2026": the title ends before "from"', () => {
    const r = text(
      'presented to',
      'Ingrid Holm',
      'for attending the three-day workshop Trail Running Strength from 3 to 5 April 2026',
    );
    expect(r.title?.value).toBe('Trail Running Strength');
    expect(r.completedOn?.value).toBe('2026-04-05');
  });

  it('guard: a title with a number in it keeps it ("Coach Level 2 on 14 June 2026"; passed before)', () => {
    expect(
      text('presented to', 'Ingrid Holm', 'for completing the course Coach Level 2 on 14 June 2026').title?.value,
    ).toBe('Coach Level 2');
  });
});
