/**
 * Classes of misreading found on designs 286–300 (read on first sight, tuned on their
 * development part only): a card's month written year first ("2028-01"), a card's validity as
 * a span with no label, a separator after a cue ("Issued by · …"), and German labels. Each test
 * failed before the change (the code with a year guards the new month form); the values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('a card’s dates', () => {
  it('"Recommended renewal: 2028-01" ends on the month’s last day', () => {
    expect(findDates('2028-01', false, true)).toEqual([
      { date: '2028-01-01', text: '2028-01', index: 0, monthOnly: true },
    ]);
    const r = text(
      'American Heart Association',
      'Family & Friends® CPR',
      'Nils Berg',
      'Course Date: 2026-01-20',
      'Recommended renewal: 2028-01',
    );
    expect(r.expiresOn?.value).toBe('2028-01-31');
  });

  it('a code with a year in it is no month ("LWH-2026-12")', () => {
    expect(findDates('Course #: LWH-2026-12', false, true)).toEqual([]);
  });

  it('a validity span with no label: issued on its first day, ends on its last, a little less sure', () => {
    const r = text('American Red Cross', 'CPR/AED for Professional Rescuers', 'Samuel Obi', '02/02/2026 – 02/02/2028');
    expect(r.kind).toBe('card');
    expect(r.completedOn?.value).toBe('2026-02-02');
    expect(r.expiresOn?.value).toBe('2028-02-02');
  });
});

describe('labels', () => {
  it('"Issued by · Oarsome Fitness Academy": the separator is not part of the provider', () => {
    const r = text(
      'CERTIFICATE OF COMPLETION',
      'Yara Haddad',
      'has successfully completed Indoor Rowing Coach',
      'Issued by · Oarsome Fitness Academy',
    );
    expect(r.provider?.value).toBe('Oarsome Fitness Academy');
  });

  it('German "Teilnehmer:" and "Kurs:"', () => {
    const r = text(
      'Fitnessakademie Nord',
      'Zertifikat',
      'Teilnehmer: Jonas Becker',
      'Kurs: Athletiktraining im Fußball',
      'Datum: 21.02.2026',
      'Umfang: 16 Stunden',
    );
    expect(r.holder?.value).toBe('Jonas Becker');
    expect(r.title?.value).toBe('Athletiktraining im Fußball');
  });
});
