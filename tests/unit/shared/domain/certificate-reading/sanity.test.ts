/**
 * What must hold of any certificate, checked on every reading: a value that breaks it is never
 * shown as sure (the review screen marks below 0.7 "check this").
 */
import { describe, expect, it } from 'vitest';
import { proposeFromReading } from '../../../../../shared/domain/certificate-reading/propose';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const SURE = 0.7;

describe("a card's dates", () => {
  it('an issue date later than the end date is the two swapped, and both are to be checked', () => {
    const r = readCertificateText(
      'American Red Cross\nAdult CPR/AED\nName: Ana Ruiz\nExpires: 02/01/2025\nIssued: 02/01/2027',
    );
    expect([r.completedOn?.value, r.expiresOn?.value]).toEqual(['2025-02-01', '2027-02-01']);
    expect(r.completedOn!.confidence).toBeLessThan(SURE);
    expect(r.expiresOn!.confidence).toBeLessThan(SURE);
  });

  it('a span no CPR/AED card has (here ten years) is to be checked', () => {
    const r = readCertificateText(
      'AHA Heartsaver CPR AED\nName: Ana Ruiz\nIssue Date: 02/01/2025\nValid through 02/01/2035',
    );
    expect(r.expiresOn!.confidence).toBeLessThan(SURE);
  });

  it('a two-year card stays sure', () => {
    const r = readCertificateText(
      'AHA Heartsaver CPR AED\nName: Ana Ruiz\nIssue Date: 02/01/2025\nValid through 02/28/2027',
    );
    expect(r.expiresOn!.confidence).toBeGreaterThanOrEqual(SURE);
    expect(r.completedOn!.confidence).toBeGreaterThanOrEqual(SURE);
  });
});

describe('a completion date after today', () => {
  const reading = readCertificateText(
    'Participant: Ana Ruiz\nCourse: Mobility Basics\nDate completed: 2027-05-04\n0.5 NASM CEUs',
  );
  const ctx = { credentials: [], customTypes: [], activities: [], attachments: [], profileName: '' };

  it('is doubted, with a warning, when the proposal knows today', () => {
    const p = proposeFromReading(reading, { ...ctx, today: '2026-12-06' });
    expect(p.activity?.completedOn?.confidence).toBeLessThan(SURE);
    expect(p.warnings).toContain("The certificate's date reads as 4 May 2027, which is after today: check it.");
  });

  it('is left as read on or before today', () => {
    const p = proposeFromReading(reading, { ...ctx, today: '2027-05-04' });
    expect(p.activity?.completedOn?.confidence).toBeGreaterThanOrEqual(SURE);
    expect(p.warnings.some((w) => w.includes('after today'))).toBe(false);
  });
});
