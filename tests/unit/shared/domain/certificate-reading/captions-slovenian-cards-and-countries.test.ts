/**
 * Classes of misreading found on designs 691–705 (read on first sight, tuned on their
 * development part only): a small caption under its line ("PARTICIPANT NAME") with the next
 * field's value below it; a Slovenian first-aid card; a numeric date on a page from a country
 * that writes the day first. Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('captions under lines', () => {
  it('"PARTICIPANT NAME" under the name and over the title: the name is the holder, the title the title', () => {
    const r = read(
      cells(
        ['Cedar Park Institute', 13, 332, 76],
        ['Certificate of Completion', 28, 223, 124],
        ['Lauren Mills', 20, 344, 169],
        ['PARTICIPANT NAME', 8, 383, 185],
        ['Aquatic Therapy Basics', 16, 316, 219],
        ['COURSE TITLE', 8, 392, 247],
        ['2026-06-14 · 0.5 ACE CECs', 12, 340, 273],
      ),
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Lauren Mills', 'Aquatic Therapy Basics']);
  });
});

describe('cards and dates', () => {
  it('Slovenian: "Tečaj prve pomoči", "Ime in priimek", "Datum tečaja", "Veljavno do"', () => {
    const r = text(
      'Rdeči križ Slovenije',
      'Tečaj prve pomoči',
      'Ime in priimek: Nina Kos',
      'Datum tečaja: 11.04.2026',
      'Veljavno do: 11.04.2029',
    );
    expect([r.kind, r.holder?.value, r.completedOn?.value, r.expiresOn?.value]).toEqual([
      'card',
      'Nina Kos',
      '2026-04-11',
      '2029-04-11',
    ]);
  });

  it('"12/10/2026" from Fitness Australia is 12 October', () => {
    expect(text('Fitness Australia Learning Hub', 'Course: Older Clients', 'Date: 12/10/2026').completedOn?.value).toBe(
      '2026-10-12',
    );
  });
});
