/**
 * Found by writing sentences like the development designs' in other words: with no letterhead,
 * the organisation that opens the certifying sentence is who gave the certificate ("The X Academy
 * hereby certifies that …", "La Escuela X certifica que …"); it was read as no provider at all.
 * A guess, as any provider read from its place. Each test failed before the change, except the
 * guards; the values are invented.
 */
import { expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

it.each([
  [
    'The Riverstone Pilates Academy hereby certifies that Annika Berg completed the course Core Flow.',
    'Riverstone Pilates Academy',
  ],
  [
    'La Escuela Andina de Entrenadores certifica que Ana Gómez ha completado el curso Pilates Terapéutico.',
    'Escuela Andina de Entrenadores',
  ],
  [
    "L'Institut Lyonnais du Sport certifie que Léa Martin a suivi la formation Yoga et course.",
    'Institut Lyonnais du Sport',
  ],
  [
    'Die Berliner Trainerakademie bestätigt, dass Jonas Weber am Kurs Mobility teilgenommen hat.',
    'Berliner Trainerakademie',
  ],
])('the organisation opening the certifying sentence: %s', (sentence, provider) => {
  const r = text('Certificate', sentence, '3 May 2026');
  expect(r.provider?.value).toBe(provider);
  expect(r.provider!.confidence).toBeLessThan(0.7);
});

it('guard: a letterhead comes first (passed before)', () => {
  expect(
    text(
      'Harbor Fitness College',
      'The Riverstone Pilates Academy hereby certifies that Annika Berg completed Core Flow.',
    ).provider?.value,
  ).toBe('Harbor Fitness College');
});

it('guard: a person opening the sentence is no provider (passed before)', () => {
  expect(
    text('Certificate', 'Dr. Helen Ward certifies that Annika Berg completed the course Core Flow.').provider,
  ).toBeUndefined();
});
