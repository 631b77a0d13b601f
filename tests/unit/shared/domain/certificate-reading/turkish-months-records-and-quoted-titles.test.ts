/**
 * Classes of misreading found on designs 1321–1335 (read on first sight, tuned on their
 * development part only): Turkish months ("12 Eylül 2026"); an e-mail's "Name on record: X" and
 * its sender's brand in more than one word ("From: …@swingstrong.example" over "SwingStrong
 * Education", the biggest line); a title in quotation marks on the line under the name. Each test
 * failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { cells, read } from './layout-cells';

describe('Turkish months', () => {
  it.each([
    ['12 Eylül 2026', '2026-09-12'],
    ['3 Şubat 2026', '2026-02-03'],
    ['28 Ağustos 2026', '2026-08-28'],
    ['1 Aralık 2026', '2026-12-01'],
  ])('"%s"', (printed, iso) => {
    expect(findDates(printed).map((d) => d.date)).toEqual([iso]);
  });
});

describe('an e-mail', () => {
  const r = read(
    cells(
      ['From: learning@swingfit.example', 9, 40, 40],
      ['Subject: Course completion confirmation', 9, 40, 52],
      ['SwingFit Education', 16, 40, 80],
      ['Dear Priya,', 11, 40, 110],
      ['You successfully completed Kettlebell Basics on 2026-11-01.', 11, 40, 125],
      ['Name on record: Priya Venkat', 11, 40, 140],
    ),
  );

  it('"Name on record:" names the holder', () => {
    expect(r.holder?.value).toBe('Priya Venkat');
  });

  it("the sender's brand in two words, though it is the biggest line", () => {
    expect(r.provider?.value).toBe('SwingFit Education');
  });
});

it('a title in quotation marks under the name, a credit under it', () => {
  const r = read(
    cells(
      ['Aquaflow Training', 13, 316, 76],
      ['Certificate of Completion', 26, 237, 121],
      ['Rosa Maldonado', 22, 331, 169],
      ['“Aqua Pilates Fusion”', 12, 358, 207],
      ['Completed 2026-05-16', 11, 357, 232],
      ['NETA has approved this course for 4 CECs.', 10, 314, 255],
    ),
  );
  expect(r.title?.value).toBe('Aqua Pilates Fusion');
});
