/**
 * Classes of misreading found on designs 1396–1410 (read on first sight, tuned on their
 * development part only): a title in the quotation marks other languages print («…», „…“, »…«)
 * inside a sentence; a German sentence with the day between "hat" and "den Kurs" ("hat am 3.
 * Oktober 2026 den Kurs «…» besucht"); a copyright line whose "All rights reserved" follows a
 * separator ("© 2026 X · All rights reserved"), and one near the top of a short page, which was
 * taken whole as the letterhead. Each test failed before the change, except the guards; the
 * values are invented.
 */
import { expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { quoted } from '../../../../../shared/domain/certificate-reading/values';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

it.each([
  ['den Kurs «Rückentraining in der Gruppe» besucht', 'Rückentraining in der Gruppe'],
  ['koolituse „Funktsionaalne treening“ mahus 8 tundi', 'Funktsionaalne treening'],
  ['kurset »Styrketrening for seniorer« 12 timer', 'Styrketrening for seniorer'],
])('a title in quotation marks as other languages print them: %s', (sentence, title) => {
  expect(quoted(sentence)).toBe(title);
});

it('guard: English quotation marks still give the quoted words (passed before)', () => {
  expect(quoted('our webinar “Habit Change” on 2 May')).toBe('Habit Change');
  expect(quoted('no quotes here')).toBe('no quotes here');
});

it('a German sentence with the day between "hat" and "den Kurs"', () => {
  const r = text(
    'Sportamt Kanton Uri',
    'Kursbestätigung',
    'Frau Lea Brunnmann hat am 3. Oktober 2026 den Kurs «Rückentraining in der Gruppe» (7 Stunden) besucht.',
  );
  expect(r.holder?.value).toBe('Lea Brunnmann');
  expect(r.title?.value).toBe('Rückentraining in der Gruppe');
  expect(r.completedOn?.value).toBe('2026-10-03');
  expect(r.contactMinutes?.value).toBe(420);
});

it('guard: "hat den Kurs X besucht" with nothing between still reads (passed before)', () => {
  expect(
    text('Sportamt Kanton Uri', 'Lea Brunnmann hat den Kurs Rückentraining in der Gruppe besucht.').title?.value,
  ).toBe('Rückentraining in der Gruppe');
});

it('a copyright line whose "All rights reserved" follows a separator', () => {
  const r = text(
    'Congratulations, Tomek!',
    "You've earned 0.2 NASM CEUs.",
    'Learner: Tomek Nowak',
    'Course: Mobility for Desk Workers',
    'Earned on Nov 2, 2026',
    '© 2026 MoveWell Online Academy · All rights reserved',
  );
  expect(r.provider?.value).toBe('MoveWell Online Academy');
  // OCR reads the middle dot as a dash.
  expect(
    text(
      'Learner: Tomek Nowak',
      'Course: Mobility for Desk Workers',
      '© 2026 MoveWell Online Academy - All rights reserved',
    ).provider?.value,
  ).toBe('MoveWell Online Academy');
});

it("a copyright line among the first lines of a short page is read as the foot's, not as a letterhead", () => {
  expect(
    text(
      'Certificate of Completion',
      'Awarded to Ana Lima',
      'Course: Core Stability',
      '© 2026 Apex Fitness Education LLC. All rights reserved.',
    ).provider?.value,
  ).toBe('Apex Fitness Education LLC');
});
