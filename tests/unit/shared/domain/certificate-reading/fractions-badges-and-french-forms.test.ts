/**
 * Classes of misreading found on designs 376–390 (read on first sight, tuned on their
 * development part only): "Contact hours: 1½" read as one hour (shown as sure), "completed
 * 2026-10-10" taken for a title's cue (the line above became the holder), a badge's amount over
 * its unit, "Awarded this 5th day of June, 2026 to X", "for completion of", a body's code before a
 * label ("ACE Course Title:"), French forms ("Nom du stagiaire :", "Intitulé de la formation :"), an
 * Italian "la Sig.ra". Each test failed before the change, except where it says it guards a
 * limit; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../../../../shared/domain/certificate-reading/credits';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

describe('amounts', () => {
  it('"Contact hours: 1½" is 90 minutes', () => {
    expect(readCertificateText('Contact hours: 1½').contactMinutes?.value).toBe(90);
  });

  it('a badge’s "2.0" over "NCSF CEUs" is 2.0 NCSF CEUs', () => {
    expect(findCredits(['VERIFIED', '2.0', 'NCSF CEUs', 'Crossroads Fitness Institute'])).toMatchObject([
      { bodyId: 'ncsf', amount: 200 },
    ]);
  });

  it('a form’s "Hours / 20 / ISSA CEUs / 2.0": the hours are no credit (guards the limit)', () => {
    expect(findCredits(['Hours', '20', 'ISSA CEUs', '2.0']).some((c) => c.amount === 2000)).toBe(false);
  });
});

describe('what OCR makes of a fraction and a speck', () => {
  it('"Contact hours: 1%" (OCR’s "1½") is no contact time', () => {
    expect(readCertificateText('Contact hours: 1%').contactMinutes).toBeUndefined();
  });

  it('"Course >"" and "Learner ~~" are labels with a speck after them', () => {
    const r = readCertificateText(
      ['Learner ~~', 'Ayesha Malik', 'Course >"', 'Core Stability Progressions'].join('\n'),
    );
    expect(r.title?.value).toBe('Core Stability Progressions');
  });
});

describe('names and titles', () => {
  it('"completed 2026-10-10" is a date’s cue, not a title’s: the line above is not the holder', () => {
    const r = readCertificateText(
      ['studio nord', 'certificate of completion', 'mindful movement coaching', 'completed 2026-10-10'].join('\n'),
    );
    expect(r.holder?.value).not.toBe('mindful movement coaching');
  });

  it('"Awarded this 5th day of June, 2026 to Isla Mackay / for completion of Kettlebell Flow"', () => {
    const r = readCertificateText(
      ['Awarded this 5th day of June, 2026 to Isla Mackay', 'for completion of Kettlebell Flow Level 1'].join('\n'),
    );
    expect(r.holder?.value).toBe('Isla Mackay');
    expect(r.title?.value).toBe('Kettlebell Flow Level 1');
    expect(r.completedOn?.value).toBe('2026-06-05');
  });

  it('"ACE Course Title: Gait Retraining Basics"', () => {
    expect(readCertificateText('ACE Course Title: Gait Retraining Basics').title?.value).toBe('Gait Retraining Basics');
  });

  it('Italian: "Si attesta che la Sig.ra Giulia Conti ha partecipato al corso"', () => {
    const r = readCertificateText(
      ['Si attesta che la Sig.ra Giulia Conti ha partecipato al corso', 'Ginnastica Posturale'].join('\n'),
    );
    expect(r.holder?.value).toBe('Giulia Conti');
  });
});

describe('French forms', () => {
  const form = [
    'Institut Méditerranéen du Sport',
    'Attestation de fin de formation',
    'Nom du stagiaire : Théo Garnier',
    'Intitulé de la formation : Préparation physique du footballeur',
    'Dates : du 3 au 5 mars 2026',
    'Durée : 21 heures',
  ].join('\n');

  it('labels with a space before the colon', () => {
    const r = readCertificateText(form);
    expect(r.holder?.value).toBe('Théo Garnier');
    expect(r.title?.value).toBe('Préparation physique du footballeur');
    expect(r.contactMinutes?.value).toBe(1260);
  });

  it('"du 3 au 5 mars 2026" ends on the 5th; "del 3 al 5 de marzo de 2026" too (guards the limit)', () => {
    expect(readCertificateText(form).completedOn?.value).toBe('2026-03-05');
    expect(findDates('del 3 al 5 de marzo de 2026')[0]?.date).toBe('2026-03-05');
  });
});
