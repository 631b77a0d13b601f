/**
 * Classes of misreading found on designs 1441–1455 (read on first sight, tuned on their
 * development part only): a title after the heading's dash ("Certificate of Completion — Pelvic
 * Floor Essentials"); "Awarding body: X" (a UK qualification's provider); and, found by writing
 * sentences like a development design's, a Spanish, Italian or Portuguese title or role before a
 * name in a sentence ("la Lic. Ana Gómez ha completado …", "el alumno Juan Pérez …"), read with
 * it and shown as sure. Each test failed before the change, except the guard; the values are
 * invented.
 */
import { expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

it.each(['Certificate of Completion — Pelvic Floor Essentials', 'Certificate of Completion – Pelvic Floor Essentials'])(
  "a title after the heading's dash: %s",
  (heading) => {
    expect(
      text('Core Restore Studio', heading, 'Presented to', "Anne-Marie D'Arcy", 'Date: 2026.09.14').title?.value,
    ).toBe('Pelvic Floor Essentials');
  },
);

it('"Awarding body: X" names the provider', () => {
  const r = text(
    'Certificate',
    'Candidate: Bethany Colet',
    'Qualification: Level 3 Diploma in Personal Training',
    'Awarding body: Active IQ',
    'Date awarded: 14/10/2026',
  );
  expect(r.provider?.value).toBe('Active IQ');
});

it.each([
  ['la Lic. Ana Gómez', 'Ana Gómez'],
  ['el Dr. Juan Pérez', 'Juan Pérez'],
  ['Don Juan Pérez', 'Juan Pérez'],
  ['la señora Ana Gómez', 'Ana Gómez'],
  ['el alumno Juan Pérez', 'Juan Pérez'],
  ['la estudiante Ana Gómez', 'Ana Gómez'],
  ['la Prof.ssa Anna Neri', 'Anna Neri'],
  ['o formando Rui Sá', 'Rui Sá'],
])('a title or role before a name in a sentence is not part of it: %s', (who, name) => {
  const r = text(
    'Escuela Andina de Entrenadores',
    'Certificado',
    `Se certifica que ${who} ha completado el curso Pilates Terapéutico.`,
  );
  expect(r.holder?.value).toBe(name);
});

it('guard: "la Sra." was already taken off (passed before)', () => {
  expect(
    text(
      'Escuela Andina de Entrenadores',
      'Certificado',
      'Se certifica que la Sra. Ana Gómez ha completado el curso Pilates Terapéutico.',
    ).holder?.value,
  ).toBe('Ana Gómez');
});

it('"Don" is a courtesy title only before two names: "Don Johnson" is a name', () => {
  expect(
    text('Harbor Fitness College', 'This certifies that Don Johnson completed the course Core Flow.').holder?.value,
  ).toBe('Don Johnson');
});
