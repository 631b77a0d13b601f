/**
 * Classes of misreading found on designs 1381–1395 (read on first sight, tuned on their
 * development part only): "For: X" over "Course: …" (whom the form is for); "is a graduate of the
 * X Program"; a series' part number in a title under the name ("…, Part 3: Menopause and
 * Beyond"); a name over a rule with its date beside it and captions under it ("Name · Date"),
 * the heading set larger than the name. Each test failed before the change, except the guard;
 * the values are invented.
 */
import { expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

it('"For: X" over "Course: …" names the holder, a guess', () => {
  const r = text(
    'Brightline Lab',
    'Completion Certificate',
    'For: Nadia Petrova',
    'Course: Speed for Youth Soccer',
    'Completed: 2026-09-03',
  );
  expect(r.holder?.value).toBe('Nadia Petrova');
  expect(r.holder!.confidence).toBeLessThan(0.7);
  expect(r.title?.value).toBe('Speed for Youth Soccer');
});

it('guard: with no course label, "For: X" is not taken for the holder (passed before)', () => {
  expect(
    text('Brightline Lab', 'Certificate', 'Awarded to Ana Lima', 'For: Speed for Youth Soccer').holder?.value,
  ).toBe('Ana Lima');
});

it('"is a graduate of the X Program"', () => {
  expect(
    text('Cornerstone College', 'Joaquim Ribas', 'is a graduate of the Personal Training Mentorship Program').title
      ?.value,
  ).toBe('Personal Training Mentorship Program');
});

it("a series' part number in the title under the name", () => {
  const r = read(
    cells(
      ['Women in Strength Network', 13, 300, 60],
      ['Webinar Certificate', 26, 260, 100],
      ['Freya MacAllan', 22, 300, 150],
      ['Strength Across the Lifespan, Part 3: Menopause and Beyond', 12, 220, 185],
      ['Live session, 2026-11-20 · 1.5 hours', 11, 300, 210],
    ),
  );
  expect(r.title?.value).toBe('Strength Across the Lifespan, Part 3: Menopause and Beyond');
});

it('a name over a rule, its date beside it and "Name · Date" under it', () => {
  const r = read(
    cells(
      ['Coastal Conditioning Co.', 15, 60, 60],
      ['Certificate of Completion', 26, 60, 100],
      ['Priscilla Vane', 18, 60, 160],
      ['2026-08-15', 12, 700, 160],
      ['Name · Date', 9, 60, 175],
      ['Sandbag Strength for Everyday Athletes', 14, 60, 200],
      ['0.5 NASM CEUs', 11, 60, 220],
    ),
  );
  expect(r.holder?.value).toBe('Priscilla Vane');
  expect(r.title?.value).toBe('Sandbag Strength for Everyday Athletes');
});
