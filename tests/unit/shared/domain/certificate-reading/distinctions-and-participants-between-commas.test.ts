/**
 * Classes of misreading found on designs 721–735 (read on first sight, tuned on their
 * development part only): "has completed with distinction / X"; Italian "Partecipante:"; "We
 * confirm that our participant, X, completed the Y on …". Each test failed before the change;
 * the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('holders and titles', () => {
  it('"has completed with distinction / X": the title is X, not the distinction', () => {
    expect(
      text('Aisling Burke', 'has completed with distinction', 'Strength for Camogie', '12 September 2026').title?.value,
    ).toBe('Strength for Camogie');
  });

  it('Italian "Partecipante:" is the holder', () => {
    expect(text('Partecipante: Alessandro Conti', 'Corso: Allenamento Funzionale').holder?.value).toBe(
      'Alessandro Conti',
    );
  });

  it('"We confirm that our participant, X, completed the Y on <date>"', () => {
    const r = text(
      'We confirm that our participant, Hamish Stewart, completed the Kettlebell Flow Workshop on 4 April 2026 (3 hours).',
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Hamish Stewart', 'Kettlebell Flow Workshop']);
  });
});
