/**
 * Classes of misreading found on designs 991–1005 (read on first sight, tuned on their
 * development part only): the organisation that opens the holder's sentence is still the
 * letterhead above it; "Clinic:"; a credits table with a "Body" head, the unit in its column's
 * head and a category column; a British page ("CPD") writes the day first; "10-Hour" in a
 * course's name; "Learner ID: 55120 · Learner: X". Each test failed before the change; the values
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('providers', () => {
  it('"X Academy certifies that Y has attended …" under the letterhead "X Academy"', () => {
    expect(
      text(
        'Stillwater Pilates Academy',
        'Certificate of Attendance',
        'Stillwater Pilates Academy certifies that Annika Holm has attended Pilates for Runners on 19 May 2026.',
      ).provider?.value,
    ).toBe('Stillwater Pilates Academy');
  });
});

describe('titles', () => {
  it('"Clinic: X" names the course', () => {
    expect(text('Name: Terrence Ball', 'Clinic: Linemen Power Development').title?.value).toBe(
      'Linemen Power Development',
    );
  });

  it('"10-Hour Mat Pilates Module": an hour count inside a name is no statement of length', () => {
    const r = read(
      cells(
        ['Anchor Point Fitness', 13, 300, 70],
        ['Certificate of Completion', 28, 220, 110],
        ['Beatrice Lowe', 22, 330, 160],
        ['10-Hour Mat Pilates Module', 16, 290, 200],
        ['Completed 2026-11-05 · 1.0 ACE CEC at the studio', 12, 280, 230],
      ),
    );
    expect(r.title?.value).toBe('10-Hour Mat Pilates Module');
  });
});

describe('credits', () => {
  it('"Body | CEUs | Category" over "NSCA | 0.7 | C"', () => {
    const r = read(
      cells(
        ['Body', 11, 57, 180],
        ['CEUs', 11, 120, 180],
        ['Category', 11, 170, 180],
        ['NSCA', 11, 57, 198],
        ['0.7', 11, 120, 198],
        ['C', 11, 170, 198],
      ),
    );
    expect(r.credits.map((c) => [c.bodyId, c.amount, c.category])).toEqual([['nsca', 70, 'C']]);
  });
});

describe('dates and names', () => {
  it('a page that speaks of CPD writes the day first ("Date: 09/05/2026" is 9 May)', () => {
    expect(text('CPD Certificate', 'Delegate: Amy Watts', 'Date: 09/05/2026').completedOn?.value).toBe('2026-05-09');
  });

  it('"Learner ID: 55120 · Learner: X", also with OCR\'s colon for the dot', () => {
    expect(text('Learner ID: 55120 · Learner: Nikolai Orlov').holder?.value).toBe('Nikolai Orlov');
    expect(text('Learner ID: 55120 : Learner: Nikolai Orlov').holder?.value).toBe('Nikolai Orlov');
  });
});
