/**
 * Classes of misreading found on designs 1411–1425 (read on first sight, tuned on their
 * development part only): a course's length after a comma that ends its title ("…
 * skadesforebyggelse, 6 timer"); a Dutch sentence on one line with its verb after the title ("… de
 * workshop X heeft gevolgd (4 uur)"); a letter about its holder ("Re: Continuing education – Name"),
 * its letterhead a name with no organisation's word in it, printed again under the signature
 * ("Coordinator, Harbour Light Wellness"); "in recognition of successfully completing" over the
 * title, read by its words (the text layer had the title by its size; a photo's OCR did not). Each
 * test failed before the change, except the guards; the values are invented.
 */
import { expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

it.each([
  ['har deltaget i kurset Løbeteknik og skadesforebyggelse, 6 timer.', 'Løbeteknik og skadesforebyggelse'],
  ['har gjennomført kurset Styrketrening for seniorer, 12 timer.', 'Styrketrening for seniorer'],
  ['has completed the course Balance for Seniors, 3.5 hours.', 'Balance for Seniors'],
])("a course's length after the comma that ends its title: %s", (sentence, title) => {
  expect(text('Dansk Træningsskole', 'Kursusbevis', 'Mads Kristoffersen', sentence).title?.value).toBe(title);
});

it('guard: a number that is part of the title stays in it (passed before)', () => {
  expect(
    text('Dansk Træningsskole', 'Kursusbevis', 'Mads Kristoffersen', 'har deltaget i kurset Løb 10 km, trin 2.').title
      ?.value,
  ).toBe('Løb 10 km, trin 2');
});

it('a Dutch sentence on one line, its verb after the title', () => {
  const r = text(
    'Fitvak Opleidingen',
    'Certificaat',
    'Hierbij verklaren wij dat Sanne de Wit op 18 april 2026 de workshop Zwangerschapsfitness heeft gevolgd (4 uur).',
  );
  expect(r.title?.value).toBe('Zwangerschapsfitness');
  expect(r.contactMinutes?.value).toBe(240);
});

it('a letter about its holder: the name after the dash of its "Re:" line, a guess', () => {
  const r = text(
    'Harbour Light Wellness',
    '2026-03-16',
    "Re: Continuing education – Ryan O'Neill",
    'Program: Trauma-Informed Coaching',
    'Date: 2026-03-12',
    'Coordinator, Harbour Light Wellness',
  );
  expect(r.holder?.value).toBe("Ryan O'Neill");
  expect(r.holder!.confidence).toBeLessThan(0.7);
  expect(r.provider?.value).toBe('Harbour Light Wellness');
});

it('guard: a "Re:" line without a name after a dash names no holder (passed before)', () => {
  expect(
    text('Harbour Light Wellness', 'Re: Continuing education – 2026 programme', 'Program: Coaching').holder?.value,
  ).toBeUndefined();
});

it('"in recognition of successfully completing" over the title, by its words alone', () => {
  expect(
    text(
      'Certificate',
      'Amara Nwosu',
      'in recognition of successfully completing',
      'Breathwork for Recovery',
      'Issued on 2026/07/19',
    ).title?.value,
  ).toBe('Breathwork for Recovery');
});
