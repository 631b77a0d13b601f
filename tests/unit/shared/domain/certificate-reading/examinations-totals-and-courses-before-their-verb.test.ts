/**
 * Classes of misreading found on designs 1351–1365 (read on first sight, tuned on their
 * development part only): "has passed the practical and written examinations of" taken as the
 * title; "The course X was completed on … by" read with no title; a course's total length or its
 * mark after the title ("per un totale di 20 ore", "con nota 6,5"); French "a participé au
 * module X"; Hungarian "a X képzést". Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

it('"has passed the practical and written examinations of" / X', () => {
  expect(
    text(
      'Global Kettlebell Guild',
      'Sven Eriks',
      'has passed the practical and written examinations of',
      'Kettlebell Instructor Level 2',
    ).title?.value,
  ).toBe('Kettlebell Instructor Level 2');
});

it('"The course X was completed on 2026-09-09 by" / name', () => {
  const r = text(
    'Copperline Institute',
    'Statement of Completion',
    'The course Assisted Stretching was completed on 2026-09-09 by',
    'Gabriela Santos',
  );
  expect(r.title?.value).toBe('Assisted Stretching');
});

describe('a length or a mark after the title', () => {
  it.each([
    ['ha frequentato il corso Preparazione Atletica per un totale di 20 ore', 'Preparazione Atletica'],
    ['por haber aprobado el curso Entrenamiento Funcional con nota 6,5', 'Entrenamiento Funcional'],
    ['has attended the workshop Sprint Drills for a total of 6 hours', 'Sprint Drills'],
  ])('"%s"', (sentence, title) => {
    expect(text('Ana Lima', sentence).title?.value).toBe(title);
  });
});

it('French "a participé au module X"', () => {
  expect(
    text('Nous certifions que', 'Maxime Lambert', 'a participé au module Prévention des blessures').title?.value,
  ).toBe('Prévention des blessures');
});

it('Hungarian "sikeresen elvégezte a X képzést."', () => {
  expect(text('Oklevél', 'Szabó Bence', 'sikeresen elvégezte a Személyi edző alapképzés képzést.').title?.value).toBe(
    'Személyi edző alapképzés',
  );
});
