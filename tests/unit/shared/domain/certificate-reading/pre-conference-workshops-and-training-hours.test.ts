/**
 * Classes of misreading found on designs 1171–1185 (read on first sight, tuned on their
 * development part only): a workshop's kind with its place in an event ("the pre-conference
 * workshop X") is no part of its name; "16 training hours" is contact time. Each test failed
 * before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findContactMinutes } from '../../../../../shared/domain/certificate-reading/contact-time';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('titles and hours', () => {
  it('"completed the pre-conference workshop X on 18 April 2026"', () => {
    expect(
      text('Ruth Oke', 'completed the pre-conference workshop Kettlebell Complexes on 18 April 2026').title?.value,
    ).toBe('Kettlebell Complexes');
  });

  it.each([
    ['16 training hours', 960],
    ['4 instructional hours', 240],
  ])('"%s"', (line, minutes) => {
    expect(findContactMinutes([line])?.minutes).toBe(minutes);
  });
});
