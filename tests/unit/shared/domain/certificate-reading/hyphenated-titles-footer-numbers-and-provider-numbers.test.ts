/**
 * Classes of misreading found on designs 976–990 (read on first sight, tuned on their
 * development part only): a title that opens with "In-" ("In-Season Strength"); a bare "No." before
 * a footer's code; a body's provider number after the letterhead, with the dot between read by
 * OCR as a plus. Each test failed before the change but for the guard ("in Denver" is still no
 * title, and the dot form, which the letterhead's separator already settled); the values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { looksLikeTitle } from '../../../../../shared/domain/certificate-reading/values';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('titles', () => {
  it('"Program: In-Season Strength for Hockey" is a title; "in Denver" is not', () => {
    expect(text('Name: Tobias Lang', 'Program: In-Season Strength for Hockey').title?.value).toBe(
      'In-Season Strength for Hockey',
    );
    expect(looksLikeTitle('in Denver')).toBe(false);
  });
});

describe('codes', () => {
  it('"No. HCS-26-0819" alone in the footer is the code', () => {
    expect(
      text('Harborline School', 'Certificate of Completion', 'Victoria Hale', 'on 2026-06-04', 'No. HCS-26-0819').code
        ?.value,
    ).toBe('HCS-26-0819');
  });
});

describe('providers', () => {
  it.each(['Summit Aqua Education · ACE Provider #1039', 'Summit Aqua Education + ACE Provider #1039'])(
    'a body\'s provider number after the letterhead is not part of it: "%s"',
    (letterhead) => {
      expect(text(letterhead, 'Certificate of Completion', 'Awarded to Paloma Ruiz').provider?.value).toBe(
        'Summit Aqua Education',
      );
    },
  );
});
