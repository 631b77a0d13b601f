/**
 * Classes of misreading found on designs 766–780 (read on first sight, tuned on their
 * development part only): "Hours of study: 60"; Norwegian "Deltaker:"; French "Nom, prénom :";
 * "X / successfully completed the online course / Y"; a one-word brand ("MoveMentor") heading
 * the page. Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('labels', () => {
  it('"Hours of study: 60"', () => {
    expect(text('Program: Nutrition Coach', 'Hours of study: 60').contactMinutes?.value).toBe(3600);
  });

  it('Norwegian "Deltaker:" and French "Nom, prénom :" name the holder', () => {
    expect(
      text('Norsk Folkehjelp Bergen', 'Førstehjelpskurs', 'Deltaker: Sindre Berg', 'Gyldig til: 09.10.2028').holder
        ?.value,
    ).toBe('Sindre Berg');
    expect(text('Nom, prénom : Favre, Mathilde', 'Formation : Entraînement').holder?.value).toBe('Mathilde Favre');
  });
});

describe('sentences and brands', () => {
  it('"X / successfully completed the online course / Y" under a one-word brand', () => {
    const r = text(
      'MoveMentor',
      'Certificate of Completion',
      'Nia Thompson',
      'successfully completed the online course',
      'Postpartum Running',
    );
    expect([r.holder?.value, r.title?.value, r.provider?.value]).toEqual([
      'Nia Thompson',
      'Postpartum Running',
      'MoveMentor',
    ]);
    expect(r.provider?.confidence).toBeLessThan(0.7);
  });
});
