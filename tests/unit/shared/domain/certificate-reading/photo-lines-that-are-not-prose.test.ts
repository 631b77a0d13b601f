/**
 * Lines OCR reads from a photo that were joined to the sentence above as if it wrapped (found on
 * the photos of development designs 1025 and 1046): a line of parts whose dots OCR read as
 * dashes ("Wichita, Kansas - April 18, 2026 - 6.0 ACSM CECs"), and a field whose label is four
 * words long ("Continuing Education Contact Hours: 15"). Each test failed before the change,
 * except the guard; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { joinWrapped } from '../../../../../shared/domain/certificate-reading/lines';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('lines that do not go on from the sentence above', () => {
  it('a line of parts with dashes for its dots', () => {
    const r = text(
      'Dr. Naomi Feld',
      'attended Heat Illness Prevention in Youth Sport',
      'Wichita, Kansas - April 18, 2026 - 6.0 ACSM CECs',
    );
    expect(r.title?.value).toBe('Heat Illness Prevention in Youth Sport');
  });

  it('a field with a four-word label', () => {
    const r = text(
      'Noa Ben-Ami',
      'completed Yoga for Athletes: Hips and Hamstrings',
      'Continuing Education Contact Hours: 15 - Completed 2026-03-29',
    );
    expect(r.title?.value).toBe('Yoga for Athletes: Hips and Hamstrings');
  });

  it('guard: a sentence wrapped at a paragraph’s width still joins (passed before)', () => {
    expect(
      joinWrapped([
        'This certifies that Ana Lima has completed the course Mobility for',
        'Runners on 12 May 2026 - a course of the academy.',
      ]),
    ).toHaveLength(1);
  });
});
