/**
 * Classes of misreading found on designs 1276–1290 (read on first sight, tuned on their
 * development part only): a form's "Forename:" beside its "Surname:"; courtesy titles in French
 * and its neighbours ("Madame Chloé Marchand"); a range's first day in other languages ("du 12
 * au 14 octobre 2026") left on a title; Hungarian's kind of course after its name ("részt vett a
 * X továbbképzésen"). Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('holders', () => {
  it('"Forename:" and "Surname:"', () => {
    expect(
      text('Certificate of Completion', 'Forename: Isla', 'Surname: MacLean', 'Course: Golf Strength').holder?.value,
    ).toBe('Isla MacLean');
  });

  it.each(['Madame', 'Monsieur', 'Mademoiselle', 'Signora', 'Señora', 'Senhor'])(
    '"%s" is no part of a name',
    (courtesy) => {
      expect(text(`${courtesy} Chloé Martel a suivi la formation Course à pied le 3 mai 2026.`).holder?.value).toBe(
        'Chloé Martel',
      );
    },
  );
});

describe("a range's first day before its last", () => {
  it.each([
    ['a suivi la formation Préparation du coureur du 12 au 14 octobre 2026.', 'Préparation du coureur'],
    ['hat am Lehrgang Laufvorbereitung vom 12. bis 14. Oktober 2026 teilgenommen.', 'Laufvorbereitung'],
    ['asistió al curso Preparación del corredor del 12 al 14 de octubre de 2026.', 'Preparación del corredor'],
  ])('"%s"', (sentence, title) => {
    expect(text('Ana Lima', sentence).title?.value).toBe(title);
  });
});

describe('Hungarian', () => {
  it('"részt vett a X továbbképzésen": the kind after the name is no part of it', () => {
    expect(
      text('Igazolás', 'Tóth Réka', 'részt vett a Funkcionális tréning haladóknak továbbképzésen.').title?.value,
    ).toBe('Funkcionális tréning haladóknak');
  });
});
