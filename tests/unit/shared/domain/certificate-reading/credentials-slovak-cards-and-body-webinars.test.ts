/**
 * Classes of misreading found on designs 841–855 (read on first sight, tuned on their
 * development part only): a credential with a distinction mark after the name ("CSCS*D"); a
 * Slovak card ("Prvá pomoc", "Meno:", "Dátum vydania:", "Platnosť do:"); "the NASM webinar" before
 * its title, and no title made of a body's code and the certificate's own words; a title of one
 * word, a guess; French "Institut" in a letterhead. Each test failed before the change; the
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { UNSURE_BELOW } from '../../../../../shared/domain/certificate-reading/calibration';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { isBoilerplate } from '../../../../../shared/domain/certificate-reading/values';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('names', () => {
  it('"Mr. Andre Baptiste, CSCS*D": the credential and its mark are not part of the name', () => {
    expect(
      text('This certifies that', 'Mr. Reuben Achebe, CSCS*D', 'has completed', 'Speed Clinic').holder?.value,
    ).toBe('Reuben Achebe');
  });
});

describe('cards', () => {
  it('a Slovak card: "Prvá pomoc", "Meno:", "Dátum vydania:", "Platnosť do:"', () => {
    const r = text(
      'Záchranárska škola Nitra',
      'Prvá pomoc a AED',
      'Meno: Katarína Baková',
      'Dátum vydania: 22.04.2026',
      'Platnosť do: 22.04.2028',
    );
    expect([r.kind, r.holder?.value, r.provider?.value, r.completedOn?.value, r.expiresOn?.value]).toEqual([
      'card',
      'Katarína Baková',
      'Záchranárska škola Nitra',
      '2026-04-22',
      '2028-04-22',
    ]);
  });
});

describe('titles', () => {
  it('"for successfully completing the NASM webinar" over the title', () => {
    expect(
      text('Awarded to:', 'Tiffany Ortega', 'for successfully completing the NASM webinar', 'Coaching Through Plateaus')
        .title?.value,
    ).toBe('Coaching Through Plateaus');
  });
});

describe('confidence of a title', () => {
  it('a body’s code with the certificate’s own words is boilerplate ("NASM webinar"); a title with one is not', () => {
    expect([
      isBoilerplate('NASM webinar'),
      isBoilerplate('the ACE online course'),
      isBoilerplate('NASM Nutrition'),
    ]).toEqual([true, true, false]);
  });

  it('a title of one word is a guess ("Code" under a label); two words keep the label’s confidence', () => {
    const one = text('Course: Kettlebells', 'Name: Dana Ruiz');
    const two = text('Course: Kettlebell Basics', 'Name: Dana Ruiz');
    expect([one.title!.confidence < UNSURE_BELOW, two.title!.confidence >= UNSURE_BELOW]).toEqual([true, true]);
  });
});

describe('providers', () => {
  it('French "Institut" names an organisation: the first language of a letterhead in two, wrapped', () => {
    expect(
      text(
        'Institut québécois du sport / Quebec Sport Performance',
        'Institute',
        'Certificat de réussite / Certificate of Achievement',
        'Nom / Name: Chloé Roy',
      ).provider?.value,
    ).toBe('Institut québécois du sport');
  });
});
