/**
 * Classes of misreading found on designs 1186–1200 (read on first sight, tuned on their
 * development part only): where a course was held, before its date ("X in Portland, Oregon on
 * 19–20 September 2026"); "For the records of: X"; Spanish "culminó satisfactoriamente el curso
 * X". Each test failed before the change, except the guard; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('titles', () => {
  it('"for completing X in Portland, Oregon on 19–20 September 2026"', () => {
    expect(
      text(
        'Awarded to Isaac Brenner for completing Kettlebell Coach Level 1 in Portland, Oregon on 19–20 September 2026.',
      ).title?.value,
    ).toBe('Kettlebell Coach Level 1');
  });

  it('guard: a title with "in" and no place keeps it ("Yoga in Schools on 3 May 2026"; passed before)', () => {
    expect(text('Awarded to Isaac Brenner for completing Yoga in Schools on 3 May 2026.').title?.value).toBe(
      'Yoga in Schools',
    );
  });

  it('Spanish: "culminó satisfactoriamente el curso X"', () => {
    expect(
      text('Se deja constancia de que', 'Diego Quispe', 'culminó satisfactoriamente el curso Nutrición Deportiva').title
        ?.value,
    ).toBe('Nutrición Deportiva');
  });
});

describe('holders', () => {
  it('"For the records of: X"', () => {
    expect(
      text('Statement of Completion', 'For the records of: Priscilla Owen', 'Program completed: Band Training').holder
        ?.value,
    ).toBe('Priscilla Owen');
  });
});
