/**
 * A class of misreading found on the development photos of designs 1246–1260 (and of d35): an
 * NSCA category printed on a line that also names another body ("ACSM CECs: 6.0 · NSCA CEUs: 0.6
 * (Category C)", read from a photo without its dot) was given to both. A category goes only to a
 * body whose credentials count credit in it (the catalog's categories). The test failed before
 * the change, except the guard; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../../../../shared/domain/certificate-reading/credits';

const read = (...lines: string[]) =>
  findCredits(lines).map((c) => `${c.bodyId} ${c.amount / 100}${c.category ? ` ${c.category}` : ''}`);

describe('a category goes only to a body that has it', () => {
  it.each(['ACSM CECs: 6.0 NSCA CEUs: 0.6 (Category C)', '1.4 NASM CEUs and 1.4 NSCA CEUs (Category C)'])(
    '"%s"',
    (line) => {
      const got = read(line);
      expect(got.filter((c) => c.startsWith('nsca'))).toEqual([expect.stringMatching(/ C$/)]);
      expect(got.filter((c) => !c.startsWith('nsca')).every((c) => !/ [A-D]$/.test(c))).toBe(true);
      expect(got).toHaveLength(2);
    },
  );

  it('guard: an NSCA credit alone keeps its category (passed before)', () => {
    expect(read('0.5 NSCA CEUs (Category C)')).toEqual(['nsca 0.5 C']);
  });
});
