/**
 * The reader on certificate designs it was not written against (tests/fixtures/certificates/
 * designs), per split. This records where it stands (issue: ≥ 98% and nothing wrong while shown
 * as sure on the held-out split is the goal, not yet met) and fails if a change makes either
 * split worse: a change that helps the development designs only must not cost the held-out ones.
 */
import { describe, expect, it } from 'vitest';
import { measureDesigns } from '../../../../../bench/certificate-designs';
import { DESIGNS } from '../../../../fixtures/certificates/designs/designs';
import { BATCHES } from './design-floors';

describe('certificates from designs the reader has not seen', () => {
  it('splits by design: a third of the designs are held out', () => {
    expect(DESIGNS.filter((d) => d.split === 'held-out').length).toBe(Math.floor(DESIGNS.length / 3));
  });

  it.each(BATCHES)(
    'designs $designs: no fewer fields right, and no more wrong fields shown as sure, on either split',
    async ({ designs, text }) => {
      for (const r of await measureDesigns('text PDF', ['dev', 'held-out'], designs)) {
        expect(r.right, `${r.split}: ${r.right}/${r.total}`).toBeGreaterThanOrEqual(text[r.split].right);
        expect(r.wrongButSure, `${r.split}: wrong while shown as sure`).toBeLessThanOrEqual(text[r.split].wrongButSure);
      }
    },
    60_000,
  );
});
