/**
 * Classes of misreading found on designs 1126–1140 (read on first sight, tuned on their
 * development part only): a workshop's date beats the date its certificate was issued later
 * ("Workshop date:" over "Certificate issued:", "Seminar dates:" over "Issued:"); a card's
 * "Certified: X". Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('dates', () => {
  it('"Workshop date: 2026-05-09" before "Certificate issued: 2026-05-20"', () => {
    expect(
      text(
        'Name: Gideon Hart',
        'Workshop: Trap Bar Coaching',
        'Workshop date: 2026-05-09',
        'Certificate issued: 2026-05-20',
      ).completedOn?.value,
    ).toBe('2026-05-09');
  });

  it('"Seminar dates: 3–4 May 2026" before "Issued:": the seminar\'s last day', () => {
    expect(text('Name: Gideon Hart', 'Seminar dates: 3–4 May 2026', 'Issued: 2026-05-20').completedOn?.value).toBe(
      '2026-05-04',
    );
  });
});

describe('holders', () => {
  it('a card\'s "Certified: Gavin Pryce"', () => {
    expect(
      text('ASHI', 'CPR and AED', 'Certified: Gavin Pryce', 'Cert. Date: 08/08/2026', 'Exp. Date: 08/31/2028').holder
        ?.value,
    ).toBe('Gavin Pryce');
  });
});
