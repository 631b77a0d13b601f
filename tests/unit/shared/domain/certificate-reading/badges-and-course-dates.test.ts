/**
 * Classes of misreading found on designs 196–210 (read on first sight, tuned on their
 * development part only): a body's "Approved Provider" badge taken for who gave the course, and
 * the date a certificate was issued taken for when the course was held. Each test of a class
 * failed before the change; two guard what must not change ("Provider: NASM", a card's issue
 * date). The values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

describe('a body’s "Approved Provider" badge', () => {
  const page = (...badge: [string, number, number, number][]) =>
    read(
      cells(
        ...badge,
        ['Lakeside Corrective Exercise', 13, 330, 80],
        ['Certificate of Completion', 28, 250, 125],
        ['This certifies that', 12, 370, 160],
        ['Imani Wallace', 22, 340, 195],
        ['has completed the NASM-approved course', 12, 310, 230],
        ['Corrective Strategies for the Ankle', 16, 290, 260],
        ['on May 27, 2026 · 0.4 CEUs', 12, 340, 290],
      ),
    );

  it('is not the provider, read as a caption under the body’s name', () => {
    const r = page(['NASM', 9, 740, 50], ['Approved Provider', 9, 720, 62]);
    expect(r.provider?.value).toBe('Lakeside Corrective Exercise');
  });

  it('nor as the body printed alone at the top', () => {
    const r = readCertificateText(
      [
        'NASM',
        'Approved Provider',
        'Lakeside Corrective Exercise',
        'Certificate of Completion',
        'Imani Wallace',
        'has completed the course',
        'Corrective Strategies for the Ankle',
        'on May 27, 2026 · 0.4 CEUs',
      ].join('\n'),
    );
    expect(r.provider?.value).toBe('Lakeside Corrective Exercise');
  });

  it('"Provider: NASM" still names NASM', () => {
    const r = readCertificateText(
      ['Certificate of Completion', 'Provider: NASM', 'Course: Core Basics', 'Completed: 2026-05-02'].join('\n'),
    );
    expect(r.provider?.value).toBe('NASM');
  });
});

describe('when the course was held, not when its certificate was issued', () => {
  it('"Course dates: 3–4 May 2026" over "Certificate issued: 10 May 2026"', () => {
    const r = readCertificateText(
      [
        'Tidewater Strength Clinic',
        'Certificate of Completion',
        'Participant: Hyejin Choi',
        'Course: Jump Training for Volleyball',
        'Course dates: 3–4 May 2026',
        'Certificate issued: 10 May 2026',
      ].join('\n'),
    );
    expect(r.completedOn?.value).toBe('2026-05-04');
  });

  it('a card’s issue date is still read where no course date is printed', () => {
    const r = readCertificateText(
      ['American Red Cross', 'Adult CPR/AED', 'Naledi Khumalo', 'Valid Thru: 04/30/2028', 'Issued: 04/30/2026'].join(
        '\n',
      ),
    );
    expect(r.completedOn?.value).toBe('2026-04-30');
    expect(r.expiresOn?.value).toBe('2028-04-30');
  });
});
