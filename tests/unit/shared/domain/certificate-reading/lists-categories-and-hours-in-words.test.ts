/**
 * Classes of misreading found on designs 676–690 (read on first sight, tuned on their
 * development part only): a category printed with one body's credit given to another's;
 * "CEUs: NASM 0.3, ACE 0.3" (a comma after an amount); "Completed by:"; hours in words; Hungarian
 * "részt vett a"; "Lecture series:"; French "pour sa participation à la formation". Each test
 * failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));
const credits = (...lines: string[]) =>
  text(...lines).credits.map((c) => [c.bodyId, c.amount, c.category ?? ''].join(' '));

describe('credits', () => {
  it("a category printed with NSCA's credit is not NASM's", () => {
    expect(credits('Approved for 0.8 NASM CEUs.', 'Approved for 0.8 NSCA CEUs (Category C).')).toEqual([
      'nasm 80 ',
      'nsca 80 C',
    ]);
  });

  it('"CEUs: NASM 0.3, ACE 0.3": a list, its amounts followed by commas', () => {
    expect(credits('CEU/CEC: NASM 0.3, ACE 0.3')).toEqual(['nasm 30 ', 'ace 30 ']);
  });
});

describe('holders, titles and hours', () => {
  it('"Completed by: X" is the holder', () => {
    expect(
      text('Course: Postural Basics', 'Completed by: Oliver Brandt', 'Completed on: 2026-02-03').holder?.value,
    ).toBe('Oliver Brandt');
  });

  it('"three hours of instruction" and "one contact hour"', () => {
    expect(
      text('Workshop: Restorative Yoga', 'This workshop consisted of three hours of instruction.').contactMinutes
        ?.value,
    ).toBe(180);
    expect(text('Webinar: Sleep', 'Earning one contact hour.').contactMinutes?.value).toBe(60);
  });

  it('Hungarian "X / részt vett a / Y / című képzésen"', () => {
    const r = text('Szabó Gergő', 'részt vett a', 'Funkcionális tréning', 'című képzésen.');
    expect([r.holder?.value, r.title?.value]).toEqual(['Szabó Gergő', 'Funkcionális tréning']);
  });

  it('"Lecture series: X" and "pour sa participation à la formation / X"', () => {
    expect(text('Attendee: Karen Liu', 'Lecture series: Exercise in Oncology').title?.value).toBe(
      'Exercise in Oncology',
    );
    expect(
      text('décernée à', 'Gabrielle Roy', 'pour sa participation à la formation', 'Prévention des blessures').title
        ?.value,
    ).toBe('Prévention des blessures');
  });
});
