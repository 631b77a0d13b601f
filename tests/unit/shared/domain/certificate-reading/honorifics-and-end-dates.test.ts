/**
 * Classes of misreading found on designs 256–285 (read on first sight, tuned on their
 * development part only): a courtesy title in the name's line, a labelled line joined to the
 * long line above it, a course's end date, and a member number after the name. Each test failed before the change; the values
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { joinWrapped } from '../../../../../shared/domain/certificate-reading/lines';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

describe('a courtesy title in the name’s line', () => {
  it.each([
    ['Ms. Adaeze Nwosu', 'Adaeze Nwosu'],
    ['Dr. Hamza Qureshi', 'Hamza Qureshi'],
    ['Mr Ken Adams', 'Ken Adams'],
  ])('"%s" is %s', (printed, name) => {
    const r = readCertificateText(
      [
        'Certificate of Completion',
        'This certifies that',
        printed,
        'has completed',
        'Group Exercise Leadership',
        '2026-04-18',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe(name);
  });
});

describe('a course’s start and end', () => {
  it('a line that opens with a two-word label is not joined to the long line above it', () => {
    expect(
      joinWrapped([
        'Program: Strength Coach Apprenticeship Module 3 Online',
        'Start date: 01/10/2026 · End date: 03/10/2026',
      ]),
    ).toHaveLength(2);
  });

  it('the end date is when the course was completed', () => {
    const r = readCertificateText(
      [
        'Central Valley Coaching College',
        'Certificate of Completion',
        'Student: Victor Nunes',
        'Program: Strength Coach Apprenticeship Module 3',
        'Start date: 01/10/2026 · End date: 03/10/2026',
        'Credits: 2.0 NSCA CEUs',
      ].join('\n'),
    );
    expect(r.title?.value).toBe('Strength Coach Apprenticeship Module 3');
    expect(r.completedOn?.value).toBe('2026-03-10');
  });
});

describe('a member number after the name (designs 271–285)', () => {
  it('"Participant: Aroha Ngata-Smith (Member #55120)" names Aroha Ngata-Smith', () => {
    const r = readCertificateText(
      [
        'Certificate of Completion',
        'Participant: Rangi Parata (Member #55120)',
        'Course: Rugby Conditioning',
        'Completed: 14/08/2026',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Rangi Parata');
  });
});
