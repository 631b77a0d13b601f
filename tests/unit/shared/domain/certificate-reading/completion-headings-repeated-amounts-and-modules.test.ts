/**
 * Classes of misreading found on designs 946–960 (read on first sight, tuned on their
 * development part only): a heading "Course Completion" or "Module Completion" taken for the
 * title or the holder; "Certificate for “X”"; two table rows printing the same amount, each with
 * its own body; a name that is the biggest text on a page whose letterhead is set large; "X
 * passed the module / Y". Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { looksLikeName } from '../../../../../shared/domain/certificate-reading/values';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('headings', () => {
  it('"Course Completion" in the biggest letters is no title', () => {
    const r = read(
      cells(
        ['Summit Running Academy', 13, 300, 70],
        ['Course Completion', 28, 250, 110],
        ['Tempo Running Fundamentals', 18, 240, 160],
        ['1.0 NASM CEUs · issued to Caleb Moore on 2026-09-03', 12, 200, 200],
      ),
    );
    expect(r.title?.value).toBe('Tempo Running Fundamentals');
  });

  it('"Module Completion" is no name', () => {
    expect(looksLikeName('Module Completion')).toBe(false);
  });

  it('"Certificate for “X”": the heading names the course', () => {
    expect(
      text('Pinnacle Online', 'Certificate for “Grip Strength for Climbers”', 'Awarded to Tom Wolf').title?.value,
    ).toBe('Grip Strength for Climbers');
  });
});

describe('tables', () => {
  it("two rows with the same amount: each amount takes its own row's body", () => {
    const r = read(
      cells(
        ['Seminar: Thoracic Mobility', 12, 57, 100],
        ['ACE', 11, 57, 140],
        ['CECs', 11, 100, 140],
        ['0.3', 11, 150, 140],
        ['NASM', 11, 57, 158],
        ['CEUs', 11, 100, 158],
        ['0.3', 11, 150, 158],
      ),
    );
    expect(r.credits.map((c) => c.bodyId).sort()).toEqual(['ace', 'nasm']);
  });
});

describe('names', () => {
  it('a name that is the biggest text on the page, under a large letterhead and title', () => {
    const r = read(
      cells(
        ['Ridgeline Movement Lab', 16, 62, 60],
        ['Desk Mobility Program', 16, 62, 80],
        ['Certificate of Completion', 11, 62, 100],
        ['Leila Haddad', 20, 62, 140],
        ['Completed 2026-03-17 · 0.2 ACE CECs', 12, 62, 170],
      ),
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Leila Haddad', 'Desk Mobility Program']);
  });

  it('"X passed the module / Y"', () => {
    const r = text('Rebecca Holm passed the module', 'Nutrition for Runners', 'with a score of 88% on 2026-11-12.');
    expect([r.holder?.value, r.title?.value]).toEqual(['Rebecca Holm', 'Nutrition for Runners']);
  });
});
