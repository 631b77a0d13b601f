/**
 * Classes of misreading found on designs 541–555 (read on first sight, tuned on their
 * development part only): "has successfully passed the examination for X" read as the title
 * "examination for"; "brought to you by"; German "Lehrgang:" and "Ausbildung:"; "This certificate
 * verifies that"; "Date of training:"; a family name that starts with its particles ("de la
 * Fuente, María"). Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('cues and labels', () => {
  it('"has successfully passed the examination for" and "has attained the qualification" lead to the title', () => {
    expect(
      text(
        'This is to certify that',
        'Astrid Berg',
        'has successfully passed the examination for',
        'Sports Nutrition Coach',
      ).title?.value,
    ).toBe('Sports Nutrition Coach');
    expect(
      text('This certifies that', 'Jasper Quinn', 'has attained the qualification', 'Mobility Specialist').title?.value,
    ).toBe('Mobility Specialist');
  });

  it('"Brought to you by MamaFit Education" names the provider', () => {
    expect(
      text('presented to', 'Camila Reyes', 'for completing', 'Core Training', 'Brought to you by MamaFit Education')
        .provider?.value,
    ).toBe('MamaFit Education');
  });

  it('German "Lehrgang:" and "Ausbildung:" label the title', () => {
    expect(text('Teilnehmerin: Sarah Wolf', 'Lehrgang: Functional Trainer B-Lizenz').title?.value).toBe(
      'Functional Trainer B-Lizenz',
    );
    expect(text('Teilnehmer: Felix Braun', 'Ausbildung: Personal Trainer A-Lizenz').title?.value).toBe(
      'Personal Trainer A-Lizenz',
    );
  });

  it('"This document verifies that X completed Y on …"; "Date of training:" wins over the date of issue', () => {
    expect(
      text('This document verifies that Hugo Martin completed Reformer Intermediate on 2026-12-01.').holder?.value,
    ).toBe('Hugo Martin');
    expect(text('Delegate: Ana Lima', 'Issued: 2026-07-01', 'Date of training: 6th June 2026').completedOn?.value).toBe(
      '2026-06-06',
    );
  });

  it('"de la Fuente, María" is María de la Fuente', () => {
    expect(text('Learner: de la Fuente, María', 'Course: Altitude Basics').holder?.value).toBe('María de la Fuente');
  });
});
