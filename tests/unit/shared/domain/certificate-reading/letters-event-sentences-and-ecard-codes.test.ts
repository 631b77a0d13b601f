/**
 * Classes of misreading found on designs 1006–1020 (read on first sight, tuned on their
 * development part only): a letter greets the holder by the family name and names them in full
 * in its address block; a letter's own date is not when the course was done; a sentence that
 * ends with its date and place leaves the line under it alone ("attended the conference on …");
 * an event's word alone is no title; an AHA card's "eCard Code". Each test failed before the
 * change, except those marked as guards; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { UNSURE_BELOW } from '../../../../../shared/domain/certificate-reading/calibration';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

const letter = (greeting: string, addressee = 'Mr. Tobias Whitcombe') =>
  text(
    'Bayside Movement Institute',
    '12 Quay Road',
    'Halifax, NS B3H 1A1',
    'November 3, 2026',
    addressee,
    '9 Birch Lane',
    'Dartmouth, NS B2Y 2N5',
    greeting,
    'Congratulations on completing Shoulder Health for Swimmers on October 27, 2026. This course is',
    'approved by NASM for 0.4 CEUs.',
    'Sincerely,',
    'Education Office',
  );

describe('letters', () => {
  it('"Dear Mr. Whitcombe," is the addressee "Mr. Tobias Whitcombe" in full', () => {
    const r = letter('Dear Mr. Whitcombe,');
    expect(r.holder?.value).toBe('Tobias Whitcombe');
    expect(r.holder?.confidence).toBeGreaterThanOrEqual(UNSURE_BELOW);
  });

  it('a family name the letter gives nowhere in full is a guess', () => {
    const r = letter('Dear Mr. Whitcombe,', 'Reception desk');
    expect(r.holder?.value).toBe('Whitcombe');
    expect(r.holder?.confidence).toBeLessThan(UNSURE_BELOW);
  });

  it('guard: "Dear Ana Lima," is a name in full already (passed before)', () => {
    expect(letter('Dear Ana Lima,').holder?.value).toBe('Ana Lima');
  });

  it('the course was done on the date its sentence gives, not the date the letter was written', () => {
    expect(letter('Dear Mr. Whitcombe,').completedOn?.value).toBe('2026-10-27');
  });
});

describe('titles', () => {
  it('"attended the conference on October 9–11, 2026 in Columbus, Ohio." leaves the next line alone', () => {
    const r = text(
      'Lakeshore Strength Conference 2026',
      'Certificate of Attendance',
      'Marisol Quintero',
      'attended the conference on October 9–11, 2026 in Columbus, Ohio.',
      'Total contact hours: 12.5',
    );
    expect(r.title?.value).not.toBe('Total contact hours: 12.5');
    expect(r.title?.value).toBe('Lakeshore Strength Conference 2026');
  });

  it('guard: "has completed the continuing education course" / "X" still takes the line under (passed before)', () => {
    expect(
      text('Jordan Pike has completed the continuing education course', 'Mobility for Older Adults').title?.value,
    ).toBe('Mobility for Older Adults');
  });
});

describe('codes', () => {
  it('"eCard Code: 245719882301" on an AHA card', () => {
    const r = text(
      'American Heart Association',
      'BLS Provider',
      'Name: Ines Carvalho',
      'Issue Date: 07/2026',
      'Recommended Renewal Date: 07/2028',
      'eCard Code: 245719882301',
    );
    expect(r.code?.value).toBe('245719882301');
  });
});
