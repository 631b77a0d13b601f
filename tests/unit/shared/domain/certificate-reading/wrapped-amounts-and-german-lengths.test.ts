/**
 * Classes of misreading found on designs 1246–1260 (read on first sight, tuned on their
 * development part only): a letter's sentence wrapped between a credit's amount and its unit
 * ("… is approved for 1.0" / "NASM CEUs."), and a course's length in German after its title
 * ("… im Ausmaß von 16 Stunden absolviert"). Each test failed before the change, except the
 * guard; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../../../../shared/domain/certificate-reading/credits';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const credits = (...lines: string[]) => findCredits(lines).map((c) => `${c.bodyId} ${c.amount / 100}`);

describe('a credit wrapped between its amount and its unit', () => {
  it.each([
    ['on October 28, 2026. The course is approved for 1.0', 'NASM CEUs.', 'nasm 1'],
    ['Participants who complete every module earn 0.8', 'ACE CECs for this course.', 'ace 0.8'],
  ])('"%s" / "%s"', (first, second, want) => {
    expect(credits(first, second)).toEqual([want]);
  });

  it('guard: a date\'s day before a unit\'s label with its own figure is no amount ("on October 28" / "NASM CEUs: 1.0"; passed before)', () => {
    expect(credits('Completed on October 28', 'NASM CEUs: 1.0')).toEqual(['nasm 1']);
  });
});

describe("a course's length in German after its title", () => {
  it.each(['im Ausmaß von 16 Stunden absolviert.', 'im Umfang von 16 Stunden besucht.'])('"… %s"', (rest) => {
    const r = readCertificateText(
      [
        'Sportakademie Linz',
        'Bestätigung',
        'Herr Lukas Stein',
        `hat den Lehrgang Athletiktraining im Nachwuchs ${rest}`,
      ].join('\n'),
    );
    expect(r.title?.value).toBe('Athletiktraining im Nachwuchs');
  });
});
